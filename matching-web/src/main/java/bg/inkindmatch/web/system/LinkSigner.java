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
import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * The signed links in e-mails (answer a match, change e-mail preferences, confirm a
 * post): one typed service for every kind. A token is the kind's word, the claim's fields
 * and an HMAC-SHA256 signature of both, joined by dots
 * ({@code still.need.42.1764061200.<signature>}). The key is made at the first start and
 * kept in the database, so every instance accepts every instance's links. Verification is
 * strict: the kind's word, exactly its number of fields, each of lower-case letters,
 * digits and dashes, and a signature of exactly what precedes it; anything else (a
 * trailing character, an extra dot, another kind's token) is no token at all.
 */
@Component
public class LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private static final int MAX_TOKEN = 300;

    private static final int MAX_FIELD = 40;

    /**
     * A kind of signed link: its word and how its claim is written as fields and read
     * back.
     *
     * @param <C> the claim a link of this kind carries
     * @param word the word that starts every token of this kind (lower-case letters)
     * @param arity how many fields a claim has
     * @param writer the claim as fields: lower-case letters, digits and dashes only
     * @param reader the claim the fields say; throws {@link IllegalArgumentException} if
     * they say none
     */
    public record Kind<C>(String word, int arity, Function<C, List<String>> writer, Function<List<String>, C> reader) {

        /** The claim as fields. */
        List<String> fields(C claim) {
            return writer.apply(claim);
        }

        /** The claim the fields say. */
        C claim(List<String> fields) {
            return reader.apply(fields);
        }

    }

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
                    .param("secret", Base64.getEncoder().encodeToString(secret))
                    .update();
            }
            catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFaster) {
                // the other instance's key serves us too
            }
        }
    }

    /** The token of a claim of the kind. */
    public <C> String sign(Kind<C> kind, C claim) {
        List<String> fields = kind.fields(claim);
        if (fields.size() != kind.arity() || !fields.stream().allMatch(LinkSigner::isField)) {
            throw new IllegalArgumentException(
                    "a " + kind.word() + " claim must be " + kind.arity() + " plain fields: " + fields);
        }
        String signed = kind.word() + "." + String.join(".", fields);
        return signed + "." + signature(signed);
    }

    /**
     * The claim a token of the kind carries, if it is exactly such a token and rightly
     * signed.
     */
    public <C> Optional<C> verify(Kind<C> kind, String token) {
        if (token == null || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != kind.arity() + 2 || !kind.word().equals(parts[0])) {
            return Optional.empty();
        }
        List<String> fields = List.of(parts).subList(1, parts.length - 1);
        String signed = token.substring(0, token.lastIndexOf('.'));
        if (!fields.stream().allMatch(LinkSigner::isField) || !isSignatureOf(signed, parts[parts.length - 1])) {
            return Optional.empty();
        }
        try {
            return Optional.of(kind.claim(fields));
        }
        catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isField(String field) {
        return !field.isEmpty() && field.length() <= MAX_FIELD
                && field.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-');
    }

    /** The signature of a claim, URL-safe. */
    private String signature(String claim) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is the claim's, compared in constant time. */
    private boolean isSignatureOf(String claim, String signature) {
        return MessageDigest.isEqual(signature(claim).getBytes(StandardCharsets.US_ASCII),
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
