package bg.inkindmatch.core.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The category taxonomy: which categories exist, how they nest and which can meet which.
 *
 * <p>
 * The standard taxonomy is data, read from the resource {@code categories.txt} beside
 * this class. Instances are immutable and safe to share between threads.
 */
public final class Taxonomy {

    private static final String RESOURCE = "categories.txt";

    private final Map<String, Category> byCode;

    private final Map<String, List<Category>> compatibleByCode;

    private final Map<String, Map<String, CategoryCloseness>> closenessByCodes;

    private final List<Category> ordered;

    private final Map<String, List<Category>> familyByCode;

    /**
     * A taxonomy of the given categories.
     * @throws IllegalArgumentException if codes repeat, a leaf has no branch, or a
     * relation names an unknown category
     */
    public Taxonomy(Collection<Category> categories) {
        Map<String, Category> codes = new LinkedHashMap<>();
        for (Category category : categories) {
            if (codes.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("category code repeats: " + category.code());
            }
        }
        for (Category category : codes.values()) {
            if (!codes.containsKey(category.branchCode())) {
                throw new IllegalArgumentException("category has no branch: " + category.code());
            }
            for (String related : category.related()) {
                if (!codes.containsKey(related)) {
                    throw new IllegalArgumentException(category.code() + " is related to unknown " + related);
                }
            }
        }
        this.byCode = Map.copyOf(codes);
        Map<String, List<Category>> compatible = new LinkedHashMap<>();
        for (Category category : codes.values()) {
            compatible.put(category.code(),
                    codes.values().stream().filter(other -> closenessOf(category, other).compatible()).toList());
        }
        this.compatibleByCode = Map.copyOf(compatible);
        Map<String, Map<String, CategoryCloseness>> closeness = new LinkedHashMap<>();
        for (Category a : codes.values()) {
            Map<String, CategoryCloseness> row = new LinkedHashMap<>();
            codes.values().forEach(b -> row.put(b.code(), closenessOf(a, b)));
            closeness.put(a.code(), Map.copyOf(row));
        }
        this.closenessByCodes = Map.copyOf(closeness);
        this.ordered = List.copyOf(codes.values());
        this.familyByCode = families(ordered, compatibleByCode);
    }

    /**
     * Each category's family: the categories it is connected to by a chain of compatible
     * pairs. Found by a breadth-first search of the compatibility graph from each
     * category not yet placed; a family lists its categories in taxonomy order.
     */
    private static Map<String, List<Category>> families(List<Category> ordered,
            Map<String, List<Category>> compatible) {
        Map<String, List<Category>> family = new LinkedHashMap<>();
        for (Category start : ordered) {
            if (family.containsKey(start.code())) {
                continue;
            }
            Set<String> reached = new HashSet<>(Set.of(start.code()));
            List<Category> frontier = new ArrayList<>(List.of(start));
            while (!frontier.isEmpty()) {
                Category next = frontier.remove(frontier.size() - 1);
                for (Category other : compatible.get(next.code())) {
                    if (reached.add(other.code())) {
                        frontier.add(other);
                    }
                }
            }
            List<Category> members = ordered.stream().filter(c -> reached.contains(c.code())).toList();
            members.forEach(member -> family.put(member.code(), members));
        }
        return Map.copyOf(family);
    }

    /** The standard taxonomy of InKind Match, read from the bundled resource. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new Taxonomy(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Category> parse(BufferedReader reader) throws IOException {
        List<Category> categories = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length != 5 && cells.length != 6) {
                throw new IllegalStateException("a category line needs 5 cells, or 6 with a flow: " + line);
            }
            Flow flow = cells.length == 6 ? Flow.ofCode(cells[5].trim()) : Flow.TO_CENTRES;
            List<Unit> units = Arrays.stream(cells[3].split(","))
                .map(String::trim)
                .map(code -> Unit.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown unit " + code)))
                .toList();
            Set<String> related = new HashSet<>();
            for (String code : cells[4].split(",")) {
                if (!code.isBlank()) {
                    related.add(code.trim());
                }
            }
            categories.add(new Category(cells[0].trim(), cells[1].trim(), cells[2].trim(), units, related, flow));
        }
        return symmetric(categories);
    }

    private static List<Category> symmetric(List<Category> categories) {
        Map<String, Set<String>> related = new LinkedHashMap<>();
        categories.forEach(c -> related.put(c.code(), new HashSet<>(c.related())));
        categories.forEach(
                c -> c.related().forEach(other -> related.computeIfAbsent(other, k -> new HashSet<>()).add(c.code())));
        return categories.stream()
            .map(c -> new Category(c.code(), c.labelBg(), c.labelEn(), c.units(), related.get(c.code()),
                    branchFlow(categories, c)))
            .toList();
    }

    /**
     * A leaf's help goes the way of its branch's; the data file names the flow on the
     * branch.
     */
    private static Flow branchFlow(List<Category> categories, Category category) {
        return categories.stream()
            .filter(c -> c.code().equals(category.branchCode()))
            .findFirst()
            .map(Category::flow)
            .orElse(category.flow());
    }

    /** Every category, branches before their leaves, in the order of the data file. */
    public List<Category> categories() {
        return ordered;
    }

    /** The category with the given code. */
    public Optional<Category> category(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The category with the given code.
     * @throws IllegalArgumentException if there is none
     */
    public Category require(String code) {
        return category(code).orElseThrow(() -> new IllegalArgumentException("unknown category: " + code));
    }

    /**
     * The category's family: every category linked to it by a chain of compatible pairs,
     * itself included, in taxonomy order. Posts of different families never meet, nor do
     * posts that compete with them, so a matching round for a changed post needs only its
     * family's posts.
     * @throws IllegalArgumentException if the category is not of this taxonomy
     */
    public List<Category> familyOf(Category category) {
        List<Category> family = familyByCode.get(category.code());
        if (family == null) {
            throw new IllegalArgumentException("category is not of this taxonomy: " + category.code());
        }
        return family;
    }

    /** The families, each once, in the taxonomy order of their first category. */
    public List<List<Category>> families() {
        return ordered.stream().map(this::familyOf).distinct().toList();
    }

    /**
     * The code that names the category's family: the code of the family's first category.
     * @throws IllegalArgumentException if the category is not of this taxonomy
     */
    public String familyCode(Category category) {
        return familyOf(category).get(0).code();
    }

    /** The codes that name the families, in taxonomy order. */
    public List<String> familyCodes() {
        return families().stream().map(family -> family.get(0).code()).toList();
    }

    /** The family a code of {@link #familyCode} names; empty if it names none. */
    public Optional<List<Category>> family(String familyCode) {
        return category(familyCode).map(this::familyOf).filter(family -> family.get(0).code().equals(familyCode));
    }

    /** The categories whose posts may meet posts of the given one, itself included. */
    public List<Category> compatibleWith(Category category) {
        List<Category> compatible = compatibleByCode.get(category.code());
        if (compatible == null) {
            throw new IllegalArgumentException("category is not of this taxonomy: " + category.code());
        }
        return compatible;
    }

    /**
     * How close two categories are; {@link CategoryCloseness#UNRELATED} means they never
     * meet. A table look-up: it sits on the hot path of ranking.
     * @throws IllegalArgumentException if either category is not of this taxonomy
     */
    public CategoryCloseness closeness(Category a, Category b) {
        Map<String, CategoryCloseness> row = closenessByCodes.get(a.code());
        CategoryCloseness closeness = row == null ? null : row.get(b.code());
        if (closeness == null) {
            throw new IllegalArgumentException("categories are not of this taxonomy: " + a.code() + ", " + b.code());
        }
        return closeness;
    }

    private static CategoryCloseness closenessOf(Category a, Category b) {
        if (a.code().equals(b.code())) {
            return CategoryCloseness.SAME;
        }
        boolean sameBranch = a.branchCode().equals(b.branchCode());
        if (sameBranch && (a.isBranch() || b.isBranch())) {
            return CategoryCloseness.SAME_BRANCH;
        }
        if (a.related().contains(b.code()) || b.related().contains(a.code())) {
            return sameBranch ? CategoryCloseness.SAME_BRANCH : CategoryCloseness.RELATED;
        }
        return CategoryCloseness.UNRELATED;
    }

}
