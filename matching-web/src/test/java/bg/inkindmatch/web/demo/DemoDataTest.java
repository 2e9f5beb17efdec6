package bg.inkindmatch.web.demo;

import bg.inkindmatch.web.support.DemoApplicationTest;
import bg.inkindmatch.web.match.Match;
import bg.inkindmatch.web.match.MatchRepository;
import bg.inkindmatch.web.post.StoredNeed;
import bg.inkindmatch.web.post.NeedRepository;
import bg.inkindmatch.web.post.StoredOffer;
import bg.inkindmatch.web.post.OfferRepository;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run shows the Ruse scenario with the proposals the engine makes of it. */
class DemoDataTest extends DemoApplicationTest {

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private OfferRepository offers;

    @Autowired
    private NeedRepository needs;

    @Autowired
    private MatchRepository matches;

    @Test
    void loadsTheRuseScenarioAndItsProposals() {
        assertThat(organisations.findAll()).hasSize(6)
            .allSatisfy(o -> assertThat(o.email()).endsWith(DemoData.DOMAIN))
            .allSatisfy(o -> assertThat(o.isApproved()).isTrue());
        Map<String, Long> offerIds = offers.findAll()
            .stream()
            .collect(Collectors.toMap(StoredOffer::title, StoredOffer::id));
        Map<String, Long> needIds = needs.findAll()
            .stream()
            .collect(Collectors.toMap(StoredNeed::title, StoredNeed::id));
        Map<String, Integer> units = matches.findAll()
            .stream()
            .collect(Collectors.toMap(m -> title(offerIds, m.offerId()) + " -> " + title(needIds, m.needId()),
                    Match::units, Integer::sum));

        assertThat(units).containsEntry(
                "Безплатен достъп до обучителната платформа на камарата -> Достъп до онлайн обучения за клиентки", 4);
        assertThat(units).containsEntry("Хигиенни пакети за жени и деца -> Хигиенни материали за кризисен център", 20);
        assertThat(units).containsEntry("Хигиенни пакети за жени и деца -> Хигиенни материали", 5);
        assertThat(units.keySet()).noneMatch(pair -> pair.startsWith("Канцеларски материали ->"));
    }

    private static String title(Map<String, Long> ids, long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

}
