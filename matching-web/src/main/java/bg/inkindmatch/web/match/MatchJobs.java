package bg.inkindmatch.web.match;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The background jobs of matches, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class MatchJobs {

    @Bean
    RecurringTask<Void> expireProposalsTask(ProposalDeadlines deadlines, InKindProperties properties) {
        return Tasks.recurring("match-deadlines", FixedDelay.of(properties.matching().checkEvery()))
            .execute((instance, context) -> deadlines.run());
    }

    /** A matching round that failed after its retries is run again here. */
    @Bean
    RecurringTask<Void> catchUpRoundTask(MatchingRounds rounds, InKindProperties properties) {
        return Tasks.recurring("match-catch-up", FixedDelay.of(properties.matching().checkEvery()))
            .execute((instance, context) -> rounds.catchUp());
    }

    /** The daily digest, at the configured time of day in the partnership's zone. */
    @Bean
    RecurringTask<Void> dailyDigestTask(MatchDigests digests, InKindProperties properties) {
        return Tasks.recurring("match-digest", new Daily(properties.zone(), properties.mail().digestAt()))
            .execute((instance, context) -> digests.run());
    }

}
