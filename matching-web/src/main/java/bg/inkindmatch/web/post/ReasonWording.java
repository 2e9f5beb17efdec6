package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.scoring.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Says a reason of the score as a sentence in the member's language: codes in its
 * arguments become the names of categories, municipalities and provinces.
 */
@Component
public record ReasonWording(MessageSource messages, MatchingEngine engine) {

    public String sentence(Reason reason, Locale locale) {
        String language = PostChoices.language(locale);
        Object[] args = reason.args().stream().map(arg -> readable(arg, language)).toArray();
        return messages.getMessage(reason.key(), args, reason.key(), locale);
    }

    public List<String> sentences(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> sentence(reason, locale)).toList();
    }

    private String readable(String arg, String language) {
        return engine.taxonomy()
            .category(arg)
            .map(c -> c.label(language))
            .or(() -> engine.places().municipality(arg).map(m -> m.name(language)))
            .or(() -> engine.places().province(arg).map(p -> p.name(language)))
            .orElse(arg);
    }

}
