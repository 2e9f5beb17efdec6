package bg.inkindmatch.web.staleness;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The staleness check, run by db-scheduler on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class StalenessJobs {

    @Bean
    RecurringTask<Void> stalePostsTask(StalePosts stalePosts,
                                       @Value("${inkind.staleness.check-every:1h}") Duration every) {
        return Tasks.recurring("stale-posts", FixedDelay.of(every)).execute((instance, context) -> stalePosts.run());
    }
}
