package bg.inkindmatch.web.fuzz;

import bg.inkindmatch.web.InKindMatchApplication;
import bg.inkindmatch.web.support.Browser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The packaged application as the fuzz suite meets it: started on an H2 database in a
 * file (so that it can be restarted on the same data), with its defaults, no SMTP server
 * (e-mails stay in the outbox, where sign-in links are read), and signed-in members of
 * each kind. It counts what it sends.
 */
final class FuzzedApplication implements AutoCloseable {

    private static final Pattern SIGN_IN_LINK = Pattern.compile("/sign-in/confirm\\?token=([A-Za-z0-9-]+)");

    private final String databaseUrl;

    private ConfigurableApplicationContext context;

    private final AtomicLong requests = new AtomicLong();

    private final AtomicLong serverErrors = new AtomicLong();

    private final AtomicLong slowestNanos = new AtomicLong();

    private volatile String slowest = "";

    /** A signed-in browser with the CSRF token of its session. */
    record Member(Browser browser, String csrf) {
    }

    FuzzedApplication() {
        try {
            Path folder = Files.createTempDirectory("inkind-fuzz");
            this.databaseUrl = "jdbc:h2:file:" + folder.resolve("inkind")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    /** Starts the application (again) on the same database. */
    void start() {
        context = new SpringApplicationBuilder(InKindMatchApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + databaseUrl, "--inkind.demo=false", "--logging.level.root=WARN");
    }

    /** Stops the application; its database stays. */
    void stop() {
        context.close();
    }

    @Override
    public void close() {
        if (context.isActive()) {
            stop();
        }
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** An approved organisation of the kind, signed in through its e-mailed link. */
    Member member(String kind, String email, String municipality) {
        jdbc().sql("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                    status, registered_at, decided_at, decided_by)
                values (:kind, :name, :municipality, '', 'Мария Иванова', :email, '+359 82 000 000', 'bg', 'APPROVED',
                    current_timestamp, current_timestamp, 'fuzz')""")
            .param("kind", kind)
            .param("name", "Fuzz " + email)
            .param("municipality", municipality)
            .param("email", email)
            .update();
        return signIn(email);
    }

    /**
     * Signs in as a person would: asks for a link, takes it from the outbox, confirms.
     */
    Member signIn(String email) {
        Browser browser = new Browser(port());
        browser.get("/sign-in");
        Instant asked = Instant.now().minusSeconds(1);
        browser.post("/sign-in/link", Map.of("username", email));
        String token = awaitSignInToken(email, asked);
        browser.get("/sign-in/confirm?token=" + token);
        browser.post("/sign-in/token", Map.of("token", token));
        browser.get("/settings");
        return new Member(browser, browser.csrfToken().orElseThrow());
    }

    private String awaitSignInToken(String email, Instant asked) {
        return org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .pollInterval(Duration.ofMillis(50))
            .until(() -> signInToken(email, asked), java.util.Optional::isPresent)
            .orElseThrow();
    }

    private java.util.Optional<String> signInToken(String email, Instant asked) {
        return jdbc()
            .sql("select text_body from mail_outbox where recipient = :to and created_at >= :asked order by id desc")
            .param("to", email)
            .param("asked", java.sql.Timestamp.from(asked))
            .query(String.class)
            .list()
            .stream()
            .map(SIGN_IN_LINK::matcher)
            .filter(Matcher::find)
            .map(link -> link.group(1))
            .findFirst();
    }

    /**
     * Sends one generated request and returns its final status; counts 5xx and remembers
     * the slowest.
     */
    int send(Browser browser, String method, String path, Map<String, String> fields) {
        long start = System.nanoTime();
        HttpResponse<String> response = "GET".equals(method)
                ? browser.get(path + (fields.isEmpty() ? "" : "?" + query(fields))) : browser.postRaw(path, fields);
        long took = System.nanoTime() - start;
        requests.incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        if (took > slowestNanos.get()) {
            slowestNanos.set(took);
            slowest = method + " " + path;
        }
        return response.statusCode();
    }

    private static String query(Map<String, String> fields) {
        return fields.entrySet()
            .stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }

    /** What the run so far amounts to, in the form the README quotes. */
    String figures() {
        return "requests tried: " + requests.get() + ", 5xx seen: " + serverErrors.get() + ", slowest answer: "
                + Duration.ofNanos(slowestNanos.get()).toMillis() + " ms (" + slowest + ")";
    }

    long serverErrors() {
        return serverErrors.get();
    }

}
