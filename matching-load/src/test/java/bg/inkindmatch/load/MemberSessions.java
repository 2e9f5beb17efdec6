package bg.inkindmatch.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Signs members in as a person does (asks for a link, opens the link from the e-mail,
 * confirms), reading the e-mail from the application's outbox, and returns the session
 * cookie for the load's virtual users.
 */
final class MemberSessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]{1,200})\"");

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{1,200})");

    private final URI base;

    private final LoadApplication application;

    MemberSessions(LoadApplication application) {
        this.application = application;
        this.base = application.base();
    }

    /** The value of the session cookie of the member, signed in. */
    String signIn(String email) throws IOException, InterruptedException, SQLException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
        String form = get(http, "/sign-in");
        post(http, "/sign-in/link", Map.of("username", email, "_csrf", csrf(form)));
        String token = awaitToken(email);
        String confirm = get(http, "/sign-in/confirm?token=" + token);
        post(http, "/sign-in/token", Map.of("token", token, "_csrf", csrf(confirm)));
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("SESSION"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no session for " + email));
    }

    private String get(HttpClient http, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    }

    private void post(HttpClient http, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        String body = fields.entrySet()
            .stream()
            .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private String awaitToken(String email) {
        return await("the sign-in e-mail to " + email).atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> token(email), Optional::isPresent)
            .orElseThrow();
    }

    /** The token of the newest e-mail to the address, if it holds one. */
    private Optional<String> token(String email) throws SQLException {
        try (Connection connection = application.connection();
                PreparedStatement select = connection
                    .prepareStatement("select text_body from mail_outbox where recipient = ? order by id desc")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    Matcher matcher = TOKEN.matcher(rows.getString(1));
                    if (matcher.find()) {
                        return Optional.of(matcher.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

}
