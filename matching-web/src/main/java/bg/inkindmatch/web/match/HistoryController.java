package bg.inkindmatch.web.match;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "What we received" for a centre and "what we gave" for a company: the agreed and
 * delivered matches with dates and quantities, as a page and as CSV (for CSR reports and
 * the partnership's funders).
 */
@Controller
record HistoryController(MatchService matches, Members members, PostChoices choices, MessageSource messages,
        java.time.Clock clock) {

    /** One line of the history. */
    record Line(String date, String status, String offer, String need, String category, int units, String unit,
            String municipality) {
    }

    private List<Line> lines(StoredOrganisation organisation, Locale locale) {
        return matches.of(organisation)
            .stream()
            .filter(v -> v.match().status().isAgreedByBoth())
            .map(v -> new Line(
                    (v.match().decidedAt() == null ? v.match().proposedAt() : v.match().decidedAt())
                        .atZone(clock.getZone())
                        .toLocalDate()
                        .toString(),
                    messages.getMessage("match.status." + v.match().status(), null, locale), v.offer().title(),
                    v.need().title(), choices.categoryLabel(v.offer().category(), locale), v.match().units(),
                    messages.getMessage("unit." + v.offer().unit().code(), null, locale),
                    choices.municipalityName(v.need().handover(), locale)))
            .toList();
    }

    @GetMapping("/history")
    String page(@AuthenticationPrincipal UserDetails member, Model model, Locale locale) {
        StoredOrganisation organisation = members.current(member);
        model.addAttribute("lines", lines(organisation, locale));
        model.addAttribute("company", organisation.kind() == OrganisationKind.COMPANY);
        return "match/history";
    }

    @GetMapping("/history.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal UserDetails member, Locale locale) {
        String header = String.join(",",
                List.of("date", "status", "offer", "need", "category", "units", "unit", "municipality"));
        String body = lines(members.current(member), locale).stream()
            .map(l -> String.join(",", csv(l.date()), csv(l.status()), csv(l.offer()), csv(l.need()), csv(l.category()),
                    Integer.toString(l.units()), csv(l.unit()), csv(l.municipality())))
            .collect(Collectors.joining("\r\n"));
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = (header + "\r\n" + body + (body.isEmpty() ? "" : "\r\n")).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inkind-history.csv\"")
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .body(file);
    }

    /**
     * A CSV cell: quoted, quotes doubled. A cell whose first visible character starts a
     * formula in a spreadsheet ({@code = + - @}, or a tab or line break before one) is
     * prefixed with an apostrophe, so that it is shown as text and never evaluated. The
     * check reads characters, not a pattern, so a line break inside the value cannot slip
     * past it.
     */
    static String csv(String value) {
        int first = 0;
        while (first < value.length()
                && (Character.isWhitespace(value.charAt(first)) || Character.isSpaceChar(value.charAt(first)))) {
            first++;
        }
        boolean formula = first < value.length() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(value.charAt(first)) >= 0
                || !value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r' || value.charAt(0) == '\n');
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
