package bg.inkindmatch.web.match;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No match of the member's organisation has the id: a 404 page, for another
 * organisation's match too.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MatchNotFoundException extends RuntimeException {

    public MatchNotFoundException(long id) {
        super("no match " + id);
    }

}
