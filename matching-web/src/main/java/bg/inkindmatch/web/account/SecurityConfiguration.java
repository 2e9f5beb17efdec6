package bg.inkindmatch.web.account;

import bg.inkindmatch.web.system.RateLimitFilter;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.time.Duration;

/**
 * Who may see what, and how members sign in: passwordless, with Spring Security's
 * one-time-token login. A link by e-mail, valid 15 minutes and usable once, leads to a
 * page whose button (a POST, so mail scanners that open links sign nobody in) completes
 * the sign-in. CSRF protection on every form, a strict Content-Security-Policy on every
 * page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final Duration SIGN_IN_LINK_VALIDITY = Duration.ofMinutes(15);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc) {
        return new JdbcOneTimeTokenService(jdbc);
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, OneTimeTokenService tokens, SignInLinkMailer mailer,
            InKindProperties properties, MemberDetailsService members) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/register", "/register/**", "/sign-in", "/sign-in/**", "/css/**", "/js/**",
                    "/webjars/**", "/dev/mail", "/error", "/favicon.ico", "/board", "/api/v1/needs", "/api/v1/offers",
                    "/api/v1/categories", "/api/v1/places", "/v3/api-docs", "/v3/api-docs/**", "/m/**", "/e/**",
                    "/still/**", "/invitation/**", "/regions", "/regions/**", "/impact", "/impact/**", "/help",
                    "/help/*")
            .permitAll()
            .requestMatchers("/coordinator/team", "/coordinator/team/**")
            .hasRole(MemberDetailsService.ADMIN)
            .requestMatchers("/coordinator/**")
            .hasRole(MemberDetailsService.COORDINATOR)
            .anyRequest()
            .authenticated())
            .oneTimeTokenLogin(ott -> ott.loginPage("/sign-in")
                .tokenGeneratingUrl("/sign-in/link")
                .loginProcessingUrl("/sign-in/token")
                .showDefaultSubmitPage(false)
                .tokenService(tokens)
                .generateRequestResolver(new BoundedSignInRequests(SIGN_IN_LINK_VALIDITY))
                .tokenGenerationSuccessHandler(mailer)
                .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in?invalid"))
                .defaultSuccessUrl("/my", false))
            // the RFC 8058 one-click unsubscribe is POSTed by mail programs; its signed
            // link is the proof
            .csrf(csrf -> csrf.ignoringRequestMatchers("/e/*/stop"))
            .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
            .addFilterBefore(new CurrentAccess(members, SecurityContextHolder.getContextHolderStrategy(),
                    new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                            new HttpSessionSecurityContextRepository())),
                    AnonymousAuthenticationFilter.class)
            .addFilterBefore(
                    new RateLimitFilter("/sign-in/link", "username", properties.signIn().limits(), "/sign-in/too-many"),
                    GenerateOneTimeTokenFilter.class)
            .addFilterBefore(
                    new RateLimitFilter("/register", "email", properties.registration().limits(), "/register/too-many"),
                    GenerateOneTimeTokenFilter.class);
        return http.build();
    }

}
