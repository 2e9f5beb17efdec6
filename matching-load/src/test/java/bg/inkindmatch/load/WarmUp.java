package bg.inkindmatch.load;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Brings the application to the state of one that has run for a day before the load is
 * measured: its code compiled (the pages the load asks for are read for a while; the
 * first seconds of a fresh JVM otherwise fill the 99th percentile), and the year's posts
 * matched (the year is written with SQL, so no round has seen its free posts: a need in
 * each category of the load is saved, and the rounds they start are awaited, as a running
 * instance would have proposed them long ago). Otherwise the first saves of the run wait
 * for rounds that propose the whole year's backlog.
 */
final class WarmUp {

    private static final List<String> PAGES = List.of("/board", "/board?category=consumables&province=RSE",
            "/board?side=offers&category=equipment.it&page=2", "/api/v1/needs?province=VAR",
            "/api/v1/needs?category=venue&page=3", "/needs/new", "/offers/new", "/needs", "/offers", "/my");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]{1,200})\"");

    private final LoadApplication application;

    private final URI base;

    private final String centreSession;

    /**
     * @param centreSession a signed-in centre's session, for the member's pages and the
     * needs that start the rounds
     */
    WarmUp(LoadApplication application, String centreSession) {
        this.application = application;
        this.base = application.base();
        this.centreSession = centreSession;
    }

    /**
     * Saves the needs (form bodies without the CSRF token) and waits for every round they
     * owe; then two clients read the pages in turn for the given time.
     */
    void run(Duration during, List<String> needForms) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String form : needForms) {
            saveNeed(http, form);
        }
        await("the rounds of the year's free posts").atMost(Duration.ofMinutes(15))
            .pollInterval(Duration.ofSeconds(1))
            .until(this::roundsOwed, owed -> owed == 0);
        readPages(http, during);
    }

    private void saveNeed(HttpClient http, String form) throws IOException, InterruptedException {
        String page = http.send(request("/needs/new").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the need form");
        }
        HttpResponse<Void> saved = http
            .send(request("/needs").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.discarding());
        if (saved.statusCode() != 302) {
            throw new IllegalStateException("saving a need answered " + saved.statusCode());
        }
    }

    private long roundsOwed() throws SQLException {
        try (Connection connection = application.connection();
                ResultSet owed = connection.createStatement()
                    .executeQuery("select count(*) from matching_family where wanted > done")) {
            owed.next();
            return owed.getLong(1);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
            .header("Cookie", "SESSION=" + centreSession)
            .timeout(Duration.ofSeconds(60));
    }

    private void readPages(HttpClient http, Duration during) throws InterruptedException {
        Instant end = Instant.now().plus(during);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> reading = clients.invokeAll(List.of(() -> read(http, end), () -> read(http, end)));
            for (Future<Object> client : reading) {
                client.get();
            }
        }
        catch (ExecutionException failed) {
            throw new IllegalStateException("warming up failed", failed.getCause());
        }
        finally {
            clients.shutdownNow();
        }
    }

    private Object read(HttpClient http, Instant end) throws IOException, InterruptedException {
        for (int i = 0; Instant.now().isBefore(end); i++) {
            String page = PAGES.get(i % PAGES.size());
            HttpResponse<Void> response = http.send(
                    request(page).header("Accept-Language", i % 3 == 0 ? "bg" : "en").build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
        }
        return null;
    }

}
