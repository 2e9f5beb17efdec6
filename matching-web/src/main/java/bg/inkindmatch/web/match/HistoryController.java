package bg.inkindmatch.web.match;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.system.Download;
import bg.inkindmatch.web.system.ReportYear;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * "What we received" for a centre and "what we gave" for a company: the agreed and
 * delivered matches with dates, quantities and the other side, as a page, as CSV and as a
 * workbook (for CSR reports and the partnership's funders).
 */
@Controller
record HistoryController(HistoryLines history, HistoryFiles files, Members members, Clock clock) {

    @GetMapping("/history")
    String page(@AuthenticationPrincipal UserDetails member, Model model, Locale locale) {
        StoredOrganisation organisation = members.current(member);
        model.addAttribute("lines", history.of(organisation, locale));
        model.addAttribute("company", organisation.kind() != OrganisationKind.CENTRE);
        model.addAttribute("statementYears",
                IntStream.iterate(Year.now(clock).getValue(), y -> y >= ReportYear.FIRST, y -> y - 1)
                    .mapToObj(Integer::toString)
                    .toList());
        return "match/history";
    }

    @GetMapping("/history.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal UserDetails member, Locale locale) {
        return Download.of("inkind-history.csv", Download.CSV,
                files.csv(history.of(members.current(member), locale), locale));
    }

    @GetMapping("/history.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal UserDetails member, Locale locale) {
        return Download.of("inkind-history.xlsx", Download.XLSX,
                files.xlsx(history.of(members.current(member), locale), locale));
    }

}
