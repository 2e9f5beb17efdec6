package bg.inkindmatch.web.account;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest extends WebFlowTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsRegistered() {
        HttpResponse<String> known = requestLink(browser(), COORDINATOR);
        HttpResponse<String> unknown = requestLink(browser(), "nobody@example.org");

        assertThat(unknown.statusCode()).isEqualTo(known.statusCode()).isEqualTo(200);
        assertThat(unknown.uri().getPath()).isEqualTo(known.uri().getPath()).isEqualTo("/sign-in/sent");
        inbox.await(COORDINATOR, SIGN_IN_SUBJECT);
        assertThat(inbox.to("nobody@example.org")).isEmpty();
        clearInbox();
    }

    @Test
    void theLinkOpensAConfirmationPageAndAGetSignsNobodyIn() {
        Browser browser = browser();
        requestLink(browser, COORDINATOR);
        String link = Inbox.firstLink(inbox.await(COORDINATOR, SIGN_IN_SUBJECT));
        clearInbox();

        HttpResponse<String> page = browser.get(link);

        assertThat(page.body()).contains("name=\"token\"");
        assertThat(browser.get("/coordinator/organisations").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void aUsedLinkFails() {
        Browser first = browser();
        requestLink(first, COORDINATOR);
        String link = Inbox.firstLink(inbox.await(COORDINATOR, SIGN_IN_SUBJECT));
        clearInbox();
        signInWith(first, link);
        assertThat(first.get("/coordinator/organisations").statusCode()).isEqualTo(200);

        Browser second = browser();
        HttpResponse<String> again = signInWith(second, link);

        assertThat(again.uri().getQuery()).contains("invalid");
        assertThat(second.get("/coordinator/organisations").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void anExpiredLinkFails() {
        Browser browser = browser();
        requestLink(browser, COORDINATOR);
        String link = Inbox.firstLink(inbox.await(COORDINATOR, SIGN_IN_SUBJECT));
        clearInbox();
        String token = link.substring(link.indexOf("token=") + 6);
        jdbc.update("update one_time_tokens set expires_at = expires_at - interval '16' minute where token_value = ?",
                token);

        HttpResponse<String> answer = signInWith(browser, link);

        assertThat(answer.uri().getQuery()).contains("invalid");
    }

    @Test
    void theLinkIsValidForFifteenMinutes() {
        requestLink(browser(), COORDINATOR);
        String link = Inbox.firstLink(inbox.await(COORDINATOR, SIGN_IN_SUBJECT));
        clearInbox();
        String token = link.substring(link.indexOf("token=") + 6);

        Long minutes = jdbc.queryForObject(
                "select datediff('MINUTE', current_timestamp, expires_at) from one_time_tokens where token_value = ?",
                Long.class, token);

        assertThat(minutes).isBetween(14L, 15L);
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() {
        HttpResponse<String> answer = browser().postRaw("/sign-in/link", Map.of("username", COORDINATOR));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() {
        HttpResponse<String> home = browser().get("/");

        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline"));
    }

    @Test
    void aMemberWhoIsNotACoordinatorCannotDecideOnOrganisations() {
        Browser trader = signedIn("COMPANY", "Търговец Русе", "trader@example.org");

        assertThat(trader.get("/coordinator/organisations").statusCode()).isEqualTo(403);
        assertThat(trader.post("/coordinator/organisations/1/approve", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownPageIsA404PageNotAServerError() {
        Browser coordinator = signIn(COORDINATOR);

        HttpResponse<String> answer = coordinator.get("/no-such-page");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Страницата не е намерена");
    }

    @Test
    void aDecisionOnAnUnknownOrganisationIsA404() {
        Browser coordinator = signIn(COORDINATOR);
        coordinator.get("/coordinator/organisations");

        assertThat(coordinator.post("/coordinator/organisations/999999/approve", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void theSessionIsKeptInTheDatabaseSoARestartKeepsMembersSignedIn() {
        Browser coordinator = signIn(COORDINATOR);
        coordinator.get("/coordinator/organisations");

        Integer sessions = jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
                Integer.class, COORDINATOR);

        assertThat(sessions).isPositive();
    }

    @Test
    void theDevelopmentMailPageDoesNotExistWhenSmtpIsConfigured() {
        assertThat(browser().get("/dev/mail").statusCode()).isEqualTo(404);
    }

    @Test
    void signingOutEndsTheSession() {
        Browser coordinator = signIn(COORDINATOR);
        coordinator.get("/");

        coordinator.post("/sign-out", Map.of());

        assertThat(coordinator.get("/coordinator/organisations").uri().getPath()).isEqualTo("/sign-in");
    }

}
