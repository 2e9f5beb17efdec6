package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.organisation.Organisation;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Quantity;
import bg.inkindmatch.core.taxonomy.Taxonomy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded random posts with a realistic mix: every category (mostly leaves), half of the posts in the
 * 28 province seats where most organisations are and the rest spread over all 265 municipalities,
 * offers of every reach, needs of every urgency, and titles and descriptions in Bulgarian, English
 * and Bulgarian typed in Latin.
 */
final class RealisticMarket {

    private static final String[] WORDS = {"хигиенни", "пакети", "за", "жени", "и", "деца", "материали", "канцеларски",
            "обучение", "курс", "онлайн", "платформа", "достъп", "мебели", "компютри", "лаптопи", "храна", "пелени",
            "почистващи", "препарати", "дрехи", "зимни", "обувки", "консултации", "правни", "психолог", "транспорт",
            "ремонт", "стаж", "работа", "счетоводство", "зала", "training", "course", "laptops", "hygiene", "packs",
            "food", "clothes", "higienni", "paketi", "detski", "drehi", "kurs", "obuchenie", "new", "used", "good",
            "нови", "употребявани", "комплект", "кутии", "семейства", "майки", "училище", "учебни"};

    private final Random random;
    private final List<Category> categories;
    private final List<Municipality> seats;
    private final List<Municipality> municipalities;
    private final LocalDate today;

    RealisticMarket(long seed, Taxonomy taxonomy, Places places, LocalDate today) {
        this.random = new Random(seed);
        this.categories = taxonomy.categories();
        this.municipalities = places.municipalities();
        this.seats = new ArrayList<>();
        for (Province province : places.provinces()) {
            places.municipalitiesOf(province.code()).stream()
                    .min((a, b) -> Double.compare(a.seat().distanceKm(province.seat()), b.seat().distanceKm(province.seat())))
                    .ifPresent(seats::add);
        }
        this.today = today;
    }

    Offer offer(long id) {
        Category category = category();
        int total = 1 + random.nextInt(50);
        Reach reach = switch (random.nextInt(10)) {
            case 0, 1, 2 -> Reach.MUNICIPALITY;
            case 3, 4, 5 -> Reach.PROVINCE;
            case 6, 7 -> Reach.COUNTRY;
            default -> Reach.PICKUP;
        };
        return new Offer(id, new Organisation(1 + random.nextInt(20_000), OrganisationKind.COMPANY, true), text(3),
                text(12), category, Quantity.of(total, category.units().get(0)), total,
                today.minusDays(random.nextInt(30)), today.plusDays(1 + random.nextInt(120)), place(), reach,
                Optional.empty(), PostStatus.OPEN);
    }

    Need need(long id) {
        Category category = category();
        int total = 1 + random.nextInt(50);
        return new Need(id, new Organisation(100_000 + random.nextInt(2_000), OrganisationKind.CENTRE, true), text(3),
                text(12), category, Quantity.of(total, category.units().get(0)), total,
                today.plusDays(1 + random.nextInt(90)), Urgency.values()[random.nextInt(Urgency.values().length)],
                place(), PostStatus.OPEN);
    }

    private Category category() {
        Category category = categories.get(random.nextInt(categories.size()));
        if (category.isBranch() && random.nextInt(5) > 0) {
            return category();
        }
        return category;
    }

    private Municipality place() {
        return random.nextBoolean() ? seats.get(random.nextInt(seats.size()))
                : municipalities.get(random.nextInt(municipalities.size()));
    }

    private String text(int words) {
        StringBuilder text = new StringBuilder();
        int count = 1 + random.nextInt(words);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
