package bg.inkindmatch.web.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;

/**
 * Writes e-mails into the outbox, in the caller's transaction: the e-mail exists if and
 * only if the change that caused it was committed.
 */
@Service
public class Mailer {

    private final MailTemplates templates;

    private final OutboxRepository outbox;

    private final RecipientLinks recipientLinks;

    private final Clock clock;

    Mailer(MailTemplates templates, OutboxRepository outbox, RecipientLinks recipientLinks, Clock clock) {
        this.templates = templates;
        this.outbox = outbox;
        this.recipientLinks = recipientLinks;
        this.clock = clock;
    }

    /**
     * Puts the named e-mail into the outbox. An e-mail to a member organisation carries
     * the link to its e-mail preferences (in the footer of every template) and a
     * one-click List-Unsubscribe header.
     * @param recipient the address
     * @param language {@code bg} or {@code en}
     * @param template the name of the templates in {@code templates/mail/{html,text}/}
     * @param model the values the templates show
     * @param subjectArgs the arguments of the subject's message
     */
    @Transactional
    public void send(String recipient, String language, String template, Map<String, Object> model,
            Object... subjectArgs) {
        sendWithCalendar(recipient, language, template, model, null, subjectArgs);
    }

    /**
     * Puts the named e-mail into the outbox with an iCalendar invitation (or
     * cancellation) attached, as {@link #send} does otherwise.
     * @param calendar the iCalendar object, or null for none
     */
    @Transactional
    public void sendWithCalendar(String recipient, String language, String template, Map<String, Object> model,
            String calendar, Object... subjectArgs) {
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "bg");
        Optional<RecipientLinks.PreferenceLinks> links = recipientLinks.forRecipient(recipient);
        Map<String, Object> withFooter = new HashMap<>(model);
        links.ifPresent(link -> withFooter.put("preferencesLink", link.preferences()));
        MailTemplates.RenderedMail mail = templates.render(template, locale, withFooter, subjectArgs);
        String messageId = "<" + UUID.randomUUID() + "@inkind-match>";
        outbox.save(OutboxMessage.pending(messageId, recipient, mail.subject(), mail.text(), mail.html(),
                links.map(RecipientLinks.PreferenceLinks::oneClickStop).orElse(null), calendar, clock.instant()));
    }

}
