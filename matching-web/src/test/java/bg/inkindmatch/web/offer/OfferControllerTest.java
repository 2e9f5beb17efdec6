package bg.inkindmatch.web.offer;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.post.CorePosts;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.post.PostPreviews;
import bg.inkindmatch.web.post.Preview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The offer controller alone: one URL serves a page or, for htmx, a fragment. */
@WebMvcTest(OfferController.class)
@Import({PostChoices.class, bg.inkindmatch.web.input.FormRecovery.class})
class OfferControllerTest {

    private static final StoredOrganisation COMPANY = new StoredOrganisation(7L, OrganisationKind.COMPANY, "Търговец", "RSE27", "",
            "Мария", "trader@example.org", "082000000", "en", OrganisationStatus.APPROVED, Instant.EPOCH, null, null,
            MailPreference.IMMEDIATE, false, 0);

    @TestConfiguration
    static class Beans {
        @Bean
        MatchingEngine matchingEngine() {
            return MatchingEngine.standard();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private OfferService offers;

    @MockitoBean
    private Members members;

    @MockitoBean
    private PostPreviews previews;

    @MockitoBean
    private CorePosts corePosts;

    @BeforeEach
    void signedInCompany() {
        given(members.current(any(), eq(OrganisationKind.COMPANY))).willReturn(COMPANY);
        given(previews.forOffer(any(), any())).willReturn(new Preview(true, 2, List.of()));
        given(corePosts.offer(any(OfferForm.class), any(), any())).willReturn(Optional.empty());
    }

    private MockMvcTester.MockMvcRequestBuilder previewRequest() {
        return mvc.post().uri("/offers/preview?lang=en").with(user("trader@example.org").roles("MEMBER", "COMPANY"))
                .with(csrf()).param("title", "Пакети").param("category", "consumables.hygiene").param("unit", "PACK")
                .param("quantity", "10").param("availableFrom", "2026-11-25").param("availableUntil", "2026-12-25")
                .param("reach", "PROVINCE");
    }

    @Test
    void theFormPageShowsEveryField() {
        MvcTestResult page = mvc.get().uri("/offers/new?lang=en").with(user("trader@example.org").roles("MEMBER", "COMPANY")).exchange();

        assertThat(page).hasStatusOk().bodyText().contains("<html", "name=\"title\"", "name=\"category\"", "name=\"unit\"",
                "name=\"quantity\"", "name=\"availableFrom\"", "name=\"availableUntil\"", "name=\"reach\"", "id=\"preview\"");
    }

    @Test
    void anHtmxPreviewGetsOnlyTheFragment() {
        MvcTestResult fragment = previewRequest().header("HX-Request", "true").exchange();

        assertThat(fragment).hasStatusOk().bodyText().contains("2 open posts match.").doesNotContain("<html");
    }

    @Test
    void aPlainPreviewGetsTheWholeFormWithWhatWasTyped() {
        MvcTestResult page = previewRequest().exchange();

        assertThat(page).hasStatusOk().bodyText().contains("<html", "2 open posts match.", "value=\"Пакети\"");
    }

    @Test
    void anInvalidOfferIsShownAgainWithMessagesAndNotSaved() {
        MvcTestResult page = mvc.post().uri("/offers?lang=en").with(user("trader@example.org").roles("MEMBER", "COMPANY"))
                .with(csrf()).param("title", "").param("quantity", "0").exchange();

        assertThat(page).hasStatusOk().bodyText().contains("id=\"title-error\"", "id=\"quantity-error\"", "id=\"category-error\"");
        verify(offers, never()).create(any(), any());
    }

    @Test
    void aValidOfferIsSavedAndTheMemberGoesToTheList() {
        MvcTestResult result = mvc.post().uri("/offers").with(user("trader@example.org").roles("MEMBER", "COMPANY"))
                .with(csrf()).param("title", "Пакети").param("description", "").param("category", "consumables.hygiene")
                .param("unit", "PACK").param("quantity", "10").param("availableFrom", "2026-11-25")
                .param("availableUntil", "2026-12-25").param("reach", "PROVINCE").param("conditions", "").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/offers");
        verify(offers).create(eq(COMPANY), any(OfferForm.class));
    }
}
