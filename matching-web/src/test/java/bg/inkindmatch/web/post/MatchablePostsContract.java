package bg.inkindmatch.web.post;

import bg.inkindmatch.core.need.Urgency;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.post.PostStatus;
import bg.inkindmatch.core.taxonomy.Unit;
import bg.inkindmatch.core.training.TrainingFormat;
import bg.inkindmatch.web.support.OrganisationRows;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's hand-mapped read gives exactly the records the repositories give, column by
 * column (training details and empty optional columns included), only of open posts with
 * free units of the category, and leaves out a row it cannot read instead of failing; on
 * each real database.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ MatchablePosts.class, JdbcMappingConfiguration.class })
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class MatchablePostsContract {

    @Autowired
    private MatchablePosts matchable;

    @Autowired
    private OfferRepository offers;

    @Autowired
    private NeedRepository needs;

    @Autowired
    private JdbcClient jdbc;

    private final Instant created = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Test
    void readsTheCategorysFreeOffersAsTheRepositoryDoes() {
        long company = OrganisationRows.approved(jdbc, "COMPANY");
        StoredOffer course = offers.save(offer(company, "training.course", 5, 5, PostStatus.OPEN, TrainingFormat.ONLINE,
                "bg,en", 12, 8, "Жени, завършили средно образование"));
        StoredOffer plain = offers
            .save(offer(company, "training.course", 3, 1, PostStatus.OPEN, null, null, null, null, null));
        offers.save(offer(company, "training.course", 3, 0, PostStatus.OPEN, null, null, null, null, null));
        offers.save(offer(company, "training.course", 3, 3, PostStatus.PAUSED, null, null, null, null, null));
        offers.save(offer(company, "training.mentoring", 3, 3, PostStatus.OPEN, null, null, null, null, null));

        assertThat(byId(matchable.offers("training.course")))
            .isEqualTo(byId(offers.findAllById(List.of(course.id(), plain.id()))));
    }

    @Test
    void readsTheCategorysFreeNeedsAsTheRepositoryDoes() {
        long centre = OrganisationRows.approved(jdbc, "CENTRE");
        StoredNeed course = needs.save(need(centre, "training.platform-seat", 4, PostStatus.OPEN,
                TrainingFormat.ON_SITE, "bg", "Занимания с деца наблизо"));
        StoredNeed plain = needs.save(need(centre, "training.platform-seat", 2, PostStatus.OPEN, null, null, null));
        needs.save(need(centre, "training.platform-seat", 0, PostStatus.OPEN, null, null, null));
        needs.save(need(centre, "training.platform-seat", 2, PostStatus.WITHDRAWN, null, null, null));

        assertThat(byId(matchable.needs("training.platform-seat")))
            .isEqualTo(byId(needs.findAllById(List.of(course.id(), plain.id()))));
    }

    @Test
    void aRowThatDoesNotReadIsLeftOutAndTheOthersAreRead() {
        long company = OrganisationRows.approved(jdbc, "COMPANY");
        StoredOffer readable = offers
            .save(offer(company, "consumables.stationery", 4, 4, PostStatus.OPEN, null, null, null, null, null));
        StoredOffer strange = offers
            .save(offer(company, "consumables.stationery", 4, 4, PostStatus.OPEN, null, null, null, null, null));
        jdbc.sql("update offer set unit = 'FURLONG' where id = :id").param("id", strange.id()).update();

        assertThat(matchable.offers("consumables.stationery")).extracting(StoredOffer::id)
            .containsExactly(readable.id());
    }

    private static List<? extends StoredPost> byId(List<? extends StoredPost> posts) {
        return posts.stream().sorted(Comparator.comparing(StoredPost::id)).toList();
    }

    private StoredOffer offer(long company, String category, int total, int remaining, PostStatus status,
            TrainingFormat format, String languages, Integer hours, Integer seats, String audience) {
        return new StoredOffer(null, company, "Предложение " + category, "Описание", category, Unit.SEAT, total,
                remaining, LocalDate.now().minusDays(1), LocalDate.now().plusDays(40), "RSE27", Reach.PROVINCE,
                "Условия", status, created, created.plusSeconds(90), null, format, languages, hours, seats, audience);
    }

    private StoredNeed need(long centre, String category, int remaining, PostStatus status, TrainingFormat format,
            String languages, String adaptation) {
        return new StoredNeed(null, centre, "Нужда " + category, "", category, Unit.SEAT, 4, remaining,
                LocalDate.now().plusDays(20), Urgency.HIGH, "RSE27", "Общината", status, created,
                created.plusSeconds(30), null, format, languages, adaptation);
    }

}
