package bg.inkindmatch.web.match;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** The background jobs of matches, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class MatchJobs {

    @Bean
    RecurringTask<Void> expireProposalsTask(ProposalDeadlines deadlines,
                                            @Value("${inkind.matching.check-every:1m}") Duration every) {
        return Tasks.recurring("match-deadlines", FixedDelay.of(every))
                .execute((instance, context) -> deadlines.run());
    }

    /** A matching round that failed after its retries is run again here. */
    @Bean
    RecurringTask<Void> catchUpRoundTask(MatchingRounds rounds,
                                         @Value("${inkind.matching.check-every:1m}") Duration every) {
        return Tasks.recurring("match-catch-up", FixedDelay.of(every))
                .execute((instance, context) -> rounds.catchUp());
    }

    /** The daily digest, at the configured time of day in Bulgaria. */
    @Bean
    RecurringTask<Void> dailyDigestTask(MatchDigests digests,
                                        @Value("${inkind.mail.digest-at:07:00}") LocalTime at) {
        return Tasks.recurring("match-digest", new Daily(ZoneId.of("Europe/Sofia"), at))
                .execute((instance, context) -> digests.run());
    }
}
