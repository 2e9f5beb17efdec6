package bg.inkindmatch.web.training;

import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.organisation.Members;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.LocaleFormats;
import org.springframework.context.i18n.LocaleContextHolder;
import bg.inkindmatch.web.training.TrainingSessions.Training;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import bg.inkindmatch.web.system.Download;

/**
 * The sessions page of an agreed workplace training: the provider schedules, changes and
 * cancels sessions and records attendance; the requester adds them to a calendar and
 * gives feedback.
 */
@Controller
record SessionController(TrainingSessions sessions, Members members, FormRecovery recovery, LocaleFormats formats,
        PostChoices choices, Clock clock) {

    private static final String PAGE = "training/sessions";

    private static final int MOST_PEOPLE = 10_000;

    @GetMapping("/matches/{id}/sessions")
    String page(@AuthenticationPrincipal UserDetails member, @PathVariable long id, Model model, Locale locale) {
        Training training = training(member, id);
        Integer perSession = training.view().offer().trainingSessionSeats();
        model.addAttribute("sessionForm", SessionForm.empty(LocalDate.now(clock), perSession == null
                ? training.view().match().units() : Math.min(perSession, training.view().match().units())));
        return page(training, model, locale);
    }

    @PostMapping("/matches/{id}/sessions")
    String schedule(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, HttpServletRequest request,
            Model model, Locale locale) {
        Training training = training(member, id);
        if (!valid(form, errors, request, model)) {
            return page(training, model, locale);
        }
        sessions.schedule(training, form);
        return "redirect:/matches/" + id + "/sessions?scheduled";
    }

    @GetMapping("/matches/{id}/sessions/{session}/edit")
    String edit(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session,
            Model model) {
        Training training = training(member, id);
        model.addAttribute("sessionForm", SessionForm.of(sessions.session(training, session), clock.getZone()));
        show(training, model);
        model.addAttribute("sessionId", session);
        return "training/session-edit";
    }

    @PostMapping("/matches/{id}/sessions/{session}")
    String change(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, HttpServletRequest request,
            Model model) {
        Training training = training(member, id);
        if (!valid(form, errors, request, model)) {
            show(training, model);
            model.addAttribute("sessionId", session);
            return "training/session-edit";
        }
        sessions.change(training, session, form);
        return "redirect:/matches/" + id + "/sessions?changed";
    }

    @PostMapping("/matches/{id}/sessions/{session}/cancel")
    String cancel(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session) {
        sessions.cancel(training(member, id), session);
        return "redirect:/matches/" + id + "/sessions?cancelled";
    }

    @PostMapping("/matches/{id}/sessions/{session}/attendance")
    String attendance(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session,
            @RequestParam(name = "attended", required = false) String attended) {
        Training training = training(member, id);
        int people = people(attended);
        boolean recorded = people >= 0 && sessions.recordAttendance(training, session, people);
        return "redirect:/matches/" + id + "/sessions?" + (recorded ? "recorded" : "not-recorded");
    }

    @GetMapping("/matches/{id}/sessions/{session}/invite.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal UserDetails member, @PathVariable long id,
            @PathVariable long session) {
        String calendar = sessions.calendarOf(training(member, id), session);
        return Download.of("training-session-" + session + ".ics",
                new MediaType("text", "calendar", StandardCharsets.UTF_8), calendar.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/matches/{id}/sessions/{session}/feedback")
    String feedbackForm(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session,
            Model model) {
        Training training = training(member, id);
        sessions.session(training, session);
        model.addAttribute("feedbackForm", new FeedbackForm(null, ""));
        return feedbackPage(training, session, model);
    }

    @PostMapping("/matches/{id}/sessions/{session}/feedback")
    String feedback(@AuthenticationPrincipal UserDetails member, @PathVariable long id, @PathVariable long session,
            @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, HttpServletRequest request,
            Model model) {
        Training training = training(member, id);
        if (recovery.unbound(FeedbackForm.class, request, errors, model) || errors.hasErrors()) {
            return feedbackPage(training, session, model);
        }
        boolean given = sessions.giveFeedback(training, session, form);
        return "redirect:/matches/" + id + "/sessions?" + (given ? "thanks" : "not-given");
    }

    /**
     * The training and its name as the reader may see it (the centre's title once a
     * coordinator has seen it, its category until then).
     */
    private void show(Training training, Model model) {
        model.addAttribute("training", training);
        model.addAttribute("trainingTitle", choices.title(training.view().offer(), LocaleContextHolder.getLocale()));
    }

    private Training training(UserDetails member, long id) {
        return sessions.training(members.current(member), id);
    }

    private boolean valid(SessionForm form, BindingResult errors, HttpServletRequest request, Model model) {
        if (errors.getTarget() == null) {
            // a value did not convert: the form is rebuilt, and its day is checked too
            SessionForm recovered = recovery.recover(SessionForm.class, request, errors, model);
            recovered.checkDay((BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "sessionForm"),
                    LocalDate.now(clock));
            return false;
        }
        form.checkDay(errors, LocalDate.now(clock));
        return !errors.hasErrors();
    }

    private String page(Training training, Model model, Locale locale) {
        show(training, model);
        model.addAttribute("sessions",
                sessions.of(training)
                    .stream()
                    .map(session -> new SessionLine(session, formats.dateTime(session.startsAt(), locale),
                            session.hasBegun(clock.instant()), sessions.awaitsFeedback(training, session),
                            sessions.feedbackOn(session).orElse(null)))
                    .toList());
        return PAGE;
    }

    private String feedbackPage(Training training, long session, Model model) {
        show(training, model);
        model.addAttribute("sessionId", session);
        model.addAttribute("ratings", List.of(1, 2, 3, 4, 5));
        return "training/feedback";
    }

    /** A number of people as typed: 0 to 10,000, or -1 for anything else. */
    private static int people(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 5 || !typed.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int people = Integer.parseInt(typed);
        return people <= MOST_PEOPLE ? people : -1;
    }

    /**
     * A session as its line on the page shows it.
     *
     * @param session the session
     * @param starts when it starts, in the reader's language
     * @param begun whether it began (attendance can be recorded)
     * @param awaitsFeedback whether the reader may still give feedback on it
     * @param feedback the feedback given, or null
     */
    public record SessionLine(TrainingSession session, String starts, boolean begun, boolean awaitsFeedback,
            SessionFeedback feedback) {
    }

}
