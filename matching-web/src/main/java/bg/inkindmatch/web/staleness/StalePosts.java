package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.system.RowByRow;
import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.post.OpenPosts;
import bg.inkindmatch.web.post.PostChanged;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts do not go stale silently. A post without activity for a while (default 30 days)
 * is asked "still needed / still available?" by e-mail with a one-click confirm link;
 * activity of any kind, or the confirmation, keeps it open; if nobody confirms within the
 * grace period (default 7 days) it is closed as expired and its organisation is told. An
 * organisation that stopped e-mail is not asked by e-mail but sees the question on its
 * list of posts. Each post is handled in its own transaction.
 */
@Component
class StalePosts {

    private final StalePostStore store;

    private final StillOpenLinks links;

    private final OfferRepository offers;

    private final NeedRepository needs;

    private final OrganisationRepository organisations;

    private final OpenPosts openPosts;

    private final Mailer mailer;

    private final InKindProperties properties;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final Duration after;

    private final Duration grace;

    StalePosts(StalePostStore store, StillOpenLinks links, OfferRepository offers, NeedRepository needs,
            OrganisationRepository organisations, OpenPosts openPosts, Mailer mailer, InKindProperties properties,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.links = links;
        this.offers = offers;
        this.needs = needs;
        this.organisations = organisations;
        this.openPosts = openPosts;
        this.mailer = mailer;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.after = properties.staleness().after();
        this.grace = properties.staleness().grace();
    }

    /**
     * Asks about the quiet posts, forgets the questions activity answered, and closes the
     * unconfirmed.
     */
    void run() {
        Instant now = clock.instant();
        for (Side side : Side.values()) {
            RowByRow.each("stale-posts ask " + side, store.quietSince(side, now.minus(after)),
                    postId -> transaction.executeWithoutResult(status -> ask(side, postId, now)));
        }
        RowByRow.each("stale-posts settle", store.asked(),
                check -> transaction.executeWithoutResult(status -> settle(check, now)));
    }

    private void ask(Side side, long postId, Instant now) {
        if (!store.recordAsked(side, postId, now)) {
            return;
        }
        StaleCheck check = new StaleCheck(side, postId, now);
        StalePost post = post(side, postId).orElseThrow();
        Map<String, Object> model = model(post);
        model.put("confirmLink", properties.link("/still/" + links.token(check)));
        model.put("closesOn", closesOn(check));
        mail(post, "post-still-open", model);
    }

    private void settle(StaleCheck check, Instant now) {
        if (!store.isStillQuiet(check)) {
            store.forget(check);
        }
        else if (!now.isBefore(closesAt(check))) {
            store.forget(check);
            if (store.close(check.side(), check.postId(), now)) {
                openPosts.refresh(new PostChanged(check.side(), check.postId()));
                StalePost post = post(check.side(), check.postId()).orElseThrow();
                Map<String, Object> model = model(post);
                model.put("newPostLink", properties.link(post.isNeed() ? "/needs/new" : "/offers/new"));
                mail(post, "post-closed", model);
            }
        }
    }

    /**
     * Confirms that the post is still needed or available: it counts as activity and ends
     * the question. Returns false if the post is no longer open or paused.
     */
    boolean confirm(StaleCheck check) {
        Boolean confirmed = transaction.execute(status -> {
            if (!store.touch(check.side(), check.postId(), clock.instant())) {
                return false;
            }
            store.askedAbout(check.side(), check.postId()).ifPresent(store::forget);
            return true;
        });
        return Boolean.TRUE.equals(confirmed);
    }

    /** When a post asked about is closed unless someone confirms. */
    Instant closesAt(StaleCheck check) {
        return check.askedAt().plus(grace);
    }

    /**
     * The day, in the partnership's zone, a post asked about is closed unless someone
     * confirms.
     */
    LocalDate closesOn(StaleCheck check) {
        return closesAt(check).atZone(clock.getZone()).toLocalDate();
    }

    /** The post, if it exists. */
    Optional<StalePost> post(Side side, long postId) {
        return side == Side.OFFER
                ? offers.findById(postId)
                    .map(o -> new StalePost(side, o.id(), o.title(), o.organisationId(), o.status()))
                : needs.findById(postId)
                    .map(n -> new StalePost(side, n.id(), n.title(), n.organisationId(), n.status()));
    }

    private static Map<String, Object> model(StalePost post) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", post.title());
        model.put("need", post.isNeed());
        return model;
    }

    private void mail(StalePost post, String template, Map<String, Object> model) {
        StoredOrganisation organisation = organisations.findById(post.organisationId()).orElseThrow();
        if (organisation.isApproved() && organisation.mailPreference().wantsMail()) {
            mailer.send(organisation.email(), organisation.language(), template, model, post.title());
        }
    }

}
