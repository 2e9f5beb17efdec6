package bg.inkindmatch.web.match;

import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.ReasonWording;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mails of a match, one per side, in each side's language, written to the outbox in
 * the caller's transaction, as each side chose: at once, in the daily digest (a CRITICAL
 * need's proposals always go at once), or not at all. They say what happened and why, and
 * link into the application; they carry no contact data of the other side and nothing
 * about any person.
 */
@Component
record MatchMails(Mailer mailer, MatchLinks links, ReasonWording wording, PostChoices choices, MessageSource messages,
        LocaleFormats formats, InKindProperties properties, OfferRepository offers, NeedRepository needs,
        OrganisationRepository organisations, DigestQueue digestQueue) {

    private static final int REASONS = 4;

    /**
     * A new proposal: what, why, and the accept and decline links of each side, now or in
     * the digest.
     */
    void proposed(Match match, StoredOffer offer, StoredNeed need, StoredOrganisation company,
            StoredOrganisation centre) {
        proposedTo(match, offer, need, company, Match.Side.COMPANY);
        proposedTo(match, offer, need, centre, Match.Side.CENTRE);
    }

    private void proposedTo(Match match, StoredOffer offer, StoredNeed need, StoredOrganisation recipient,
            Match.Side side) {
        boolean critical = isCritical(need);
        if (recipient.mailPreference().sendsAtOnce(critical)) {
            send(match, offer, need, recipient, side, "match-proposed");
        }
        else if (recipient.mailPreference().waitsForDigest(critical)) {
            digestQueue.add(recipient.id(), match.id(), side);
        }
    }

    /**
     * Both sides accepted: a link to the match page, where the signed-in member sees the
     * contacts.
     */
    void agreed(Match match, StoredOffer offer, StoredNeed need, StoredOrganisation company,
            StoredOrganisation centre) {
        if (company.mailPreference().wantsMail()) {
            send(match, offer, need, company, Match.Side.COMPANY, "match-agreed");
        }
        if (centre.mailPreference().wantsMail()) {
            send(match, offer, need, centre, Match.Side.CENTRE, "match-agreed");
        }
    }

    /**
     * The answer time is nearly over: a reminder to each side that has not answered and
     * gets its e-mail at once (the daily digest reminds the others).
     */
    void reminder(Match match, StoredOrganisation company, StoredOrganisation centre) {
        StoredOffer offer = offers.findById(match.offerId()).orElseThrow();
        StoredNeed need = needs.findById(match.needId()).orElseThrow();
        boolean critical = isCritical(need);
        if (!match.hasAnswered(Match.Side.COMPANY) && company.mailPreference().sendsAtOnce(critical)) {
            send(match, offer, need, company, Match.Side.COMPANY, "match-reminder");
        }
        if (!match.hasAnswered(Match.Side.CENTRE) && centre.mailPreference().sendsAtOnce(critical)) {
            send(match, offer, need, centre, Match.Side.CENTRE, "match-reminder");
        }
    }

    /**
     * One e-mail with the new proposals and those about to expire, for one organisation.
     */
    void digest(StoredOrganisation recipient, List<Match> fresh, List<Match> expiringSoon) {
        Map<String, Object> model = Map.of("fresh", summaries(recipient, fresh), "expiringSoon",
                summaries(recipient, expiringSoon));
        mailer.send(recipient.email(), recipient.language(), "match-digest", model, fresh.size() + expiringSoon.size());
    }

    private List<ProposalMail> summaries(StoredOrganisation recipient, List<Match> matches) {
        return matches.stream().map(match -> {
            StoredOffer offer = offers.findById(match.offerId()).orElseThrow();
            return summary(match, offer, needs.findById(match.needId()).orElseThrow(), recipient,
                    Match.Side.of(offer, recipient.id()));
        }).toList();
    }

    static boolean isCritical(StoredNeed need) {
        return need.urgency() == Urgency.CRITICAL;
    }

    private void send(Match match, StoredOffer offer, StoredNeed need, StoredOrganisation recipient, Match.Side side,
            String template) {
        mailer.send(recipient.email(), recipient.language(), template,
                summary(match, offer, need, recipient, side).model(),
                side == Match.Side.COMPANY ? offer.title() : need.title());
    }

    private ProposalMail summary(Match match, StoredOffer offer, StoredNeed need, StoredOrganisation recipient,
            Match.Side side) {
        Locale locale = Locale.forLanguageTag(recipient.language());
        long other = (side == Match.Side.COMPANY) ? need.organisationId() : offer.organisationId();
        // nothing the other side wrote: its post by its category; the application shows
        // the rest to the signed-in member (its text once a coordinator has seen it)
        String offerTitle = side == Match.Side.COMPANY ? offer.title()
                : choices.categoryLabel(offer.category(), locale);
        String needTitle = side == Match.Side.CENTRE ? need.title() : choices.categoryLabel(need.category(), locale);
        return new ProposalMail(offerTitle, needTitle, otherSide(other, locale),
                choices.categoryLabel(offer.category(), locale), formats.quantity(match.units(), offer.unit(), locale),
                choices.municipalityName(need.handover(), locale), offer.availableUntil(), need.neededBy(),
                match.expiresAt().atZone(properties.zone()).toLocalDate(),
                wording.sentences(match.strongestReasons(REASONS).stream().map(line -> line.reason()).toList(), locale),
                properties.link("/matches/" + match.id()),
                properties.link("/m/" + links.token(match.id(), side, Answer.ACCEPTED, match.expiresAt())),
                properties.link("/m/" + links.token(match.id(), side, Answer.DECLINED, match.expiresAt())));
    }

    /**
     * Who the other side is in general terms: a company from its municipality, a centre
     * only by its province (never a name or a town that could point to a shelter).
     */
    private String otherSide(long organisationId, Locale locale) {
        return organisations.findById(organisationId).map(other -> {
            boolean centre = other.kind() == OrganisationKind.CENTRE;
            String place = centre ? choices.provinceNameOf(other.municipality(), locale)
                    : choices.municipalityName(other.municipality(), locale);
            return messages.getMessage("mail.other-side." + other.kind().name().toLowerCase(Locale.ROOT),
                    new Object[] { place }, locale);
        }).orElse("");
    }

}
