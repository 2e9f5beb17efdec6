package bg.inkindmatch.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's year, written in bulk with SQL (not through the application): 32
 * approved organisations in five provinces and N open posts, 5 % of them with free units,
 * half offers and half needs, and proposals waiting for the centres' answers. Offers with
 * free units come from Ruse, Varna and Plovdiv and reach only their municipality; needs
 * with free units are handed over in Shumen and Vidin; so the year is matched already
 * (nothing of it meets anything else of it), and what the members post during the run
 * meets it.
 */
final class LoadData {

    /** Where offers with free units come from; members' needs are handed over here. */
    static final List<String> OFFER_PLACES = List.of("RSE27", "VAR06", "PDV22");

    /** Where needs with free units are handed over; members' offers come from here. */
    static final List<String> NEED_PLACES = List.of("SHU30", "VID09");

    /** Categories with one of their units each. */
    static final List<String[]> CATEGORIES = List.of(new String[] { "consumables.hygiene", "PACK" },
            new String[] { "equipment.furniture", "PCS" }, new String[] { "consumables.stationery", "SET" },
            new String[] { "venue.room", "HOUR" }, new String[] { "equipment.it", "PCS" });

    private static final int ORGANISATIONS_PER_KIND = 16;

    private final Random random = new Random(20261126);

    /** The members' e-mail addresses, companies and centres. */
    record Members(List<String> companies, List<String> centres) {
    }

    /** Writes the year; returns the members who will sign in. */
    Members write(Connection connection, int posts, int proposals) throws SQLException {
        connection.setAutoCommit(false);
        List<Long> companies = organisations(connection, "COMPANY");
        List<Long> centres = organisations(connection, "CENTRE");
        offers(connection, companies, posts / 2);
        needs(connection, centres, posts - posts / 2);
        proposals(connection, centres.subList(0, ORGANISATIONS_PER_KIND / 2), proposals);
        connection.commit();
        try (Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                statement.execute("analyze");
            }
        }
        connection.setAutoCommit(true);
        List<String> companyMails = new ArrayList<>();
        List<String> centreMails = new ArrayList<>();
        for (int i = 0; i < ORGANISATIONS_PER_KIND / 2; i++) {
            companyMails.add(email("COMPANY", i));
            centreMails.add(email("CENTRE", i));
        }
        return new Members(companyMails, centreMails);
    }

    private static String email(String kind, int i) {
        return kind.toLowerCase() + "-" + i + "@load.inkind-match.example";
    }

    private List<Long> organisations(Connection connection, String kind) throws SQLException {
        List<String> places = new ArrayList<>(OFFER_PLACES);
        places.addAll(NEED_PLACES);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                    status, registered_at)
                values (?, ?, ?, '', 'Мария Иванова', ?, '+359 82 000 000', 'en', 'APPROVED', ?)""")) {
            for (int i = 0; i < ORGANISATIONS_PER_KIND; i++) {
                insert.setString(1, kind);
                insert.setString(2, kind + " " + i);
                insert.setString(3, places.get(i % places.size()));
                insert.setString(4, email(kind, i));
                insert.setTimestamp(5, Timestamp.from(Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from organisation where kind = ? and email like '%@load.inkind-match.example' order by id")) {
            select.setString(1, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private void offers(Connection connection, List<Long> companies, int count) throws SQLException {
        LocalDate today = LocalDate.now();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into offer (organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                values (?, ?, '', ?, ?, 10, ?, ?, ?, ?, 'MUNICIPALITY', '', 'OPEN', ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                String[] category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                boolean free = i % 20 == 0;
                insert.setLong(1, companies.get(random.nextInt(companies.size())));
                insert.setString(2, "Дарение " + i);
                insert.setString(3, category[0]);
                insert.setString(4, category[1]);
                insert.setInt(5, free ? 1 + random.nextInt(10) : 0);
                insert.setDate(6, Date.valueOf(today.minusDays(10)));
                insert.setDate(7, Date.valueOf(today.plusDays(30 + random.nextInt(200))));
                insert.setString(8, free ? OFFER_PLACES.get(random.nextInt(OFFER_PLACES.size()))
                        : NEED_PLACES.get(random.nextInt(NEED_PLACES.size())));
                stamp(insert, 9, 10);
                batch(insert, i);
            }
            insert.executeBatch();
        }
    }

    private void needs(Connection connection, List<Long> centres, int count) throws SQLException {
        LocalDate today = LocalDate.now();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                values (?, ?, '', ?, ?, 10, ?, ?, 'NORMAL', ?, 'Общината', 'OPEN', ?, ?)""")) {
            for (int i = 0; i < count; i++) {
                String[] category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                boolean free = i % 20 == 0;
                insert.setLong(1, centres.get(random.nextInt(centres.size())));
                insert.setString(2, "Нужда " + i);
                insert.setString(3, category[0]);
                insert.setString(4, category[1]);
                insert.setInt(5, free ? 1 + random.nextInt(10) : 0);
                insert.setDate(6, Date.valueOf(today.plusDays(10 + random.nextInt(200))));
                insert.setString(7, free ? NEED_PLACES.get(random.nextInt(NEED_PLACES.size()))
                        : OFFER_PLACES.get(random.nextInt(OFFER_PLACES.size())));
                stamp(insert, 8, 9);
                batch(insert, i);
            }
            insert.executeBatch();
        }
    }

    /**
     * Proposals of one unit each between offers and needs without free units (as if their
     * units were reserved by them), for the centres that will answer them during the run.
     */
    private void proposals(Connection connection, List<Long> centres, int count) throws SQLException {
        Map<String, Long> offerOf = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select
                    .executeQuery("select category, min(id) from offer where remaining = 0 group by category")) {
            while (rows.next()) {
                offerOf.put(rows.getString(1), rows.getLong(2));
            }
        }
        List<long[]> pairs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, category from need where remaining = 0 and organisation_id = ? order by id")) {
            for (long centre : centres) {
                select.setLong(1, centre);
                try (ResultSet rows = select.executeQuery()) {
                    int taken = 0;
                    while (rows.next() && taken++ < count / centres.size()) {
                        pairs.add(new long[] { offerOf.get(rows.getString(2)), rows.getLong(1) });
                    }
                }
            }
        }
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into match_proposal (offer_id, need_id, units, score, reasons, status, proposed_at, expires_at)
                values (?, ?, 1, 0.5, '', 'PROPOSED', ?, ?)""")) {
            for (int i = 0; i < pairs.size(); i++) {
                insert.setLong(1, pairs.get(i)[0]);
                insert.setLong(2, pairs.get(i)[1]);
                insert.setTimestamp(3, Timestamp.from(now));
                insert.setTimestamp(4, Timestamp.from(now.plus(7, ChronoUnit.DAYS)));
                batch(insert, i);
            }
            insert.executeBatch();
        }
        // the application counts a match for its centre's fairness when a round proposes
        // it
        try (Statement counts = connection.createStatement()) {
            counts.executeUpdate("""
                    insert into centre_receipt (centre_id, received_on, receipts)
                    select n.organisation_id, cast(m.proposed_at as date), count(*)
                    from match_proposal m join need n on n.id = m.need_id
                    group by n.organisation_id, cast(m.proposed_at as date)""");
        }
    }

    private static void stamp(PreparedStatement insert, int created, int updated) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        insert.setTimestamp(created, now);
        insert.setTimestamp(updated, now);
    }

    private static void batch(PreparedStatement insert, int i) throws SQLException {
        insert.addBatch();
        if (i % 1000 == 999) {
            insert.executeBatch();
        }
    }

}
