package bg.inkindmatch.web.staleness;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The staleness check, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class StalenessJobs {

    @Bean
    RecurringTask<Void> stalePostsTask(StalePosts stalePosts, InKindProperties properties) {
        return Jobs.every("stale-posts", properties.staleness().checkEvery(), stalePosts::run);
    }

}
