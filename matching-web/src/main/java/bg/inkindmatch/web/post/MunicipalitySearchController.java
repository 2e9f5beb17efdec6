package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Narrows a municipality field to the municipalities whose name (Cyrillic or Latin) or province name
 * starts with what was typed: the options of the field, for htmx. Without JavaScript the field lists
 * every municipality, grouped by province.
 */
@Controller
class MunicipalitySearchController {

    private final MatchingEngine engine;
    private final PostChoices choices;

    MunicipalitySearchController(MatchingEngine engine, PostChoices choices) {
        this.engine = engine;
        this.choices = choices;
    }

    @GetMapping("/places/municipalities")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
                  @RequestParam(name = "handover", defaultValue = "") String selected, Model model, Locale locale) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        Map<String, List<PostChoices.Choice>> all = choices.municipalities(locale);
        Map<String, List<PostChoices.Choice>> found = new LinkedHashMap<>();
        all.forEach((province, municipalities) -> {
            boolean provinceMatches = province.toLowerCase(Locale.ROOT).startsWith(wanted);
            List<PostChoices.Choice> matching = municipalities.stream()
                    .filter(choice -> provinceMatches || matches(choice.value(), wanted))
                    .toList();
            if (!matching.isEmpty()) {
                found.put(province, matching);
            }
        });
        model.addAttribute("municipalities", found);
        model.addAttribute("selected", selected);
        return "post/municipalities :: options";
    }

    private boolean matches(String code, String wanted) {
        Municipality municipality = engine.places().requireMunicipality(code);
        return wanted.isEmpty() || municipality.nameBg().toLowerCase(Locale.ROOT).startsWith(wanted)
                || municipality.nameLatin().toLowerCase(Locale.ROOT).startsWith(wanted);
    }
}
