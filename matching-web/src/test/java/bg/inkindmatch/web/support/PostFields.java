package bg.inkindmatch.web.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The fields of an offer or a need form as a member fills them in: a complete, valid post
 * of hygiene packs in Ruse, any field changeable.
 */
public final class PostFields {

    private final Map<String, String> fields;

    private PostFields(Map<String, String> fields) {
        this.fields = fields;
    }

    /** An offer from today for 60 days, within the province. */
    public static PostFields offer(String title) {
        return common(title).with("availableFrom", LocalDate.now().toString())
            .with("availableUntil", LocalDate.now().plusDays(60).toString())
            .with("reach", "PROVINCE")
            .with("conditions", "");
    }

    /** A need for the next 14 days, handed over in Ruse. */
    public static PostFields need(String title) {
        return common(title).with("neededBy", LocalDate.now().plusDays(14).toString())
            .with("urgency", "NORMAL")
            .with("handover", "RSE27")
            .with("handoverPoint", "Офисът на търговската камара");
    }

    /**
     * A centre's workplace training on the forms of violence: 30 seats on site, in
     * Bulgarian, for 90 days, within its municipality.
     */
    public static PostFields trainingOffer(String title) {
        return offer(title).of("workplace.violence-awareness", "SEAT")
            .with("format", "ON_SITE")
            .with("languages", "bg")
            .with("quantity", "30")
            .with("availableUntil", LocalDate.now().plusDays(90).toString())
            .with("reach", "MUNICIPALITY");
    }

    /**
     * An employer's request for that training for 25 of its staff, on site or online, in
     * Bulgarian, in the municipality.
     */
    public static PostFields trainingRequest(String title, String municipality) {
        return need(title).of("workplace.violence-awareness", "SEAT")
            .with("format", "EITHER")
            .with("languages", "bg")
            .with("quantity", "25")
            .with("handover", municipality)
            .with("handoverPoint", "Залата на камарата");
    }

    private static PostFields common(String title) {
        return new PostFields(new HashMap<>(Map.of("title", title, "description", "", "category", "consumables.hygiene",
                "unit", "PACK", "quantity", "10")));
    }

    /** These fields with one changed. */
    public PostFields with(String field, String value) {
        Map<String, String> changed = new HashMap<>(fields);
        changed.put(field, value);
        return new PostFields(changed);
    }

    /** These fields with the category and unit changed. */
    public PostFields of(String category, String unit) {
        return with("category", category).with("unit", unit);
    }

    /** The fields, ready to post (a copy the caller may change). */
    public Map<String, String> form() {
        return new HashMap<>(fields);
    }

}
