package bg.inkindmatch.web.board;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public board: open needs and offers without any contact data, with filters that
 * work as plain links.
 */
@Controller
record BoardController(PublicBoard board, PostChoices choices, MatchingEngine engine) {

    private static final int PAGE_SIZE = 20;

    @GetMapping("/board")
    String board(@RequestParam(defaultValue = "needs") String side, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String province, @RequestParam(defaultValue = "") String municipality,
            @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        BoardFilter filter = new BoardFilter(category, province, municipality, page, PAGE_SIZE);
        boolean offers = "offers".equals(side);
        model.addAttribute("side", offers ? "offers" : "needs");
        model.addAttribute("filter", filter);
        model.addAttribute("board", offers ? board.offers(filter, locale) : board.needs(filter, locale));
        model.addAttribute("categories", choices.categories(locale));
        model.addAttribute("provinces", choices.provinces(locale));
        model.addAttribute("municipalities", municipalityChoices(filter, locale));
        return "board/index";
    }

    /**
     * The municipalities of the chosen province (or of the chosen municipality's), none
     * before a province is chosen: the whole country's 265 in one list were hard to use
     * on a phone, and were most of the page's weight and of the time it took to write.
     */
    private Map<String, List<PostChoices.Choice>> municipalityChoices(BoardFilter filter, Locale locale) {
        String province = filter.province().isEmpty()
                ? engine.places().municipality(filter.municipality()).map(Municipality::provinceCode).orElse("")
                : filter.province();
        return choices.municipalitiesOf(province, locale);
    }

}
