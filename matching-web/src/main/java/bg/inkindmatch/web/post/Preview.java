package bg.inkindmatch.web.post;

import java.util.List;

/**
 * What the live preview of a form shows: how many open posts on the other side the post
 * would match, and the best few, with public fields only.
 *
 * @param complete whether the form says enough to look for matches
 * @param count how many posts it would match
 * @param top the best few
 */
public record Preview(boolean complete, int count, List<Line> top) {

    /** A form that does not yet say enough (category, unit, quantity, dates). */
    public static Preview incomplete() {
        return new Preview(false, 0, List.of());
    }

    /**
     * One post of the other side: nothing that identifies a person or where anyone lives.
     *
     * @param title its title
     * @param category its category's label
     * @param quantity how many of what, e.g. "20 пакет"
     * @param municipality the municipality of its handover point or origin
     * @param scorePercent its score, in percent
     * @param reasons the strongest reasons, as sentences
     */
    public record Line(String title, String category, String quantity, String municipality, long scorePercent,
            List<String> reasons) {
    }
}
