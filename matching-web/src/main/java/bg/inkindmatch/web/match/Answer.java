package bg.inkindmatch.web.match;

/** One side's answer to a proposal. */
public enum Answer {

    ACCEPTED, DECLINED

}
