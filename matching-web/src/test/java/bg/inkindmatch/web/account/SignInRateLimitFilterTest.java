package bg.inkindmatch.web.account;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInRateLimitFilterTest {

    private final SignInRateLimitFilter filter = new SignInRateLimitFilter("/sign-in/link", 3, 5, Duration.ofMinutes(15));

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
    void limitsOneAddressWhicheverClientAsks() throws Exception {
        assertThat(request("10.0.0.1", "a@example.org")).isEqualTo(200);
        assertThat(request("10.0.0.2", "A@example.org ")).isEqualTo(200);
        assertThat(request("10.0.0.3", "a@example.org")).isEqualTo(200);

        assertThat(request("10.0.0.4", "a@example.org")).isEqualTo(429);
        assertThat(request("10.0.0.4", "b@example.org")).isEqualTo(200);
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
