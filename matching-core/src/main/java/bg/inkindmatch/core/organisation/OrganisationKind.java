package bg.inkindmatch.core.organisation;

/** What an organisation is: a company that gives, or a centre that receives. */
public enum OrganisationKind {

    /** A member company of the chamber of commerce; posts offers. */
    COMPANY,
    /** A crisis centre; posts needs. */
    CENTRE

}
