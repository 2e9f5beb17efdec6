package bg.inkindmatch.web.board;

import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.web.post.MatchablePosts;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.support.EmbeddedPostgresDatabase;
import bg.inkindmatch.web.support.QueryRecorder;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL with 40,000 posts, 5 % of them with free units, every query of the board,
 * the API and a matching round reads an index: PostgreSQL's own {@code EXPLAIN} of each
 * query the application ran, with the values it bound, names an index and no sequential
 * scan, and the unfiltered board's page comes in order from its index, without a sort of
 * every listed post.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ JdbcMappingConfiguration.class, PublicBoard.class, PostChoices.class, MatchablePosts.class,
        PlansRecording.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PostgresBoardPlansTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }

    @Autowired
    private PublicBoard board;

    @Autowired
    private OfferRepository offers;

    @Autowired
    private MatchablePosts matchable;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void seed() {
        if (jdbc.sql("select count(*) from need").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                    status, registered_at)
                values ('CENTRE', 'Център', 'RSE27', '', 'Мария Иванова', 'plans@example.org', '+359 82 000 000', 'bg',
                    'APPROVED', current_timestamp)""").update();
        String places = Places.standard()
            .municipalities()
            .stream()
            .map(Municipality::code)
            .map(code -> "'" + code + "'")
            .collect(Collectors.joining(","));
        String categories = "'consumables.hygiene','consumables.food','equipment.it','training.course','services.legal'";
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                select (select id from organisation), 'Нужда ' || x, '', (array[%s])[1 + (x / 20) %% 5], 'PCS', 3,
                    case when x %% 20 = 0 then 2 else 0 end, current_date + (x %% 300) - 100, 'NORMAL',
                    (array[%s])[1 + (x / 20) %% %d], 'Общината', case when x %% 7 = 0 then 'EXHAUSTED' else 'OPEN' end,
                    current_timestamp, current_timestamp
                from generate_series(1, 20000) as x""".formatted(categories, places, placeCount())).update();
        jdbc.sql(
                """
                        insert into offer (organisation_id, title, description, category, unit, total, remaining,
                            available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                        select (select id from organisation), 'Дарение ' || x, '', (array[%s])[1 + (x / 20) %% 5], 'PCS', 3,
                            case when x %% 20 = 0 then 2 else 0 end, current_date - 200, current_date + (x %% 300) - 100,
                            (array[%s])[1 + (x / 20) %% %d], 'PROVINCE', '', case when x %% 7 = 0 then 'EXHAUSTED' else 'OPEN' end,
                            current_timestamp, current_timestamp
                        from generate_series(1, 20000) as x"""
                    .formatted(categories, places, placeCount()))
            .update();
        jdbc.sql("analyze need").update();
        jdbc.sql("analyze offer").update();
    }

    private static int placeCount() {
        return Places.standard().municipalities().size();
    }

    private static boolean filtered(String sql) {
        return sql.contains("category = ") || sql.contains("branch = ") || sql.contains("province = ")
                || sql.contains("handover = ") || sql.contains("origin = ");
    }

    @Test
    void everyQueryOfTheBoardTheApiAndARoundReadsAnIndex() throws SQLException {
        PlansRecording.RECORDER.clear();
        List<BoardFilter> filters = List.of(new BoardFilter("", "", "", 0, 20), new BoardFilter("", "", "", 7, 20),
                new BoardFilter("consumables", "", "", 0, 20), new BoardFilter("equipment.it", "", "", 2, 50),
                new BoardFilter("", "RSE", "", 0, 20), new BoardFilter("", "", "RSE27", 0, 20),
                new BoardFilter("training", "SFO", "", 0, 20));
        for (BoardFilter filter : filters) {
            assertThat(board.needs(filter, Locale.ENGLISH).total()).as("needs of %s", filter).isPositive();
            board.offers(filter, Locale.ENGLISH);
        }
        assertThat(matchable.offers("consumables.hygiene")).isNotEmpty();
        assertThat(matchable.needs("equipment.it")).isNotEmpty();
        assertThat(offers.findListed()).hasSizeGreaterThan(100);

        List<QueryRecorder.Query> queries = PlansRecording.RECORDER.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(filters.size() * 4);
        try (Connection connection = dataSource.getConnection()) {
            for (QueryRecorder.Query query : queries) {
                String plan = query.plan(connection);
                assertThat(plan).as("plan of %s", query.sql()).contains("Index").doesNotContain("Seq Scan");
                if (query.sql().contains(" limit ") && !filtered(query.sql())) {
                    // the unfiltered board reads its page in order from the index and
                    // stops (a filtered one may sort its few rows)
                    assertThat(plan).as("plan of %s", query.sql()).doesNotContain("Sort");
                }
            }
        }
    }

}
