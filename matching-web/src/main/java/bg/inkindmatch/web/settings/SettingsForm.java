package bg.inkindmatch.web.settings;

import bg.inkindmatch.web.organisation.MailPreference;
import jakarta.validation.constraints.NotNull;

/**
 * The organisation's settings as a form.
 *
 * @param mailPreference per proposal, daily digest, or none
 * @param proposalsPaused whether new proposals stop for now (absent means no)
 */
record SettingsForm(@NotNull MailPreference mailPreference, Boolean proposalsPaused) {

    /** Whether new proposals stop for now. */
    boolean paused() {
        return Boolean.TRUE.equals(proposalsPaused);
    }
}
