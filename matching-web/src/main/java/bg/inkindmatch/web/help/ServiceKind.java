package bg.inkindmatch.web.help;

/** What a centre's service helps with. */
public enum ServiceKind {

    COUNSELLING, CRISIS_ACCOMMODATION, LEGAL, PSYCHOLOGICAL, CHILDREN, WORK_AND_TRAINING

}
