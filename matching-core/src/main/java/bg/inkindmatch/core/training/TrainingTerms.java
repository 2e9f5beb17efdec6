package bg.inkindmatch.core.training;

import java.util.Objects;
import java.util.Set;

/**
 * The terms of a workplace training, on an offer (what the provider gives) or a need
 * (what the requester can take): the format and the languages it is held in.
 *
 * @param format where it takes place
 * @param languages the languages, as ISO 639-1 codes ({@code bg}, {@code en}); at least
 * one
 */
public record TrainingTerms(TrainingFormat format, Set<String> languages) {

    public TrainingTerms {
        Objects.requireNonNull(format, "format");
        languages = Set.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a training is held in at least one language");
        }
        for (String language : languages) {
            if (language.length() != 2 || !language.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("a language is a two-letter ISO 639-1 code: " + language);
            }
        }
    }

    /**
     * Whether the offered training can be taken on these terms: a format both accept and
     * a language both speak.
     */
    public boolean fits(TrainingTerms other) {
        return format.fits(other.format) && languages.stream().anyMatch(other.languages::contains);
    }

}
