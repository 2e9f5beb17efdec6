package bg.inkindmatch.web.help;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostChoices;
import bg.inkindmatch.web.system.InKindProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The public Help pages, for the country and for each province: the free hotlines and
 * emergency numbers first, then the approved services of the province's centres, each
 * with what it offers and its public contact.
 */
@Controller
record HelpController(HelpServiceRepository services, OrganisationRepository organisations, MatchingEngine engine,
        PostChoices choices, InKindProperties properties) {

    @GetMapping("/help")
    String country(Model model, Locale locale) {
        String language = PostChoices.language(locale);
        Set<String> withServices = published().keySet()
            .stream()
            .map(organisation -> provinceOf(organisation.municipality()))
            .collect(Collectors.toSet());
        model.addAttribute("hotlines", hotlines(locale));
        model.addAttribute("provinces", choices.provinces(locale));
        model.addAttribute("withServices", withServices);
        return "help/country";
    }

    @GetMapping("/help/{code}")
    String province(@PathVariable String code, Model model, Locale locale) {
        Province province = engine.places()
            .province(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<ServiceKind, List<Entry>> byKind = new EnumMap<>(ServiceKind.class);
        published().forEach((centre, list) -> {
            if (provinceOf(centre.municipality()).equals(province.code())) {
                list.forEach(service -> byKind.computeIfAbsent(service.kind(), k -> new java.util.ArrayList<>())
                    .add(new Entry(centre.name(), service.publishedDescription(), service.publishedContact())));
            }
        });
        byKind.values().forEach(list -> list.sort(Comparator.comparing(Entry::centre)));
        model.addAttribute("hotlines", hotlines(locale));
        model.addAttribute("province", province.name(PostChoices.language(locale)));
        model.addAttribute("services", byKind);
        return "help/province";
    }

    /** The published services of approved centres, by centre. */
    private Map<StoredOrganisation, List<HelpService>> published() {
        List<HelpService> shown = services.findAllByOrderByKindAscIdAsc()
            .stream()
            .filter(HelpService::isPublished)
            .toList();
        Map<Long, StoredOrganisation> centres = organisations
            .findAllById(shown.stream().map(HelpService::organisationId).collect(Collectors.toSet()))
            .stream()
            .filter(StoredOrganisation::isApproved)
            .collect(Collectors.toMap(StoredOrganisation::id, Function.identity()));
        return shown.stream()
            .filter(service -> centres.containsKey(service.organisationId()))
            .collect(Collectors.groupingBy(service -> centres.get(service.organisationId())));
    }

    private String provinceOf(String municipality) {
        return engine.places().municipality(municipality).map(m -> m.provinceCode()).orElse("");
    }

    private List<Line> hotlines(Locale locale) {
        return properties.help()
            .hotlines()
            .stream()
            .map(h -> new Line(h.number(), h.telephone(), h.name(locale), h.runBy(locale), h.hours(locale)))
            .toList();
    }

    /** A hotline as the page shows it. */
    public record Line(String number, String telephone, String name, String runBy, String hours) {
    }

    /** A centre's service as the page shows it. */
    public record Entry(String centre, String description, String contact) {
    }

}
