package bg.inkindmatch.web.match;

import bg.inkindmatch.web.system.LinkSigner;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed one-click links of the proposal e-mails. A link names one match, one side
 * and one answer, and when it expires; its signature makes it unforgeable. That a link
 * works once follows from the answer: a side answers a proposal once.
 */
@Component
record MatchLinks(LinkSigner signer) {

    /** Answer links: the match, the side, the answer and when the link expires. */
    private static final LinkSigner.Kind<Claim> ANSWER = new LinkSigner.Kind<>("match", 4, MatchLinks::fields,
            MatchLinks::claim);

    private static List<String> fields(Claim claim) {
        return List.of(Long.toString(claim.matchId()), claim.side().name().toLowerCase(Locale.ROOT),
                claim.answer().name().toLowerCase(Locale.ROOT), Long.toString(claim.expiresAt().getEpochSecond()));
    }

    private static Claim claim(List<String> fields) {
        return new Claim(Long.parseLong(fields.get(0)), Match.Side.valueOf(fields.get(1).toUpperCase(Locale.ROOT)),
                Answer.valueOf(fields.get(2).toUpperCase(Locale.ROOT)),
                Instant.ofEpochSecond(Long.parseLong(fields.get(3))));
    }

    /** What a valid link says. */
    record Claim(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
    }

    /** The token of a link. */
    String token(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
        return signer.sign(ANSWER, new Claim(matchId, side, answer, expiresAt));
    }

    /** What the token says, if it is exactly such a token and its signature is right. */
    Optional<Claim> verify(String token) {
        return signer.verify(ANSWER, token);
    }

}
