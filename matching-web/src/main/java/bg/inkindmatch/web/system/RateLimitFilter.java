package bg.inkindmatch.web.system;

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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Limits the POSTs to one path that send an e-mail to an address named in the request
 * (sign-in links, registrations), with bucket4j token buckets: per client and address
 * together, and per client. No bucket belongs to an address alone and none is shared by
 * every client, so nobody can use up an allowance of somebody else (an address's owner,
 * or everybody at once) and lock them out: a flood stops only the clients that send it.
 * What reaches an address is bounded where it is sent (at most a few sign-in links per
 * address in a window, one registration e-mail per address). Over a limit the request
 * gets 429 and a page that says to wait.
 *
 * <p>
 * The client is the request's remote address: behind a reverse proxy, configure
 * {@code server.forward-headers-strategy} so that it is the address the proxy saw.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 10_000;

    private static final int MAX_ADDRESS = 254;

    private final String path;

    private final String addressParameter;

    private final Limits limits;

    private final String tooManyPage;

    private final Map<String, Bucket> perAddressAndClient = lru();

    private final Map<String, Bucket> perClient = lru();

    /**
     * How many requests each bucket allows in its window.
     *
     * @param perAddressAndClient one client asking for one address
     * @param perClient one client, whatever the address
     * @param window the time in which the allowance refills
     */
    public record Limits(int perAddressAndClient, int perClient, Duration window) {

        public Limits {
            if (perAddressAndClient <= 0 || perClient <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
            Objects.requireNonNull(window, "window");
        }
    }

    public RateLimitFilter(String path, String addressParameter, Limits limits, String tooManyPage) {
        this.path = path;
        this.addressParameter = addressParameter;
        this.limits = limits;
        this.tooManyPage = tooManyPage;
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
        String client = request.getRemoteAddr();
        String address = normalised(request.getParameter(addressParameter));
        boolean allowed = perAddressAndClient
            .computeIfAbsent(client + " " + address, k -> bucket(limits.perAddressAndClient()))
            .tryConsume(1) && perClient.computeIfAbsent(client, k -> bucket(limits.perClient())).tryConsume(1);
        if (allowed) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(limits.window().toSeconds()));
        request.getRequestDispatcher(tooManyPage).forward(request, response);
    }

    private static String normalised(String address) {
        if (address == null) {
            return "";
        }
        String trimmed = address.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_ADDRESS ? trimmed.substring(0, MAX_ADDRESS) : trimmed;
    }

    private Bucket bucket(int capacity) {
        return Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limits.window()).build())
            .build();
    }

}
