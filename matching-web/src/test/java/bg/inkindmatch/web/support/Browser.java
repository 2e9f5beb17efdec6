package bg.inkindmatch.web.support;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: it keeps cookies,
 * follows redirects, and sends forms with the CSRF token of the page it last loaded.
 */
public final class Browser {

    private final int port;

    private final String base;

    private final HttpClient http;

    private final Map<String, String> headers;

    private String lastPage = "";

    public Browser(int port) {
        this(port, newClient(), Map.of());
    }

    private Browser(int port, HttpClient http, Map<String, String> headers) {
        this.port = port;
        this.base = "http://localhost:" + port;
        this.http = http;
        this.headers = headers;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    }

    /** The same browser (same cookies) sending one more header with every request. */
    public Browser withHeader(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Browser(port, http, Map.copyOf(more));
    }

    /**
     * The same browser (same cookies) talking to another server on this host, as behind a
     * load balancer.
     */
    public Browser switchedTo(int port) {
        return new Browser(port, http, headers);
    }

    /**
     * A new browser (cookies of its own) whose requests come through a TLS-terminating
     * reverse proxy on this host, from the client at the given address
     * ({@code X-Forwarded-For}, {@code -Proto}; {@code -Port} is this server's, so that
     * redirects come back here).
     */
    public static Browser behindProxy(int port, String clientAddress, String protocol) {
        return new Browser(port, newClient(), Map.of("X-Forwarded-For", clientAddress, "X-Forwarded-Proto", protocol,
                "X-Forwarded-Port", Integer.toString(port)));
    }

    /** Loads a page (a path, or an absolute link from an e-mail). */
    public HttpResponse<String> get(String pathOrUrl) {
        return remember(send(HttpRequest.newBuilder(uri(pathOrUrl)).GET()));
    }

    /**
     * Downloads a file (a CSV, a workbook, a PDF) as bytes, with this browser's cookies.
     */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Submits a form with the CSRF token of the last page, as the browser would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> withToken.put("_csrf", token));
        return postRaw(path, withToken);
    }

    /** Submits a form exactly as given, without adding a CSRF token. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return remember(send(formRequest(path, fields)));
    }

    /**
     * Submits a form as htmx does (header {@code HX-Request}), with the last page's CSRF
     * token; the page stays.
     */
    public HttpResponse<String> postHtmx(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> withToken.put("_csrf", token));
        return send(formRequest(path, withToken).header("HX-Request", "true"));
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
        String body = fields.entrySet()
            .stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * The CSRF token of the last page loaded (its first form's hidden {@code _csrf}
     * field).
     */
    public java.util.Optional<String> csrfToken() {
        return java.util.Optional.ofNullable(Jsoup.parse(lastPage).selectFirst("input[name=_csrf]"))
            .map(input -> input.attr("value"));
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        lastPage = response.body();
        return response;
    }

    /**
     * A path, or an absolute link from an e-mail (made with the configured base URL)
     * taken to this server.
     */
    private URI uri(String pathOrUrl) {
        if (pathOrUrl.startsWith("http")) {
            URI link = URI.create(pathOrUrl);
            return URI.create(base + link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
        }
        return URI.create(base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            headers.forEach(request::header);
            return http.send(request.build(), body);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
