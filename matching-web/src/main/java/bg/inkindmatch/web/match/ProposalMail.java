package bg.inkindmatch.web.match;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an e-mail says about one match to one side, in that side's language: what, why,
 * until when, and the links to answer. Nothing about the other side's people.
 */
record ProposalMail(String offerTitle, String needTitle, String otherSide, String category, String units,
        String municipality, LocalDate availableUntil, LocalDate neededBy, LocalDate expiresAt, List<String> reasons,
        String matchLink, String acceptLink, String declineLink) {

    /**
     * The values for the templates of a single e-mail: each value, and the whole as
     * {@code item}.
     */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("item", this);
        model.put("offerTitle", offerTitle);
        model.put("needTitle", needTitle);
        model.put("otherSide", otherSide);
        model.put("category", category);
        model.put("units", units);
        model.put("municipality", municipality);
        model.put("availableUntil", availableUntil);
        model.put("neededBy", neededBy);
        model.put("expiresAt", expiresAt);
        model.put("reasons", reasons);
        model.put("matchLink", matchLink);
        model.put("acceptLink", acceptLink);
        model.put("declineLink", declineLink);
        return model;
    }
}
