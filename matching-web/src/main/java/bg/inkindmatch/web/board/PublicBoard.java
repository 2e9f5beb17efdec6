package bg.inkindmatch.web.board;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The public board of open needs and offers, for the pages and the JSON API alike. */
@Service
public class PublicBoard {

    private final OfferRepository offers;

    private final NeedRepository needs;

    private final MatchingEngine engine;

    private final PostChoices choices;

    private final Clock clock;

    PublicBoard(OfferRepository offers, NeedRepository needs, MatchingEngine engine, PostChoices choices, Clock clock) {
        this.offers = offers;
        this.needs = needs;
        this.engine = engine;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Open needs with units still free and a deadline not past, soonest deadline first.
     */
    public BoardPage needs(BoardFilter filter, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return page(needs.findByStatus(PostStatus.OPEN)
            .stream()
            .filter(n -> n.remaining() > 0 && !n.neededBy().isBefore(today))
            .map(n -> post(n.id(), "need", n.title(), n.category(), n.remaining(), n.unit().code(), n.handover(),
                    n.neededBy(), n.urgency().name(), locale)),
                filter);
    }

    /** Open offers with units still free and not expired, soonest end first. */
    public BoardPage offers(BoardFilter filter, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return page(offers.findByStatus(PostStatus.OPEN)
            .stream()
            .filter(o -> o.remaining() > 0 && !o.availableUntil().isBefore(today))
            .map(o -> post(o.id(), "offer", o.title(), o.category(), o.remaining(), o.unit().code(), o.origin(),
                    o.availableUntil(), null, locale)),
                filter);
    }

    private BoardPost post(long id, String side, String title, String category, int remaining, String unit,
            String municipality, LocalDate until, String urgency, Locale locale) {
        String province = engine.places().municipality(municipality).map(m -> m.provinceCode()).orElse("");
        return new BoardPost(id, side, title, category, choices.categoryLabel(category, locale), remaining, unit,
                municipality, choices.placeName(municipality, locale), province, until, urgency);
    }

    private BoardPage page(Stream<BoardPost> posts, BoardFilter filter) {
        List<BoardPost> matching = posts.filter(matches(filter))
            .sorted(Comparator.comparing(BoardPost::until).thenComparingLong(BoardPost::id))
            .toList();
        int from = (int) Math.min((long) filter.page() * filter.size(), matching.size());
        int to = Math.min(from + filter.size(), matching.size());
        return new BoardPage(matching.subList(from, to), filter.page(), filter.size(), matching.size());
    }

    private Predicate<BoardPost> matches(BoardFilter filter) {
        return post -> (filter.category().isEmpty() || post.category().equals(filter.category())
                || post.category().startsWith(filter.category() + "."))
                && (filter.province().isEmpty() || post.province().equals(filter.province()))
                && (filter.municipality().isEmpty() || post.municipality().equals(filter.municipality()));
    }

}
