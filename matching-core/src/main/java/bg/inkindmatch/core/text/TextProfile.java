package bg.inkindmatch.core.text;

import java.util.Arrays;

/**
 * The analysed words of a text, ready to be compared: each word as one or two stemmed readings
 * (a Latin word is read both as English and as transliterated Bulgarian), and the sorted set of all
 * readings. Immutable.
 */
public final class TextProfile {

    /** The profile of a text without words. */
    public static final TextProfile EMPTY = new TextProfile(new long[0]);

    private final long[] words;
    private final int[] readings;

    TextProfile(long[] words) {
        this.words = words.clone();
        int[] all = new int[words.length * 2];
        for (int i = 0; i < words.length; i++) {
            all[2 * i] = first(words[i]);
            all[2 * i + 1] = second(words[i]);
        }
        this.readings = Arrays.stream(all).sorted().distinct().toArray();
    }

    static long word(int firstReading, int secondReading) {
        return ((long) firstReading << 32) | (secondReading & 0xFFFFFFFFL);
    }

    private static int first(long word) {
        return (int) (word >>> 32);
    }

    private static int second(long word) {
        return (int) word;
    }

    /** How many distinct words the text has after stop words were removed. */
    public int wordCount() {
        return words.length;
    }

    /**
     * How alike two texts are, in [0, 1]: the share of the words of both texts that have a reading in
     * common with some word of the other text (a Dice coefficient over words).
     */
    public double similarity(TextProfile other) {
        int total = words.length + other.words.length;
        if (words.length == 0 || other.words.length == 0) {
            return 0;
        }
        return (double) (matched(other) + other.matched(this)) / total;
    }

    private int matched(TextProfile other) {
        int count = 0;
        for (long word : words) {
            if (Arrays.binarySearch(other.readings, first(word)) >= 0
                    || Arrays.binarySearch(other.readings, second(word)) >= 0) {
                count++;
            }
        }
        return count;
    }
}
