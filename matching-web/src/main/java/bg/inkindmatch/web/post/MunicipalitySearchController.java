package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Province;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Narrows a municipality field to the municipalities whose name (Cyrillic or Latin) or
 * province name starts with what was typed: the options of the field, for htmx. Without
 * JavaScript the field lists every municipality, grouped by province.
 */
@Controller
record MunicipalitySearchController(MatchingEngine engine) {

    private static final int MAX_QUERY = 60;

    @GetMapping("/places/municipalities")
    String search(@RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "handover", defaultValue = "") String selected, Model model, Locale locale) {
        // no name is longer: a longer query finds nothing, and is not worth reading
        String wanted = (query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query).trim()
            .toLowerCase(Locale.ROOT);
        String language = PostChoices.language(locale);
        Map<String, List<PostChoices.Choice>> found = new LinkedHashMap<>();
        engine.places()
            .provinces()
            .stream()
            .sorted(Comparator.comparing((Province p) -> p.name(language)))
            .forEach(province -> {
                boolean wholeProvince = startsWith(province.nameBg(), province.nameLatin(), wanted);
                List<PostChoices.Choice> matching = engine.places()
                    .municipalitiesOf(province.code())
                    .stream()
                    .filter(m -> wholeProvince || startsWith(m.nameBg(), m.nameLatin(), wanted))
                    .sorted(Comparator.comparing((Municipality m) -> m.name(language)))
                    .map(m -> new PostChoices.Choice(m.code(), m.name(language)))
                    .toList();
                if (!matching.isEmpty()) {
                    found.put(province.name(language), matching);
                }
            });
        model.addAttribute("municipalities", found);
        model.addAttribute("selected", selected);
        return "post/municipalities :: options";
    }

    private static boolean startsWith(String nameBg, String nameLatin, String wanted) {
        return nameBg.toLowerCase(Locale.ROOT).startsWith(wanted)
                || nameLatin.toLowerCase(Locale.ROOT).startsWith(wanted);
    }

}
