package bg.inkindmatch.web.system;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed links are exact: only the very token that was signed, for its own kind, carries
 * a claim.
 */
class LinkSignerTest {

    /** A claim of two numbers, as links carry them. */
    record Pair(long first, long second) {
    }

    private static final LinkSigner.Kind<Pair> PAIR = kind("pair");

    private static final LinkSigner.Kind<Pair> OTHER = kind("other");

    private LinkSigner signer;

    private static LinkSigner.Kind<Pair> kind(String word) {
        return new LinkSigner.Kind<>(word, 2,
                claim -> List.of(Long.toString(claim.first()), Long.toString(claim.second())),
                fields -> new Pair(Long.parseLong(fields.get(0)), Long.parseLong(fields.get(1))));
    }

    @BeforeEach
    void keyInADatabase() {
        JdbcClient jdbc = JdbcClient.create(
                new DriverManagerDataSource("jdbc:h2:mem:links-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.sql("create table link_secret (id integer primary key, secret varchar(100) not null)").update();
        signer = new LinkSigner(jdbc);
        signer.ensureKey();
    }

    @Test
    void aSignedTokenCarriesItsClaimBack() {
        String token = signer.sign(PAIR, new Pair(42, 1_764_061_200L));

        assertThat(token).startsWith("pair.42.1764061200.");
        assertThat(signer.verify(PAIR, token)).contains(new Pair(42, 1_764_061_200L));
    }

    @Test
    void anyChangeMakesItNoTokenAtAll() {
        String token = signer.sign(PAIR, new Pair(42, 7));
        String signature = token.substring(token.lastIndexOf('.') + 1);

        for (String changed : List.of(token + "x", token + ".", "." + token, token.replace("pair.42.", "pair.43."),
                token.replace("pair.42.7.", "pair.42.7.0."), "pair.42." + signature, token.toUpperCase(),
                token.replace("pair.42.", "pair.042."), token.substring(0, token.length() - 1), "", "pair",
                "pair.42.7." + "a".repeat(400))) {
            assertThat(signer.verify(PAIR, changed)).as(changed).isEmpty();
        }
        assertThat(signer.verify(OTHER, token)).as("another kind's token").isEmpty();
        assertThat(signer.verify(OTHER, token.replaceFirst("pair", "other"))).as("the word is signed too").isEmpty();
        assertThat(signer.verify(PAIR, null)).isEmpty();
    }

    @Test
    void refusesToSignAClaimThatWouldNotReadBack() {
        LinkSigner.Kind<String> text = new LinkSigner.Kind<>("text", 1, List::of, fields -> fields.get(0));

        assertThatThrownBy(() -> signer.sign(text, "two.parts")).isInstanceOf(IllegalArgumentException.class);
        assertThat(signer.verify(text, signer.sign(text, "plain-word"))).contains("plain-word");
    }

}
