package bg.inkindmatch.web.document;

import bg.inkindmatch.web.document.DonationFacts.Party;

import java.time.LocalDate;
import java.util.List;

/**
 * What a company gave in a year, for its CSR report: each handover with its day, what and
 * how much, and to which kind of organisation in which province (never which one: a
 * centre is not named in a paper that leaves the partnership).
 *
 * @param company the company
 * @param year the year
 * @param lines the handovers, in order of their day
 */
public record AnnualStatement(Party company, int year, List<Line> lines) {

    public AnnualStatement {
        lines = List.copyOf(lines);
    }

    /** The units given in all. */
    public long totalUnits() {
        return lines.stream().mapToLong(Line::quantity).sum();
    }

    /**
     * One handover.
     *
     * @param handedOver its day
     * @param item what was given
     * @param category its category, in words
     * @param quantity how many units
     * @param unit the unit, in words
     * @param receiver the kind of organisation that received it, in words
     * @param province the province it was handed over in
     */
    public record Line(LocalDate handedOver, String item, String category, int quantity, String unit, String receiver,
            String province) {
    }

}
