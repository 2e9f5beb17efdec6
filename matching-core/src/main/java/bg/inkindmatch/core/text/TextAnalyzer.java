package bg.inkindmatch.core.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the free text of a post into a {@link TextProfile}: splits it into words,
 * lower-cases them, drops Bulgarian and English stop words, and stems what is left. A
 * Cyrillic word is stemmed with Lucene's {@link BulgarianStemmer}. A Latin word may be
 * English or Bulgarian typed in Latin, so it gets two readings: its English (Porter2)
 * stem, and the Bulgarian stem of its Cyrillic transliteration.
 *
 * <p>
 * Stateless and safe to share between threads: the stemmers, which keep state, are made
 * per call.
 */
public final class TextAnalyzer {

    private static final int MIN_WORD_LENGTH = 2;

    private final CharArraySet bulgarianStopWords = BulgarianAnalyzer.getDefaultStopSet();

    private final CharArraySet englishStopWords = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** The profile of the given texts taken together (a title and a description, say). */
    public TextProfile profile(String... texts) {
        BulgarianStemmer bulgarian = new BulgarianStemmer();
        EnglishStemmer english = new EnglishStemmer();
        Set<Long> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
                if (word.length() >= MIN_WORD_LENGTH && word.chars().anyMatch(Character::isLetter)) {
                    analyse(word, bulgarian, english, words);
                }
            }
        }
        return words.isEmpty() ? TextProfile.EMPTY
                : new TextProfile(words.stream().mapToLong(Long::longValue).toArray());
    }

    private void analyse(String word, BulgarianStemmer bulgarian, EnglishStemmer english, Set<Long> words) {
        if (isCyrillic(word)) {
            if (!bulgarianStopWords.contains(word)) {
                int reading = reading(stemBulgarian(bulgarian, word));
                words.add(TextProfile.word(reading, reading));
            }
            return;
        }
        String cyrillic = Transliteration.toCyrillic(word);
        if (englishStopWords.contains(word) || bulgarianStopWords.contains(cyrillic)) {
            return;
        }
        english.setCurrent(word);
        english.stem();
        words.add(TextProfile.word(reading(english.getCurrent()), reading(stemBulgarian(bulgarian, cyrillic))));
    }

    private static boolean isCyrillic(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static String stemBulgarian(BulgarianStemmer stemmer, String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmer.stem(chars, chars.length));
    }

    /**
     * A well-mixed 32-bit hash of a stem; a collision merely makes two words look alike.
     */
    private static int reading(String stem) {
        int h = stem.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

}
