package bg.inkindmatch.core.taxonomy;

import java.util.Objects;

/**
 * A positive whole number of some unit, such as 25 packs or 10 seats.
 *
 * @param amount how many units; at least 1
 * @param unit the unit they are counted in
 */
public record Quantity(int amount, Unit unit) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    /** Shorthand for {@code new Quantity(amount, unit)}. */
    public static Quantity of(int amount, Unit unit) {
        return new Quantity(amount, unit);
    }

    @Override
    public String toString() {
        return amount + " " + unit.code();
    }
}
