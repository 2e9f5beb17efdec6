package bg.inkindmatch.core.post;

import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;

import java.util.Objects;

/**
 * The argument checks that offers and needs share, each failing with a message that names
 * the field.
 */
public final class PostChecks {

    /** The longest title a post may have. */
    public static final int MAX_TITLE_LENGTH = 120;

    /** The longest description a post may have. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    private PostChecks() {
    }

    /** Checks the fields common to offers and needs. */
    public static void check(String title, String description, Category category, Quantity total, int remaining,
            PostStatus status) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(status, "status");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(
                    "title must be at most " + MAX_TITLE_LENGTH + " characters: " + title.length());
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException(
                    "description must be at most " + MAX_DESCRIPTION_LENGTH + " characters: " + description.length());
        }
        if (!category.allows(total.unit())) {
            throw new IllegalArgumentException(
                    "unit " + total.unit().code() + " is not used for category " + category.code());
        }
        if (remaining < 0 || remaining > total.amount()) {
            throw new IllegalArgumentException("remaining must be between 0 and " + total.amount() + ": " + remaining);
        }
    }

}
