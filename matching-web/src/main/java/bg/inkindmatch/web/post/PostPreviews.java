package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.ranking.Ranking;
import bg.inkindmatch.core.scoring.Candidate;
import bg.inkindmatch.core.scoring.MatchingContext;
import bg.inkindmatch.core.scoring.ScoreLine;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The live preview of the offer and need forms: the engine's ranking against the open
 * posts.
 */
@Service
public class PostPreviews {

    private static final int TOP = 3;

    private static final int REASONS = 3;

    private final MatchingEngine engine;

    private final OpenPosts openPosts;

    private final ReasonWording wording;

    private final PostChoices choices;

    private final LocaleFormats formats;

    private final PostTexts texts;

    private final Clock clock;

    PostPreviews(MatchingEngine engine, OpenPosts openPosts, ReasonWording wording, PostChoices choices,
            LocaleFormats formats, PostTexts texts, Clock clock) {
        this.texts = texts;
        this.engine = engine;
        this.openPosts = openPosts;
        this.wording = wording;
        this.choices = choices;
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * What a post being typed would match on the other side; incomplete while it cannot
     * be matched.
     */
    public <F extends PostForm> Preview of(PostSide<?, F> side, F form, StoredOrganisation owner, Locale locale) {
        return side.ranking(form, owner, openPosts.index(), context(), TOP)
            .map(ranking -> preview(ranking, side::otherSide, side.side() == Side.OFFER ? Side.NEED : Side.OFFER,
                    locale))
            .orElseGet(Preview::incomplete);
    }

    private MatchingContext context() {
        return MatchingContext.on(LocalDate.now(clock));
    }

    /**
     * The best candidates on the other side: other organisations' posts, so each with its
     * title only once a coordinator has seen its text.
     */
    private Preview preview(Ranking ranking, Function<Candidate, Post> otherSide, Side others, Locale locale) {
        Set<Long> published = texts.published(others,
                ranking.top().stream().map(candidate -> otherSide.apply(candidate).id()).toList());
        return new Preview(true, ranking.matchCount(), ranking.top().stream().map(candidate -> {
            Post other = otherSide.apply(candidate);
            String label = choices.categoryLabel(other.category().code(), locale);
            return new Preview.Line(published.contains(other.id()) ? other.title() : label, label,
                    formats.quantity(other.remaining(), other.total().unit(), locale),
                    choices.municipalityName(other.municipality().code(), locale),
                    Math.round(candidate.score().value() * 100),
                    wording.sentences(
                            candidate.score().strongestReasons(REASONS).stream().map(ScoreLine::reason).toList(),
                            locale));
        }).toList());
    }

}
