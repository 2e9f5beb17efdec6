package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.match.DeclineReason;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.SeededYear;
import bg.inkindmatch.web.support.SeededYear.Deal;
import bg.inkindmatch.web.support.WebFlowTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The impact reports read from the database a year of activity in the Ruse region that
 * the test wrote itself, so every figure is checked against what it knows it wrote.
 */
class ImpactFlowTest extends WebFlowTest {

    private static final int YEAR = 2025;

    private static final SeededYear SEEDED = SeededYear.RUSE_2025;

    private static final String RUSE_YEAR = "/coordinator/impact?from=2025-01-01&to=2025-12-31";

    @BeforeEach
    void seedTheYear() {
        SEEDED.writeInto(jdbc);
    }

    /** The Ruse coordinator, invited by the first test that needs them. */
    private Browser ruseCoordinator() {
        String email = "impact-ruse@example.org";
        boolean invited = count("select count(*) from coordinator where email = :value", email) > 0;
        return invited ? signIn(email) : regionalCoordinator(email, "RSE");
    }

    private static List<Deal> ruseDeals() {
        return SEEDED.ruseNeeds().stream().flatMap(need -> need.deals().stream()).toList();
    }

    private static long ruseUnitsDelivered() {
        return ruseDeals().stream().filter(d -> d.status() == MatchStatus.DELIVERED).mapToLong(Deal::units).sum();
    }

    /** The value cells of the table's line with this label. */
    private static List<String> line(Document page, String table, String label) {
        return lineIfShown(page, table, label).orElseThrow(() -> new AssertionError(label + " not in " + table));
    }

    private static Optional<List<String>> lineIfShown(Document page, String table, String label) {
        return page.select("#table-" + table + " tbody tr")
            .stream()
            .filter(row -> row.selectFirst("th").text().equals(label))
            .findFirst()
            .map(row -> row.select("td").eachText());
    }

    private static String whole(long value) {
        return java.text.NumberFormat.getIntegerInstance(Locale.forLanguageTag("bg"))
            .format(value)
            .replace('\u00a0', ' ');
    }

    @Test
    void theDashboardShowsWhatTheRegionGaveAndReceivedInTheYear() {
        Document page = Jsoup.parse(ruseCoordinator().get(RUSE_YEAR).body());

        assertThat(line(page, "summary", "Предадени бройки").get(0).replace('\u00a0', ' '))
            .isEqualTo(whole(ruseUnitsDelivered()));
        assertThat(line(page, "summary", "Активни центрове")).containsExactly("7");
        assertThat(line(page, "categories", "Правни консултации")).containsExactly("3", "1");
        long tooFar = ruseDeals().stream().filter(d -> d.reason() == DeclineReason.TOO_FAR).count();
        assertThat(line(page, "declines", "Твърде далеч").get(0)).isEqualTo(Long.toString(tooFar));
        long full = SEEDED.ruseNeeds().stream().filter(n -> n.delivered() >= n.total()).count();
        assertThat(line(page, "coverage", "Изцяло покрити").get(0)).isEqualTo(Long.toString(full));
        assertThat(line(page, "timing", "първото предаване").get(0)).isEqualTo(expectedMedianDaysToHandover());
        assertThat(page.select("#table-months tbody tr")).hasSize(12);
    }

    private static String expectedMedianDaysToHandover() {
        double[] days = SEEDED.ruseNeeds()
            .stream()
            .map(need -> need.deals()
                .stream()
                .filter(d -> d.status() == MatchStatus.DELIVERED)
                .map(d -> Duration.between(need.posted(), d.decided()).toHours() / 24.0)
                .min(Double::compare))
            .flatMap(Optional::stream)
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
        double median = days.length % 2 == 1 ? days[days.length / 2]
                : (days[days.length / 2 - 1] + days[days.length / 2]) / 2;
        return String.format(Locale.forLanguageTag("bg"), "%.1f", median);
    }

    @Test
    void theChartsAreSvgImagesWithTheirTablesBeside() {
        Document page = Jsoup.parse(ruseCoordinator().get(RUSE_YEAR).body());

        for (String table : List.of("categories", "months", "coverage")) {
            Element image = page.selectFirst("[aria-labelledby=impact-" + table + "] figure img");
            assertThat(image).as(table).isNotNull();
            assertThat(image.attr("alt")).startsWith("Диаграма:");
            String svg = new String(
                    Base64.getDecoder().decode(image.attr("src").substring("data:image/svg+xml;base64,".length())),
                    StandardCharsets.UTF_8);
            assertThat(svg).startsWith("<svg").contains("</svg>");
        }
        assertThat(page.select("script")).allMatch(script -> script.hasAttr("src"));
    }

    @Test
    void theExportsCarryTheSameFigures() throws IOException {
        Browser coordinator = ruseCoordinator();
        String query = "?from=2025-01-01&to=2025-12-31&province=RSE";

        HttpResponse<byte[]> csv = coordinator.download("/coordinator/impact/export.csv" + query);
        assertThat(csv.headers().firstValue("Content-Disposition"))
            .hasValueSatisfying(value -> assertThat(value).contains("impact-RSE-2025-01-01-2025-12-31.csv"));
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
            .contains("\"Предадени бройки\";\"" + ruseUnitsDelivered() + "\"")
            .contains("\"Правни консултации\";\"3\";\"1\"");
        assertThat(new String(coordinator.download("/coordinator/impact/export.csv" + query + "&lang=en").body(),
                StandardCharsets.UTF_8))
            .contains("\"Units handed over\",\"" + ruseUnitsDelivered() + "\"");

        HttpResponse<byte[]> xlsx = coordinator.download("/coordinator/impact/export.xlsx" + query + "&lang=bg");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = workbook.findSheet("summary").orElseThrow();
            var rows = summary.read();
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Предадени бройки");
            assertThat(rows.get(2).getCellAsNumber(1))
                .hasValueSatisfying(value -> assertThat(value.longValue()).isEqualTo(ruseUnitsDelivered()));
        }
    }

    @Test
    void aCoordinatorAsksOnlyForTheirProvincesAndSaneDays() {
        Browser coordinator = ruseCoordinator();

        Document otherProvince = Jsoup.parse(coordinator.get(RUSE_YEAR + "&province=VAR").body());
        assertThat(otherProvince.select("#province-error").text()).isEqualTo("Изберете някоя от вашите области.");
        assertThat(otherProvince.select("#table-summary")).isEmpty();
        assertThat(coordinator.download("/coordinator/impact/export.csv?province=VAR").statusCode()).isEqualTo(400);

        Document tooEarly = Jsoup.parse(coordinator.get("/coordinator/impact?from=1999-01-01").body());
        assertThat(tooEarly.select("#from-error").text()).startsWith("Изберете ден между 2020-01-01");
        Document backwards = Jsoup.parse(coordinator.get("/coordinator/impact?from=2025-06-01&to=2025-05-01").body());
        assertThat(backwards.select("#to-error").text()).isEqualTo("Краят на периода е преди началото му.");
        HttpResponse<String> garbage = coordinator.get("/coordinator/impact?from=" + "9".repeat(5000));
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(garbage.body()).select("#from-error")).isNotEmpty();
    }

    @Test
    void membersHaveNoDashboard() {
        Browser company = signedIn("COMPANY", "Фирма без табло", "impact-member@example.org");

        assertThat(company.get(RUSE_YEAR).statusCode()).isEqualTo(403);
        assertThat(company.download("/coordinator/impact/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void thePublicPageShowsNoSmallNumberAndNoLineOfFewCentres() {
        Document ruse = Jsoup.parse(browser().get("/impact/RSE?year=2025").body());

        assertThat(ruse.select("h1").text()).isEqualTo("Въздействие в област Русе, 2025");
        assertThat(line(ruse, "summary", "Предадени бройки").get(0).replace('\u00a0', ' '))
            .isEqualTo(whole(ruseUnitsDelivered()));
        assertThat(lineIfShown(ruse, "categories", "Правни консултации")).isEmpty();
        assertThat(ruse.select("td").eachText()).noneMatch(ImpactFlowTest::smallNumber);
        assertThat(ruse.text()).doesNotContain("Сийд Център");

        Document plovdiv = Jsoup.parse(browser().get("/impact/PDV?year=2025").body());
        assertThat(line(plovdiv, "summary", "Активни центрове")).containsExactly("< 5");
        assertThat(line(plovdiv, "summary", "Предадени бройки")).containsExactly("скрито");
        assertThat(plovdiv.select("#table-categories tbody tr")).isEmpty();
        assertThat(plovdiv.select("td").eachText()).noneMatch(ImpactFlowTest::smallNumber);
    }

    private static boolean smallNumber(String cell) {
        return cell.length() == 1 && cell.charAt(0) >= '1' && cell.charAt(0) <= '4';
    }

    @Test
    void thePublicPageRefusesAYearWithoutReportsAndFindsAProvinceByItsChoice() {
        assertThat(browser().get("/impact?year=1999").statusCode()).isEqualTo(400);
        assertThat(browser().get("/impact?year=" + (Year.now().getValue() + 1)).statusCode()).isEqualTo(400);
        assertThat(browser().get("/impact/XXX").statusCode()).isEqualTo(404);
        HttpResponse<String> chosen = browser().get("/impact?province=RSE&year=2025&lang=en");
        assertThat(chosen.uri().getPath()).isEqualTo("/impact/RSE");
        assertThat(Jsoup.parse(chosen.body()).select("h1").text()).isEqualTo("Impact in Ruse province, 2025");
    }

}
