package bg.inkindmatch.core.text;

import java.util.Arrays;

/**
 * The analysed words of a text, ready to be compared: each word as one or two stemmed
 * readings (a Latin word is read both as English and as transliterated Bulgarian).
 * Immutable.
 *
 * <p>
 * The readings of all words are kept sorted, each with the word it belongs to, so that
 * two profiles are compared in one merge of their sorted readings: time linear in the
 * number of words.
 */
public final class TextProfile {

    /** The profile of a text without words. */
    public static final TextProfile EMPTY = new TextProfile(new long[0]);

    private final int wordCount;

    private final int[] readings;

    private final int[] owners;

    TextProfile(long[] words) {
        this.wordCount = words.length;
        long[] pairs = new long[words.length * 2];
        int n = 0;
        for (int word = 0; word < words.length; word++) {
            int first = (int) (words[word] >>> 32);
            int second = (int) words[word];
            pairs[n++] = pack(first, word);
            if (second != first) {
                pairs[n++] = pack(second, word);
            }
        }
        pairs = Arrays.copyOf(pairs, n);
        Arrays.sort(pairs);
        this.readings = new int[n];
        this.owners = new int[n];
        for (int i = 0; i < n; i++) {
            readings[i] = (int) (pairs[i] >> 32);
            owners[i] = (int) pairs[i];
        }
    }

    /** A word of two readings; the same reading twice for a word with one. */
    static long word(int firstReading, int secondReading) {
        return ((long) firstReading << 32) | (secondReading & 0xFFFFFFFFL);
    }

    /** Sorts by reading (signed), then by word. */
    private static long pack(int reading, int word) {
        return ((long) reading << 32) | word;
    }

    /** How many distinct words the text has after stop words were removed. */
    public int wordCount() {
        return wordCount;
    }

    /**
     * How alike two texts are, in [0, 1]: the share of the words of both texts that have
     * a reading in common with some word of the other text (a Dice coefficient over
     * words).
     */
    public double similarity(TextProfile other) {
        if (wordCount == 0 || other.wordCount == 0) {
            return 0;
        }
        boolean[] matchedHere = new boolean[wordCount];
        boolean[] matchedThere = new boolean[other.wordCount];
        int i = 0;
        int j = 0;
        while (i < readings.length && j < other.readings.length) {
            int a = readings[i];
            int b = other.readings[j];
            if (a < b) {
                i++;
            }
            else if (a > b) {
                j++;
            }
            else {
                for (; i < readings.length && readings[i] == a; i++) {
                    matchedHere[owners[i]] = true;
                }
                for (; j < other.readings.length && other.readings[j] == a; j++) {
                    matchedThere[other.owners[j]] = true;
                }
            }
        }
        return (double) (count(matchedHere) + count(matchedThere)) / (wordCount + other.wordCount);
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            if (flag) {
                count++;
            }
        }
        return count;
    }

}
