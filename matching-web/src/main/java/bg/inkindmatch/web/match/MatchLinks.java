package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed one-click links of the proposal e-mails. A link names one match, one side and one answer,
 * and when it expires; its signature makes it unforgeable. That a link works once follows from the
 * answer: a side answers a proposal once.
 */
@Component
class MatchLinks {

    private final LinkSigner signer;

    MatchLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** What a valid link says. */
    record Claim(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
    }

    /** The token of a link. */
    String token(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
        String claim = matchId + "." + side.name().toLowerCase(Locale.ROOT) + "."
                + answer.name().toLowerCase(Locale.ROOT) + "." + expiresAt.getEpochSecond();
        return claim + "." + signer.sign(claim);
    }

    /** What the token says, if it is well formed and its signature is right. */
    Optional<Claim> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 5) {
            return Optional.empty();
        }
        String claim = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!signer.isSignatureOf(claim, parts[4])) {
            return Optional.empty();
        }
        try {
            Match.Side side = Match.Side.valueOf(parts[1].toUpperCase(Locale.ROOT));
            Answer answer = Answer.valueOf(parts[2].toUpperCase(Locale.ROOT));
            return Optional.of(new Claim(Long.parseLong(parts[0]), side, answer, Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
