package bg.inkindmatch.web.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.Jobs;
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
        return Jobs.every("mail-outbox", properties.mail().sendEvery(), sender::sendDue);
    }

}
