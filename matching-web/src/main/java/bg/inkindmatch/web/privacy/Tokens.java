package bg.inkindmatch.web.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalised text as a list of tokens: words (runs of letters), numbers (runs of digits)
 * and single marks (any other visible character); spaces and line breaks only separate
 * them. Read in one pass, so the checks that walk the tokens are linear in the text.
 */
final class Tokens {

    /** What a token is. */
    enum Type {

        WORD, NUMBER, MARK

    }

    /**
     * One token.
     *
     * @param text as written
     * @param lower in lower case
     * @param type word, number or mark
     */
    record Token(String text, String lower, Type type) {

        boolean isWord() {
            return type == Type.WORD;
        }

        boolean isNumber() {
            return type == Type.NUMBER;
        }

        boolean isMark(String marks) {
            return type == Type.MARK && marks.contains(text);
        }

        /** A word that starts with a capital letter. */
        boolean isCapitalised() {
            return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
        }

    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isLetter(c)) {
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                tokens.add(token(text.substring(start, i), Type.WORD));
            }
            else if (c >= '0' && c <= '9') {
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                tokens.add(token(text.substring(start, i), Type.NUMBER));
            }
            else {
                i++;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    tokens.add(token(String.valueOf(c), Type.MARK));
                }
            }
        }
        return tokens;
    }

    private static Token token(String text, Type type) {
        return new Token(text, text.toLowerCase(Locale.ROOT), type);
    }

}
