package bg.inkindmatch.web.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The application's own settings ({@code inkind.*}).
 *
 * @param baseUrl      the address members reach the application at; links in e-mails start with it
 * @param coordinators the e-mail addresses of the coordinators
 * @param mail         e-mail settings
 */
@ConfigurationProperties("inkind")
public record InKindProperties(URI baseUrl, List<String> coordinators, Mail mail) {

    public InKindProperties {
        Objects.requireNonNull(baseUrl, "inkind.base-url");
        coordinators = coordinators == null ? List.of()
                : coordinators.stream().map(email -> email.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).toList();
        Objects.requireNonNull(mail, "inkind.mail");
    }

    /** Whether the address belongs to a coordinator. */
    public boolean isCoordinator(String email) {
        return coordinators.contains(email.trim().toLowerCase(Locale.ROOT));
    }

    /** An absolute link to a path of the application. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /**
     * @param from the sender of every e-mail
     */
    public record Mail(String from) {

        public Mail {
            Objects.requireNonNull(from, "inkind.mail.from");
        }
    }
}
