package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The marks of owed rounds on a real PostgreSQL 18. */
class PostgresRoundsWantedTest extends RoundsWantedContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

}
