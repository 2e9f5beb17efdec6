package bg.inkindmatch.web.board;

import bg.inkindmatch.web.post.MatchablePosts;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.support.QueryRecorder;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 (the default database), the board's and the API's pages are read in the order of
 * an index that leads with what the filter holds equal, so H2 stops after the page
 * ({@code index sorted} in its own plan of each query the application ran), and a round
 * reads each of its categories through the index that leads with (listed, category). H2
 * neither reads an index in order for a condition it does not see in the order, nor uses
 * a list of values on a second column; these plans fail when a query is written so.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ JdbcMappingConfiguration.class, PublicBoard.class, PostChoices.class, MatchablePosts.class,
        PlansRecording.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class H2BoardPlansTest {

    @Autowired
    private PublicBoard board;

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
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                select (select id from organisation), 'Нужда ' || x, '',
                    case mod(x, 4) when 0 then 'consumables.hygiene' when 1 then 'consumables.food'
                        when 2 then 'equipment.it' else 'venue' end, 'PCS', 3,
                    case when mod(x, 10) = 0 then 2 else 0 end, current_date + mod(x, 300) - 100, 'NORMAL',
                    case mod(x, 3) when 0 then 'RSE27' when 1 then 'VAR06' else 'SHU30' end, 'Общината', 'OPEN',
                    current_timestamp, current_timestamp
                from system_range(1, 6000) as r(x)""").update();
        jdbc.sql("""
                insert into offer (organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                select (select id from organisation), 'Дарение ' || x, '',
                    case mod(x, 4) when 0 then 'consumables.hygiene' when 1 then 'consumables.food'
                        when 2 then 'equipment.it' else 'venue' end, 'PCS', 3,
                    case when mod(x, 10) = 0 then 2 else 0 end, current_date - 200, current_date + mod(x, 300) - 100,
                    case mod(x, 3) when 0 then 'RSE27' when 1 then 'VAR06' else 'SHU30' end, 'PROVINCE', '', 'OPEN',
                    current_timestamp, current_timestamp
                from system_range(1, 6000) as r(x)""").update();
    }

    @Test
    void pagesComeInTheOrderOfAnIndexAndRoundsReadOneRangeACategory() throws SQLException {
        PlansRecording.RECORDER.clear();
        List<BoardFilter> filters = List.of(new BoardFilter("", "", "", 0, 20), new BoardFilter("", "", "", 2, 20),
                new BoardFilter("consumables", "", "", 0, 20), new BoardFilter("equipment.it", "", "", 1, 20),
                new BoardFilter("", "RSE", "", 0, 20), new BoardFilter("", "", "VAR06", 0, 20),
                new BoardFilter("consumables", "SHU", "", 0, 20));
        for (BoardFilter filter : filters) {
            assertThat(board.needs(filter, Locale.ENGLISH).total()).as("needs of %s", filter).isPositive();
            assertThat(board.offers(filter, Locale.ENGLISH).posts()).as("offers of %s", filter).isNotEmpty();
        }
        assertThat(matchable.offers("consumables.hygiene")).isNotEmpty();
        assertThat(matchable.needs("equipment.it")).isNotEmpty();

        List<QueryRecorder.Query> queries = PlansRecording.RECORDER.queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(filters.size() * 4 + 2);
        try (Connection connection = dataSource.getConnection()) {
            for (QueryRecorder.Query query : queries) {
                String plan = query.plan(connection);
                assertThat(plan).as("plan of %s", query.sql()).contains("_ix").doesNotContain("tableScan");
                if (query.sql().contains(" limit ")) {
                    assertThat(plan).as("plan of %s", query.sql()).contains("index sorted");
                }
                if (query.sql().contains("category = ") && !query.sql().contains(" limit ")) {
                    assertThat(plan).as("plan of %s", query.sql()).contains("category = ");
                }
            }
        }
    }

}
