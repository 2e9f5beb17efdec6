package bg.inkindmatch.core.organisation;

import bg.inkindmatch.core.taxonomy.Flow;

/**
 * What an organisation is. What it may offer or request depends on the flow of the
 * category: goods go to centres, trainings for staff go to workplaces.
 */
public enum OrganisationKind {

    /** A member company of the chamber of commerce. */
    COMPANY,
    /** A crisis centre for women who survived violence, and their children. */
    CENTRE,
    /** A public institution: a hospital, a municipality, a school, social services. */
    INSTITUTION,
    /** A chamber of commerce. */
    CHAMBER;

    /**
     * Whether an organisation of this kind may offer in a category of the flow: anyone
     * but a centre gives to centres; anyone but a company gives trainings to workplaces.
     */
    public boolean mayOffer(Flow flow) {
        return flow == Flow.TO_CENTRES ? this != CENTRE : this != COMPANY;
    }

    /**
     * Whether an organisation of this kind may ask in a category of the flow: only
     * centres ask for what goes to centres; anyone but a centre asks for a training for
     * its staff.
     */
    public boolean mayRequest(Flow flow) {
        return flow == Flow.TO_CENTRES ? this == CENTRE : this != CENTRE;
    }

}
