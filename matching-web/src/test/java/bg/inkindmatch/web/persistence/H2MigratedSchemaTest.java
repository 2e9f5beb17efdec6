package bg.inkindmatch.web.persistence;

import java.util.UUID;

/** The default run's database: embedded H2 in PostgreSQL mode. */
class H2MigratedSchemaTest extends MigratedSchemaContract {

    @Override
    String url() {
        return "jdbc:h2:mem:migrated-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Override
    String user() {
        return "sa";
    }

    @Override
    String vendorFolder() {
        return "h2";
    }

}
