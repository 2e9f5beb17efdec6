package bg.inkindmatch.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Access follows the database at every request, not the moment of sign-in: the roles of a
 * signed-in person are read again before the request is authorised. A person who is no
 * longer a coordinator or whose organisation is no longer approved is signed out (the
 * session ends and the request goes on as an anonymous visitor's, so a member page sends
 * them to sign-in); a person whose roles changed (an administrator made regional, an
 * organisation approved while signed in as a coordinator) goes on with the new ones.
 * Authorities that are not roles (the factor of the sign-in) are kept as they were.
 */
class CurrentAccess extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CurrentAccess.class);

    private static final String ROLE = "ROLE_";

    private final MemberDetailsService members;

    private final SecurityContextHolderStrategy contexts;

    private final SecurityContextRepository repository;

    CurrentAccess(MemberDetailsService members, SecurityContextHolderStrategy contexts,
            SecurityContextRepository repository) {
        this.members = members;
        this.contexts = contexts;
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = contexts.getContext();
        Authentication signedIn = context.getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && signedIn.getPrincipal() instanceof UserDetails person) {
            members.find(person.getUsername())
                .ifPresentOrElse(current -> keepOrUpdate(signedIn, current, request, response),
                        () -> signOut(person.getUsername(), request));
        }
        chain.doFilter(request, response);
    }

    private void keepOrUpdate(Authentication signedIn, UserDetails current, HttpServletRequest request,
            HttpServletResponse response) {
        if (roles(signedIn.getAuthorities()).equals(roles(current.getAuthorities()))) {
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        signedIn.getAuthorities().stream().filter(authority -> !isRole(authority)).forEach(authorities::add);
        Authentication updated = UsernamePasswordAuthenticationToken.authenticated(current, null, authorities);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(updated);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        log.info("roles of a signed-in person changed to {}", roles(current.getAuthorities()));
    }

    private void signOut(String username, HttpServletRequest request) {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        log.info("a signed-in person lost access and was signed out ({} characters of address)", username.length());
    }

    private static Set<String> roles(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
            .filter(CurrentAccess::isRole)
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    }

    private static boolean isRole(GrantedAuthority authority) {
        return authority.getAuthority() != null && authority.getAuthority().startsWith(ROLE);
    }

}
