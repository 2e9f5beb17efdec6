package bg.inkindmatch.core;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static bg.inkindmatch.core.Fixtures.PLACES;
import static bg.inkindmatch.core.Fixtures.TAXONOMY;
import static bg.inkindmatch.core.Fixtures.TODAY;

/**
 * A seeded random market of offers and needs over a few places and categories, closed
 * ones included.
 */
public record RandomMarket(List<Offer> offers, List<Need> needs) {

    private static final String[] PLACE_CODES = { "RSE27", "RSE04", "RSE13", "VAR06", "SOF46", "PDV22" };

    private static final String[] CATEGORIES = { "consumables.hygiene", "consumables.cleaning", "consumables",
            "consumables.food", "training.course", "employment.vocational" };

    private static final String[] TITLES = { "Хигиенни пакети", "higienni paketi", "Препарати за почистване",
            "Храна за деца", "Курс по счетоводство", "Professional training course", "Пакети" };

    public static RandomMarket generate(long seed, int offerCount, int needCount) {
        Random random = new Random(seed);
        int centres = 1 + random.nextInt(Math.max(1, needCount / 2));
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < offerCount; i++) {
            Category category = TAXONOMY.require(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            Unit unit = category.units().get(random.nextInt(Math.min(2, category.units().size())));
            int total = 1 + random.nextInt(50);
            Organisation company = new Organisation(1000 + random.nextInt(offerCount + 1), OrganisationKind.COMPANY,
                    random.nextInt(10) > 0);
            offers.add(new Offer(i + 1, company, TITLES[random.nextInt(TITLES.length)], "", category,
                    Quantity.of(total, unit), random.nextInt(total + 1), TODAY.plusDays(random.nextInt(20) - 5),
                    TODAY.plusDays(20 + random.nextInt(60)),
                    PLACES.requireMunicipality(PLACE_CODES[random.nextInt(PLACE_CODES.length)]),
                    Reach.values()[random.nextInt(Reach.values().length)], Optional.empty(),
                    random.nextInt(8) > 0 ? PostStatus.OPEN : PostStatus.PAUSED));
        }
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < needCount; i++) {
            Category category = TAXONOMY.require(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            Unit unit = category.units().get(random.nextInt(Math.min(2, category.units().size())));
            int total = 1 + random.nextInt(50);
            Organisation centre = new Organisation(random.nextInt(centres), OrganisationKind.CENTRE,
                    random.nextInt(10) > 0);
            needs.add(new Need(i + 1, centre, TITLES[random.nextInt(TITLES.length)], "", category,
                    Quantity.of(total, unit), 1 + random.nextInt(total), TODAY.plusDays(random.nextInt(40) - 2),
                    Urgency.values()[random.nextInt(Urgency.values().length)],
                    PLACES.requireMunicipality(PLACE_CODES[random.nextInt(PLACE_CODES.length)]),
                    random.nextInt(8) > 0 ? PostStatus.OPEN : PostStatus.EXHAUSTED));
        }
        return new RandomMarket(offers, needs);
    }
}
