package bg.inkindmatch.core.taxonomy;

/**
 * How close two categories are. Only compatible categories are ever matched; the
 * closeness is one of the criteria of the score.
 */
public enum CategoryCloseness {

    /** The same category. */
    SAME(1.0),
    /** One is the branch of the other, or both are related leaves of one branch. */
    SAME_BRANCH(0.6),
    /** Related leaves of different branches (a course and vocational training). */
    RELATED(0.4),
    /** Not compatible: never matched. */
    UNRELATED(0.0);

    private final double value;

    CategoryCloseness(double value) {
        this.value = value;
    }

    /** The closeness as a number in [0, 1]. */
    public double value() {
        return value;
    }

    /** Whether posts of categories this close may be matched at all. */
    public boolean compatible() {
        return this != UNRELATED;
    }

}
