package bg.inkindmatch.web.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The schema keeps accepting writes after the connection that migrated it is gone, as it
 * is in a long run when the pool retires that connection. H2 2.4.240 lost its CHECK
 * constraints with the migrating session ("Check constraint invalid ... The database has
 * been closed", h2database #4308): the default run then refused every post after about 30
 * minutes.
 */
abstract class MigratedSchemaContract {

    /** A new, empty database. */
    abstract String url();

    abstract String user();

    abstract String vendorFolder();

    @Test
    void acceptsWritesToEveryTableAfterTheMigratingConnectionIsClosed() throws SQLException {
        String url = url();
        // a connection held open for the whole test keeps an in-memory database alive, as
        // the pool does
        try (Connection keeper = DriverManager.getConnection(url, user(), "")) {
            migrate(url, MigrationVersion.LATEST);
            try (Connection fresh = DriverManager.getConnection(url, user(), "");
                    Statement sql = fresh.createStatement()) {
                assertThatCode(() -> {
                    writeEveryTable(sql);
                    sql.executeUpdate(
                            "insert into centre_receipt (centre_id, received_on, receipts) values (1, current_date, 1)");
                    sql.executeUpdate("update centre_receipt set receipts = receipts + 1");
                }).doesNotThrowAnyException();
            }
            keeper.isValid(1);
        }
    }

    /**
     * A database that had matches before fairness was counted per centre and day gets the
     * counts of its matches that hold units, on the day each was proposed.
     */
    @Test
    void countsTheMatchesMadeBeforeFairnessWasCounted() throws SQLException {
        String url = url();
        try (Connection keeper = DriverManager.getConnection(url, user(), "");
                Statement sql = keeper.createStatement()) {
            migrate(url, MigrationVersion.fromVersion("20"));
            writeEveryTable(sql);
            sql.executeUpdate(
                    """
                            insert into match_proposal (id, offer_id, need_id, units, score, reasons, status, proposed_at, expires_at)
                            values (2, 1, 1, 1, 0.5, '', 'PROPOSED', timestamp '2026-11-02 10:00:00', current_timestamp),
                                   (3, 1, 1, 1, 0.5, '', 'DELIVERED', timestamp '2026-11-02 23:30:00', current_timestamp),
                                   (4, 1, 1, 1, 0.5, '', 'DECLINED', timestamp '2026-11-02 12:00:00', current_timestamp),
                                   (5, 1, 1, 1, 0.5, '', 'EXPIRED', timestamp '2026-11-03 12:00:00', current_timestamp),
                                   (6, 1, 1, 1, 0.5, '', 'AGREED', timestamp '2026-11-04 00:10:00', current_timestamp)""");

            migrate(url, MigrationVersion.LATEST);

            List<String> counts = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select centre_id, received_on, receipts from centre_receipt"
                    + " where received_on < date '2026-11-20' order by received_on")) {
                while (rows.next()) {
                    counts.add(rows.getLong(1) + " " + rows.getObject(2, LocalDate.class) + " " + rows.getInt(3));
                }
            }
            assertThat(counts).containsExactly("1 2026-11-02 2", "1 2026-11-04 1");
        }
    }

    private void migrate(String url, MigrationVersion target) {
        Flyway.configure()
            .dataSource(new DriverManagerDataSource(url, user(), ""))
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorFolder())
            .target(target)
            .load()
            .migrate();
    }

    private static void writeEveryTable(Statement sql) throws SQLException {
        sql.executeUpdate(
                """
                        insert into organisation (id, kind, name, municipality, description, contact_person, email, phone,
                            language, status, registered_at, mail_preference)
                        values (1, 'CENTRE', 'Център', 'RSE27', '', 'Мария', 'c@example.org', '+359 82 000 000', 'bg', 'APPROVED',
                            current_timestamp, 'DAILY'),
                               (2, 'COMPANY', 'Фирма', 'RSE27', '', 'Иван', 'f@example.org', '+359 82 000 001', 'en', 'PENDING',
                            current_timestamp, 'IMMEDIATE')""");
        sql.executeUpdate("""
                insert into offer (id, organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                values (1, 2, 'Пакети', '', 'consumables.hygiene', 'pack', 10, 10, current_date, current_date + 30,
                    'RSE27', 'PROVINCE', '', 'OPEN', current_timestamp, current_timestamp)""");
        sql.executeUpdate("""
                insert into need (id, organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                values (1, 1, 'Пакети', '', 'consumables.hygiene', 'pack', 5, 5, current_date + 10, 'HIGH', 'RSE27',
                    'Общината', 'OPEN', current_timestamp, current_timestamp)""");
        sql.executeUpdate("""
                insert into match_proposal (id, offer_id, need_id, units, score, reasons, status, company_answer,
                    centre_answer, proposed_at, expires_at)
                values (1, 1, 1, 5, 0.5, '', 'PROPOSED', 'ACCEPTED', null, current_timestamp, current_timestamp)""");
        sql.executeUpdate("""
                insert into match_event (match_id, at, actor, channel, from_status, to_status, detail)
                values (1, current_timestamp, 'system', 'ROUND', null, 'PROPOSED', '')""");
        sql.executeUpdate("""
                insert into digest_entry (organisation_id, match_id, side, queued_at)
                values (1, 1, 'CENTRE', current_timestamp)""");
        sql.executeUpdate("insert into stale_check (side, post_id, asked_at) values ('NEED', 1, current_timestamp)");
        sql.executeUpdate("""
                insert into mail_outbox (message_id, recipient, subject, text_body, html_body, created_at, status,
                    next_attempt_at)
                values ('<1@test>', 'c@example.org', 'Тема', 'текст', '<p>текст</p>', current_timestamp, 'PENDING',
                    current_timestamp)""");
        sql.executeUpdate("insert into link_secret (id, secret) values (1, 'secret')");
        sql.executeUpdate(
                "insert into one_time_tokens (token_value, username, expires_at) values ('t', 'c@example.org', current_timestamp)");
        // and the changes a long run makes: states move, units are taken
        sql.executeUpdate("update offer set status = 'PAUSED', remaining = 5 where id = 1");
        sql.executeUpdate("update need set status = 'WITHDRAWN' where id = 1");
        sql.executeUpdate("update match_proposal set status = 'AGREED', centre_answer = 'ACCEPTED' where id = 1");
        sql.executeUpdate("update organisation set status = 'APPROVED', mail_preference = 'NONE' where id = 2");
        sql.executeUpdate("update mail_outbox set status = 'SENT'");
    }

}
