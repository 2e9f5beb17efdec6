package bg.inkindmatch.core.taxonomy;

/**
 * Which way the help of a category goes. The direction belongs to what is given, not to
 * who gives it: a centre receives hygiene products and gives a training on the forms of
 * violence to a company's staff.
 */
public enum Flow {

    /**
     * Goods, services, jobs and places for the centres and the people they support:
     * companies and partner organisations give, centres receive.
     */
    TO_CENTRES,
    /**
     * Trainings for workplaces: centres and partner organisations give, employers
     * (companies, institutions, the chamber) receive.
     */
    TO_WORKPLACES;

    /** The flow a data file names ({@code to-centres}, {@code to-workplaces}). */
    static Flow ofCode(String code) {
        for (Flow flow : values()) {
            if (flow.name().replace('_', '-').equalsIgnoreCase(code)) {
                return flow;
            }
        }
        throw new IllegalStateException("unknown flow " + code);
    }

}
