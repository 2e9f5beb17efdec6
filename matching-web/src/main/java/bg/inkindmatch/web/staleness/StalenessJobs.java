package bg.inkindmatch.web.staleness;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staleness check, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class StalenessJobs {

    @Bean
    RecurringTask<Void> stalePostsTask(StalePosts stalePosts, InKindProperties properties) {
        return Tasks.recurring("stale-posts", FixedDelay.of(properties.staleness().checkEvery()))
            .execute((instance, context) -> stalePosts.run());
    }

}
