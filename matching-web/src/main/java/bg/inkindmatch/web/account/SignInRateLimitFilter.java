package bg.inkindmatch.web.account;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits requests for sign-in links per e-mail address and per client (bucket4j token buckets), so
 * that nobody floods an inbox or probes addresses. Over the limit, the request gets 429 and a page
 * that says to wait; no link is made.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 10_000;

    private final String path;
    private final Map<String, Bucket> perAddress = lru();
    private final Map<String, Bucket> perClient = lru();
    private final int addressLimit;
    private final int clientLimit;
    private final Duration window;

    SignInRateLimitFilter(String path, int addressLimit, int clientLimit, Duration window) {
        this.path = path;
        this.addressLimit = addressLimit;
        this.clientLimit = clientLimit;
        this.window = window;
    }

    private static Map<String, Bucket> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_TRACKED;
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && path.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = MemberDetailsService.normalise(request.getParameter("username"));
        boolean clientAllowed = perClient.computeIfAbsent(request.getRemoteAddr(), k -> bucket(clientLimit)).tryConsume(1);
        boolean addressAllowed = perAddress.computeIfAbsent(address, k -> bucket(addressLimit)).tryConsume(1);
        if (clientAllowed && addressAllowed) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(window.toSeconds()));
        request.getRequestDispatcher("/sign-in/too-many").forward(request, response);
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build();
    }
}
