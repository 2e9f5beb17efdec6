package bg.inkindmatch.core.scoring;

/** A rule that every proposed pair passes. A pair that fails one is never proposed. */
public enum HardRule {

    /** The categories are compatible (same, branch and leaf, or related). */
    CATEGORY_COMPATIBLE,
    /** Both are counted in the same unit; units are never converted. */
    SAME_UNIT,
    /** The offer is available on some day from today until the need's deadline. */
    DATES_OVERLAP,
    /** The offer's reach covers the need's handover municipality. */
    WITHIN_REACH,
    /** Both are open with something remaining. */
    BOTH_OPEN,
    /** They come from different organisations. */
    DIFFERENT_ORGANISATIONS,
    /** Both organisations are approved. */
    BOTH_APPROVED,
    /**
     * A training's format and languages fit what the requester can take (a format both
     * accept, a language both speak); posts without training terms pass.
     */
    TRAINING_TERMS_FIT

}
