package bg.inkindmatch.core;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Taxonomy;
import bg.inkindmatch.core.taxonomy.Unit;

import java.time.LocalDate;
import java.util.Optional;

/** Real taxonomy and places, and short ways to make offers and needs in tests. */
public final class Fixtures {

    public static final Taxonomy TAXONOMY = Taxonomy.standard();

    public static final Places PLACES = Places.standard();

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    public static final String RUSE = "RSE27";

    public static final String BYALA = "RSE04";

    public static final String VARNA = "VAR06";

    public static final String SOFIA = "SOF46";

    private Fixtures() {
    }

    public static Organisation company(long id) {
        return new Organisation(id, OrganisationKind.COMPANY, true);
    }

    public static Organisation centre(long id) {
        return new Organisation(id, OrganisationKind.CENTRE, true);
    }

    /** An open offer available from today for 60 days. */
    public static Offer offer(long id, Organisation company, String title, String category, int amount, Unit unit,
            String origin, Reach reach) {
        return new Offer(id, company, title, "", TAXONOMY.require(category), Quantity.of(amount, unit), amount, TODAY,
                TODAY.plusDays(60), PLACES.requireMunicipality(origin), reach, Optional.empty(), PostStatus.OPEN);
    }

    /** An open need of normal urgency, needed within 30 days. */
    public static Need need(long id, Organisation centre, String title, String category, int amount, Unit unit,
            String handover) {
        return new Need(id, centre, title, "", TAXONOMY.require(category), Quantity.of(amount, unit), amount,
                TODAY.plusDays(30), Urgency.NORMAL, PLACES.requireMunicipality(handover), PostStatus.OPEN);
    }

}
