package bg.inkindmatch.core.taxonomy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A node of the two-level category taxonomy.
 *
 * @param code the stable code: a branch ({@code consumables}) or a leaf
 * ({@code consumables.hygiene}) whose branch is the part before the dot
 * @param labelBg the Bulgarian label
 * @param labelEn the English label
 * @param units the units in which posts of this category may be counted, at least one
 * @param related codes of other leaves that can serve the same purpose
 */
public record Category(String code, String labelBg, String labelEn, List<Unit> units, Set<String> related, Flow flow) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)?");

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelBg, "labelBg");
        Objects.requireNonNull(labelEn, "labelEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 'branch' or 'branch.leaf' in lower case: " + code);
        }
        if (labelBg.isBlank() || labelEn.isBlank()) {
            throw new IllegalArgumentException("labels must not be blank: " + code);
        }
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("units must not be empty: " + code);
        }
        related = Set.copyOf(related);
        Objects.requireNonNull(flow, "flow");
    }

    /** A category whose help goes to the centres, as most do. */
    public Category(String code, String labelBg, String labelEn, List<Unit> units, Set<String> related) {
        this(code, labelBg, labelEn, units, related, Flow.TO_CENTRES);
    }

    /** Whether this is a branch (top-level) category. */
    public boolean isBranch() {
        return code.indexOf('.') < 0;
    }

    /**
     * The code of the branch this category belongs to; a branch's own code for a branch.
     */
    public String branchCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** Whether a post of this category may be counted in the given unit. */
    public boolean allows(Unit unit) {
        return units.contains(unit);
    }

    /** The label in the given language ({@code "bg"} or anything else for English). */
    public String label(String language) {
        return "bg".equals(language) ? labelBg : labelEn;
    }

    /** The branch code, if this is a leaf. */
    public Optional<String> parentCode() {
        return isBranch() ? Optional.empty() : Optional.of(branchCode());
    }
}
