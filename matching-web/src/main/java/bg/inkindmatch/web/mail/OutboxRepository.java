package bg.inkindmatch.web.mail;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

/** The outbox of e-mails. */
public interface OutboxRepository extends ListCrudRepository<OutboxMessage, Long> {

    /** Pending messages due at the given moment, oldest first. */
    @Query("select * from mail_outbox where status = 'PENDING' and next_attempt_at <= :now order by id limit :limit")
    List<OutboxMessage> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /** The newest messages, for the development mail page. */
    List<OutboxMessage> findTop100ByOrderByIdDesc();

    /** Every message to one recipient, oldest first. */
    List<OutboxMessage> findByRecipientOrderByIdAsc(String recipient);

}
