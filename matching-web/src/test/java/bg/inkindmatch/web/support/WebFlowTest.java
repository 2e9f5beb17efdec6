package bg.inkindmatch.web.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import bg.inkindmatch.web.match.MatchRepository;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.post.PostTexts;
import bg.inkindmatch.web.post.Side;
import bg.inkindmatch.web.post.StoredPost;
import bg.inkindmatch.web.organisation.OrganisationService;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole flows over real HTTP against the application on a random port, with GreenMail as
 * a real SMTP server that receives the application's e-mails. The SMTP port is the test
 * JVM's own ({@code test.smtp.flows}, set per fork by the build), so that test JVMs can
 * run side by side. All flow tests share one application (and its database): each keeps
 * apart by the organisations and posts it creates, with addresses and titles of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.mail.host=localhost", "spring.mail.port=${test.smtp.flows:3025}" })
@Import(StatementCounter.class)
public abstract class WebFlowTest {

    public static final String COORDINATOR = "coordinator@inkind-match.example";

    private static final java.util.regex.Pattern CONFIRMATION_LINK = java.util.regex.Pattern
        .compile("/register/confirm/[^\\s]+");

    /** Part of the sign-in e-mail's subject in both languages. */
    public static final String SIGN_IN_SUBJECT = "InKind Match";

    @RegisterExtension
    protected static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("test.smtp.flows", 3025), null, ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
        .withPerMethodLifecycle(false);

    @LocalServerPort
    protected int port;

    @Autowired
    protected OrganisationRepository organisations;

    @Autowired
    protected OfferRepository offers;

    @Autowired
    protected NeedRepository needs;

    @Autowired
    protected MatchRepository matches;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private OrganisationService organisationService;

    @Autowired
    private PostTexts postTexts;

    protected final Inbox inbox = new Inbox(MAIL);

    /** Empties every mailbox of GreenMail. */
    protected static void clearInbox() {
        try {
            MAIL.purgeEmailFromAllMailboxes();
        }
        catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Browser browser() {
        return new Browser(port);
    }

    /** Registers an organisation in Ruse through the form, in English. */
    protected HttpResponse<String> register(Browser browser, String kind, String name, String email,
            String description) {
        return register(browser, kind, name, email, description, "RSE27");
    }

    /** Registers an organisation through the form, in English. */
    protected HttpResponse<String> register(Browser browser, String kind, String name, String email, String description,
            String municipality) {
        return register(browser, kind, name, email, description, municipality, "en");
    }

    /**
     * Registers an organisation through the form, choosing the language of its e-mails.
     */
    protected HttpResponse<String> register(Browser browser, String kind, String name, String email, String description,
            String municipality, String language) {
        browser.get("/register?lang=en");
        return browser.post("/register",
                Map.of("kind", kind, "name", name, "municipality", municipality, "description", description,
                        "contactPerson", "Мария Иванова", "email", email, "phone", "+359 82 000 000", "language",
                        language));
    }

    /**
     * Confirms a registration's address with the link of its first e-mail, as its owner
     * would (the page, then its button).
     */
    protected void confirmRegistration(String email) {
        // from the outbox: the link is there however the test's inbox was emptied since
        String link = await().atMost(Duration.ofSeconds(20))
            .until(() -> jdbc.sql("select text_body from mail_outbox where recipient = :to")
                .param("to", email)
                .query(String.class)
                .list()
                .stream()
                .map(CONFIRMATION_LINK::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(java.util.regex.Matcher::group)
                .findFirst(), Optional::isPresent)
            .orElseThrow();
        Browser owner = browser();
        assertThat(owner.get(link).statusCode()).isEqualTo(200);
        assertThat(owner.post(link, Map.of()).body()).containsAnyOf("the address is confirmed", "адресът е потвърден");
    }

    /**
     * Signs in with the link from the e-mail, as a person would; returns the signed-in
     * browser.
     */
    protected Browser signIn(String email) {
        Browser browser = browser();
        requestLink(browser, email);
        MimeMessage mail = inbox.await(email, SIGN_IN_SUBJECT);
        signInWith(browser, Inbox.firstLink(mail));
        clearInbox();
        return browser;
    }

    protected HttpResponse<String> requestLink(Browser browser, String email) {
        browser.get("/sign-in");
        return browser.post("/sign-in/link", Map.of("username", email));
    }

    protected HttpResponse<String> signInWith(Browser browser, String link) {
        HttpResponse<String> confirm = browser.get(link);
        assertThat(confirm.statusCode()).isEqualTo(200);
        String token = link.substring(link.indexOf("token=") + "token=".length());
        return browser.post("/sign-in/token", Map.of("token", token));
    }

    /**
     * Registers and approves an organisation in Ruse; the organisation may then sign in.
     */
    protected void registerApproved(String kind, String name, String email) {
        registerApproved(kind, name, email, "RSE27");
    }

    /**
     * Registers and approves an organisation with English e-mails; the organisation may
     * then sign in.
     */
    protected void registerApproved(String kind, String name, String email, String municipality) {
        registerApproved(kind, name, email, municipality, "en");
    }

    /** Registers and approves an organisation in Ruse and signs in as it. */
    protected Browser signedIn(String kind, String name, String email) {
        registerApproved(kind, name, email);
        return signIn(email);
    }

    /**
     * Registers an organisation through the form and approves it as the coordinator's
     * page does (the page itself is tested in {@code RegistrationFlowTest}); the
     * organisation may then sign in.
     */
    protected void registerApproved(String kind, String name, String email, String municipality, String language) {
        register(browser(), kind, name, email, "", municipality, language);
        long id = organisations.findByEmail(email).orElseThrow().id();
        organisationService.decide(id, OrganisationStatus.APPROVED, COORDINATOR);
        inbox.await(email, "en".equals(language) ? "approved" : "одобрена");
        clearInbox();
    }

    /**
     * Waits until no category family owes a matching round: every round that the changes
     * so far asked for has run (rounds run off the request, see {@code RoundWorker}).
     */
    protected void awaitRounds() {
        await().atMost(Duration.ofSeconds(30))
            .until(() -> jdbc.sql("select count(*) from matching_family where wanted > done")
                .query(Long.class)
                .single() == 0);
    }

    /**
     * The matches that count for the centre of the need in the fairness window (as rounds
     * read them).
     */
    protected int fairnessCountOfNeedsCentre(long needId) {
        return jdbc.sql("""
                select coalesce(sum(r.receipts), 0) from centre_receipt r
                join need n on n.organisation_id = r.centre_id where n.id = :need""")
            .param("need", needId)
            .query(Integer.class)
            .single();
    }

    /** The id of the offer with this title (titles are the tests' own). */
    protected long offerTitled(String title) {
        return offers.findAll().stream().filter(offer -> offer.title().equals(title)).findFirst().orElseThrow().id();
    }

    /**
     * An administrator invites the address as the coordinator of a province; the invited
     * person accepts through the e-mail's link and signs in.
     */
    protected Browser regionalCoordinator(String email, String province) {
        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/team");
        HttpResponse<String> invited = admin.post("/coordinator/team",
                Map.of("email", email, "role", "COORDINATOR", "provinces", province));
        assertThat(invited.uri().getQuery()).isEqualTo("invited");
        String link = Inbox.firstLink(inbox.await(email, "Покана за координатор"));
        Browser person = browser();
        assertThat(Jsoup.parse(person.get(link + "?lang=en").body()).select("main button").text())
            .isEqualTo("I accept the invitation");
        assertThat(person.post(link, Map.of()).body()).contains(email);
        clearInbox();
        return signIn(email);
    }

    /**
     * A workplace training both sides agreed: a centre's training and a company's request
     * for 25 of its staff in the municipality, accepted by both with the buttons.
     */
    protected AgreedTraining agreedTraining(String tag, String municipality) {
        String centreEmail = "training-centre-" + tag + "@example.org";
        String companyEmail = "training-company-" + tag + "@example.org";
        registerApproved("CENTRE", "Център " + tag, centreEmail, municipality);
        Browser centre = signIn(centreEmail);
        centre.get("/offers/new");
        centre.post("/offers", PostFields.trainingOffer("Обучение " + tag).form());
        registerApproved("COMPANY", "Фирма " + tag, companyEmail, municipality);
        Browser company = signIn(companyEmail);
        company.get("/needs/new");
        company.post("/needs", PostFields.trainingRequest("Обучение за екипа " + tag, municipality).form());
        awaitRounds();
        textsSeen();
        long offerId = offerTitled("Обучение " + tag);
        long matchId = matches.findAll().stream().filter(m -> m.offerId() == offerId).findFirst().orElseThrow().id();
        for (Browser side : List.of(company, centre)) {
            side.get("/matches/" + matchId);
            side.post("/matches/" + matchId + "/accept", Map.of());
        }
        clearInbox();
        return new AgreedTraining(matchId, centre, company, centreEmail, companyEmail);
    }

    /** An agreed workplace training, its sides signed in. */
    protected record AgreedTraining(long matchId, Browser centre, Browser company, String centreEmail,
            String companyEmail) {
    }

    /**
     * A fresh proposal: a centre in the municipality needs 8 sets of stationery
     * ("Тетрадки TAG"), a company there offers 8 ("Комплекти TAG"); both registered in
     * the language and signed in, the inbox cleared.
     */
    protected Proposed proposed(String tag, String municipality, String language) {
        String centreEmail = "centre-" + tag + "@example.org";
        String companyEmail = "company-" + tag + "@example.org";
        registerApproved("CENTRE", "Център " + tag, centreEmail, municipality, language);
        Browser centre = signIn(centreEmail);
        centre.get("/needs/new");
        centre.post("/needs",
                PostFields.need("Тетрадки " + tag)
                    .of("consumables.stationery", "SET")
                    .with("handover", municipality)
                    .with("quantity", "8")
                    .form());
        registerApproved("COMPANY", "Книжарница " + tag, companyEmail, municipality, language);
        Browser company = signIn(companyEmail);
        company.get("/offers/new");
        company.post("/offers",
                PostFields.offer("Комплекти " + tag)
                    .of("consumables.stationery", "SET")
                    .with("quantity", "8")
                    .with("reach", "MUNICIPALITY")
                    .form());
        awaitRounds();
        textsSeen();
        long offerId = offerTitled("Комплекти " + tag);
        long matchId = matches.findAll().stream().filter(m -> m.offerId() == offerId).findFirst().orElseThrow().id();
        clearInbox();
        return new Proposed(matchId, centre, company, centreEmail, companyEmail);
    }

    /** A proposal waiting for both answers, its sides signed in. */
    protected record Proposed(long matchId, Browser centre, Browser company, String centreEmail, String companyEmail) {
    }

    /**
     * A coordinator has seen every text that waits, and published it: for the flows that
     * are not about the review, where other organisations see the posts' texts.
     */
    protected void textsSeen() {
        jdbc.sql("select post_side, post_id from post_text_review where review_status = 'PENDING'")
            .query((rs, row) -> Map.entry(Side.valueOf(rs.getString(1)), rs.getLong(2)))
            .list()
            .forEach(waiting -> {
                Optional<? extends StoredPost> post = waiting.getKey() == Side.OFFER
                        ? offers.findById(waiting.getValue()) : needs.findById(waiting.getValue());
                post.ifPresent(
                        found -> postTexts.approve(found.side(), found.id(), PostTexts.digest(found), COORDINATOR));
            });
    }

    /** The number a count query gives for one value (bound as {@code :value}). */
    protected int count(String sql, Object value) {
        return jdbc.sql(sql).param("value", value).query(Integer.class).single();
    }

}
