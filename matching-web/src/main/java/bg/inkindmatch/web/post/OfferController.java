package bg.inkindmatch.web.post;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** A company's offers, at {@code /offers}. */
@Controller
@RequestMapping("/offers")
class OfferController extends PostController<StoredOffer, OfferForm> {

    OfferController(OfferSide side, Parts parts) {
        super(side, parts);
    }

}
