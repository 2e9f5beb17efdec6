package bg.inkindmatch.web.document;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.web.document.DonationFacts.Party;
import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.StoredOffer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The papers of a handed-over donation: the handover protocol (приемо-предавателен
 * протокол) both sides sign, and the donation certificate the centre gives the company
 * for its accountant. Both are in Bulgarian, the language of the accounts.
 */
@Service
public record DonationPapers(PdfDocuments pdf, OrganisationRepository organisations, MatchService matches,
        PostChoices choices, MatchingEngine engine, MessageSource messages, Clock clock) {

    /** The papers are Bulgarian whatever the reader's language. */
    static final Locale BULGARIAN = Locale.forLanguageTag("bg");

    /** The facts of a match's donation; empty until it is handed over. */
    public Optional<DonationFacts> facts(Match match, StoredOffer offer, StoredNeed need) {
        if (match.status() != MatchStatus.DELIVERED) {
            return Optional.empty();
        }
        return Optional.of(new DonationFacts(match.id(), match.decidedAt().atZone(clock.getZone()).toLocalDate(),
                party(offer.organisationId()), party(need.organisationId()), choices.title(offer, BULGARIAN),
                choices.categoryLabel(offer.category(), BULGARIAN), match.units(),
                messages.getMessage("unit." + offer.unit().code(), null, BULGARIAN), need.handoverPoint(),
                choices.municipalityName(need.handover(), BULGARIAN)));
    }

    /** The handover protocol, as PDF. */
    public byte[] handoverProtocol(DonationFacts facts) {
        return pdf.render("handover", Map.of("facts", facts), BULGARIAN);
    }

    /** The donation certificate, as PDF. */
    public byte[] certificate(DonationFacts facts) {
        return pdf.render("certificate", Map.of("facts", facts), BULGARIAN);
    }

    /**
     * The statement of what an organisation handed over in the year (a company's goods, a
     * centre's trainings), in the reader's language.
     */
    public AnnualStatement statement(StoredOrganisation company, int year, Locale locale) {
        List<AnnualStatement.Line> lines = matches.of(company)
            .stream()
            .filter(view -> view.match().status() == MatchStatus.DELIVERED)
            .filter(view -> view.side() == Match.Side.COMPANY)
            .map(view -> line(view, locale))
            .filter(line -> line.handedOver().getYear() == year)
            .sorted(Comparator.comparing(AnnualStatement.Line::handedOver))
            .toList();
        return new AnnualStatement(party(company, locale), year, lines);
    }

    /** The statement, as PDF in its reader's language. */
    public byte[] statementPdf(AnnualStatement statement, Locale locale) {
        return pdf.render("statement", Map.of("statement", statement), locale);
    }

    private AnnualStatement.Line line(MatchService.View view, Locale locale) {
        String language = PostChoices.language(locale);
        String province = engine.places()
            .municipality(view.need().handover())
            .flatMap(m -> engine.places().province(m.provinceCode()))
            .map(p -> p.name(language))
            .orElse("");
        return new AnnualStatement.Line(view.match().decidedAt().atZone(clock.getZone()).toLocalDate(),
                choices.title(view.offer(), locale), choices.categoryLabel(view.offer().category(), locale),
                view.match().units(), messages.getMessage("unit." + view.offer().unit().code(), null, locale),
                messages.getMessage("document.statement.receiver." + receiverKind(view), null, locale), province);
    }

    private String receiverKind(MatchService.View view) {
        return organisations.findById(view.need().organisationId()).orElseThrow().kind().name();
    }

    private Party party(long organisationId) {
        return party(organisations.findById(organisationId).orElseThrow(), BULGARIAN);
    }

    private Party party(StoredOrganisation organisation, Locale locale) {
        return new Party(organisation.name(), organisation.eik() == null ? "" : organisation.eik(),
                seat(organisation.municipality(), locale));
    }

    /** "община Русе, област Русе": where an organisation is registered, in words. */
    String seat(String municipality, Locale locale) {
        String language = PostChoices.language(locale);
        return engine.places()
            .municipality(municipality)
            .map(m -> messages.getMessage("document.seat", new Object[] { m.name(language), provinceName(m, language) },
                    locale))
            .orElse(municipality);
    }

    private String provinceName(Municipality municipality, String language) {
        return engine.places().province(municipality.provinceCode()).map(p -> p.name(language)).orElse("");
    }

}
