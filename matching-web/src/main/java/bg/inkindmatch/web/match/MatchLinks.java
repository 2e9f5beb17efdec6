package bg.inkindmatch.web.match;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed one-click links of the proposal e-mails. A link names one match, one side and one answer,
 * and when it expires; an HMAC-SHA256 signature with a key kept in the database (so every instance
 * accepts every instance's links) makes it unforgeable: changing any part breaks the signature.
 * That a link works once follows from the answer: a side answers a proposal once.
 */
@Component
class MatchLinks {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    MatchLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a valid link says. */
    record Claim(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensureKey() {
        if (jdbc.sql("select count(*) from link_secret where id = 1").query(Integer.class).single() == 0) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            try {
                jdbc.sql("insert into link_secret (id, secret) values (1, :secret)")
                        .param("secret", Base64.getEncoder().encodeToString(secret)).update();
            } catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFaster) {
                // the other instance's key serves us too
            }
        }
    }

    /** The token of a link. */
    String token(long matchId, Match.Side side, Answer answer, Instant expiresAt) {
        String claim = matchId + "." + side.name().toLowerCase(java.util.Locale.ROOT) + "."
                + answer.name().toLowerCase(java.util.Locale.ROOT) + "." + expiresAt.getEpochSecond();
        return claim + "." + signature(claim);
    }

    /** What the token says, if it is well formed and its signature is right. */
    Optional<Claim> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 5) {
            return Optional.empty();
        }
        String claim = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(signature(claim).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Match.Side side = Match.Side.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
            Answer answer = Answer.valueOf(parts[2].toUpperCase(java.util.Locale.ROOT));
            return Optional.of(new Claim(Long.parseLong(parts[0]), side, answer, Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String signature(String claim) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            String secret = jdbc.sql("select secret from link_secret where id = 1").query(String.class).single();
            key = new SecretKeySpec(Base64.getDecoder().decode(secret), ALGORITHM);
        }
        return key;
    }
}
