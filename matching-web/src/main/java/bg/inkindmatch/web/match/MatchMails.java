package bg.inkindmatch.web.match;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.need.Need;
import bg.inkindmatch.web.offer.Offer;
import bg.inkindmatch.web.organisation.Organisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.ReasonWording;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mails of a match, one per side, in each side's language, written to the outbox in the
 * caller's transaction. They say what happened and why, and link into the application; they carry no
 * contact data of the other side and nothing about any person.
 */
@Component
class MatchMails {

    private static final int REASONS = 4;

    private final Mailer mailer;
    private final MatchLinks links;
    private final ReasonWording wording;
    private final PostChoices choices;
    private final MessageSource messages;
    private final InKindProperties properties;
    private final bg.inkindmatch.web.offer.OfferRepository offers;
    private final bg.inkindmatch.web.need.NeedRepository needs;

    MatchMails(Mailer mailer, MatchLinks links, ReasonWording wording, PostChoices choices, MessageSource messages,
               InKindProperties properties, bg.inkindmatch.web.offer.OfferRepository offers,
               bg.inkindmatch.web.need.NeedRepository needs) {
        this.offers = offers;
        this.needs = needs;
        this.mailer = mailer;
        this.links = links;
        this.wording = wording;
        this.choices = choices;
        this.messages = messages;
        this.properties = properties;
    }

    /** A new proposal: what, why, and the accept and decline links of each side. */
    void proposed(Match match, Offer offer, Need need, Organisation company, Organisation centre) {
        send(match, offer, need, company, Match.Side.COMPANY, "match-proposed");
        send(match, offer, need, centre, Match.Side.CENTRE, "match-proposed");
    }

    /** Both sides accepted: a link to the match page, where the signed-in member sees the contacts. */
    void agreed(Match match, Offer offer, Need need, Organisation company, Organisation centre) {
        send(match, offer, need, company, Match.Side.COMPANY, "match-agreed");
        send(match, offer, need, centre, Match.Side.CENTRE, "match-agreed");
    }

    /** The answer time is nearly over: a reminder to each side that has not answered. */
    void reminder(Match match, Organisation company, Organisation centre) {
        Offer offer = offers.findById(match.offerId()).orElseThrow();
        Need need = needs.findById(match.needId()).orElseThrow();
        if (match.companyAnswer() == null) {
            send(match, offer, need, company, Match.Side.COMPANY, "match-reminder");
        }
        if (match.centreAnswer() == null) {
            send(match, offer, need, centre, Match.Side.CENTRE, "match-reminder");
        }
    }

    private void send(Match match, Offer offer, Need need, Organisation recipient, Match.Side side, String template) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        Map<String, Object> model = new HashMap<>();
        model.put("offerTitle", offer.title());
        model.put("needTitle", need.title());
        model.put("category", choices.categoryLabel(offer.category(), locale));
        model.put("units", match.units() + " " + messages.getMessage("unit." + offer.unit().code(), null, locale));
        model.put("municipality", choices.municipalityName(need.handover(), locale));
        model.put("availableUntil", offer.availableUntil());
        model.put("neededBy", need.neededBy());
        model.put("expiresAt", match.expiresAt().atZone(java.time.ZoneId.of("Europe/Sofia")).toLocalDate());
        model.put("reasons", wording.sentences(match.strongestReasons(REASONS).stream().map(l -> l.reason()).toList(), locale));
        model.put("matchLink", properties.link("/matches/" + match.id()));
        model.put("acceptLink", properties.link("/m/" + links.token(match.id(), side, Answer.ACCEPTED, match.expiresAt())));
        model.put("declineLink", properties.link("/m/" + links.token(match.id(), side, Answer.DECLINED, match.expiresAt())));
        mailer.send(recipient.email(), recipient.language(), template, model,
                side == Match.Side.COMPANY ? offer.title() : need.title());
    }
}
