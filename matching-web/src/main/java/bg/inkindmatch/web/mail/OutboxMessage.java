package bg.inkindmatch.web.mail;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail in the transactional outbox: written in the same transaction as the change
 * that caused it, sent later by {@link OutboxSender}. The Message-ID is fixed when the
 * message is written, so a message repeated after a crash can be recognised.
 */
@Table("mail_outbox")
public record OutboxMessage(@Id Long id, String messageId, String recipient, String subject, String textBody,
        String htmlBody, String unsubscribeLink, String calendar, Instant createdAt, OutboxStatus status, int attempts,
        Instant nextAttemptAt, Instant sentAt, String lastError) {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * A new message, due at once.
     * @param calendar an iCalendar object to attach, or null
     */
    static OutboxMessage pending(String messageId, String recipient, String subject, String text, String html,
            String unsubscribeLink, String calendar, Instant now) {
        return new OutboxMessage(null, messageId, recipient, subject, text, html, unsubscribeLink, calendar, now,
                OutboxStatus.PENDING, 0, now, null, null);
    }

    /** This message, sent. */
    OutboxMessage sent(Instant now) {
        return new OutboxMessage(id, messageId, recipient, subject, textBody, htmlBody, unsubscribeLink, calendar,
                createdAt, OutboxStatus.SENT, attempts + 1, nextAttemptAt, now, null);
    }

    /**
     * This message after a failed attempt: due again after a back-off that doubles up to
     * an hour.
     */
    OutboxMessage failed(String error, Instant now) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 10));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        String shortError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        return new OutboxMessage(id, messageId, recipient, subject, textBody, htmlBody, unsubscribeLink, calendar,
                createdAt, OutboxStatus.PENDING, attempts + 1, now.plus(wait), null, shortError);
    }
}
