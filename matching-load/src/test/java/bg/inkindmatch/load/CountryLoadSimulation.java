package bg.inkindmatch.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The country's load on the packaged application (issue 14's goals): anonymous readers
 * browse the board and the API at 200 requests a second, members post at 20 posts a
 * second and answer proposals, for {@code load.seconds} seconds, with {@code load.posts}
 * open posts (5 % with free units) already in the database ({@code load.database}:
 * {@code h2} or {@code postgres}). Gatling prints every request's percentiles and each
 * goal with its verdict; after the run, the time from a save to its first proposal e-mail
 * and the application's memory are printed next to their goals.
 */
public class CountryLoadSimulation extends Simulation {

    private static final String DATABASE = System.getProperty("load.database", "h2");

    private static final int POSTS = Integer.getInteger("load.posts", 100_000);

    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));

    private static final int PROPOSALS = 20_000;

    /** How long the pages are read before the measured run (as a JIT warms up in JMH). */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("load.warm-up-seconds", 20));

    /**
     * The form {@code bin/verify} runs: a small year and a light load, where only the
     * absence of errors is a goal (the machine that builds is not the one the goals are
     * for).
     */
    private static final boolean QUICK = Boolean.getBoolean("load.quick");

    private static final double BROWSE_RATE = Double.parseDouble(System.getProperty("load.browse-rate", "200"));

    private static final double POST_RATE = Double.parseDouble(System.getProperty("load.post-rate", "20"));

    private static final double ANSWER_RATE = Double.parseDouble(System.getProperty("load.answer-rate", "5"));

    private final LoadApplication application;

    private final long memoryAtStart;

    private final Random random = new Random(14);

    private final AtomicLong titles = new AtomicLong();

    public CountryLoadSimulation() {
        try {
            application = LoadApplication.start(DATABASE, Path.of(System.getProperty("load.application")),
                    Path.of(System.getProperty("load.work", "target/load")));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            LoadData.Members members;
            try (var connection = application.connection()) {
                members = new LoadData().write(connection, POSTS, PROPOSALS);
            }
            MemberSessions sessions = new MemberSessions(application);
            List<String> centres = new ArrayList<>();
            for (String email : members.centres()) {
                centres.add(sessions.signIn(email));
            }
            List<String> companies = new ArrayList<>();
            for (String email : members.companies()) {
                companies.add(sessions.signIn(email));
            }
            new WarmUp(application, centres.get(0)).run(WARM_UP,
                    LoadData.CATEGORIES.stream().map(category -> needForm("Warm-up need", category)).toList());
            memoryAtStart = application.residentMegabytes();
            setUp(browsing().injectOpen(constantUsersPerSec(BROWSE_RATE).during(RUN)),
                    posting(centres, companies).injectOpen(constantUsersPerSec(POST_RATE).during(RUN)),
                    answering(centres).injectOpen(constantUsersPerSec(ANSWER_RATE).during(RUN)))
                .protocols(protocol())
                .assertions(QUICK ? List.of(global().failedRequests().count().is(0L))
                        : List.of(details("board").responseTime().percentile(99.0).lte(50),
                                details("api").responseTime().percentile(99.0).lte(50),
                                details("save a post").responseTime().percentile(99.0).lte(150),
                                global().failedRequests().count().is(0L)));
        }
        catch (IOException | SQLException | InterruptedException | RuntimeException e) {
            // the application must not outlive a run that could not start
            stop();
            throw new IllegalStateException("the load could not start", e);
        }
    }

    private void stop() {
        try {
            application.close();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpProtocolBuilder protocol() {
        return http.baseUrl(application.base().toString()).acceptLanguageHeader("en").disableFollowRedirect();
    }

    /** One anonymous request: a board page or an API page, of some filter. */
    private ScenarioBuilder browsing() {
        Iterator<Map<String, Object>> pages = Stream.generate(() -> Map.<String, Object>of("page", page())).iterator();
        return scenario("anonymous readers").feed(pages)
            .randomSwitch()
            .on(percent(60.0).then(exec(http("board").get("/board#{page}").check(status().is(200)))),
                    percent(40.0).then(exec(http("api").get("/api/v1/needs#{page}").check(status().is(200)))));
    }

    private String page() {
        String[] categories = { "", "consumables", "equipment.it", "venue" };
        String[] provinces = { "", "RSE", "SHU", "VAR" };
        return "?page=" + random.nextInt(5) + "&category=" + categories[random.nextInt(categories.length)]
                + "&province=" + provinces[random.nextInt(provinces.length)];
    }

    /**
     * A member posts: centres needs handed over where the year's free offers are,
     * companies offers the whole country can take; either meets posts of the year, so
     * each save has a round with something to propose.
     */
    private ScenarioBuilder posting(List<String> centres, List<String> companies) {
        Iterator<Map<String, Object>> members = Stream.generate(() -> {
            boolean centre = random.nextBoolean();
            List<String> sessions = centre ? centres : companies;
            String[] category = LoadData.CATEGORIES.get(random.nextInt(LoadData.CATEGORIES.size()));
            return Map.<String, Object>of("session", sessions.get(random.nextInt(sessions.size())), "side",
                    centre ? "needs" : "offers", "body",
                    centre ? needForm("Load need", category) : offerForm(category));
        }).iterator();
        return scenario("members posting").feed(members)
            .exec(addCookie(Cookie("SESSION", "#{session}")))
            .exec(http("post form").get("/#{side}/new")
                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("save a post").post("/#{side}")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(StringBody("#{body}&_csrf=#{csrf}"))
                .check(status().is(302)));
    }

    /** A need's form; the report counts the needs titled "Load need". */
    private String needForm(String title, String[] category) {
        return "title=" + title.replace(' ', '+') + "+" + titles.incrementAndGet() + "&description=&category="
                + category[0] + "&unit=" + category[1] + "&quantity=2&neededBy=" + LocalDate.now().plusDays(20)
                + "&urgency=NORMAL&handover=" + LoadData.OFFER_PLACES.get(random.nextInt(LoadData.OFFER_PLACES.size()))
                + "&handoverPoint=Office";
    }

    private String offerForm(String[] category) {
        return "title=Load+offer+" + titles.incrementAndGet() + "&description=&category=" + category[0] + "&unit="
                + category[1] + "&quantity=2&availableFrom=" + LocalDate.now() + "&availableUntil="
                + LocalDate.now().plusDays(60) + "&reach=COUNTRY&conditions=";
    }

    /** A centre accepts one of its waiting proposals. */
    private ScenarioBuilder answering(List<String> centres) {
        ConcurrentLinkedQueue<Map<String, Object>> proposals = new ConcurrentLinkedQueue<>(waitingProposals(centres));
        Iterator<Map<String, Object>> feeder = Stream.generate(proposals::poll).iterator();
        return scenario("centres answering").feed(feeder)
            .exec(addCookie(Cookie("SESSION", "#{session}")))
            .exec(http("proposal").get("/matches/#{match}")
                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
            .exec(http("accept").post("/matches/#{match}/accept")
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302)));
    }

    private List<Map<String, Object>> waitingProposals(List<String> centreSessions) {
        List<Map<String, Object>> proposals = new ArrayList<>();
        try (var connection = application.connection(); var select = connection.prepareStatement("""
                select m.id, o.email from match_proposal m join need n on n.id = m.need_id
                join organisation o on o.id = n.organisation_id where m.status = 'PROPOSED' order by m.id""")) {
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    String email = rows.getString(2);
                    int centre = Integer.parseInt(email.replaceAll("\\D", ""));
                    if (email.startsWith("centre-") && centre < centreSessions.size()) {
                        proposals.add(Map.of("match", rows.getLong(1), "session", centreSessions.get(centre)));
                    }
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return proposals;
    }

    @Override
    public void after() {
        try {
            new LoadReport(application, memoryAtStart).print();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        finally {
            stop();
        }
    }

}
