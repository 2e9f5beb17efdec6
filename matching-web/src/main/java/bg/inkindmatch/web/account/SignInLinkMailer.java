package bg.inkindmatch.web.account;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E-mails the one-time sign-in link, if the address may sign in, and answers the same
 * either way, so that the page never reveals whether an address is registered. The
 * look-up and the e-mail happen after the answer, on the application's task executor: the
 * answer takes as long for a registered address as for an unknown one, so its timing
 * tells nothing either.
 *
 * <p>
 * An unknown address is sent nothing. A registered address receives at most
 * {@code inkind.sign-in.links-per-address} links in 15 minutes whoever asks for them: a
 * further request sends nothing, and the links already sent stay valid, so a flood of
 * requests for a member's address neither fills her mailbox nor locks her out. The count
 * is kept per instance (with n instances, at most n times as many).
 */
@Component
class SignInLinkMailer implements OneTimeTokenGenerationSuccessHandler {

    private final MemberDetailsService members;

    private final Mailer mailer;

    private final InKindProperties properties;

    private final TaskExecutor background;

    /**
     * One bucket per registered address that asked lately (the least recent forgotten).
     */
    private final Map<String, Bucket> sentTo = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > TRACKED_ADDRESSES;
        }
    });

    private static final int TRACKED_ADDRESSES = 10_000;

    SignInLinkMailer(MemberDetailsService members, Mailer mailer, InKindProperties properties,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.members = members;
        this.mailer = mailer;
        this.properties = properties;
        this.background = background;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
            throws IOException {
        background.execute(() -> mailLink(token));
        response.sendRedirect(request.getContextPath() + "/sign-in/sent");
    }

    private boolean mayReceiveAnother(String address) {
        int links = properties.signIn().linksPerAddress();
        return sentTo
            .computeIfAbsent(address, key -> Bucket.builder()
                .addLimit(
                        Bandwidth.builder().capacity(links).refillGreedy(links, InKindProperties.SignIn.WINDOW).build())
                .build())
            .tryConsume(1);
    }

    private void mailLink(OneTimeToken token) {
        members.find(token.getUsername())
            .filter(account -> mayReceiveAnother(account.getUsername()))
            .ifPresent(account -> {
                String link = properties.link(UriComponentsBuilder.fromPath("/sign-in/confirm")
                    .queryParam("token", token.getTokenValue())
                    .build()
                    .toUriString());
                mailer.send(account.getUsername(), members.languageOf(account.getUsername()), "sign-in",
                        Map.of("link", link, "minutes", SecurityConfiguration.SIGN_IN_LINK_VALIDITY.toMinutes()));
            });
    }

}
