package bg.inkindmatch.web.training;

import bg.inkindmatch.core.taxonomy.Flow;
import bg.inkindmatch.web.mail.Mailer;
import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.match.MatchNotFoundException;
import bg.inkindmatch.web.match.MatchService;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.InKindProperties;
import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sessions of agreed workplace trainings: the side that gives the training schedules,
 * changes and cancels them and records how many came; the side that asked for it receives
 * each as a calendar invitation, a reminder the day before, and a feedback form after.
 */
@Service
public class TrainingSessions {

    /** How long before a session its reminder goes out. */
    static final Duration REMINDER_AHEAD = Duration.ofHours(24);

    private final MatchService matches;

    private final OrganisationRepository organisations;

    private final TrainingSessionRepository sessions;

    private final SessionCalendar calendar;

    private final Feedback feedback;

    private final Mailer mailer;

    private final PostChoices choices;

    private final MessageSource messages;

    private final LocaleFormats formats;

    private final InKindProperties properties;

    private final Clock clock;

    TrainingSessions(MatchService matches, OrganisationRepository organisations, TrainingSessionRepository sessions,
            SessionCalendar calendar, Feedback feedback, Mailer mailer, PostChoices choices, MessageSource messages,
            LocaleFormats formats, InKindProperties properties, Clock clock) {
        this.matches = matches;
        this.organisations = organisations;
        this.sessions = sessions;
        this.calendar = calendar;
        this.feedback = feedback;
        this.mailer = mailer;
        this.choices = choices;
        this.messages = messages;
        this.formats = formats;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * An agreed workplace training as one of its sides sees it.
     *
     * @param view the match
     * @param provider the side that gives the training
     * @param requester the side that asked for it
     * @param providing whether the reader is the provider
     */
    public record Training(MatchService.View view, StoredOrganisation provider, StoredOrganisation requester,
            boolean providing) {

        /** The training's name: the offer's title. */
        public String title() {
            return view.offer().title();
        }

    }

    /**
     * The organisation's agreed workplace training of the match; any other match, or
     * another organisation's, is not found.
     */
    public Training training(StoredOrganisation organisation, long matchId) {
        MatchService.View view = matches.find(organisation, matchId);
        boolean workplace = choices.flowOf(view.offer().category()).filter(Flow.TO_WORKPLACES::equals).isPresent();
        if (!workplace || !view.match().status().isAgreedByBoth()) {
            throw new MatchNotFoundException(matchId);
        }
        StoredOrganisation provider = organisations.findById(view.offer().organisationId()).orElseThrow();
        StoredOrganisation requester = organisations.findById(view.need().organisationId()).orElseThrow();
        return new Training(view, provider, requester, view.side() == Match.Side.COMPANY);
    }

    /** The training's sessions, the earliest first. */
    public List<TrainingSession> of(Training training) {
        return sessions.findByMatchIdOrderByStartsAtAsc(training.view().match().id());
    }

    /** One session of the training; another training's is not found. */
    TrainingSession session(Training training, long sessionId) {
        return sessions.findById(sessionId)
            .filter(session -> session.matchId() == training.view().match().id())
            .orElseThrow(() -> new MatchNotFoundException(training.view().match().id()));
    }

    /** The provider schedules a session; the requester receives the invitation. */
    @Transactional
    public TrainingSession schedule(Training training, SessionForm form) {
        requireProvider(training);
        TrainingSession session = sessions.save(TrainingSession.scheduled(training.view().match().id(),
                form.time(clock.getZone()), form.place(), form.seats(), clock.instant()));
        invite(training, session, "scheduled");
        return session;
    }

    /** The provider changes a session; the requester's calendar updates the event. */
    @Transactional
    public TrainingSession change(Training training, long sessionId, SessionForm form) {
        requireProvider(training);
        TrainingSession session = session(training, sessionId);
        if (!session.isScheduled()) {
            return session;
        }
        TrainingSession changed = sessions
            .save(session.changed(form.time(clock.getZone()), form.place(), form.seats()));
        invite(training, changed, "changed");
        return changed;
    }

    /** The provider calls a session off; the requester's calendar removes the event. */
    @Transactional
    public void cancel(Training training, long sessionId) {
        requireProvider(training);
        TrainingSession session = session(training, sessionId);
        if (session.isScheduled()) {
            invite(training, sessions.save(session.cancelled()), "cancelled");
        }
    }

    /**
     * The provider records how many came, once the session began; the requester is asked
     * for feedback the first time.
     */
    @Transactional
    public boolean recordAttendance(Training training, long sessionId, int people) {
        requireProvider(training);
        TrainingSession session = session(training, sessionId);
        if (!session.isScheduled() || !session.hasBegun(clock.instant())) {
            return false;
        }
        boolean first = !session.isRecorded();
        sessions.save(session.attendedBy(people));
        if (first) {
            mail(training, session, "feedback", null);
        }
        return true;
    }

    /**
     * The requester's feedback on a session whose attendance was recorded; once. False if
     * it cannot be given (not the requester, not recorded yet, given already).
     */
    @Transactional
    public boolean giveFeedback(Training training, long sessionId, FeedbackForm form) {
        TrainingSession session = session(training, sessionId);
        return !training.providing() && session.isRecorded() && feedback.give(sessionId, form, clock.instant());
    }

    /** Whether the requester can still give feedback on the session. */
    public boolean awaitsFeedback(Training training, TrainingSession session) {
        return !training.providing() && session.isRecorded() && feedback.of(session.id()).isEmpty();
    }

    /** The feedback given on a session, if any. */
    public java.util.Optional<SessionFeedback> feedbackOn(TrainingSession session) {
        return feedback.of(session.id());
    }

    /** The session as a calendar object, for either side to download. */
    public String calendarOf(Training training, long sessionId) {
        return calendar(training, session(training, sessionId));
    }

    /** Reminds the requesters of the sessions of the next day; returns how many. */
    public int remind() {
        Instant now = clock.instant();
        int reminded = 0;
        for (TrainingSession session : sessions.dueForReminder(now, now.plus(REMINDER_AHEAD))) {
            Training training = trainingOf(session);
            mail(training, session, "reminder", null);
            sessions.save(session.reminded(now));
            reminded++;
        }
        return reminded;
    }

    private Training trainingOf(TrainingSession session) {
        MatchService.View view = matches.asGiver(session.matchId());
        return new Training(view, organisations.findById(view.offer().organisationId()).orElseThrow(),
                organisations.findById(view.need().organisationId()).orElseThrow(), true);
    }

    private void requireProvider(Training training) {
        if (!training.providing()) {
            throw new MatchNotFoundException(training.view().match().id());
        }
    }

    private void invite(Training training, TrainingSession session, String event) {
        mail(training, session, event, calendar(training, session));
    }

    private String calendar(Training training, TrainingSession session) {
        return calendar.of(session, training.title(), training.provider().name() + " · InKind Match",
                training.provider().email(), training.requester().email());
    }

    /**
     * The e-mail of an event of a session (scheduled, changed, cancelled, reminder,
     * feedback) to the side that asked for the training, with the invitation if any.
     */
    private void mail(Training training, TrainingSession session, String event, String invitation) {
        StoredOrganisation to = training.requester();
        Locale locale = Locale.forLanguageTag(to.language());
        String page = "/matches/" + session.matchId() + "/sessions";
        Map<String, Object> model = Map.of("event", event, "title", training.title(), "provider",
                training.provider().name(), "starts", formats.dateTime(session.startsAt(), locale), "place",
                session.place(), "seats", formats.number(session.seats(), locale), "link",
                properties.link(event.equals("feedback") ? page + "/" + session.id() + "/feedback" : page));
        mailer.sendWithCalendar(to.email(), to.language(), "training-session", model, invitation,
                text("mail.training.event." + event, locale), training.title());
    }

    /** A text of the bundles in the language. */
    String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}
