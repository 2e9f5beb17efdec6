package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.organisation.OrganisationRegistered;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Tells the administrators and the coordinators of its region that an organisation waits
 * for approval; the e-mail says nothing the registrant wrote.
 */
@Component
record RegistrationNotices(Coordinators coordinators, Mailer mailer, InKindProperties properties) {

    @EventListener
    void onRegistered(OrganisationRegistered registered) {
        for (String coordinator : coordinators.answeringFor(registered.municipality())) {
            mailer.send(coordinator, "bg", "organisation-to-approve",
                    Map.of("link", properties.link("/coordinator/organisations")));
        }
    }

}
