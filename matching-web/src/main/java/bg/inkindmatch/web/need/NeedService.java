package bg.inkindmatch.web.need;

import bg.inkindmatch.web.organisation.StoredOrganisation;
import bg.inkindmatch.web.post.PostAttention;
import bg.inkindmatch.web.post.PostNotFoundException;
import bg.inkindmatch.web.post.StatusChange;
import bg.inkindmatch.web.post.PostChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** A centre's needs: only its own, never another organisation's. */
@Service
public class NeedService {

    private final NeedRepository needs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PostAttention attention;

    NeedService(NeedRepository needs, ApplicationEventPublisher events, Clock clock, PostAttention attention) {
        this.needs = needs;
        this.events = events;
        this.clock = clock;
        this.attention = attention;
    }

    /** Saves and announces the change, in the caller's transaction. */
    private StoredNeed saved(StoredNeed need) {
        StoredNeed saved = needs.save(need);
        announce(saved.id());
        return saved;
    }

    /** A changed need is looked at afresh: off the coordinator's attention list, into matching again. */
    private void announce(long id) {
        attention.resolved(PostChanged.Side.NEED, id);
        events.publishEvent(new PostChanged(PostChanged.Side.NEED, id));
    }

    /** The organisation's needs, newest first. */
    public List<StoredNeed> of(StoredOrganisation centre) {
        return needs.findByOrganisationIdOrderByIdDesc(centre.id());
    }

    /** One of the organisation's needs; another organisation's need is not found. */
    public StoredNeed find(StoredOrganisation centre, long id) {
        return needs.findById(id).filter(need -> need.organisationId() == centre.id())
                .orElseThrow(() -> new PostNotFoundException(id));
    }

    @Transactional
    public StoredNeed create(StoredOrganisation centre, NeedForm form) {
        return saved(StoredNeed.create(form, centre.id(), clock.instant()));
    }

    /** Saves an edit; the caller has checked that the new total covers the units already taken. */
    @Transactional
    public StoredNeed update(StoredOrganisation centre, long id, NeedForm form) {
        return saved(find(centre, id).edited(form, clock.instant()));
    }

    /** Pauses, resumes or withdraws (closes); a change that does not apply leaves the need as it is. */
    @Transactional
    public StoredNeed change(StoredOrganisation centre, long id, StatusChange change) {
        StoredNeed need = find(centre, id);
        return change.from(need.status())
                .filter(status -> status != need.status())
                .map(status -> {
                    needs.changeStatus(id, status.name(), clock.instant());
                    announce(id);
                    return find(centre, id);
                })
                .orElse(need);
    }
}
