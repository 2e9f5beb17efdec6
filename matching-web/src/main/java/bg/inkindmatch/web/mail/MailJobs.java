package bg.inkindmatch.web.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The background job that empties the outbox, scheduled by db-scheduler (one instance at
 * a time).
 */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    @Bean
    RecurringTask<Void> sendMailTask(OutboxSender sender, InKindProperties properties) {
        return Tasks.recurring("mail-outbox", FixedDelay.of(properties.mail().sendEvery()))
            .execute((instance, context) -> sender.sendDue());
    }

}
