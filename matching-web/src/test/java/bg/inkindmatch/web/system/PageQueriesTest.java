package bg.inkindmatch.web.system;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.StatementCounter;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list costs the same number of SQL statements for 50 rows as for 5: no query runs once
 * per row. Each test uses organisations of its own, so what other tests create does not
 * count.
 */
class PageQueriesTest extends WebFlowTest {

    private long organisation(String kind, String email) {
        jdbc.sql("""
                insert into organisation (kind, name, municipality, description, contact_person, email, phone, language,
                    status, registered_at)
                values (:kind, :email, 'RSE27', '', 'Мария Иванова', :email, '+359 82 000 000', 'en', 'APPROVED',
                    current_timestamp)""").param("kind", kind).param("email", email).update();
        return jdbc.sql("select id from organisation where email = :email")
            .param("email", email)
            .query(Long.class)
            .single();
    }

    /**
     * Adds matches between new posts of the two organisations, every other one agreed,
     * each post asked "still needed?".
     */
    private void matches(long company, long centre, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into offer (organisation_id, title, description, category, unit, total, remaining,
                        available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                    values (:org, 'Стол', '', 'equipment.furniture', 'PCS', 2, 1, current_date, current_date + 30,
                        'RSE27', 'PROVINCE', '', 'OPEN', current_timestamp, current_timestamp)""")
                .param("org", company)
                .update();
            jdbc.sql("""
                    insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                        urgency, handover, handover_point, status, created_at, updated_at)
                    values (:org, 'Столове', '', 'equipment.furniture', 'PCS', 2, 1, current_date + 10, 'LOW', 'RSE27',
                        'Общината', 'OPEN', current_timestamp, current_timestamp)""").param("org", centre).update();
            long offer = jdbc.sql("select max(id) from offer").query(Long.class).single();
            long need = jdbc.sql("select max(id) from need").query(Long.class).single();
            jdbc.sql("""
                    insert into match_proposal (offer_id, need_id, units, score, reasons, status, company_answer,
                        centre_answer, proposed_at, expires_at)
                    values (:offer, :need, 1, 0.5, '', :status, :answer, :answer, current_timestamp,
                        current_timestamp + interval '7' day)""")
                .param("offer", offer)
                .param("need", need)
                .param("status", i % 2 == 0 ? "AGREED" : "PROPOSED")
                .param("answer", i % 2 == 0 ? "ACCEPTED" : null)
                .update();
            jdbc.sql("insert into stale_check (side, post_id, asked_at) values ('NEED', :need, current_timestamp)")
                .param("need", need)
                .update();
        }
    }

    private int statementsFor(Browser browser, String path) {
        Browser counted = browser.withHeader(StatementCounter.HEADER, "yes");
        assertThat(counted.get(path).statusCode()).isEqualTo(200);
        return StatementCounter.lastCount();
    }

    private int[] pagesWith(String tag, int count) {
        long company = organisation("COMPANY", "company-" + tag + "@example.org");
        long centre = organisation("CENTRE", "centre-" + tag + "@example.org");
        matches(company, centre, count);
        Browser member = signIn("centre-" + tag + "@example.org");
        return new int[] { statementsFor(member, "/matches"), statementsFor(member, "/needs"),
                statementsFor(signIn("company-" + tag + "@example.org"), "/offers") };
    }

    @Test
    void theListsOfMatchesAndPostsCostTheSameForFiftyRowsAsForFive() {
        int[] five = pagesWith("five", 5);
        int[] fifty = pagesWith("fifty", 50);

        assertThat(fifty).as("statements of /matches, /needs, /offers").containsExactly(five);
        assertThat(fifty[0]).as("statements of /matches").isLessThan(20);
    }

}
