package bg.inkindmatch.web.document;

import java.time.LocalDate;

/**
 * What the papers of one handed-over donation say.
 *
 * @param matchId the match the donation was agreed in
 * @param handedOver the day of the handover
 * @param company the company that gave
 * @param centre the centre that received
 * @param item what was given, as the offer names it
 * @param category its category, in words
 * @param quantity how many units
 * @param unit the unit, in words
 * @param handoverPoint the public place of the handover the need named
 * @param handoverMunicipality the municipality of that place
 */
public record DonationFacts(long matchId, LocalDate handedOver, Party company, Party centre, String item,
        String category, int quantity, String unit, String handoverPoint, String handoverMunicipality) {

    /** The papers' number: the match and the day, as a registry book would write it. */
    public String number() {
        return matchId + "/" + String.format("%02d.%02d.%d", handedOver.getDayOfMonth(), handedOver.getMonthValue(),
                handedOver.getYear());
    }

    /**
     * An organisation as the papers name it.
     *
     * @param name its legal name as registered
     * @param eik its ЕИК, or empty when it gave none (the papers leave a line to fill in)
     * @param seat its registered seat: the municipality and province of its registration,
     * never where anybody lives
     */
    public record Party(String name, String eik, String seat) {

        /** Whether the ЕИК is known. */
        public boolean hasEik() {
            return eik != null && !eik.isBlank();
        }

    }

}
