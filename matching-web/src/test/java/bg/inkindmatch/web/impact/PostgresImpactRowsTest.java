package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The impact statements on a real PostgreSQL 18, with the PostgreSQL migrations. */
class PostgresImpactRowsTest extends ImpactRowsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

}
