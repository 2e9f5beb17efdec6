package bg.inkindmatch.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the pages the load will ask for, for a while before it is measured, so that the
 * application's code is compiled by then (as it is on a server that has run for a day):
 * the first seconds of a fresh JVM otherwise fill the 99th percentile. Reads only, so the
 * measured run starts from the year as it was seeded.
 */
final class WarmUp {

    private static final List<String> PAGES = List.of("/board", "/board?category=consumables&province=RSE",
            "/board?side=offers&category=equipment.it&page=2", "/api/v1/needs?province=VAR",
            "/api/v1/needs?category=venue&page=3", "/needs/new", "/offers/new", "/needs", "/offers", "/my");

    private final URI base;

    private final String memberSession;

    /**
     * @param memberSession a signed-in member's session, for the member's pages
     */
    WarmUp(URI base, String memberSession) {
        this.base = base;
        this.memberSession = memberSession;
    }

    /** Two clients read the pages in turn for the given time. */
    void run(Duration during) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Instant end = Instant.now().plus(during);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> reading = clients.invokeAll(List.of(() -> read(http, end), () -> read(http, end)));
            for (Future<Object> client : reading) {
                client.get();
            }
        }
        catch (java.util.concurrent.ExecutionException failed) {
            throw new IllegalStateException("warming up failed", failed.getCause());
        }
        finally {
            clients.shutdownNow();
        }
    }

    private Object read(HttpClient http, Instant end) throws IOException, InterruptedException {
        for (int i = 0; Instant.now().isBefore(end); i++) {
            String page = PAGES.get(i % PAGES.size());
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(base.resolve(page))
                .header("Cookie", "SESSION=" + memberSession)
                .header("Accept-Language", i % 3 == 0 ? "bg" : "en")
                .timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
        }
        return null;
    }

}
