package bg.inkindmatch.web.board;

import java.time.LocalDate;

/**
 * An open offer or need as anyone may see it: what, how many, where and until when. No
 * organisation, no contact, no handover point.
 *
 * @param id the post's id
 * @param side {@code offer} or {@code need}
 * @param title its title once a coordinator has seen its text; until then its category's
 * label
 * @param titleReviewed whether the title is the member's (seen by a coordinator) or the
 * category's label in its place
 * @param category the category's code
 * @param categoryLabel the category's label in the reader's language
 * @param remaining how many units are still free
 * @param unit the unit's code
 * @param municipality the municipality's code (an offer's origin, a need's handover
 * municipality)
 * @param municipalityName its name in the reader's language
 * @param province the province's code
 * @param until an offer's last day, a need's deadline
 * @param urgency a need's urgency; null for an offer
 */
public record BoardPost(long id, String side, String title, boolean titleReviewed, String category,
        String categoryLabel, int remaining, String unit, String municipality, String municipalityName, String province,
        LocalDate until, String urgency) {
}
