package bg.inkindmatch.web.offer;

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

/** A company's offers: only its own, never another organisation's. */
@Service
public class OfferService {

    private final OfferRepository offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PostAttention attention;

    OfferService(OfferRepository offers, ApplicationEventPublisher events, Clock clock, PostAttention attention) {
        this.offers = offers;
        this.events = events;
        this.clock = clock;
        this.attention = attention;
    }

    /** Saves and announces the change, in the caller's transaction. */
    private StoredOffer saved(StoredOffer offer) {
        StoredOffer saved = offers.save(offer);
        announce(saved.id());
        return saved;
    }

    /** A changed offer is looked at afresh: off the coordinator's attention list, into matching again. */
    private void announce(long id) {
        attention.resolved(PostChanged.Side.OFFER, id);
        events.publishEvent(new PostChanged(PostChanged.Side.OFFER, id));
    }

    /** The organisation's offers, newest first. */
    public List<StoredOffer> of(StoredOrganisation company) {
        return offers.findByOrganisationIdOrderByIdDesc(company.id());
    }

    /** One of the organisation's offers; another organisation's offer is not found. */
    public StoredOffer find(StoredOrganisation company, long id) {
        return offers.findById(id).filter(offer -> offer.organisationId() == company.id())
                .orElseThrow(() -> new PostNotFoundException(id));
    }

    @Transactional
    public StoredOffer create(StoredOrganisation company, OfferForm form) {
        return saved(StoredOffer.create(form, company.id(), company.municipality(), clock.instant()));
    }

    /** Saves an edit; the caller has checked that the new total covers the units already taken. */
    @Transactional
    public StoredOffer update(StoredOrganisation company, long id, OfferForm form) {
        return saved(find(company, id).edited(form, clock.instant()));
    }

    /** Pauses, resumes or withdraws; a change that does not apply leaves the offer as it is. */
    @Transactional
    public StoredOffer change(StoredOrganisation company, long id, StatusChange change) {
        StoredOffer offer = find(company, id);
        return change.from(offer.status())
                .filter(status -> status != offer.status())
                .map(status -> {
                    offers.changeStatus(id, status.name(), clock.instant());
                    announce(id);
                    return find(company, id);
                })
                .orElse(offer);
    }
}
