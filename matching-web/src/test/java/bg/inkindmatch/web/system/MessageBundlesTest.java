package bg.inkindmatch.web.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the interface is in both languages; only the donation papers, which are
 * Bulgarian whatever the reader's language, have texts in Bulgarian alone.
 */
class MessageBundlesTest {

    private static final List<String> BULGARIAN_ONLY = List.of("document.handover.", "document.certificate.",
            "document.party", "document.eik.blank", "document.made-with");

    private static Properties bundle(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + bundle),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(String bundle) throws IOException {
        return bundle(bundle).stringPropertyNames();
    }

    @Test
    void aTextWithArgumentsWritesItsApostrophesTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as("%s in %s: MessageFormat eats a single apostrophe", key, name)
                        .doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyTextIsInBothLanguages() throws IOException {
        Set<String> bulgarian = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");

        Set<String> missingInEnglish = new HashSet<>(bulgarian);
        missingInEnglish.removeAll(english);
        missingInEnglish.removeIf(key -> BULGARIAN_ONLY.stream().anyMatch(key::startsWith));
        Set<String> missingInBulgarian = new HashSet<>(english);
        missingInBulgarian.removeAll(bulgarian);

        assertThat(missingInEnglish).as("keys without an English text").isEmpty();
        assertThat(missingInBulgarian).as("keys without a Bulgarian text").isEmpty();
    }

}
