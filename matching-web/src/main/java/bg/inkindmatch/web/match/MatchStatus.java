package bg.inkindmatch.web.match;

/** {@code PROPOSED -> AGREED | DECLINED | EXPIRED}, {@code AGREED -> DELIVERED | CANCELLED}. */
public enum MatchStatus {
    PROPOSED, AGREED, DECLINED, EXPIRED, DELIVERED, CANCELLED
}
