package bg.inkindmatch.web.post;

import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.match.MatchStatus;
import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.Inbox;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainings go the other way round: a centre offers its training on the forms of
 * violence, a company of the chamber and a hospital ask for it for their staff, and the
 * same engine, rounds, e-mails and one-click answers bring them together.
 */
class WorkplaceTrainingFlowTest extends WebFlowTest {

    private static String acceptLink(MimeMessage mail) {
        return Inbox.text(mail)
            .lines()
            .map(String::trim)
            .filter(line -> line.contains("/m/") && line.contains(".accepted."))
            .map(line -> line.substring(line.indexOf("/m/")))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void aCompanysRequestForItsStaffIsProposedTheCentresTrainingAndBothAgreeFromTheirEmails() {
        registerApproved("CENTRE", "Център Обучения", "training-centre@example.org", "RSE27");
        Browser centre = signIn("training-centre@example.org");
        centre.get("/offers/new");
        centre.post("/offers",
                PostFields.trainingOffer("Обучение: формите на насилие и цената им")
                    .with("trainingHours", "3")
                    .with("sessionSeats", "15")
                    .with("audience", "Ръководители и служители от първа линия")
                    .with("reach", "PROVINCE")
                    .form());
        assertThat(count("select count(*) from offer where title = :value", "Обучение: формите на насилие и цената им"))
            .isOne();

        registerApproved("COMPANY", "Фирма от камарата", "training-company@example.org", "RSE27");
        Browser company = signIn("training-company@example.org");
        company.get("/needs/new");
        company.post("/needs",
                PostFields.trainingRequest("Обучение за 25 служители", "RSE27")
                    .with("adaptation", "Работа на смени")
                    .form());

        awaitRounds();
        long offerId = offerTitled("Обучение: формите на насилие и цената им");
        long needId = jdbc.sql("select id from need where title = 'Обучение за 25 служители'")
            .query(Long.class)
            .single();
        Match proposed = matches.findAll()
            .stream()
            .filter(m -> m.offerId() == offerId && m.needId() == needId)
            .findFirst()
            .orElseThrow();
        assertThat(proposed.units()).isEqualTo(25);
        MimeMessage toCentre = inbox.await("training-centre@example.org", "Proposed match");
        MimeMessage toCompany = inbox.await("training-company@example.org", "Proposed match");
        assertThat(Inbox.text(toCompany))
            .contains("Обучение за 25 служители", "25",
                    "same category: Training on the forms of violence and their cost", "covers the whole need (25",
                    "both in Ruse municipality")
            .as("nothing the centre wrote")
            .doesNotContain("Обучение: формите на насилие и цената им");

        Browser anyone = browser();
        anyone.get(acceptLink(toCentre));
        anyone.post(acceptLink(toCentre), Map.of());
        anyone.get(acceptLink(toCompany));
        anyone.post(acceptLink(toCompany), Map.of());

        assertThat(matches.findById(proposed.id()).orElseThrow().status()).isEqualTo(MatchStatus.AGREED);
        textsSeen();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup
            .parse(company.get("/matches/" + proposed.id() + "?lang=en").body());
        assertThat(page.select(".training-facts dd").eachText()).containsExactly("on site", "Bulgarian", "3", "15",
                "Ръководители и служители от първа линия", "Работа на смени");
    }

    @Test
    void aHospitalRegistersAsAnInstitutionAndAsksForATrainingButNotForGoods() {
        registerApproved("INSTITUTION", "Областна болница", "training-hospital@example.org", "PVN24");
        Browser hospital = signIn("training-hospital@example.org");

        hospital.get("/needs/new?lang=en");
        hospital.post("/needs",
                PostFields.trainingRequest("Обучение за медицинския персонал", "PVN24").with("quantity", "60").form());
        hospital.get("/needs/new?lang=en");
        var refused = hospital.post("/needs",
                PostFields.need("Пакети за болницата")
                    .of("consumables.hygiene", "PACK")
                    .with("handover", "RSE27")
                    .with("handoverPoint", "Приемната")
                    .form());

        assertThat(count("select count(*) from need where title = :value", "Обучение за медицинския персонал")).isOne();
        assertThat(refused.body()).contains("Your organisation cannot ask in this category");
        assertThat(count("select count(*) from need where title = :value", "Пакети за болницата")).isZero();
    }

    @Test
    void anOnlineTrainingReachesARequestInAnotherProvinceInALanguageBothSpeak() {
        registerApproved("CENTRE", "Център онлайн", "online-centre@example.org", "RSE08");
        Browser centre = signIn("online-centre@example.org");
        centre.get("/offers/new");
        centre.post("/offers",
                PostFields.offer("Онлайн обучение за работодатели")
                    .of("workplace.supporting-staff", "SEAT")
                    .with("format", "ONLINE")
                    .with("languages", "bg")
                    .with("quantity", "40")
                    .with("availableUntil", LocalDate.now().plusDays(90).toString())
                    .with("reach", "MUNICIPALITY")
                    .form());
        registerApproved("COMPANY", "Фирма във Видин", "online-vidin@example.org", "VID09");
        Browser vidin = signIn("online-vidin@example.org");
        vidin.get("/needs/new");
        vidin.post("/needs",
                PostFields.need("Онлайн обучение за екипа във Видин")
                    .of("workplace.supporting-staff", "SEAT")
                    .with("format", "EITHER")
                    .with("languages", "bg")
                    .with("quantity", "12")
                    .with("handover", "VID09")
                    .with("handoverPoint", "Офисът на фирмата")
                    .form());
        registerApproved("COMPANY", "Фирма на английски", "online-english@example.org", "VID09");
        Browser english = signIn("online-english@example.org");
        english.get("/needs/new");
        english.post("/needs",
                PostFields.need("Обучение на английски")
                    .of("workplace.supporting-staff", "SEAT")
                    .with("format", "ONLINE")
                    .with("languages", "en")
                    .with("quantity", "8")
                    .with("handover", "VID09")
                    .with("handoverPoint", "Офисът на фирмата")
                    .form());

        awaitRounds();
        long offerId = offerTitled("Онлайн обучение за работодатели");
        assertThat(count(
                "select count(*) from match_proposal m join need n on n.id = m.need_id" + " where n.title = :value",
                "Онлайн обучение за екипа във Видин"))
            .isOne();
        assertThat(count(
                "select count(*) from match_proposal m join need n on n.id = m.need_id" + " where n.title = :value",
                "Обучение на английски"))
            .isZero();
        assertThat(matches.findAll().stream().filter(m -> m.offerId() == offerId).count()).isOne();
    }

    @Test
    void aTrainingWithoutFormatOrLanguageIsRefusedNextToTheFields() {
        registerApproved("CENTRE", "Център без формат", "no-format-centre@example.org", "RSE08");
        Browser centre = signIn("no-format-centre@example.org");
        centre.get("/offers/new?lang=en");

        var refused = centre.post("/offers",
                PostFields.offer("Обучение без формат")
                    .of("workplace.violence-awareness", "SEAT")
                    .with("availableUntil", LocalDate.now().plusDays(90).toString())
                    .form());

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.body());
        assertThat(page.select("#format-error").text()).isEqualTo("Choose the format of the training.");
        centre.get("/offers/new?lang=en");
        var tooLong = centre.post("/offers",
                PostFields.offer("Обучение без формат")
                    .of("workplace.violence-awareness", "SEAT")
                    .with("format", "ONLINE")
                    .with("languages", "bg")
                    .with("trainingHours", "99")
                    .form());
        assertThat(org.jsoup.Jsoup.parse(tooLong.body()).select("#trainingHours-error").text())
            .isEqualTo("A session lasts from 1 to 40 hours.");
        assertThat(page.select("#languages-error").text()).isEqualTo("Choose at least one language of the training.");
        assertThat(count("select count(*) from offer where title = :value", "Обучение без формат")).isZero();
    }

}
