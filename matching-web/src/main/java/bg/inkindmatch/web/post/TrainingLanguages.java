package bg.inkindmatch.web.post;

import bg.inkindmatch.core.training.TrainingFormat;
import bg.inkindmatch.core.training.TrainingTerms;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The languages a workplace training can be held in, as the forms offer them and the
 * posts store them (ISO 639-1 codes, comma-separated): the country's language, the
 * languages of its largest communities and of its neighbours, and English.
 */
final class TrainingLanguages {

    /** The languages the forms offer, in their order. */
    static final List<String> OFFERED = List.of("bg", "en", "tr", "ro", "ru", "uk");

    private TrainingLanguages() {
    }

    /** Whether every code is one the forms offer. */
    static boolean allOffered(List<String> codes) {
        return OFFERED.containsAll(codes);
    }

    /** The codes as a column stores them; null for none. */
    static String joined(List<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new LinkedHashSet<>(codes));
    }

    /** The codes of a stored column; empty for none. */
    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    /** The core's terms, when the post has a format and a language the forms offer. */
    static Optional<TrainingTerms> terms(TrainingFormat format, List<String> codes) {
        if (format == null || codes.isEmpty() || !allOffered(codes)) {
            return Optional.empty();
        }
        return Optional.of(new TrainingTerms(format, new LinkedHashSet<>(codes)));
    }

}
