package bg.inkindmatch.web.impact;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.coordinator.CoordinatorScope;
import bg.inkindmatch.web.coordinator.Coordinators;
import bg.inkindmatch.web.input.FormRecovery;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.Download;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The coordinator's impact dashboard: the figures of their provinces for a period, with
 * charts, and the same figures as CSV and XLSX.
 */
@Controller
record ImpactController(ImpactReports reports, ImpactTables tables, ImpactCharts charts, ImpactExports exports,
        Coordinators coordinators, MatchingEngine engine, FormRecovery recovery, MessageSource messages, Clock clock) {

    @GetMapping("/coordinator/impact")
    String dashboard(@AuthenticationPrincipal UserDetails coordinator, ImpactForm impactForm, BindingResult binding,
            HttpServletRequest request, Model model, Locale locale) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        model.addAttribute("provinces", provinceChoices(scope, locale));
        if (recovery.unbound(ImpactForm.class, request, binding, model)) {
            return "impact/dashboard";
        }
        Optional<ImpactForm> form = checked(impactForm, scope, model);
        form.ifPresent(asked -> {
            List<ImpactTable> shown = tables.of(figures(asked, scope), Disclosure.FULL, locale);
            model.addAttribute("tables", shown);
            model.addAttribute("charts", charts.drawAll(shown));
        });
        return "impact/dashboard";
    }

    @GetMapping("/coordinator/impact/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal UserDetails coordinator, ImpactForm impactForm,
            BindingResult binding, Model model, Locale locale) {
        return export(coordinator, impactForm, binding, model, locale, "csv", Download.CSV,
                (title, shown) -> exports.csv(title, shown, locale));
    }

    @GetMapping("/coordinator/impact/export.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal UserDetails coordinator, ImpactForm impactForm,
            BindingResult binding, Model model, Locale locale) {
        return export(coordinator, impactForm, binding, model, locale, "xlsx", Download.XLSX, exports::xlsx);
    }

    private ResponseEntity<byte[]> export(UserDetails coordinator, ImpactForm impactForm, BindingResult binding,
            Model model, Locale locale, String extension, MediaType type,
            BiFunction<String, List<ImpactTable>, byte[]> writer) {
        CoordinatorScope scope = coordinators.scopeOf(coordinator);
        ImpactForm asked = binding.hasErrors() ? null : checked(impactForm, scope, model).orElse(null);
        if (asked == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the period or province is not valid");
        }
        String region = asked.province().isEmpty() ? "all" : asked.province();
        String title = messages.getMessage("impact.title", null, locale) + " " + region + " " + asked.from() + " – "
                + asked.to();
        byte[] file = writer.apply(title, tables.of(figures(asked, scope), Disclosure.FULL, locale));
        return Download.of("impact-" + region + "-" + asked.from() + "-" + asked.to() + "." + extension, type, file);
    }

    /**
     * The form completed and checked, in the model with its errors; empty if it has any.
     */
    private Optional<ImpactForm> checked(ImpactForm impactForm, CoordinatorScope scope, Model model) {
        LocalDate today = LocalDate.now(clock);
        ImpactForm form = impactForm.completed(today);
        BindingResult errors = new BeanPropertyBindingResult(form, "impactForm");
        form.check(errors, today, visibleProvinces(scope));
        model.addAttribute("impactForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "impactForm", errors);
        return errors.hasErrors() ? Optional.empty() : Optional.of(form);
    }

    private ImpactFigures figures(ImpactForm form, CoordinatorScope scope) {
        Optional<Set<String>> provinces = !form.province().isEmpty() ? Optional.of(Set.of(form.province()))
                : scope.wholeCountry() ? Optional.empty() : Optional.of(scope.provinces());
        return reports.figures(form.period(), provinces);
    }

    private Set<String> visibleProvinces(CoordinatorScope scope) {
        return engine.places()
            .provinces()
            .stream()
            .map(Province::code)
            .filter(scope::covers)
            .collect(Collectors.toSet());
    }

    /**
     * "All" first (the country, or all of the coordinator's provinces), then each
     * province by name.
     */
    private Map<String, String> provinceChoices(CoordinatorScope scope, Locale locale) {
        String language = PostChoices.language(locale);
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", messages.getMessage(scope.wholeCountry() ? "impact.country" : "impact.all-mine", null, locale));
        engine.places()
            .provinces()
            .stream()
            .filter(province -> scope.covers(province.code()))
            .sorted(Comparator.comparing((Province province) -> province.name(language)))
            .forEach(province -> choices.put(province.code(), province.name(language)));
        return choices;
    }

}
