package bg.inkindmatch.web.mail;

import java.time.Instant;

/** Lets tests of other packages make outbox messages. */
public final class OutboxMessageAccess {

    private OutboxMessageAccess() {
    }

    public static OutboxMessage pending(String messageId, String recipient, Instant due) {
        return OutboxMessage.pending(messageId, recipient, "Тема", "Текст", "<p>Текст</p>", null, null, due);
    }

}
