package bg.inkindmatch.web.fuzz;

import bg.inkindmatch.web.privacy.PersonalData;
import bg.inkindmatch.web.support.Browser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Thousands of generated forms posted to every form endpoint of the running application,
 * as an anonymous visitor and as members of each kind. Whatever is sent: no answer is a
 * 5xx, every answer comes within {@link #MAX_ANSWER}, the database stays consistent and
 * holds nothing the forms refuse, a matching round still proposes for a fresh valid pair,
 * and the application restarts on the same database. The normal test run tries
 * {@code jqwik.tries.default} requests per property (see
 * {@code junit-platform.properties}); {@code -Pfuzz} runs it long.
 */
class FormFuzzTest {

    /**
     * Generous for a shared 2-core CI machine: the hostile requests of the hardening
     * issue took 18-120 s.
     */
    private static final Duration MAX_ANSWER = Duration.ofSeconds(5);

    private static FuzzedApplication application;

    private static FuzzedApplication.Member company;

    private static FuzzedApplication.Member centre;

    private static FuzzedApplication.Member coordinator;

    private static LocalDate started;

    /** One generated request: method, path and form fields. */
    record Request(String method, String path, Map<String, String> fields) {

        @Override
        public String toString() {
            Map<String, String> shown = new HashMap<>();
            fields.forEach((name, value) -> shown.put(name,
                    value.length() > 80 ? value.substring(0, 80) + "…(" + value.length() + ")" : value));
            return method + " " + path + " " + shown;
        }
    }

    @BeforeContainer
    static void startTheApplication() {
        application = new FuzzedApplication();
        started = LocalDate.now();
        company = application.member("COMPANY", "fuzz-company@fuzz.example", "RSE27");
        centre = application.member("CENTRE", "fuzz-centre@fuzz.example", "RSE27");
        coordinator = application.signIn("coordinator@inkind-match.example");
    }

    @AfterContainer
    static void stopTheApplication() {
        System.out.println("Fuzz figures: " + application.figures());
        application.close();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> withCsrf(Map<String, String> fields, String csrf) {
        Map<String, String> sent = new HashMap<>(fields);
        sent.put("_csrf", csrf);
        return sent;
    }

    private static void answersWell(Browser browser, Request request) {
        long start = System.nanoTime();
        int status = application.send(browser, request.method(), request.path(), request.fields());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(status).as("status of %s", request).isLessThan(500);
        assertThat(took).as("time of %s", request).isLessThan(MAX_ANSWER);
    }

    @Provide
    Arbitrary<Request> anonymousRequests() {
        return Arbitraries.oneOf(
                FuzzInputs.form(FuzzInputs.registrationFields()).map(form -> new Request("POST", "/register", form)),
                FuzzInputs.text()
                    .map(address -> new Request("POST", "/sign-in/link",
                            FuzzInputs.MISSING.equals(address) ? Map.of() : Map.of("username", address))),
                FuzzInputs.token().map(token -> new Request("POST", "/sign-in/token", Map.of("token", token))),
                FuzzInputs.form(FuzzInputs.boardFields()).map(form -> new Request("GET", "/board", form)),
                FuzzInputs.form(FuzzInputs.boardFields()).map(form -> new Request("GET", "/api/v1/needs", form)),
                FuzzInputs.form(FuzzInputs.boardFields()).map(form -> new Request("GET", "/api/v1/offers", form)),
                FuzzInputs.form(Map.of("q", FuzzInputs.text(), "handover", FuzzInputs.municipality()))
                    .map(form -> new Request("GET", "/places/municipalities", form)),
                FuzzInputs.form(Map.of("category", FuzzInputs.category(), "unit", FuzzInputs.unit()))
                    .map(form -> new Request("GET", "/posts/units", form)),
                Combinators
                    .combine(Arbitraries.of("/m/", "/e/", "/still/"), FuzzInputs.token(), Arbitraries.of("GET", "POST"),
                            Arbitraries.of("", "/stop"))
                    .as((prefix, token, method, suffix) -> new Request(method,
                            prefix + segment(token) + ("/e/".equals(prefix) ? suffix : ""),
                            Map.of("mailPreference", "NONE"))));
    }

    @Property
    void anAnonymousVisitorCannotBreakAnything(@ForAll("anonymousRequests") Request request) {
        Browser anonymous = new Browser(application.port());
        Request withToken = request;
        if ("POST".equals(request.method())) {
            anonymous.get("/sign-in");
            withToken = new Request("POST", request.path(),
                    withCsrf(request.fields(), anonymous.csrfToken().orElse("")));
        }
        answersWell(anonymous, withToken);
    }

    @Provide
    Arbitrary<Request> companyRequests() {
        return Arbitraries.oneOf(
                FuzzInputs.form(FuzzInputs.offerFields()).map(form -> new Request("POST", "/offers", form)),
                FuzzInputs.form(FuzzInputs.offerFields()).map(form -> new Request("POST", "/offers/preview", form)),
                Combinators.combine(FuzzInputs.id(), FuzzInputs.form(FuzzInputs.offerFields()))
                    .as((id, form) -> new Request("POST", "/offers/" + segment(id), form)),
                Combinators.combine(FuzzInputs.id(), FuzzInputs.oneOf("pause", "resume", "withdraw"))
                    .as((id, change) -> new Request("POST", "/offers/" + segment(id) + "/" + segment(change),
                            Map.of())),
                FuzzInputs.id().map(id -> new Request("GET", "/offers/" + segment(id) + "/edit", Map.of())),
                matchAnswers(), settings());
    }

    @Property
    void aCompanyCannotBreakAnything(@ForAll("companyRequests") Request request) {
        answersWell(company.browser(), withToken(request, company));
    }

    @Provide
    Arbitrary<Request> centreRequests() {
        return Arbitraries.oneOf(
                FuzzInputs.form(FuzzInputs.needFields()).map(form -> new Request("POST", "/needs", form)),
                FuzzInputs.form(FuzzInputs.needFields()).map(form -> new Request("POST", "/needs/preview", form)),
                Combinators.combine(FuzzInputs.id(), FuzzInputs.form(FuzzInputs.needFields()))
                    .as((id, form) -> new Request("POST", "/needs/" + segment(id), form)),
                Combinators.combine(FuzzInputs.id(), FuzzInputs.oneOf("pause", "resume", "withdraw"))
                    .as((id, change) -> new Request("POST", "/needs/" + segment(id) + "/" + segment(change), Map.of())),
                FuzzInputs.id().map(id -> new Request("GET", "/needs/" + segment(id) + "/edit", Map.of())),
                matchAnswers(), settings());
    }

    @Property
    void aCentreCannotBreakAnything(@ForAll("centreRequests") Request request) {
        answersWell(centre.browser(), withToken(request, centre));
    }

    @Provide
    Arbitrary<Request> coordinatorRequests() {
        return Arbitraries.oneOf(
                Combinators.combine(FuzzInputs.id(), Arbitraries.of("approve", "reject"))
                    .as((id, decision) -> new Request("POST",
                            "/coordinator/organisations/" + segment(id) + "/" + decision, Map.of())),
                FuzzInputs.id().map(id -> new Request("GET", "/coordinator/matches/" + segment(id), Map.of())),
                Arbitraries.of("/coordinator/posts", "/coordinator/matches", "/coordinator/organisations")
                    .map(path -> new Request("GET", path, Map.of())));
    }

    @Property(tries = 100)
    void theCoordinatorCannotBreakAnything(@ForAll("coordinatorRequests") Request request) {
        answersWell(coordinator.browser(), withToken(request, coordinator));
    }

    private static Arbitrary<Request> matchAnswers() {
        return Combinators.combine(FuzzInputs.id(), Arbitraries.of("accept", "decline", "delivered"))
            .as((id, answer) -> new Request("POST", "/matches/" + segment(id) + "/" + answer, Map.of()));
    }

    private static Arbitrary<Request> settings() {
        return FuzzInputs.form(Map.of("mailPreference", FuzzInputs.oneOf("IMMEDIATE", "DAILY", "NONE"),
                "proposalsPaused", FuzzInputs.oneOf("true", "false")))
            .map(form -> new Request("POST", "/settings", form));
    }

    private static Request withToken(Request request, FuzzedApplication.Member member) {
        return "POST".equals(request.method())
                ? new Request("POST", request.path(), withCsrf(request.fields(), member.csrf())) : request;
    }

    /**
     * After every property: the database is consistent and holds nothing that the forms
     * refuse.
     */
    @AfterProperty
    void theDatabaseStaysConsistent() {
        var jdbc = application.jdbc();
        for (String table : List.of("offer", "need")) {
            String column = "offer".equals(table) ? "offer_id" : "need_id";
            List<String> wrong = jdbc
                .sql("select p.id from " + table + " p where p.total - p.remaining <> coalesce(("
                        + "select sum(m.units) from match_proposal m where m." + column + " = p.id"
                        + " and m.status in ('PROPOSED', 'AGREED', 'DELIVERED')), 0)")
                .query(String.class)
                .list();
            assertThat(wrong).as("%s whose taken units differ from their matches", table).isEmpty();
        }
        LocalDate earliest = started.minusYears(1);
        LocalDate latest = started.plusYears(3).plusDays(1);
        // every offer but the old-version row that the restart example plants on purpose
        jdbc.sql(
                "select title, description, conditions, available_from, available_until from offer where title <> 'Стар ред'")
            .query((rs, row) -> {
                assertThat(rs.getDate(4).toLocalDate()).isBetween(earliest, latest);
                assertThat(rs.getDate(5).toLocalDate()).isBetween(earliest, latest);
                for (int column = 1; column <= 3; column++) {
                    assertThat(PersonalData.find(rs.getString(column))).as("offer text %s", rs.getString(column))
                        .isEmpty();
                }
                return row;
            })
            .list();
        jdbc.sql("select title, description, handover_point, needed_by from need").query((rs, row) -> {
            assertThat(rs.getDate(4).toLocalDate()).isBetween(earliest, latest);
            for (int column = 1; column <= 3; column++) {
                assertThat(PersonalData.find(rs.getString(column))).as("need text %s", rs.getString(column)).isEmpty();
            }
            return row;
        }).list();
    }

    @Example
    void afterTheFuzzAFreshPairIsStillProposedAndTheApplicationRestartsOnTheSameDatabase() {
        companyRequests().sampleStream()
            .limit(100)
            .forEach(request -> answersWell(company.browser(), withToken(request, company)));
        centreRequests().sampleStream()
            .limit(100)
            .forEach(request -> answersWell(centre.browser(), withToken(request, centre)));
        proposesForAFreshPair("Свежа двойка");
        // a row as an older version could store it: dates no form accepts; start-up must
        // not trip over it
        application.jdbc()
            .sql("""
                    insert into offer (organisation_id, title, description, category, unit, total, remaining, available_from,
                        available_until, origin, reach, conditions, status, created_at, updated_at)
                    select id, 'Стар ред', '', 'venue.room', 'HOUR', 5, 5, date '1900-01-01', date '2999-12-31', 'RSE27',
                        'COUNTRY', '', 'OPEN', current_timestamp, current_timestamp
                    from organisation where email = 'fuzz-company@fuzz.example'""")
            .update();

        application.stop();
        application.start();

        assertThat(new Browser(application.port()).get("/board").statusCode()).isEqualTo(200);
        company = application.signIn("fuzz-company@fuzz.example");
        centre = application.signIn("fuzz-centre@fuzz.example");
        coordinator = application.signIn("coordinator@inkind-match.example");
        proposesForAFreshPair("След рестарт");
    }

    /**
     * A valid need and a valid offer that fit each other: a round proposes a match for
     * one of them.
     */
    private static void proposesForAFreshPair(String title) {
        String today = LocalDate.now().toString();
        // the fuzzed coordinator may have rejected the two organisations: approve them
        // again
        for (long id : application.jdbc()
            .sql("select id from organisation where email like '%@fuzz.example' and email like 'fuzz-%'")
            .query(Long.class)
            .list()) {
            coordinator.browser().get("/coordinator/organisations");
            coordinator.browser().post("/coordinator/organisations/" + id + "/approve", Map.of());
        }
        // a rejection signed them out at their next request, as it does every member
        company = application.signIn("fuzz-company@fuzz.example");
        centre = application.signIn("fuzz-centre@fuzz.example");
        for (FuzzedApplication.Member member : List.of(centre, company)) {
            // the fuzz may have paused incoming proposals: take part again, as a member
            // would
            member.browser().get("/settings");
            member.browser().post("/settings", Map.of("mailPreference", "IMMEDIATE"));
        }
        centre.browser().get("/needs/new");
        centre.browser()
            .post("/needs",
                    Map.of("title", title, "description", "", "category", "venue.room", "unit", "HOUR", "quantity", "3",
                            "neededBy", LocalDate.now().plusDays(10).toString(), "urgency", "CRITICAL", "handover",
                            "RSE27", "handoverPoint", "Търговската камара"));
        company.browser().get("/offers/new");
        company.browser()
            .post("/offers",
                    Map.of("title", title, "description", "", "category", "venue.room", "unit", "HOUR", "quantity", "3",
                            "availableFrom", today, "availableUntil", LocalDate.now().plusDays(20).toString(), "reach",
                            "MUNICIPALITY", "conditions", ""));
        var jdbc = application.jdbc();
        // rounds run off the request: the proposal comes within moments of the save
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            int proposed = jdbc.sql("""
                    select count(*) from match_proposal m join offer o on o.id = m.offer_id
                    join need n on n.id = m.need_id where o.title = :title or n.title = :title""")
                .param("title", title)
                .query(Integer.class)
                .single();
            assertThat(proposed).as("proposals for the fresh pair '%s'", title).isPositive();
        });
    }

}
