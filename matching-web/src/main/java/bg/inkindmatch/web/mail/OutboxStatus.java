package bg.inkindmatch.web.mail;

/**
 * Where an outgoing e-mail stands. A message stays pending, retried with back-off, until
 * it is sent.
 */
public enum OutboxStatus {

    PENDING, SENT

}
