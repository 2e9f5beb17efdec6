package bg.inkindmatch.web.home;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.taxonomy.Category;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.Locale;

/** The public home page: what InKind Match is, for whom, and what can be given. */
@Controller
record HomeController(MatchingEngine engine) {

    @GetMapping("/")
    String home(Model model, Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "bg";
        List<String> branches = engine.taxonomy()
            .categories()
            .stream()
            .filter(Category::isBranch)
            .map(category -> category.label(language))
            .toList();
        model.addAttribute("branches", branches);
        model.addAttribute("municipalityCount", engine.places().municipalities().size());
        model.addAttribute("provinceCount", engine.places().provinces().size());
        return "home/index";
    }

}
