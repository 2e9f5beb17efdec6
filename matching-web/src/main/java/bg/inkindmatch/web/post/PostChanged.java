package bg.inkindmatch.web.post;

/**
 * A post was created or changed; published inside the transaction that changed it.
 *
 * @param side offer or need
 * @param id the post's id
 */
public record PostChanged(Side side, long id) {
}
