package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.jsoup.Jsoup;
import bg.inkindmatch.web.system.InKindProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator invites a regional coordinator for Ruse province by e-mail; the
 * coordinator accepts, signs in and sees, approves and opens what is in Ruse province
 * only: every coordinator address refuses what lies elsewhere.
 */
class RegionalCoordinatorFlowTest extends WebFlowTest {

    @Autowired
    private Coordinators coordinatorsBean;

    private static final String TO_APPROVE_SUBJECT = "Нова организация чака одобрение";

    private Browser acceptedCoordinator(String lead) {
        return regionalCoordinator(lead, "RSE");
    }

    /** Accepted coordinators of the address. */
    private int coordinatorsNamed(String email) {
        return count("select count(*) from coordinator where email = :value and accepted_at is not null", email);
    }

    private StoredOrganisation organisation(String email) {
        return organisations.findByEmail(email).orElseThrow();
    }

    @Test
    void aRegionalCoordinatorApprovesAndSeesOnlyTheirProvince() {
        String address = "ruse-lead@example.org";
        Browser lead = acceptedCoordinator(address);
        register(browser(), "COMPANY", "Фирма в Русе за координатора", "ruse-firm@example.org", "", "RSE27");
        register(browser(), "CENTRE", "Център във Варна за координатора", "varna-centre@example.org", "", "VAR06");
        long ruse = organisation("ruse-firm@example.org").id();
        long varna = organisation("varna-centre@example.org").id();
        confirmRegistration("ruse-firm@example.org");
        confirmRegistration("varna-centre@example.org");

        // the Ruse registration is announced to the Ruse coordinator, the Varna one is
        // not
        await().atMost(Duration.ofSeconds(20)).until(() -> !inbox.to(COORDINATOR).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> !inbox.to(address).isEmpty());
        assertThat(inbox.to(address)).hasSize(1);
        assertThat(Inbox.subject(inbox.to(address).get(0))).contains(TO_APPROVE_SUBJECT);

        String page = lead.get("/coordinator/organisations").body();
        assertThat(page).contains("Фирма в Русе за координатора").doesNotContain("Център във Варна за координатора");
        assertThat(lead.post("/coordinator/organisations/" + varna + "/approve", Map.of()).statusCode()).isEqualTo(404);
        assertThat(organisation("varna-centre@example.org").status()).isEqualTo(OrganisationStatus.PENDING);
        lead.post("/coordinator/organisations/" + ruse + "/approve", Map.of());
        assertThat(organisation("ruse-firm@example.org").status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(lead.get("/coordinator/team").statusCode()).isEqualTo(403);
    }

    @Test
    void postsAndMatchesOfAnotherProvinceAreNotFound() {
        registerApproved("COMPANY", "Варненска фирма за скоуп", "varna-scope-company@example.org", "VAR06");
        Browser company = signIn("varna-scope-company@example.org");
        company.get("/offers/new");
        company.post("/offers", PostFields.offer("Столове за скоуп").of("equipment.furniture", "PCS").form());
        registerApproved("CENTRE", "Варненски център за скоуп", "varna-scope-centre@example.org", "VAR06");
        Browser centre = signIn("varna-scope-centre@example.org");
        centre.get("/needs/new");
        centre.post("/needs",
                PostFields.need("Столове във Варна").of("equipment.furniture", "PCS").with("handover", "VAR06").form());
        awaitRounds();
        long offer = offerTitled("Столове за скоуп");
        Match varnaMatch = matches.findAll().stream().filter(m -> m.offerId() == offer).findFirst().orElseThrow();
        Browser lead = acceptedCoordinator("ruse-scope-lead@example.org");

        assertThat(lead.get("/coordinator/posts").body()).doesNotContain("Столове за скоуп", "Столове във Варна");
        assertThat(lead.get("/coordinator/matches").body()).doesNotContain("Столове за скоуп");
        assertThat(lead.get("/coordinator/matches/" + varnaMatch.id()).statusCode()).isEqualTo(404);
        Browser admin = signIn(COORDINATOR);
        assertThat(admin.get("/coordinator/matches/" + varnaMatch.id()).statusCode()).isEqualTo(200);
        assertThat(admin.get("/coordinator/posts").body()).contains("Столове за скоуп", "Столове във Варна");
    }

    @Test
    void aChangedLinkInvitesNobodyAndRemovedCoordinatorsLoseAccessAtOnce() {
        String address = "ruse-removed-lead@example.org";
        Browser lead = acceptedCoordinator(address);
        assertThat(lead.get("/coordinator/organisations").statusCode()).isEqualTo(200);

        Browser admin = signIn(COORDINATOR);
        String team = admin.get("/coordinator/team").body();
        String id = Jsoup.parse(team)
            .select("tr[id^=coordinator-]")
            .stream()
            .filter(row -> row.text().contains(address))
            .findFirst()
            .orElseThrow()
            .id()
            .substring("coordinator-".length());
        admin.post("/coordinator/team/" + id + "/remove", Map.of());

        assertThat(lead.get("/coordinator/organisations").uri().getPath()).isEqualTo("/sign-in");
        admin.post("/coordinator/team", Map.of("email", "forged@example.org", "role", "ADMIN"));
        String link = Inbox.firstLink(inbox.await("forged@example.org", "Покана за координатор"));
        Browser forger = browser();
        assertThat(forger.get(link + "x?lang=en").body()).contains("The invitation cannot be used");
        forger.get(link);
        assertThat(forger.post(link.replace("invite.", "invite.9"), Map.of()).body())
            .contains("The invitation cannot be used");
        assertThat(coordinatorsNamed("forged@example.org")).isZero();
    }

    /** The id of the address's row on the administrators' team page. */
    private static String teamRow(Browser admin, String address) {
        return Jsoup.parse(admin.get("/coordinator/team").body())
            .select("tr[id^=coordinator-]")
            .stream()
            .filter(row -> row.text().contains(address))
            .findFirst()
            .orElseThrow()
            .id()
            .substring("coordinator-".length());
    }

    /** An administrator invited by the bootstrap one, accepted and signed in. */
    private Browser invitedAdministrator(String address) {
        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/team");
        admin.post("/coordinator/team", Map.of("email", address, "role", "ADMIN"));
        String link = Inbox.firstLink(inbox.await(address, "Покана за координатор"));
        Browser person = browser();
        person.get(link);
        person.post(link, Map.of());
        clearInbox();
        return signIn(address);
    }

    @Test
    void aRemovedAdministratorIsSignedOutAtTheNextRequestAndCannotInviteAnybodyOrThemselves() {
        String address = "removed-admin@example.org";
        Browser removed = invitedAdministrator(address);
        assertThat(removed.get("/coordinator/team").statusCode()).isEqualTo(200);

        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/team");
        admin.post("/coordinator/team/" + teamRow(admin, address) + "/remove", Map.of());

        // the removed administrator's team page is still open: its form is sent
        HttpResponse<String> invite = removed.post("/coordinator/team",
                Map.of("email", "accomplice@example.org", "role", "ADMIN"));
        assertThat(invite.uri().getPath()).isEqualTo("/sign-in");
        assertThat(count("select count(*) from coordinator where email = :value", "accomplice@example.org")).isZero();
        assertThat(removed.get("/coordinator/team").uri().getPath()).isEqualTo("/sign-in");
        assertThat(removed.get("/my").uri().getPath()).isEqualTo("/sign-in");
        assertThat(coordinatorsNamed(address)).isZero();
    }

    @Test
    void anInvitationIsAcceptedOnlyByTheAddressItWasSentTo() {
        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/team");
        admin.post("/coordinator/team", Map.of("email", "invited-elsewhere@example.org", "role", "ADMIN"));
        String link = Inbox.firstLink(inbox.await("invited-elsewhere@example.org", "Покана за координатор"));

        Browser member = signedIn("COMPANY", "Фирма с чужда покана", "holder-of-link@example.org");
        assertThat(member.get(link + "?lang=en").body()).contains("The invitation is for another address");
        member.get("/my");
        assertThat(member.post(link, Map.of()).body()).contains("The invitation is for another address");
        assertThat(coordinatorsNamed("invited-elsewhere@example.org")).isZero();
        assertThat(member.get("/coordinator/organisations").statusCode()).isEqualTo(403);
    }

    @Test
    void aRejectedOrganisationsMemberIsSignedOutAtTheNextRequest() {
        Browser centre = signedIn("CENTRE", "Център спрян", "suspended-centre@example.org");
        assertThat(centre.get("/needs").statusCode()).isEqualTo(200);

        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/organisations");
        admin.post("/coordinator/organisations/" + organisation("suspended-centre@example.org").id() + "/reject",
                Map.of());

        assertThat(centre.get("/needs").uri().getPath()).isEqualTo("/sign-in");
        assertThat(centre.get("/needs/new").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void aCoordinatorGivenAnotherProvinceSeesTheNewOneAtTheNextRequest() {
        String address = "rescoped-lead@example.org";
        Browser lead = regionalCoordinator(address, "RSE");
        registerApproved("CENTRE", "Център във Велико Търново", "rescoped-vtr@example.org", "VTR04");
        assertThat(lead.get("/coordinator/organisations").body()).doesNotContain("Център във Велико Търново");

        Browser admin = signIn(COORDINATOR);
        admin.get("/coordinator/team");
        admin.post("/coordinator/team/" + teamRow(admin, address) + "/provinces", Map.of("provinces", "VTR"));

        assertThat(lead.get("/coordinator/organisations").body()).contains("Център във Велико Търново");
    }

    @Test
    void theLastAdministratorCannotBeRemoved() {
        // the configuration's administrators can never be removed; without them (an
        // operator who emptied the list after inviting the real ones) the invited
        // administrators are the only ones
        InKindProperties p = coordinatorsBean.properties();
        Coordinators withoutBootstrap = new Coordinators(coordinatorsBean.coordinators(),
                new InKindProperties(p.baseUrl(), List.of(), p.zone(), p.demo(), p.mail(), p.signIn(), p.registration(),
                        p.matching(), p.staleness(), p.help()),
                coordinatorsBean.signer(), coordinatorsBean.mailer(), coordinatorsBean.engine(),
                coordinatorsBean.clock(), coordinatorsBean.transaction());
        invitedAdministrator("first-admin@example.org");
        invitedAdministrator("second-admin@example.org");
        List<StoredCoordinator> administrators = withoutBootstrap.all()
            .stream()
            .filter(StoredCoordinator::isAccepted)
            .filter(c -> c.role() == CoordinatorRole.ADMIN)
            .toList();
        for (StoredCoordinator other : administrators.subList(0, administrators.size() - 1)) {
            assertThat(withoutBootstrap.remove(other.id())).as(other.email()).isTrue();
        }
        StoredCoordinator last = administrators.get(administrators.size() - 1);

        assertThat(withoutBootstrap.remove(last.id())).isFalse();
        assertThat(coordinatorsNamed(last.email())).isEqualTo(1);
        assertThat(coordinatorsBean.remove(last.id())).as("with the configuration's administrator").isTrue();
    }

}
