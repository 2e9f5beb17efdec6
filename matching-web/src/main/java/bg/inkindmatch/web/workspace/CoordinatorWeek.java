package bg.inkindmatch.web.workspace;

import java.time.LocalDate;

/**
 * The last seven days of a coordinator's provinces, for My page.
 *
 * @param proposed proposals made, of which {@code accepted} were agreed by both sides and
 * {@code declined} declined
 * @param handedOver matches handed over, with {@code units} units between them
 */
public record CoordinatorWeek(LocalDate from, LocalDate to, long proposed, long accepted, long declined,
        long handedOver, long units) {
}
