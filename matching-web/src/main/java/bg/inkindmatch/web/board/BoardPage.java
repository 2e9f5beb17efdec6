package bg.inkindmatch.web.board;

import java.util.List;

/**
 * One page of the board.
 *
 * @param posts the posts of the page
 * @param page the page, from 0
 * @param size posts per page
 * @param total how many posts match the filter in all
 */
public record BoardPage(List<BoardPost> posts, int page, int size, long total) {

    /** Whether a later page exists. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
