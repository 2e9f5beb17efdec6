package bg.inkindmatch.web.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL 18 server for the tests, started once per test JVM from the binaries
 * in Maven Central (no download at run time); each caller gets a database of its own.
 */
public final class EmbeddedPostgresDatabase {

    /** The user every test database belongs to. */
    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** Points the application at a new, empty database on the shared server. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    /**
     * Creates a new, empty database on the shared server; returns its JDBC URL (user
     * {@link #USER}, no password).
     */
    public static String newDatabase() {
        String database = "inkind_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl(USER, database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                }
                catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

}
