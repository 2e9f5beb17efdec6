package bg.inkindmatch.web.mail;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The background job that empties the outbox, scheduled by db-scheduler (one instance at a time). */
@Configuration(proxyBeanMethods = false)
class MailJobs {

    @Bean
    RecurringTask<Void> sendMailTask(OutboxSender sender, @Value("${inkind.mail.send-every:5s}") Duration every) {
        return Tasks.recurring("mail-outbox", FixedDelay.of(every))
                .execute((instance, context) -> sender.sendDue());
    }
}
