package bg.inkindmatch.web.system;

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
import java.util.Base64;

/**
 * Signs the claims of the links in e-mails (answer a match, change e-mail preferences, confirm a post)
 * with HMAC-SHA256. The key is made at the first start and kept in the database, so every instance
 * accepts every instance's links; changing any part of a claim breaks its signature. Each kind of link
 * starts its claim with its own word, so a signature of one kind never fits another.
 */
@Component
public class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final JdbcClient jdbc;
    private volatile SecretKeySpec key;

    LinkSigner(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** The signature of a claim, URL-safe. */
    public String sign(String claim) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is the claim's, compared in constant time. */
    public boolean isSignatureOf(String claim, String signature) {
        return MessageDigest.isEqual(sign(claim).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private SecretKeySpec key() {
        if (key == null) {
            String secret = jdbc.sql("select secret from link_secret where id = 1").query(String.class).single();
            key = new SecretKeySpec(Base64.getDecoder().decode(secret), ALGORITHM);
        }
        return key;
    }
}
