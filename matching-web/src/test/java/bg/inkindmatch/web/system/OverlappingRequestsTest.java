package bg.inkindmatch.web.system;

import bg.inkindmatch.web.support.Browser;
import bg.inkindmatch.web.support.PostFields;
import bg.inkindmatch.web.support.WebFlowTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One member's requests that overlap (two tabs, a double click) all get their answer:
 * each form sets a message for the page it redirects to, so several at once add the same
 * new attribute to the stored session, which failed the later ones with a server error
 * (seen by the load benchmark).
 */
class OverlappingRequestsTest extends WebFlowTest {

    @Test
    void overlappingFormsOfOneMemberAllAnswerWithoutAServerError() throws Exception {
        Browser company = signedIn("COMPANY", "Фирма overlap", "company-overlap@example.org");
        company.get("/offers/new");
        company.post("/offers", PostFields.offer("Оферта overlap").form());
        long offer = offerTitled("Оферта overlap");
        company.get("/offers");

        ExecutorService members = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Callable<HttpResponse<String>>> clicks = new ArrayList<>();
                String change = round % 2 == 0 ? "pause" : "resume";
                for (int click = 0; click < 8; click++) {
                    clicks.add(() -> company.post("/offers/" + offer + "/" + change, Map.of()));
                }
                for (Future<HttpResponse<String>> answer : members.invokeAll(clicks)) {
                    assertThat(answer.get().statusCode()).as(change).isEqualTo(200);
                }
            }
        }
        finally {
            members.shutdown();
        }
    }

}
