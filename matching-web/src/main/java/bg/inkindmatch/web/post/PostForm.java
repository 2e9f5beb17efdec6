package bg.inkindmatch.web.post;

import bg.inkindmatch.core.training.TrainingFormat;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.taxonomy.Unit;

import java.util.List;

/**
 * What a member fills in to post on either side. The fields both sides share are here;
 * each side's form adds its own and checks them against today and the places
 * ({@link PostFits} runs both).
 */
public sealed interface PostForm permits OfferForm, NeedForm {

    String title();

    String description();

    String category();

    Unit unit();

    Integer quantity();

    /**
     * The side's own fields that do not fit, each with its message key; empty when they
     * all fit.
     */
    List<Refusal> sideRefusals(DateWindow window, Places places);

    /** Where a workplace training is held; null for anything else. */
    TrainingFormat format();

    /**
     * The languages of a workplace training (ISO 639-1 codes); empty for anything else.
     */
    List<String> languages();

    /**
     * A field refused, with the message shown next to it.
     *
     * @param field the form field's name
     * @param message the message template, such as {@code {post.date.outside-window}}
     */
    record Refusal(String field, String message) {
    }

}
