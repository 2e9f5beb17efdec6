package bg.inkindmatch.web.persistence;

import bg.inkindmatch.core.organisation.OrganisationKind;
import bg.inkindmatch.web.mail.OutboxMessageAccess;
import bg.inkindmatch.web.mail.OutboxRepository;
import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.organisation.MailPreference;
import bg.inkindmatch.web.organisation.OrganisationRepository;
import bg.inkindmatch.web.organisation.OrganisationStatus;
import bg.inkindmatch.web.system.JdbcMappingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the repositories do on a real database; one subclass per database the product runs
 * on.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(JdbcMappingConfiguration.class)
abstract class RepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired
    private OrganisationRepository organisations;

    @Autowired
    private OutboxRepository outbox;

    private static StoredOrganisation organisation(String name, String email, OrganisationStatus status,
            Instant registered) {
        return new StoredOrganisation(null, OrganisationKind.CENTRE, name, "RSE27", "Кризисен център", "Мария Иванова",
                email, "+359 82 000 000", "831641791", "bg", status, registered, null, null, MailPreference.IMMEDIATE,
                false, null);
    }

    @Test
    void storesAndFindsOrganisationsWithCyrillicText() {
        StoredOrganisation saved = organisations
            .save(organisation("Център Динамика", "dinamika@example.org", OrganisationStatus.PENDING, NOW));

        assertThat(saved.id()).isNotNull();
        assertThat(organisations.findByEmail("dinamika@example.org")).get()
            .extracting(StoredOrganisation::name, StoredOrganisation::registeredAt)
            .containsExactly("Център Динамика", NOW);
    }

    @Test
    void listsPendingRegistrationsOldestFirst() {
        organisations.save(organisation("Втора", "second@example.org", OrganisationStatus.PENDING, NOW));
        organisations.save(
                organisation("Първа", "first@example.org", OrganisationStatus.PENDING, NOW.minus(1, ChronoUnit.DAYS)));
        organisations.save(organisation("Одобрена", "approved@example.org", OrganisationStatus.APPROVED, NOW));

        assertThat(organisations.findByStatusOrderByRegisteredAtAsc(OrganisationStatus.PENDING))
            .extracting(StoredOrganisation::name)
            .containsExactly("Първа", "Втора");
    }

    @Test
    void anAddressIsRegisteredOnce() {
        organisations.save(organisation("Едно", "same@example.org", OrganisationStatus.PENDING, NOW));

        assertThatThrownBy(
                () -> organisations.save(organisation("Две", "same@example.org", OrganisationStatus.PENDING, NOW)))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aStaleUpdateIsRefused() {
        StoredOrganisation saved = organisations
            .save(organisation("Център", "stale@example.org", OrganisationStatus.PENDING, NOW));
        organisations.save(new StoredOrganisation(saved.id(), saved.kind(), "Ново име", saved.municipality(),
                saved.description(), saved.contactPerson(), saved.email(), saved.phone(), saved.eik(), saved.language(),
                saved.status(), saved.registeredAt(), null, null, saved.mailPreference(), saved.proposalsPaused(),
                saved.version()));

        assertThatThrownBy(() -> organisations.save(saved))
            .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void findsTheDueMessagesOfTheOutboxInOrder() {
        outbox.save(OutboxMessageAccess.pending("<1@test>", "a@example.org", NOW.minusSeconds(60)));
        outbox.save(OutboxMessageAccess.pending("<2@test>", "b@example.org", NOW.plusSeconds(60)));
        outbox.save(OutboxMessageAccess.pending("<3@test>", "c@example.org", NOW.minusSeconds(1)));

        assertThat(outbox.findDue(NOW, 10)).extracting(m -> m.messageId()).containsExactly("<1@test>", "<3@test>");
        assertThat(outbox.findDue(NOW, 1)).hasSize(1);
    }

}
