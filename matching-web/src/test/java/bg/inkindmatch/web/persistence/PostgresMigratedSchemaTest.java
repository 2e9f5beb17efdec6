package bg.inkindmatch.web.persistence;

import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;

/** The production database: a real PostgreSQL 18. */
class PostgresMigratedSchemaTest extends MigratedSchemaContract {

    @Override
    String url() {
        return EmbeddedPostgresDatabase.newDatabase();
    }

    @Override
    String user() {
        return EmbeddedPostgresDatabase.USER;
    }

    @Override
    String vendorFolder() {
        return "postgresql";
    }

}
