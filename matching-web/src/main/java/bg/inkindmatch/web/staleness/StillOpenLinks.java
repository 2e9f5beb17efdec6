package bg.inkindmatch.web.staleness;

import bg.inkindmatch.web.post.PostChanged;
import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The signed "still needed / still available" link: one post, one question (by when it was asked). */
@Component
class StillOpenLinks {

    private static final String KIND = "still";

    private final LinkSigner signer;

    StillOpenLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** The token of the link for a question. */
    String token(StaleCheck check) {
        String claim = KIND + "." + check.side().name().toLowerCase(Locale.ROOT) + "." + check.postId() + "."
                + check.askedAt().getEpochSecond();
        return claim + "." + signer.sign(claim);
    }

    /** The question a token names, if it is well formed and rightly signed. */
    Optional<StaleCheck> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 5 || !KIND.equals(parts[0])
                || !signer.isSignatureOf(String.join(".", parts[0], parts[1], parts[2], parts[3]), parts[4])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StaleCheck(PostChanged.Side.valueOf(parts[1].toUpperCase(Locale.ROOT)),
                    Long.parseLong(parts[2]), Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
