package bg.inkindmatch.web.match;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.StatementCounter;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round that follows a save reads the open posts of the saved post's category family
 * and no others: with 10,000 open posts of other families present, saving an offer reads
 * as many rows as without them. The rows are counted at the JDBC driver, on the requests
 * of the save and of the page it leads to, and on the thread of the round that follows.
 */
// An application of its own, so that the 10,000 posts meet no other test's posts; the
// catch-up job stays quiet while rows are counted.
@TestPropertySource(properties = "inkind.matching.check-every=1h")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RoundCostTest extends WebFlowTest {

    @Test
    void aSavedOfferCostsItsFamilyNotTheOtherOpenPosts() {
        int alone = rowsReadSavingAnOfferForANeed("alone");
        seedOpenPostsOfOtherFamilies(10_000);
        int amongTenThousand = rowsReadSavingAnOfferForANeed("among");

        assertThat(jdbc.sql("select count(*) from offer where remaining > 0 and status = 'OPEN'")
            .query(Integer.class)
            .single()).isGreaterThanOrEqualTo(5_000);
        assertThat(alone).as("rows read by the save and its round").isPositive();
        assertThat(amongTenThousand).as("rows read with 10,000 unrelated open posts present")
            .isLessThanOrEqualTo(alone + 5);
    }

    /**
     * A centre's need of furniture, then a company's offer that meets it; the rows the
     * offer's save reads (its round proposes the match).
     */
    private int rowsReadSavingAnOfferForANeed(String tag) {
        registerApproved("CENTRE", "Център " + tag, "centre-" + tag + "@example.org", "RSE27");
        Browser centre = signIn("centre-" + tag + "@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                Map.of("title", "Мебели " + tag, "description", "", "category", "equipment.furniture", "unit", "PCS",
                        "quantity", "3", "neededBy", LocalDate.now().plusDays(20).toString(), "urgency", "NORMAL",
                        "handover", "RSE27", "handoverPoint", "Общината"));
        registerApproved("COMPANY", "Мебели " + tag, "company-" + tag + "@example.org", "RSE27");
        Browser company = signIn("company-" + tag + "@example.org").withHeader(StatementCounter.HEADER, "yes");
        company.get("/offers/new");
        awaitRounds();
        int before = StatementCounter.rowsSoFar();
        HttpResponse<String> saved = company.post("/offers",
                Map.of("title", "Столове " + tag, "description", "", "category", "equipment.furniture", "unit", "PCS",
                        "quantity", "3", "availableFrom", LocalDate.now().toString(), "availableUntil",
                        LocalDate.now().plusDays(40).toString(), "reach", "MUNICIPALITY", "conditions", ""));
        assertThat(saved.statusCode()).isEqualTo(200);
        awaitRounds();
        int rows = StatementCounter.rowsSoFar() - before;
        long offer = offerTitled("Столове " + tag);
        assertThat(matches.findAll()).as("the round proposed the match").anyMatch(m -> m.offerId() == offer);
        return rows;
    }

    /**
     * Open posts with free units in bulk: offers of hygiene products and needs of
     * courses, so that none can meet furniture, nor one another (a round that read them
     * would propose nothing and only pay for reading).
     */
    private void seedOpenPostsOfOtherFamilies(int count) {
        registerApproved("COMPANY", "Склад", "company-bulk@example.org", "RSE27");
        registerApproved("CENTRE", "Център на склада", "centre-bulk@example.org", "RSE27");
        long company = organisations.findByEmail("company-bulk@example.org").orElseThrow().id();
        long centre = organisations.findByEmail("centre-bulk@example.org").orElseThrow().id();
        jdbc.sql("""
                insert into offer (organisation_id, title, description, category, unit, total, remaining,
                    available_from, available_until, origin, reach, conditions, status, created_at, updated_at)
                with recursive n(x) as (select 1 union all select x + 1 from n where x < :half)
                select :company, 'Пакет ' || x, '', 'consumables.hygiene', 'PACK', 5, 5,
                    current_date, current_date + 60, 'RSE27', 'PROVINCE', '', 'OPEN', current_timestamp,
                    current_timestamp
                from n""").param("company", company).param("half", count / 2).update();
        jdbc.sql("""
                insert into need (organisation_id, title, description, category, unit, total, remaining, needed_by,
                    urgency, handover, handover_point, status, created_at, updated_at)
                with recursive n(x) as (select 1 union all select x + 1 from n where x < :half)
                select :centre, 'Нужда ' || x, '', 'training.course', 'SEAT', 5, 5,
                    current_date + 30, 'NORMAL', 'RSE27', 'Общината', 'OPEN', current_timestamp, current_timestamp
                from n""").param("centre", centre).param("half", count / 2).update();
    }

}
