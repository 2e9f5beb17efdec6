package bg.inkindmatch.web.mail;

import bg.inkindmatch.web.system.InKindProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends the due e-mails of the outbox over SMTP, one by one, and records each outcome. A
 * message that fails stays pending and is retried with a back-off, so nothing is lost
 * while the SMTP server is down. Run by the db-scheduler task of {@link MailJobs}, which
 * runs on one instance at a time, so each message is sent once (only a crash between the
 * SMTP server's acceptance and the outbox's record may repeat a message; it carries the
 * same Message-ID).
 */
@Component
record OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> smtp, InKindProperties properties,
        Clock clock) {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private static final int BATCH = 50;

    /**
     * Sends what is due; returns how many were sent. Without an SMTP server it leaves
     * everything pending.
     */
    int sendDue() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (OutboxMessage message : outbox.findDue(clock.instant(), BATCH)) {
            try {
                sender.send(mimeMessage(message));
                outbox.save(message.sent(clock.instant()));
                sent++;
            }
            catch (RuntimeException | MessagingException e) {
                log.warn("E-mail {} not sent (attempt {}): {}", message.messageId(), message.attempts() + 1,
                        e.getMessage());
                outbox.save(message.failed(e.getMessage(), clock.instant()));
            }
        }
        return sent;
    }

    private MimeMessage mimeMessage(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", message.messageId());
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        helper.setFrom(properties.mail().from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.textBody(), message.htmlBody());
        if (message.calendar() != null) {
            // calendar programs read the method from the part's type: an invitation or a
            // cancellation
            String method = message.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment("invite.ics",
                    new ByteArrayResource(message.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; method=" + method + "; charset=UTF-8");
        }
        if (message.unsubscribeLink() != null) {
            // RFC 8058: mail programs show an "unsubscribe" button that POSTs to the link
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeLink() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return mime;
    }

}
