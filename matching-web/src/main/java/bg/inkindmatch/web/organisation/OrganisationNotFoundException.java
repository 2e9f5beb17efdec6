package bg.inkindmatch.web.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No organisation has the requested id: a 404 page, never a server error. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFoundException extends RuntimeException {

    public OrganisationNotFoundException(long id) {
        super("no organisation " + id);
    }

}
