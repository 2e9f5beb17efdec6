package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Unit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The units that fit a category, as the options of the unit field: the forms ask for them
 * (htmx) when the category changes. Without JavaScript the field lists every unit and the
 * server checks.
 */
@Controller
record UnitsController(MatchingEngine engine) {

    @GetMapping("/posts/units")
    String units(@RequestParam(defaultValue = "") String category, @RequestParam(required = false) Unit unit,
            Model model) {
        List<Unit> units = engine.taxonomy().category(category).map(Category::units).orElse(List.of(Unit.values()));
        model.addAttribute("units", units);
        model.addAttribute("selected",
                unit != null && units.contains(unit) ? unit : units.size() == 1 ? units.get(0) : null);
        return "post/units :: options";
    }

}
