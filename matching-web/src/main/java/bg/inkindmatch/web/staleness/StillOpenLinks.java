package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed "still needed / still available" link: one post, one question (by when it
 * was asked).
 */
@Component
record StillOpenLinks(LinkSigner signer) {

    /** "Still open?" links: the side, the post and when the question was asked. */
    private static final LinkSigner.Kind<StaleCheck> STILL_OPEN = new LinkSigner.Kind<>("still", 3,
            StillOpenLinks::fields, StillOpenLinks::claim);

    private static List<String> fields(StaleCheck check) {
        return List.of(check.side().name().toLowerCase(Locale.ROOT), Long.toString(check.postId()),
                Long.toString(check.askedAt().getEpochSecond()));
    }

    private static StaleCheck claim(List<String> fields) {
        return new StaleCheck(Side.valueOf(fields.get(0).toUpperCase(Locale.ROOT)), Long.parseLong(fields.get(1)),
                Instant.ofEpochSecond(Long.parseLong(fields.get(2))));
    }

    /** The token of the link for a question. */
    String token(StaleCheck check) {
        return signer.sign(STILL_OPEN, check);
    }

    /** The question a token names, if it is exactly such a token and rightly signed. */
    Optional<StaleCheck> verify(String token) {
        return signer.verify(STILL_OPEN, token);
    }

}
