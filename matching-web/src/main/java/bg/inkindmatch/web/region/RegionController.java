package bg.inkindmatch.web.region;

import bg.inkindmatch.core.MatchingEngine;
import bg.inkindmatch.core.place.Province;
import bg.inkindmatch.web.post.PostChoices;
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
import java.util.stream.Collectors;

/**
 * The public region pages: the provinces with a territorial protocol, and each one's
 * partners by their role, with the institutions' public contacts.
 */
@Controller
record RegionController(PartnerRepository partners, MatchingEngine engine) {

    @GetMapping("/regions")
    String regions(Model model, Locale locale) {
        String language = PostChoices.language(locale);
        Map<String, Long> counts = partners.findAllByOrderByProvinceAscRoleAscNameAsc()
            .stream()
            .collect(Collectors.groupingBy(StoredPartner::province, Collectors.counting()));
        model.addAttribute("regions",
                engine.places()
                    .provinces()
                    .stream()
                    .filter(province -> counts.containsKey(province.code()))
                    .sorted(Comparator.comparing((Province p) -> p.name(language)))
                    .map(province -> new Region(province.code(), province.name(language), counts.get(province.code())))
                    .toList());
        return "region/index";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model, Locale locale) {
        Province province = engine.places()
            .province(code)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<PartnerRole, List<StoredPartner>> byRole = new EnumMap<>(PartnerRole.class);
        byRole.putAll(partners.findByProvinceOrderByRoleAscNameAsc(province.code())
            .stream()
            .collect(Collectors.groupingBy(StoredPartner::role, Collectors.toList())));
        model.addAttribute("province", province.name(PostChoices.language(locale)));
        model.addAttribute("partners", byRole);
        return "region/detail";
    }

    /** A province on the list of regions. */
    record Region(String code, String name, long partners) {
    }

}
