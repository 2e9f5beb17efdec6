package bg.inkindmatch.web.system;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter("/sign-in/link", "username",
            new RateLimitFilter.Limits(3, 5, Duration.ofMinutes(15)), "/sign-in/too-many");

    private int request(String client, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/sign-in/link");
        request.setServletPath("/sign-in/link");
        request.setRemoteAddr(client);
        request.addParameter("username", address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void oneClientFloodingAnAddressDoesNotLockItsOwnerOut() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("10.0.0.66", "victim@example.org")).isEqualTo(200);
        }
        assertThat(request("10.0.0.66", "VICTIM@example.org ")).as("the attacker is stopped").isEqualTo(429);

        assertThat(request("10.0.0.1", "victim@example.org")).as("the owner, from her own device").isEqualTo(200);
    }

    @Test
    void limitsOneClientWhicheverAddressItAsksFor() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(request("10.0.0.9", "user" + i + "@example.org")).isEqualTo(200);
        }

        assertThat(request("10.0.0.9", "another@example.org")).isEqualTo(429);
        assertThat(request("10.0.0.10", "another@example.org")).isEqualTo(200);
    }

    @Test
    void manyClientsTogetherUseUpNobodyElsesAllowance() throws Exception {
        // 52 clients, each within its own limits, asking for 1,040 addresses: the filter
        // lets them through (what is sent is bounded per address where it is sent)
        for (int client = 0; client < 52; client++) {
            for (int i = 0; i < 5; i++) {
                request("10.0.1." + client, "unknown" + client + "-" + i + "@example.org");
            }
        }

        assertThat(request("10.0.2.1", "member@example.org")).as("a member from a fresh address").isEqualTo(200);
    }

    @Test
    void otherRequestsAreNotCounted() throws Exception {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/sign-in");
        page.setServletPath("/sign-in");
        for (int i = 0; i < 20; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(page, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

}
