package bg.inkindmatch.web.account;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.system.InKindProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.core.userdetails.User;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Whether an address is registered must not show in how long the answer takes: the answer
 * is the same redirect, given before the address is even looked up; the look-up and the
 * e-mail come afterwards.
 */
class SignInLinkMailerTest {

    private final Queue<Runnable> later = new ArrayDeque<>();

    private final MemberDetailsService members = mock(MemberDetailsService.class);

    private final Mailer mailer = mock(Mailer.class);

    private final SignInLinkMailer handler = new SignInLinkMailer(members, mailer,
            new InKindProperties(URI.create("http://localhost:8080"), List.of(), ZoneId.of("Europe/Sofia"), false,
                    new InKindProperties.Mail("x@example.org", Duration.ofSeconds(5), LocalTime.of(7, 0)),
                    new InKindProperties.SignIn(5, 20, 3),
                    new InKindProperties.Registration(3, 10, Duration.ofHours(1)),
                    new InKindProperties.Matching(Duration.ofDays(7), Duration.ofDays(1), Duration.ofMinutes(1),
                            Duration.ofDays(14)),
                    new InKindProperties.Staleness(Duration.ofDays(30), Duration.ofDays(7), Duration.ofHours(1)),
                    new InKindProperties.Help(List.of())),
            later::add);

    private MockHttpServletResponse answer(String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.handle(new MockHttpServletRequest("POST", "/sign-in/link"), response,
                new DefaultOneTimeToken("token-" + address, address, Instant.now().plusSeconds(900)));
        return response;
    }

    @Test
    void answersRegisteredAndUnknownAddressesAlikeBeforeLookingThemUp() throws Exception {
        when(members.find("member@example.org"))
            .thenReturn(Optional.of(User.withUsername("member@example.org").password("").build()));
        when(members.languageOf("member@example.org")).thenReturn("bg");

        MockHttpServletResponse known = answer("member@example.org");
        MockHttpServletResponse unknown = answer("nobody@example.org");

        assertThat(known.getRedirectedUrl()).isEqualTo("/sign-in/sent").isEqualTo(unknown.getRedirectedUrl());
        assertThat(known.getStatus()).isEqualTo(unknown.getStatus());
        verifyNoInteractions(members, mailer);

        later.forEach(Runnable::run);
        verify(mailer).send(eq("member@example.org"), eq("bg"), eq("sign-in"), anyMap());
        verify(mailer, never()).send(eq("nobody@example.org"), anyString(), anyString(), any());
    }

    @Test
    void aRegisteredAddressGetsAFewLinksAWindowWhoeverAsksAndTheRestSendNothing() throws Exception {
        when(members.find("flooded@example.org"))
            .thenReturn(Optional.of(User.withUsername("flooded@example.org").password("").build()));
        when(members.languageOf("flooded@example.org")).thenReturn("bg");

        for (int i = 0; i < 1_000; i++) {
            assertThat(answer("flooded@example.org").getRedirectedUrl()).isEqualTo("/sign-in/sent");
        }
        later.forEach(Runnable::run);

        verify(mailer, org.mockito.Mockito.times(3)).send(eq("flooded@example.org"), eq("bg"), eq("sign-in"), anyMap());
        // what one flooded address receives at most: 3 links in 15 minutes
        System.out.printf("sign-in e-mails to one registered address: at most %d an hour (1,000 requests: %d sent)%n",
                3 * 4, 3);
    }

}
