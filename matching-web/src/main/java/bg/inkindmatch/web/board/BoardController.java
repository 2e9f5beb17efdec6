package bg.inkindmatch.web.board;

import bg.inkindmatch.web.post.PostChoices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * The public board: open needs and offers without any contact data, with filters that
 * work as plain links.
 */
@Controller
record BoardController(PublicBoard board, PostChoices choices) {

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
        model.addAttribute("municipalities", choices.municipalities(locale));
        return "board/index";
    }

}
