package bg.inkindmatch.web.coordinator;

import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.organisation.Registrations;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.Jobs;
import bg.inkindmatch.web.system.OwnTransaction;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells the administrators and the coordinators of their regions which confirmed
 * registrations wait for approval: one e-mail per coordinator and interval
 * ({@code inkind.registration.digest-every}) with how many, whatever their number, and
 * nothing the registrants wrote. Registrations in bulk therefore cost a coordinator at
 * most one e-mail an interval. The same run forgets registrations never confirmed.
 */
@Component
record RegistrationNotices(Coordinators coordinators, Registrations registrations, Mailer mailer,
        InKindProperties properties, OwnTransaction transaction) {

    private static final Logger log = LoggerFactory.getLogger(RegistrationNotices.class);

    /** Announces what waits, then forgets the unconfirmed registrations. */
    void run() {
        transaction.call(status -> {
            announce();
            return null;
        });
        int forgotten = registrations.forgetUnconfirmed();
        if (forgotten > 0) {
            log.info("Forgot {} registrations whose address was never confirmed", forgotten);
        }
    }

    /** The e-mails and the marks together: each registration is announced once. */
    private void announce() {
        List<Registrations.Waiting> waiting = registrations.toAnnounce();
        Map<String, Integer> perCoordinator = new TreeMap<>();
        for (Registrations.Waiting registration : waiting) {
            for (String coordinator : coordinators.answeringFor(registration.municipality())) {
                perCoordinator.merge(coordinator, 1, Integer::sum);
            }
        }
        perCoordinator.forEach((coordinator, count) -> mailer.send(coordinator, "bg", "organisation-to-approve",
                Map.of("link", properties.link("/coordinator/organisations"), "count", count)));
        registrations.announced(waiting.stream().map(Registrations.Waiting::organisationId).toList());
    }

    /** The digest, run by db-scheduler on one instance at a time. */
    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> registrationDigestTask(RegistrationNotices notices, InKindProperties properties) {
            return Jobs.every("registration-digest", properties.registration().digestEvery(), notices::run);
        }

    }

}
