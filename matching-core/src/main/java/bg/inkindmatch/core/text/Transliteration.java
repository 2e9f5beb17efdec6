package bg.inkindmatch.core.text;

/**
 * Reverses the streamlined system of the Bulgarian Transliteration Act (2009), so that
 * Bulgarian typed in Latin letters ({@code higienni paketi}) meets the same words in
 * Cyrillic ({@code хигиенни пакети}).
 *
 * <p>
 * The system is not one-to-one: {@code a} stands for both а and ъ, {@code y} for й and ь.
 * The reverse takes the more frequent letter (а, й), which is what stemming needs most of
 * the time. Letters outside the system that people use when typing Bulgarian in Latin (c,
 * q, w, x, j) are read as they usually are meant.
 */
final class Transliteration {

    private Transliteration() {
    }

    /**
     * The Cyrillic reading of a lower-case Latin word.
     * @param word a lower-case word of Latin letters and digits
     * @return the word in Cyrillic letters; digits stay as they are
     */
    static String toCyrillic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            if (word.startsWith("sht", i)) {
                out.append('щ');
                i += 3;
            }
            else if (i + 2 == word.length() && word.startsWith("ia", i) && i > 0) {
                out.append("ия");
                i += 2;
            }
            else {
                String pair = i + 1 < word.length() ? word.substring(i, i + 2) : "";
                char digraph = digraph(pair);
                if (digraph != 0) {
                    out.append(digraph);
                    i += 2;
                }
                else {
                    out.append(single(word.charAt(i)));
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static char digraph(String pair) {
        return switch (pair) {
            case "zh" -> 'ж';
            case "ts" -> 'ц';
            case "ch" -> 'ч';
            case "sh" -> 'ш';
            case "yu" -> 'ю';
            case "ya" -> 'я';
            default -> 0;
        };
    }

    private static String single(char c) {
        return switch (c) {
            case 'a' -> "а";
            case 'b' -> "б";
            case 'v', 'w' -> "в";
            case 'g' -> "г";
            case 'd' -> "д";
            case 'e' -> "е";
            case 'z' -> "з";
            case 'i' -> "и";
            case 'y' -> "й";
            case 'k' -> "к";
            case 'l' -> "л";
            case 'm' -> "м";
            case 'n' -> "н";
            case 'o' -> "о";
            case 'p' -> "п";
            case 'r' -> "р";
            case 's' -> "с";
            case 't' -> "т";
            case 'u' -> "у";
            case 'f' -> "ф";
            case 'h' -> "х";
            case 'c' -> "ц";
            case 'j' -> "ж";
            case 'q' -> "я";
            case 'x' -> "кс";
            default -> String.valueOf(c);
        };
    }

}
