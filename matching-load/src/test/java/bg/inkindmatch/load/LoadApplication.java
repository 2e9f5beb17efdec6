package bg.inkindmatch.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application as the benchmark loads it: its own process with a 512 MB heap,
 * on H2 (a file database that this process may open beside it) or on an embedded
 * PostgreSQL 18, on a free port. Started once per benchmark run, stopped at its end.
 */
final class LoadApplication implements AutoCloseable {

    private final Process process;

    private final EmbeddedPostgres postgres;

    private final String jdbcUrl;

    private final String user;

    private final URI base;

    private final Path log;

    private LoadApplication(Process process, EmbeddedPostgres postgres, String jdbcUrl, String user, URI base,
            Path log) {
        this.log = log;
        this.process = process;
        this.postgres = postgres;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.base = base;
    }

    /**
     * Starts the database and the application and waits until the application answers.
     * @param database {@code h2} or {@code postgres}
     * @param jar the packaged application
     * @param work a directory for the database files and the application's log
     */
    static LoadApplication start(String database, Path jar, Path work) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("package the application first (no " + jar + ")");
        }
        Files.createDirectories(work);
        EmbeddedPostgres postgres = null;
        String url;
        String user;
        if (database.equals("postgres")) {
            postgres = EmbeddedPostgres.builder().start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
        }
        else if (database.equals("h2")) {
            Path files = work.resolve("h2-" + Instant.now().toEpochMilli());
            url = "jdbc:h2:file:" + files.resolve("inkind").toAbsolutePath()
                    + ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            user = "sa";
        }
        else {
            throw new IllegalArgumentException("load.database must be h2 or postgres: " + database);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                        jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user, "--spring.datasource.password=", "--inkind.demo=false",
                        // one client (this benchmark) signs in every member
                        "--inkind.sign-in.limit-per-client=100000", "--inkind.sign-in.limit-per-address=100",
                        "--inkind.sign-in.links-per-address=100000", "--logging.level.root=WARN"));
        if (Boolean.getBoolean("load.profile")) {
            // a flight recording of the application, for finding where its time goes
            command.add(1, "-XX:StartFlightRecording=filename=" + work.resolve("application-" + database + ".jfr")
                    + ",settings=profile");
            // deep enough to reach the application's frames under the framework's
            command.add(1, "-XX:FlightRecorderOptions:stackdepth=1024");
        }
        Path log = work.resolve("application-" + database + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // whatever becomes of the benchmark, the application goes with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        LoadApplication application = new LoadApplication(process, postgres, url, user,
                URI.create("http://localhost:" + port), log);
        try {
            application.awaitReady(Duration.ofMinutes(3));
        }
        catch (RuntimeException notReady) {
            application.close();
            throw notReady;
        }
        return application;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        await("the application's board").atMost(patience)
            .pollInterval(Duration.ofMillis(500))
            .ignoreExceptionsInstanceOf(IOException.class)
            .until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application stopped; see its log in target/load");
                }
                return http
                    .send(HttpRequest.newBuilder(base.resolve("/board")).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
            });
    }

    /** The application's address. */
    URI base() {
        return base;
    }

    /** A connection to the application's database. */
    Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** How many lines of the application's log contain the text. */
    long logLinesContaining(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    /** The resident memory of the application's process in MB, from {@code /proc}. */
    long residentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

}
