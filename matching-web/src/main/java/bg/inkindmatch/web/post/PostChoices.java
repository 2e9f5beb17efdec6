package bg.inkindmatch.web.post;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Flow;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.Set;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The choices the post forms offer, in the member's language: categories by branch,
 * places by province. The taxonomy and the places do not change while the application
 * runs, so each list is made once per language (and side and kind) and then shared: the
 * board and every form show them on each request.
 */
@Component
public class PostChoices {

    private final MatchingEngine engine;

    /** The municipality names two municipalities share, per language ("bg:Бяла"). */
    private final Set<String> sharedNames;

    private final Map<ChoiceList, Object> made = new ConcurrentHashMap<>();

    PostChoices(MatchingEngine engine) {
        this.engine = engine;
        this.sharedNames = sharedNames(engine);
    }

    /** Which list, in which language, for which side and kind (null for all). */
    private record ChoiceList(String name, String language, Side side, OrganisationKind kind) {
    }

    @SuppressWarnings("unchecked")
    private <T> T once(ChoiceList list, Function<String, T> make) {
        return (T) made.computeIfAbsent(list, key -> make.apply(key.language()));
    }

    private static Set<String> sharedNames(MatchingEngine engine) {
        Map<String, Long> counts = engine.places()
            .municipalities()
            .stream()
            .flatMap(m -> Stream.of("bg:" + m.name("bg"), "en:" + m.name("en")))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet()
            .stream()
            .filter(entry -> entry.getValue() > 1)
            .map(Map.Entry::getKey)
            .collect(Collectors.toUnmodifiableSet());
    }

    /** The language code of a locale: {@code en} or {@code bg}. */
    public static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "bg";
    }

    /**
     * Branch label to its categories (the branch itself first, as "any"), in the
     * taxonomy's order.
     */
    public Map<String, List<Choice>> categories(Locale locale) {
        return once(new ChoiceList("categories", language(locale), null, null),
                language -> categories(language, category -> true));
    }

    /**
     * The categories an organisation of the kind may post on the side, by branch as
     * {@link #categories(Locale)}.
     */
    public Map<String, List<Choice>> categories(Locale locale, Side side, OrganisationKind kind) {
        return once(new ChoiceList("categories", language(locale), side, kind),
                language -> categories(language, category -> side.allows(kind, category.flow())));
    }

    /**
     * Whether an organisation of the kind may post on the side in the category (an
     * unknown category is for the form's own check to refuse).
     */
    public boolean allows(Side side, OrganisationKind kind, String category) {
        return category == null
                || engine.taxonomy().category(category).map(c -> side.allows(kind, c.flow())).orElse(true);
    }

    /**
     * A municipality's name in the language, with its province's when another
     * municipality has the same name (there are two Бяла), or its code if unknown.
     */
    public String placeName(String code, Locale locale) {
        String language = language(locale);
        return engine.places().municipality(code).map(municipality -> {
            String name = municipality.name(language);
            return !sharedNames.contains(language + ":" + name) ? name
                    : name + " ("
                            + engine.places()
                                .province(municipality.provinceCode())
                                .map(province -> province.name(language))
                                .orElse(municipality.provinceCode())
                            + ")";
        }).orElse(code);
    }

    /** The provinces, by name in the language. */
    public List<Choice> provinces(Locale locale) {
        return once(new ChoiceList("provinces", language(locale), null, null),
                language -> engine.places()
                    .provinces()
                    .stream()
                    .sorted(Comparator.comparing((Province province) -> province.name(language)))
                    .map(province -> new Choice(province.code(), province.name(language)))
                    .toList());
    }

    /** Which way the help of a category goes; empty for an unknown category. */
    public Optional<Flow> flowOf(String category) {
        return engine.taxonomy().category(category).map(Category::flow);
    }

    private Map<String, List<Choice>> categories(String language, Predicate<Category> shown) {
        Map<String, List<Choice>> byBranch = new LinkedHashMap<>();
        for (Category category : engine.taxonomy().categories()) {
            if (!shown.test(category)) {
                continue;
            }
            Category branch = engine.taxonomy().require(category.branchCode());
            byBranch.computeIfAbsent(branch.label(language), k -> new ArrayList<>())
                .add(new Choice(category.code(), category.label(language)));
        }
        byBranch.replaceAll((branch, choices) -> List.copyOf(choices));
        return Collections.unmodifiableMap(byBranch);
    }

    /**
     * Province name to its municipalities, both in alphabetical order of the language.
     */
    public Map<String, List<Choice>> municipalities(Locale locale) {
        return once(new ChoiceList("municipalities", language(locale), null, null), this::municipalities);
    }

    /**
     * The province's municipalities in alphabetical order of the language, under the
     * province's name; empty for an unknown province.
     */
    public Map<String, List<Choice>> municipalitiesOf(String provinceCode, Locale locale) {
        // only known provinces are kept: the code comes from the request
        return engine.places()
            .province(provinceCode)
            .map(province -> this.<Map<String, List<Choice>>>once(
                    new ChoiceList("municipalities of " + province.code(), language(locale), null, null),
                    language -> Map.of(province.name(language),
                            engine.places()
                                .municipalitiesOf(province.code())
                                .stream()
                                .sorted(Comparator.comparing((Municipality m) -> m.name(language)))
                                .map(m -> new Choice(m.code(), m.name(language)))
                                .toList())))
            .orElse(Map.of());
    }

    private Map<String, List<Choice>> municipalities(String language) {
        Map<String, List<Choice>> byProvince = new LinkedHashMap<>();
        engine.places()
            .provinces()
            .stream()
            .sorted(Comparator.comparing((Province p) -> p.name(language)))
            .forEach(p -> byProvince.put(p.name(language),
                    engine.places()
                        .municipalitiesOf(p.code())
                        .stream()
                        .sorted(Comparator.comparing((Municipality m) -> m.name(language)))
                        .map(m -> new Choice(m.code(), m.name(language)))
                        .toList()));
        return Collections.unmodifiableMap(byProvince);
    }

    /**
     * A post's title as the reader may see it: the member's, or the category's label in
     * its place while the text is withheld ({@link StoredOffer#withTextWithheld()}).
     */
    public String title(StoredPost post, Locale locale) {
        return post.title() == null || post.title().isBlank() ? categoryLabel(post.category(), locale) : post.title();
    }

    /** A category's label in the language, or its code if unknown. */
    public String categoryLabel(String code, Locale locale) {
        return engine.taxonomy().category(code).map(c -> c.label(language(locale))).orElse(code);
    }

    /** A municipality's name in the language, or its code if unknown. */
    public String municipalityName(String code, Locale locale) {
        return engine.places().municipality(code).map(m -> m.name(language(locale))).orElse(code);
    }

    /**
     * The name of a municipality's province in the language, or the municipality's code
     * if unknown.
     */
    public String provinceNameOf(String municipalityCode, Locale locale) {
        String language = language(locale);
        return engine.places()
            .municipality(municipalityCode)
            .flatMap(municipality -> engine.places().province(municipality.provinceCode()))
            .map(province -> province.name(language))
            .orElse(municipalityCode);
    }

    /** A value and its label. */
    public record Choice(String value, String label) {
    }

}
