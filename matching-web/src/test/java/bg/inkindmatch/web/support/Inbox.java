package bg.inkindmatch.web.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What GreenMail received, read as a person reads their inbox. */
public final class Inbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMailExtension mail;

    public Inbox(GreenMailExtension mail) {
        this.mail = mail;
    }

    /** Waits for the first message to the address whose subject contains the text. */
    public MimeMessage await(String recipient, String subjectPart) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = find(recipient, subjectPart);
            if (found.isPresent()) {
                return found.get();
            }
            mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + recipient + " with '" + subjectPart + "' within " + PATIENCE
                + "; received: " + subjects());
    }

    /** Every message to the address. */
    public List<MimeMessage> to(String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(recipient)).toList();
    }

    private Optional<MimeMessage> find(String recipient, String subjectPart) {
        return to(recipient).stream().filter(m -> subject(m).contains(subjectPart)).findFirst();
    }

    /** The plain-text part of a message, decoded. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof jakarta.mail.Multipart multipart ? partsOf(multipart, "text/plain")
                    : content.toString();
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part of a message, decoded; empty if it has none. */
    public static String html(MimeMessage message) {
        try {
            return message.getContent() instanceof jakarta.mail.Multipart multipart ? partsOf(multipart, "text/html")
                    : "";
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The iCalendar attachment of a message, if it has one (an invitation or a
     * cancellation).
     */
    public static Optional<String> calendar(MimeMessage message) {
        try {
            return message.getContent() instanceof jakarta.mail.Multipart multipart ? calendarOf(multipart)
                    : Optional.empty();
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> calendarOf(jakarta.mail.Multipart multipart)
            throws MessagingException, java.io.IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                Optional<String> found = calendarOf(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
            else if (part.isMimeType("text/calendar")) {
                try (var in = part.getInputStream()) {
                    return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return Optional.empty();
    }

    /** The first link in the plain-text part of a message. */
    public static String firstLink(MimeMessage message) {
        String text = text(message);
        Matcher matcher = LINK.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link in: " + text);
        }
        return matcher.group();
    }

    private static String partsOf(jakarta.mail.Multipart multipart, String type)
            throws MessagingException, java.io.IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                text.append(partsOf(inner, type));
            }
            else if (part.isMimeType(type)) {
                text.append(part.getContent());
            }
        }
        return text.toString();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> subjects() {
        return Arrays.stream(mail.getReceivedMessages()).map(Inbox::subject).toList();
    }

}
