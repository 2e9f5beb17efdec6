package bg.inkindmatch.web.home;

import bg.inkindmatch.core.MatchingEngine;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(HomeController.class)
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc(addFilters = false)
class HomeControllerTest {

    @TestConfiguration
    static class Engine {

        @Bean
        MatchingEngine matchingEngine() {
            return MatchingEngine.standard();
        }

    }

    @Autowired
    private MockMvcTester mvc;

    @Test
    void theHomePageSpeaksBulgarianByDefault() {
        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyText()
            .contains("<html lang=\"bg\"")
            .contains("свързваме дарения с нужди")
            .contains("Консумативи", "Обучение", "Заетост")
            .contains("всички 28 области и 265 общини")
            .contains("Бърз изход");
    }

    @Test
    void theHomePageSpeaksEnglishOnRequestAndRemembersIt() {
        MvcTestResult english = mvc.get().uri("/?lang=en").exchange();

        assertThat(english).hasStatusOk();
        assertThat(english).bodyText()
            .contains("<html lang=\"en\"")
            .contains("gifts meet needs")
            .contains("Consumables", "Training", "Employment")
            .contains("Quick exit")
            .doesNotContain("свързваме");
        Cookie remembered = english.getResponse().getCookie("inkind-lang");
        assertThat(remembered).isNotNull();

        MvcTestResult later = mvc.get().uri("/").cookie(remembered).exchange();
        assertThat(later).bodyText().contains("gifts meet needs");
    }

    @Test
    void anUnknownLanguageFallsBackToBulgarian() {
        assertThat(mvc.get().uri("/?lang=xx-!!").exchange()).hasStatusOk().bodyText().contains("свързваме");
    }

}
