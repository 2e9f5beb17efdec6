package bg.inkindmatch.web.board;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.post.PostChoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public board of open needs and offers, for the pages and the JSON API alike. The
 * database filters, sorts and pages (served by the indexes of migration V20), so a page
 * costs a page whatever the number of posts; the filter's codes are turned into lists of
 * stored codes first, so no text of the reader reaches the SQL.
 */
@Service
public class PublicBoard {

    private static final BoardTable NEEDS = new BoardTable("need", "handover", "needed_by", "urgency");

    private static final BoardTable OFFERS = new BoardTable("offer", "origin", "available_until", "null");

    private final JdbcClient jdbc;

    private final MatchingEngine engine;

    private final PostChoices choices;

    private final Clock clock;

    PublicBoard(JdbcClient jdbc, MatchingEngine engine, PostChoices choices, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.choices = choices;
        this.clock = clock;
    }

    /**
     * Open needs with units still free and a deadline not past, soonest deadline first.
     */
    public BoardPage needs(BoardFilter filter, Locale locale) {
        return page(NEEDS, "need", filter, locale);
    }

    /** Open offers with units still free and not expired, soonest end first. */
    public BoardPage offers(BoardFilter filter, Locale locale) {
        return page(OFFERS, "offer", filter, locale);
    }

    private BoardPage page(BoardTable table, String side, BoardFilter filter, Locale locale) {
        Optional<Conditions> conditions = conditions(table, filter);
        if (conditions.isEmpty()) {
            return new BoardPage(List.of(), filter.page(), filter.size(), 0);
        }
        long total = conditions.get()
            .bind(jdbc.sql("select count(*) from " + table.name() + conditions.get().where()))
            .query(Long.class)
            .single();
        long offset = (long) filter.page() * filter.size();
        if (offset >= total) {
            return new BoardPage(List.of(), filter.page(), filter.size(), total);
        }
        List<BoardPost> posts = conditions.get()
            .bind(jdbc.sql(table.select() + conditions.get().where() + conditions.get().orderBy()
                    + " limit :size offset :offset"))
            .param("size", filter.size())
            .param("offset", offset)
            .query((rs, row) -> post(rs, side, locale))
            .list();
        return new BoardPage(posts, filter.page(), filter.size(), total);
    }

    /**
     * The where clause of the filter; empty when the filter names a category, province or
     * municipality that does not exist, or a municipality outside the named province
     * (nothing can match it).
     */
    private Optional<Conditions> conditions(BoardTable table, BoardFilter filter) {
        Optional<Condition> category = Optional.empty();
        if (!filter.category().isEmpty()) {
            category = engine.taxonomy()
                .category(filter.category())
                .map(found -> found.isBranch() ? new Condition("branch", found.code())
                        : new Condition("category", found.code()));
            if (category.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<Condition> place = Optional.empty();
        if (!filter.municipality().isEmpty()) {
            place = engine.places()
                .municipality(filter.municipality())
                .filter(m -> filter.province().isEmpty() || m.provinceCode().equals(filter.province()))
                .map(m -> new Condition(table.place(), m.code()));
        }
        else if (!filter.province().isEmpty()) {
            place = engine.places().province(filter.province()).map(p -> new Condition("province", p.code()));
        }
        if ((!filter.province().isEmpty() || !filter.municipality().isEmpty()) && place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Conditions(table, LocalDate.now(clock), category, place));
    }

    private BoardPost post(ResultSet rs, String side, Locale locale) throws SQLException {
        String category = rs.getString("category");
        String municipality = rs.getString("place");
        String province = engine.places().municipality(municipality).map(m -> m.provinceCode()).orElse("");
        String label = choices.categoryLabel(category, locale);
        String title = rs.getString("title");
        return new BoardPost(rs.getLong("id"), side, title == null ? label : title, title != null, category, label,
                rs.getInt("remaining"), unitCode(rs.getString("unit")), municipality,
                choices.placeName(municipality, locale), province, rs.getObject("until", LocalDate.class),
                rs.getString("urgency"));
    }

    /** The unit's code; a stored name this version does not know is shown as it is. */
    private static String unitCode(String stored) {
        for (Unit unit : Unit.values()) {
            if (unit.name().equals(stored)) {
                return unit.code();
            }
        }
        return stored;
    }

    /**
     * The stored names of one side's board columns.
     *
     * @param name the table
     * @param place the municipality column
     * @param until the last-day column
     * @param urgency the urgency column, or {@code null} for a side without one
     */
    private record BoardTable(String name, String place, String until, String urgency) {

        /**
         * The page's columns; the title only where a coordinator has seen the post's text
         * (a post without a review row is withheld too).
         */
        String select() {
            return "select id, case when r.review_status = 'APPROVED' then title end as title, category, remaining, "
                    + "unit, " + place + " as place, " + until + " as until, " + urgency + " as urgency from " + name
                    + " left join post_text_review r on r.post_side = '" + name.toUpperCase(Locale.ROOT)
                    + "' and r.post_id = " + name + ".id";
        }

    }

    /**
     * One column equal to one value: a category or its branch, a municipality or its
     * province (columns the database keeps, migration V22, so that each is one range of
     * an index).
     */
    private record Condition(String column, String value) {
    }

    /** The conditions of a board query and their parameters. */
    private record Conditions(BoardTable table, LocalDate today, Optional<Condition> category,
            Optional<Condition> place) {

        String where() {
            // listed: open with free units, a column the database keeps (migration V20)
            return " where listed = true and " + table.until() + " >= :today"
                    + category.map(c -> " and " + c.column() + " = :category").orElse("")
                    + place.map(p -> " and " + p.column() + " = :place").orElse("");
        }

        /**
         * By the last day, then by id; led by the columns the where clause holds equal
         * (which changes no order), so that H2 reads the page in the order of the index
         * that leads with them and stops after it: given only the last day and the id, it
         * read and sorted every listed row of the filter.
         */
        String orderBy() {
            String equal = category.or(() -> place).map(c -> c.column() + ", ").orElse("");
            return " order by listed, " + equal + table.until() + ", id";
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            JdbcClient.StatementSpec bound = statement.param("today", today);
            if (category.isPresent()) {
                bound = bound.param("category", category.get().value());
            }
            return place.isPresent() ? bound.param("place", place.get().value()) : bound;
        }

    }

}
