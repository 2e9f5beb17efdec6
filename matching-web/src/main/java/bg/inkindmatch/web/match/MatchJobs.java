package bg.inkindmatch.web.match;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalTime;

/** The background jobs of matches, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class MatchJobs {

    @Bean
    RecurringTask<Void> expireProposalsTask(ProposalDeadlines deadlines, InKindProperties properties) {
        return Jobs.every("match-deadlines", properties.matching().checkEvery(), deadlines::run);
    }

    /** A matching round that failed after its retries is run again here. */
    @Bean
    RecurringTask<Void> catchUpRoundTask(RoundWorker rounds, InKindProperties properties) {
        return Jobs.every("match-catch-up", properties.matching().checkEvery(), rounds::catchUp);
    }

    /** Fairness counts of days long past are forgotten once a day, at night. */
    @Bean
    RecurringTask<Void> forgetOldReceiptsTask(CentreReceipts receipts, InKindProperties properties) {
        return Jobs.on("fairness-forget", new Daily(properties.zone(), LocalTime.of(3, 30)), receipts::forgetOld);
    }

    /** The daily digest, at the configured time of day in the partnership's zone. */
    @Bean
    RecurringTask<Void> dailyDigestTask(MatchDigests digests, InKindProperties properties) {
        return Jobs.on("match-digest", new Daily(properties.zone(), properties.mail().digestAt()), digests::run);
    }

}
