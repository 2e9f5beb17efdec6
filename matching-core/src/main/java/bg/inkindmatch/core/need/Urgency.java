package bg.inkindmatch.core.need;

/** How urgent a need is, as its centre judges it. */
public enum Urgency {

    LOW(0.25), NORMAL(0.5), HIGH(0.75), CRITICAL(1.0);

    private final double weight;

    Urgency(double weight) {
        this.weight = weight;
    }

    /** The urgency as a number in (0, 1], used by the score. */
    public double weight() {
        return weight;
    }

}
