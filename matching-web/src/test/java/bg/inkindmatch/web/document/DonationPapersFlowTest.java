package bg.inkindmatch.web.document;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.SeededYear;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The papers of donations of the seeded year, downloaded as their readers would: the two
 * sides and the coordinators of the province take them, nobody else; a company takes its
 * annual statement, which names no centre.
 */
class DonationPapersFlowTest extends WebFlowTest {

    private static final SeededYear SEEDED = SeededYear.RUSE_2025;

    @BeforeEach
    void seedTheYear() {
        SEEDED.writeInto(jdbc);
    }

    private long matchOfNeed(String title, String status) {
        return jdbc
            .sql("select m.id from match_proposal m join need n on n.id = m.need_id"
                    + " where n.title = :title and m.status = :status")
            .param("title", title)
            .param("status", status)
            .query(Long.class)
            .list()
            .get(0);
    }

    private long legalAdvice() {
        return matchOfNeed("Правна консултация", "DELIVERED");
    }

    @Test
    void bothSidesDownloadTheProtocolAndTheCertificateOfTheirDonation() throws IOException {
        long id = legalAdvice();
        Browser company = signIn(SEEDED.companies().get(0).email());

        assertThat(company.get("/matches/" + id).body()).contains("/matches/" + id + "/handover.pdf",
                "/matches/" + id + "/certificate.pdf");
        HttpResponse<byte[]> protocol = company.download("/matches/" + id + "/handover.pdf");
        assertThat(protocol.statusCode()).isEqualTo(200);
        assertThat(protocol.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(DonationPapersTest.text(protocol.body())).contains("ПРИЕМО-ПРЕДАВАТЕЛЕН ПРОТОКОЛ",
                "Сийд Фирма 1 ООД, ЕИК 831641791, със седалище община Русе, област Русе",
                "Сийд Център 1, ЕИК 123456786", "Дарение за Правна консултация", "Правни консултации",
                "в Общината, гише 3, община Русе");

        Browser centre = signIn(SEEDED.centres().get(0).email());
        HttpResponse<byte[]> certificate = centre.download("/matches/" + id + "/certificate.pdf");
        assertThat(DonationPapersTest.text(certificate.body())).contains("УДОСТОВЕРЕНИЕ ЗА ДАРЕНИЕ", "Сийд Център 1",
                "Сийд Фирма 1 ООД", "3 бр.");
    }

    @Test
    void nobodyElseTakesThePapersAndThereAreNoneBeforeTheHandover() {
        long id = legalAdvice();
        Browser otherCompany = signIn(SEEDED.companies().get(3).email());
        assertThat(otherCompany.download("/matches/" + id + "/handover.pdf").statusCode()).isEqualTo(404);
        assertThat(browser().download("/matches/" + id + "/certificate.pdf").uri().getPath()).isEqualTo("/sign-in");

        long declined = jdbc
            .sql("select min(id) from match_proposal where status = 'DECLINED' and need_id in"
                    + " (select id from need where title like 'Сийд нужда%')")
            .query(Long.class)
            .single();
        long declinedCompany = jdbc
            .sql("select o.organisation_id from match_proposal m join offer o"
                    + " on o.id = m.offer_id where m.id = :id")
            .param("id", declined)
            .query(Long.class)
            .single();
        String email = organisations.findById(declinedCompany).orElseThrow().email();
        assertThat(signIn(email).download("/matches/" + declined + "/handover.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theProvincesCoordinatorTakesThePapersFromTheAuditPageAndOthersDoNot() throws IOException {
        long id = legalAdvice();
        Browser ruse = coordinatorOf("papers-ruse@example.org", "RSE");
        assertThat(ruse.get("/coordinator/matches/" + id).body())
            .contains("/coordinator/matches/" + id + "/handover.pdf");
        HttpResponse<byte[]> certificate = ruse.download("/coordinator/matches/" + id + "/certificate.pdf");
        assertThat(DonationPapersTest.text(certificate.body())).contains("Сийд Център 1");

        Browser varna = coordinatorOf("papers-varna@example.org", "VAR");
        assertThat(varna.download("/coordinator/matches/" + id + "/handover.pdf").statusCode()).isEqualTo(404);
    }

    private Browser coordinatorOf(String email, String province) {
        boolean invited = count("select count(*) from coordinator where email = :value", email) > 0;
        return invited ? signIn(email) : regionalCoordinator(email, province);
    }

    @Test
    void anAnnualStatementListsWhatTheOrganisationGaveWithoutNamingACentre() throws IOException {
        Browser company = signIn(SEEDED.companies().get(0).email());
        long handovers = SEEDED.needs()
            .stream()
            .flatMap(need -> need.deals().stream())
            .filter(deal -> deal.company().equals(SEEDED.companies().get(0)))
            .filter(deal -> deal.status().name().equals("DELIVERED"))
            .count();

        assertThat(company.get("/history").body()).contains("/history/statement.pdf");
        String bulgarian = DonationPapersTest.text(company.download("/history/statement.pdf?year=2025").body());
        assertThat(bulgarian)
            .contains("ГОДИШНА СПРАВКА ЗА ДАРЕНИЯТА 2025", "Сийд Фирма 1 ООД, ЕИК 831641791",
                    "Дарение за Правна консултация", "кризисен център", "Общо: " + handovers + " предавания")
            .doesNotContain("Сийд Център");
        String english = DonationPapersTest.text(company.download("/history/statement.pdf?year=2025&lang=en").body());
        assertThat(english).contains("ANNUAL STATEMENT OF DONATIONS 2025", "crisis centre", "Legal advice", "Ruse");

        assertThat(company.download("/history/statement.pdf?year=1999").statusCode()).isEqualTo(400);
        assertThat(company.download("/history/statement.pdf?year=" + "9".repeat(3000)).statusCode()).isEqualTo(400);
        Browser centre = signIn(SEEDED.centres().get(0).email());
        assertThat(DonationPapersTest.text(centre.download("/history/statement.pdf?year=2025").body()))
            .contains("Сийд Център 1", "През годината няма предадени дарения.");
    }

}
