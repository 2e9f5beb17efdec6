package bg.inkindmatch.web.post;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No post of the member's organisation has the requested id: a 404 page. Another
 * organisation's post is "not found" too, so that ids reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PostNotFoundException extends RuntimeException {

    public PostNotFoundException(long id) {
        super("no post " + id);
    }

}
