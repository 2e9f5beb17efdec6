package bg.inkindmatch.web.persistence;

import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The repositories on a real PostgreSQL 18, with the PostgreSQL migrations. */
class PostgresRepositoryTest extends RepositoryContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

}
