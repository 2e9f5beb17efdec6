package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.ReportYear;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The public impact pages, for the country and for each province, a year at a time: the
 * dashboard's figures with small numbers and lines of few centres withheld.
 */
@Controller
record PublicImpactController(ImpactReports reports, ImpactTables tables, ImpactCharts charts, MatchingEngine engine,
        PostChoices choices, Clock clock) {

    @GetMapping("/impact")
    String country(@RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "province", required = false) String code, Model model, Locale locale) {
        // the page's form asks for a province as a parameter; its page has an address of
        // its own
        Optional<Province> chosen = code == null || code.length() > 3 ? Optional.empty()
                : engine.places().province(code);
        if (chosen.isPresent()) {
            return "redirect:/impact/" + chosen.get().code() + "?year=" + ReportYear.of(year, clock);
        }
        return page(Optional.empty(), year, model, locale);
    }

    @GetMapping("/impact/{code}")
    String province(@PathVariable String code, @RequestParam(name = "year", required = false) String year, Model model,
            Locale locale) {
        Province province = engine.places()
            .province(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(Optional.of(province), year, model, locale);
    }

    private String page(Optional<Province> province, String year, Model model, Locale locale) {
        int thisYear = Year.now(clock).getValue();
        int asked = ReportYear.of(year, clock);
        List<ImpactTable> shown = tables.of(
                reports.figures(ImpactPeriod.year(asked), province.map(p -> Set.of(p.code()))), Disclosure.PUBLIC,
                locale);
        String language = PostChoices.language(locale);
        model.addAttribute("tables", shown);
        model.addAttribute("charts", charts.drawAll(shown));
        // the year is a name here, not a number to group in thousands
        model.addAttribute("year", Integer.toString(asked));
        model.addAttribute("years",
                IntStream.rangeClosed(ReportYear.FIRST, thisYear).mapToObj(Integer::toString).toList());
        model.addAttribute("province", province.map(Province::code).orElse(""));
        model.addAttribute("provinceName", province.map(p -> p.name(language)).orElse(""));
        model.addAttribute("provinces", choices.provinces(locale));
        return "impact/public";
    }

}
