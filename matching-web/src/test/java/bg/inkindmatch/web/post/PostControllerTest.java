package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import bg.inkindmatch.web.match.MatchingProgress;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The post pages alone, for both sides: one controller serves each side's page or, for
 * htmx, a fragment; a refused form comes back with messages next to the fields and saves
 * nothing; only the side's kind of organisation may post on it.
 */
@WebMvcTest({ OfferController.class, NeedController.class })
@Import({ PostController.Parts.class, OfferSide.class, NeedSide.class, PostChoices.class, FormRecovery.class,
        bg.inkindmatch.web.system.LocaleFormats.class })
class PostControllerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static final StoredOrganisation COMPANY = organisation(7L, OrganisationKind.COMPANY);

    private static final StoredOrganisation CENTRE = organisation(8L, OrganisationKind.CENTRE);

    @TestConfiguration
    static class Beans {

        @Bean
        MatchingEngine matchingEngine() {
            return MatchingEngine.standard();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }

    }

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private PostService posts;

    @MockitoBean
    private Members members;

    @MockitoBean
    private PostPreviews previews;

    @MockitoBean
    private CorePosts corePosts;

    @MockitoBean
    private OfferRepository offers;

    @MockitoBean
    private NeedRepository needs;

    /** The list asks it whether rounds are still looking for matches. */
    @MockitoBean(name = "matchingProgress")
    private MatchingProgress matchingProgress;

    /** The header asks who is signed in; a mock answers nobody in particular. */
    @MockitoBean(name = "signedIn")
    private bg.inkindmatch.web.workspace.SignedIn signedIn;

    /** The list shows where each post's text stands; a mock knows of no review. */
    @MockitoBean(name = "postTexts")
    private PostTexts postTexts;

    @MockitoBean(name = "staleQuestions")
    private QuestionsStub staleQuestions;

    /**
     * The list asks the staleness module for its open questions by bean name; here there
     * are none.
     */
    interface QuestionsStub {

        Map<Long, Object> aboutAll(Side side, List<Long> ids);

    }

    private static StoredOrganisation organisation(long id, OrganisationKind kind) {
        return new StoredOrganisation(id, kind, "Организация " + id, "RSE27", "", "Мария",
                "member" + id + "@example.org", "082000000", null, "en", OrganisationStatus.APPROVED, Instant.EPOCH,
                null, null, MailPreference.IMMEDIATE, false, 0);
    }

    @BeforeEach
    void signedIn() {
        given(members.current(argThat(user -> user != null && user.getUsername().equals("member7@example.org"))))
            .willReturn(COMPANY);
        given(members.current(argThat(user -> user != null && user.getUsername().equals("member8@example.org"))))
            .willReturn(CENTRE);
        given(previews.of(any(), any(), any(), any())).willReturn(new Preview(true, 2, List.of()));
        given(staleQuestions.aboutAll(any(), any())).willReturn(Map.of());
    }

    private static RequestPostProcessor member(Side side) {
        return side == Side.OFFER ? user("member7@example.org").roles("MEMBER", "COMPANY")
                : user("member8@example.org").roles("MEMBER", "CENTRE");
    }

    private static Map<String, String> validFields(Side side) {
        return side == Side.OFFER
                ? Map.of("title", "Пакети", "category", "consumables.hygiene", "unit", "PACK", "quantity", "10",
                        "availableFrom", "2026-11-25", "availableUntil", "2026-12-25", "reach", "PROVINCE")
                : Map.of("title", "Пакети", "category", "consumables.hygiene", "unit", "PACK", "quantity", "10",
                        "neededBy", "2026-12-25", "urgency", "HIGH", "handover", "RSE27", "handoverPoint", "Общината");
    }

    private MockMvcTester.MockMvcRequestBuilder post(Side side, String path, Map<String, String> fields) {
        return postAs(member(side), "/" + side.path() + path, fields);
    }

    /** A form sent to the address by the member, in English. */
    private MockMvcTester.MockMvcRequestBuilder postAs(RequestPostProcessor member, String path,
            Map<String, String> fields) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.post().uri(path + "?lang=en").with(member).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Document html(MvcTestResult result) {
        return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void theFormPageShowsTheSharedAndTheSidesOwnFields(Side side) {
        Document page = html(mvc.get().uri("/" + side.path() + "/new?lang=en").with(member(side)).exchange());

        List<String> own = side == Side.OFFER ? List.of("availableFrom", "availableUntil", "reach", "conditions")
                : List.of("neededBy", "urgency", "handover", "handoverPoint");
        for (String field : concat(List.of("title", "description", "category", "unit", "quantity"), own)) {
            assertThat(page.select("[name=" + field + "]")).as(field).isNotEmpty();
        }
        assertThat(page.select("form.form").attr("action")).isEqualTo("/" + side.path());
        assertThat(page.select("#preview").attr("hx-post")).isEqualTo("/" + side.path() + "/preview");
    }

    @Test
    void aNewNeedIsHandedOverInTheCentresOwnMunicipalityByDefault() {
        Document page = html(mvc.get().uri("/needs/new?lang=en").with(member(Side.NEED)).exchange());

        assertThat(page.select("#handover option[selected]").attr("value")).isEqualTo("RSE27");
        assertThat(page.select("#neededBy").val()).isEqualTo(TODAY.plusDays(30).toString());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void anHtmxPreviewGetsOnlyTheFragmentAndAPlainOneTheWholeForm(Side side) {
        MvcTestResult fragment = post(side, "/preview", validFields(side)).header("HX-Request", "true").exchange();
        MvcTestResult page = post(side, "/preview", validFields(side)).exchange();

        assertThat(fragment).hasStatusOk().bodyText().contains("2 open posts match.").doesNotContain("<html");
        assertThat(page).hasStatusOk().bodyText().contains("<html", "2 open posts match.");
        assertThat(html(page).select("#title").val()).isEqualTo("Пакети");
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aRefusedPostIsShownAgainWithMessagesNextToTheFieldsAndNothingIsSaved(Side side) {
        Document page = html(post(side, "", Map.of("title", "", "quantity", "0")).exchange());

        assertThat(page.select("#title-error").text()).isNotBlank();
        assertThat(page.select("#quantity-error").text()).isNotBlank();
        assertThat(page.select("#category-error").text()).isNotBlank();
        verify(posts, never()).create(any(), any(), any());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aLetterInTheQuantityIsAMessageNotAnError(Side side) {
        Map<String, String> fields = new HashMap<>(validFields(side));
        fields.put("quantity", "десет");

        Document page = html(post(side, "", fields).exchange());

        assertThat(page.select("#quantity-error").text()).isNotBlank();
        assertThat(page.select("#title").val()).isEqualTo("Пакети");
        verify(posts, never()).create(any(), any(), any());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void aValidPostIsSavedForTheMembersOrganisationAndTheMemberGoesToTheList(Side side) {
        MvcTestResult result = post(side, "", validFields(side)).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/" + side.path());
        Class<?> form = side == Side.OFFER ? OfferForm.class : NeedForm.class;
        verify(posts).create(any(), eq(side == Side.OFFER ? COMPANY : CENTRE),
                argThat(typed -> form.isInstance(typed)));
    }

    @Test
    void aCompanyCannotAskForWhatGoesToCentresAndIsToldNextToTheCategory() {
        MvcTestResult result = postAs(member(Side.OFFER), "/needs", validFields(Side.NEED)).exchange();

        assertThat(result).hasStatusOk();
        Document page = html(result);
        assertThat(page.select("#category-error").text()).startsWith("Your organisation cannot ask in this category");
        assertThat(page.select("#category option").eachAttr("value")).contains("workplace.violence-awareness")
            .doesNotContain("consumables.hygiene");
        verify(posts, never()).create(any(), any(), any());
    }

    @Test
    void aCentreOffersAWorkplaceTrainingButNoGoods() {
        Map<String, String> training = new HashMap<>(validFields(Side.OFFER));
        training.putAll(Map.of("title", "Обучение за формите на насилие", "category", "workplace.violence-awareness",
                "unit", "SEAT", "quantity", "25", "format", "ONLINE", "languages", "bg"));
        assertThat(postAs(member(Side.NEED), "/offers", training).exchange()).hasStatus3xxRedirection();
        verify(posts).create(any(), eq(CENTRE), any());

        MvcTestResult goods = postAs(member(Side.NEED), "/offers", validFields(Side.OFFER)).exchange();
        assertThat(goods).hasStatusOk();
        assertThat(html(goods).select("#category-error").text())
            .startsWith("Your organisation cannot offer in this category");
    }

    @Test
    void theListShowsOnlyTheChangesTheStateAllows() {
        StoredOffer open = offer(1L, PostStatus.OPEN);
        StoredOffer paused = offer(2L, PostStatus.PAUSED);
        StoredOffer withdrawn = offer(3L, PostStatus.WITHDRAWN);
        given(posts.of(any(), eq(COMPANY))).willReturn(List.of(open, paused, withdrawn));

        Document page = html(mvc.get().uri("/offers?lang=en").with(member(Side.OFFER)).exchange());

        assertThat(page.select("#offer-1 form").eachAttr("action")).containsExactly("/offers/1/pause",
                "/offers/1/withdraw");
        assertThat(page.select("#offer-2 form").eachAttr("action")).containsExactly("/offers/2/resume",
                "/offers/2/withdraw");
        assertThat(page.select("#offer-3 form")).isEmpty();
        assertThat(page.select("#offer-3 a[href$=/edit]")).isEmpty();
    }

    @Test
    void aWithdrawnPostCannotBeEdited() {
        given(posts.find(any(), eq(COMPANY), anyLong())).willReturn(offer(3L, PostStatus.WITHDRAWN));

        MvcTestResult form = mvc.get().uri("/offers/3/edit").with(member(Side.OFFER)).exchange();
        MvcTestResult save = post(Side.OFFER, "/3", validFields(Side.OFFER)).exchange();

        assertThat(form).hasStatus3xxRedirection().hasRedirectedUrl("/offers");
        assertThat(save).hasStatus3xxRedirection().hasRedirectedUrl("/offers");
        verify(posts, never()).update(any(), any(), anyLong(), any());
    }

    @Test
    void anUnknownChangeIsNotFound() {
        MvcTestResult result = post(Side.OFFER, "/1/explode", Map.of()).exchange();

        assertThat(result).hasStatus(404);
    }

    private static StoredOffer offer(long id, PostStatus status) {
        return new StoredOffer(id, COMPANY.id(), "Пакети " + id, "", "consumables.hygiene", Unit.PACK, 10, 10, TODAY,
                TODAY.plusDays(30), "RSE27", Reach.PROVINCE, "", status, Instant.EPOCH, Instant.EPOCH, 0, null, null,
                null, null, null);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

}
