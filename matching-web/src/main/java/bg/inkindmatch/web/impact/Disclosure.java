package bg.inkindmatch.web.impact;

import bg.inkindmatch.web.impact.ImpactFigures.Median;
import bg.inkindmatch.web.impact.ImpactFigures.Tally;

/**
 * How much of the figures a reader may see. Coordinators see every number. The public
 * sees no count below {@value #SMALLEST_COUNT} (shown as "< 5") and no line made by fewer
 * than {@value #FEWEST_CENTRES} centres, nor a median over fewer than
 * {@value #SMALLEST_COUNT} needs: a small number, or a line of one or two centres, could
 * tell who a centre is and what it needed.
 */
public enum Disclosure {

    /** Every number, for the coordinators of the region. */
    FULL,
    /** Small numbers and lines of few centres withheld, for everyone. */
    PUBLIC;

    /** The smallest count shown as it is to the public. */
    static final int SMALLEST_COUNT = 5;

    /** The fewest distinct centres a line shown to the public is made of. */
    static final int FEWEST_CENTRES = 3;

    /** Whether a line is withheld as a whole: one or two centres make it. */
    boolean withholds(Tally line) {
        return this == PUBLIC && line.centres() > 0 && line.centres() < FEWEST_CENTRES;
    }

    /** Whether a median is withheld: too few needs are behind it. */
    boolean withholds(Median median) {
        return this == PUBLIC && median.needs() < SMALLEST_COUNT;
    }

    /** Whether a count is shown only as "below five". */
    boolean blurs(long count) {
        return this == PUBLIC && count > 0 && count < SMALLEST_COUNT;
    }

}
