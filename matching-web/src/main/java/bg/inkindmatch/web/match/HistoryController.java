package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.Csv;
import bg.inkindmatch.web.system.Download;
import bg.inkindmatch.web.system.ReportYear;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.Locale;

/**
 * "What we received" for a centre and "what we gave" for a company: the agreed and
 * delivered matches with dates and quantities, as a page and as CSV (for CSR reports and
 * the partnership's funders).
 */
@Controller
record HistoryController(MatchService matches, Members members, PostChoices choices, MessageSource messages,
        TrainingOutcomes trainings, java.time.Clock clock) {

    /**
     * One line of the history.
     *
     * @param training what a workplace training's sessions achieved, in words, or empty
     */
    record Line(String date, String status, String offer, String need, String category, int units, String unit,
            String municipality, String training) {
    }

    private List<Line> lines(StoredOrganisation organisation, Locale locale) {
        List<MatchService.View> agreed = matches.of(organisation)
            .stream()
            .filter(v -> v.match().status().isAgreedByBoth())
            .toList();
        Map<Long, TrainingOutcomes.Outcome> outcomes = trainings.of(agreed.stream().map(v -> v.match().id()).toList());
        return agreed.stream()
            .map(v -> new Line(
                    (v.match().decidedAt() == null ? v.match().proposedAt() : v.match().decidedAt())
                        .atZone(clock.getZone())
                        .toLocalDate()
                        .toString(),
                    messages.getMessage("match.status." + v.match().status(), null, locale), v.offer().title(),
                    v.need().title(), choices.categoryLabel(v.offer().category(), locale), v.match().units(),
                    messages.getMessage("unit." + v.offer().unit().code(), null, locale),
                    choices.municipalityName(v.need().handover(), locale),
                    training(outcomes.get(v.match().id()), locale)))
            .toList();
    }

    /** "18 people trained in 1 session, rated 4.5 of 5", or empty. */
    private String training(TrainingOutcomes.Outcome outcome, Locale locale) {
        if (outcome == null) {
            return "";
        }
        String trained = messages.getMessage("history.trained", new Object[] { outcome.people(), outcome.sessions() },
                locale);
        return outcome.rating() == null ? trained : trained + ", " + messages.getMessage("history.rated",
                new Object[] { String.format(locale, "%.1f", outcome.rating()) }, locale);
    }

    @GetMapping("/history")
    String page(@AuthenticationPrincipal UserDetails member, Model model, Locale locale) {
        StoredOrganisation organisation = members.current(member);
        model.addAttribute("lines", lines(organisation, locale));
        model.addAttribute("company", organisation.kind() != OrganisationKind.CENTRE);
        model.addAttribute("statementYears",
                IntStream.iterate(Year.now(clock).getValue(), y -> y >= ReportYear.FIRST, y -> y - 1)
                    .mapToObj(Integer::toString)
                    .toList());
        return "match/history";
    }

    @GetMapping("/history.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal UserDetails member, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("date", "status", "offer", "need", "category", "units", "unit", "municipality", "training"));
        lines(members.current(member), locale).forEach(l -> rows.add(List.of(l.date(), l.status(), l.offer(), l.need(),
                l.category(), Integer.toString(l.units()), l.unit(), l.municipality(), l.training())));
        return Download.of("inkind-history.csv", Download.CSV, Csv.file(rows));
    }

}
