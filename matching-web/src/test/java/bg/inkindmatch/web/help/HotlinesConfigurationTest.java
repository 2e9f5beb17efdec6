package bg.inkindmatch.web.help;

import bg.inkindmatch.web.system.InKindProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hotlines come from the configuration; without any, the national ones are shown. */
class HotlinesConfigurationTest {

    private static InKindProperties bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("inkind",
                InKindProperties.class);
    }

    @Test
    void configuredHotlinesReplaceTheNationalOnes() {
        InKindProperties properties = bound(Map.of("inkind.help.hotlines[0].number", "082 123 456",
                "inkind.help.hotlines[0].name", "Денонощна линия на Центъра в Русе", "inkind.help.hotlines[0].run-by",
                "Център Динамика", "inkind.help.hotlines[0].hours", "денонощно"));

        assertThat(properties.help().hotlines()).singleElement().satisfies(hotline -> {
            assertThat(hotline.telephone()).isEqualTo("tel:082123456");
            assertThat(hotline.name(Locale.ENGLISH)).isEqualTo("Денонощна линия на Центъра в Русе");
        });
    }

    @Test
    void withoutConfigurationTheNationalLinesAreShown() {
        assertThat(bound(Map.of()).help().hotlines()).extracting(InKindProperties.Hotline::number)
            .containsExactly("112", "0800 1 86 76", "116 111");
    }

}
