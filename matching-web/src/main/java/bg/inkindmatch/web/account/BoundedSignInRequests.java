package bg.inkindmatch.web.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.web.authentication.ott.DefaultGenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;

import java.time.Duration;

/**
 * Makes a sign-in token only for something that can be an e-mail address: at most 254
 * characters, one {@code @} with text on both sides, no spaces or control characters.
 * Anything else gets no token and, through {@link SignInController}, the same "check your
 * e-mail" answer as everybody else.
 */
class BoundedSignInRequests implements GenerateOneTimeTokenRequestResolver {

    static final int MAX_ADDRESS = 254;

    private final DefaultGenerateOneTimeTokenRequestResolver delegate = new DefaultGenerateOneTimeTokenRequestResolver();

    BoundedSignInRequests(Duration validity) {
        delegate.setExpiresIn(validity);
    }

    @Override
    public GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
        return couldBeAnAddress(request.getParameter("username")) ? delegate.resolve(request) : null;
    }

    static boolean couldBeAnAddress(String value) {
        if (value == null) {
            return false;
        }
        String address = value.strip();
        int at = address.indexOf('@');
        return address.length() <= MAX_ADDRESS && at > 0 && at == address.lastIndexOf('@') && at < address.length() - 1
                && address.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

}
