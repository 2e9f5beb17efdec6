package bg.inkindmatch.core.offer;

/** Where an offer can go, seen from the municipality of the company that gives it. */
public enum Reach {

    /** Only to handover points in the company's own municipality. */
    MUNICIPALITY,
    /** To handover points anywhere in the company's province. */
    PROVINCE,
    /**
     * Anywhere in the country (delivered, or not physical at all, such as platform
     * seats).
     */
    COUNTRY,
    /**
     * The centre collects it: any handover point within the pickup radius of the
     * company's municipality.
     */
    PICKUP

}
