package bg.inkindmatch.web.match;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a side declined a proposal; optional, so that declining stays one click.
 */
public enum DeclineReason {

    NO_LONGER_NEEDED, NOT_SUITABLE, TOO_FAR, BAD_TIMING, OTHER;

    /**
     * The reason a form sent, if it is one of these; anything else (nothing, an unknown
     * or overlong value) declines without a reason.
     */
    public static Optional<DeclineReason> parse(String value) {
        if (value == null || value.length() > 20) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(reason -> reason.name().equals(value)).findFirst();
    }

}
