package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Place names a reader can tell apart. */
class PostChoicesTest {

    private final PostChoices choices = new PostChoices(MatchingEngine.standard());

    @Test
    void aMunicipalityThatSharesItsNameIsNamedWithItsProvince() {
        assertThat(choices.placeName("RSE04", Locale.forLanguageTag("bg"))).isEqualTo("Бяла (Русе)");
        assertThat(choices.placeName("VAR05", Locale.ENGLISH)).isEqualTo("Byala (Varna)");
        assertThat(choices.placeName("RSE27", Locale.forLanguageTag("bg"))).isEqualTo("Русе");
        assertThat(choices.placeName("XXX99", Locale.ENGLISH)).isEqualTo("XXX99");
    }

}
