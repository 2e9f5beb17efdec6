package bg.inkindmatch.web.post;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A centre's needs, at {@code /needs}. */
@Controller
@RequestMapping("/needs")
class NeedController extends PostController<StoredNeed, NeedForm> {

    NeedController(NeedSide side, Parts parts) {
        super(side, parts);
    }

}
