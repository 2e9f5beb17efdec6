package bg.inkindmatch.core.scoring;

import java.util.List;
import java.util.Objects;

/**
 * Why a criterion has the value it has, as a message key and its arguments, so that the
 * web module can say it in Bulgarian or in English. Arguments are codes (of categories,
 * municipalities, provinces, urgencies) or whole numbers, never personal data.
 *
 * <p>
 * The keys and their arguments:
 * <ul>
 * <li>{@code reason.category.same} [category code]; {@code reason.category.branch} [offer
 * category, need category]; {@code reason.category.related} [offer category, need
 * category]</li>
 * <li>{@code reason.text.similar} [percent]; {@code reason.text.different} []</li>
 * <li>{@code reason.quantity.full} [units]; {@code reason.quantity.partial} [percent,
 * units]</li>
 * <li>{@code reason.distance.same-municipality} [municipality code];
 * {@code reason.distance.same-province} [province code]; {@code reason.distance.km}
 * [kilometres]</li>
 * <li>{@code reason.urgency.low|normal|high|critical} []</li>
 * <li>{@code reason.deadline.days} [days left]</li>
 * <li>{@code reason.expiry.days} [days left]</li>
 * <li>{@code reason.fairness.none} []; {@code reason.fairness.recent} [matches received
 * recently]</li>
 * </ul>
 *
 * @param key the message key
 * @param args the message arguments, in order
 */
public record Reason(String key, List<String> args) {

    public Reason {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A reason with the given key and arguments. */
    public static Reason of(String key, Object... args) {
        return new Reason(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
