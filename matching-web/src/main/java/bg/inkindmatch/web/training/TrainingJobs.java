package bg.inkindmatch.web.training;

import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The background job of training sessions: the reminders of the next day's sessions. */
@Configuration(proxyBeanMethods = false)
class TrainingJobs {

    @Bean
    RecurringTask<Void> sessionRemindersTask(TrainingSessions sessions, InKindProperties properties) {
        return Jobs.every("training-reminders", properties.matching().checkEvery(), sessions::remind);
    }

}
