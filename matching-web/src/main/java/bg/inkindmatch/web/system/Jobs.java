package bg.inkindmatch.web.system;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import java.time.Duration;

/**
 * The application's recurring jobs, as db-scheduler runs them: on one instance at a time,
 * again after each run. Each feature declares its own; this is how they are written.
 */
public final class Jobs {

    private Jobs() {
    }

    /** A job that runs again the given delay after each run ends. */
    public static RecurringTask<Void> every(String name, Duration delay, Runnable work) {
        return on(name, FixedDelay.of(delay), work);
    }

    /** A job that runs on a schedule of its own. */
    public static RecurringTask<Void> on(String name, Schedule schedule, Runnable work) {
        return Tasks.recurring(name, schedule).execute((instance, context) -> work.run());
    }

}
