package bg.inkindmatch.web.privacy;

import java.util.Set;

/**
 * Finds e-mail addresses in normalised text, spaces around {@code @} and the dots of the
 * domain included ({@code maria @ abv . bg}), IP literals ({@code maria@[10.0.0.1]}) and
 * a well-known mail service without its top-level domain ({@code maria@gmail}). It looks
 * only outwards from each {@code @}; a local part or domain never spans another
 * {@code @}, so every character is read at most twice.
 */
final class EmailAddresses {

    private static final int MAX_SPACES = 3;

    /**
     * The longest address literal ({@code [IPv6:...]}) looked at; it also keeps the
     * search linear.
     */
    private static final int MAX_LITERAL = 50;

    /**
     * The mail services people name without their domain ({@code maria@gmail},
     * {@code maria at abv}): an address all the same.
     */
    private static final Set<String> MAIL_PROVIDERS = Set.of("gmail", "googlemail", "abv", "yahoo", "outlook",
            "hotmail", "icloud", "dir", "proton", "protonmail", "yandex", "gmx", "aol", "zoho");

    private EmailAddresses() {
    }

    static boolean appearIn(String text) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (hasLocalPart(text, at) && hasDomain(text, at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLocalPart(String text, int at) {
        int i = skipSpaces(text, at - 1, -1);
        return i >= 0 && isLocalChar(text.charAt(i));
    }

    private static boolean hasDomain(String text, int from) {
        int i = skipSpaces(text, from, +1);
        if (i < text.length() && text.charAt(i) == '[') {
            int end = Math.min(text.length(), i + MAX_LITERAL);
            int close = i + 1;
            while (close < end
                    && (isLabelChar(text.charAt(close)) || text.charAt(close) == '.' || text.charAt(close) == ':')) {
                close++;
            }
            return close > i + 1 && close < end && text.charAt(close) == ']';
        }
        int labels = 0;
        boolean lastAllLetters = false;
        String firstLabel = "";
        while (true) {
            int start = i;
            boolean letters = true;
            while (i < text.length() && isLabelChar(text.charAt(i))) {
                letters &= Character.isLetter(text.charAt(i));
                i++;
            }
            if (i == start) {
                break;
            }
            labels++;
            if (labels == 1) {
                firstLabel = text.substring(start, i);
            }
            lastAllLetters = letters && i - start >= 2;
            int dot = skipSpaces(text, i, +1);
            if (dot >= text.length() || text.charAt(dot) != '.') {
                break;
            }
            i = skipSpaces(text, dot + 1, +1);
        }
        return labels >= 2 && lastAllLetters || labels == 4 && !lastAllLetters
                || labels == 1 && MAIL_PROVIDERS.contains(firstLabel);
    }

    /**
     * The index of the first non-space from {@code i} in the direction, at most a few
     * spaces on.
     */
    private static int skipSpaces(String text, int i, int step) {
        int skipped = 0;
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ' && skipped < MAX_SPACES) {
            i += step;
            skipped++;
        }
        return i;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

}
