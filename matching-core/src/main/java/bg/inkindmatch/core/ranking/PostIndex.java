package bg.inkindmatch.core.ranking;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.offer.Reach;
import bg.inkindmatch.core.place.Municipality;
import bg.inkindmatch.core.place.Places;
import bg.inkindmatch.core.post.Post;
import bg.inkindmatch.core.scoring.MatchingPolicy;
import bg.inkindmatch.core.taxonomy.Category;
import bg.inkindmatch.core.taxonomy.Taxonomy;
import bg.inkindmatch.core.text.TextAnalyzer;
import bg.inkindmatch.core.training.TrainingFormat;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The open offers and needs, indexed by category and place so that a new post meets only
 * the posts it could match, never every post.
 *
 * <p>
 * Needs are kept by category and handover municipality. Offers are kept by category and
 * by what their reach covers: country-wide offers together, province-wide ones by
 * province, the rest by their municipality of origin. A query visits only the buckets of
 * compatible categories that can cover the place in question, and hands each post it
 * finds to the caller, which applies the remaining hard rules.
 *
 * <p>
 * Supports add, update (add again with the same id) and remove. Safe to use from several
 * threads: queries share a read lock, changes take the write lock.
 */
public final class PostIndex {

    private final Taxonomy taxonomy;

    private final Places places;

    private final TextAnalyzer analyzer;

    private final double pickupRadiusKm;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<Long, Offer> offers = new HashMap<>();

    private final Map<Long, Need> needs = new HashMap<>();

    private final Map<String, Map<String, Bucket<Offer>>> offerBuckets = new HashMap<>();

    private final Map<String, Map<String, Bucket<Need>>> needBuckets = new HashMap<>();

    /**
     * An empty index over the given taxonomy and places, with the pickup radius of the
     * policy.
     */
    public PostIndex(Taxonomy taxonomy, Places places, TextAnalyzer analyzer, MatchingPolicy policy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.places = Objects.requireNonNull(places, "places");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.pickupRadiusKm = Objects.requireNonNull(policy, "policy").pickupRadiusKm();
    }

    /** Adds an offer, or replaces the offer with the same id. */
    public void put(Offer offer) {
        Indexed<Offer> entry = new Indexed<>(offer, analyzer.profile(offer.title(), offer.description()));
        lock.writeLock().lock();
        try {
            removeOfferLocked(offer.id());
            offers.put(offer.id(), offer);
            offerBuckets.computeIfAbsent(offer.category().code(), k -> new HashMap<>())
                .computeIfAbsent(offerKey(offer), k -> new Bucket<>())
                .add(entry);
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds a need, or replaces the need with the same id. */
    public void put(Need need) {
        Indexed<Need> entry = new Indexed<>(need, analyzer.profile(need.title(), need.description()));
        lock.writeLock().lock();
        try {
            removeNeedLocked(need.id());
            needs.put(need.id(), need);
            needBuckets.computeIfAbsent(need.category().code(), k -> new HashMap<>())
                .computeIfAbsent(need.handover().code(), k -> new Bucket<>())
                .add(entry);
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the offer with the given id, if there is one. */
    public void removeOffer(long id) {
        lock.writeLock().lock();
        try {
            removeOfferLocked(id);
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the need with the given id, if there is one. */
    public void removeNeed(long id) {
        lock.writeLock().lock();
        try {
            removeNeedLocked(id);
        }
        finally {
            lock.writeLock().unlock();
        }
    }

    /** How many offers the index holds. */
    public int offerCount() {
        lock.readLock().lock();
        try {
            return offers.size();
        }
        finally {
            lock.readLock().unlock();
        }
    }

    /** How many needs the index holds. */
    public int needCount() {
        lock.readLock().lock();
        try {
            return needs.size();
        }
        finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Hands every offer of a compatible category whose reach may cover the municipality
     * to the visitor (a superset of the eligible offers: dates, status and organisations
     * are not checked here). Runs under the read lock; the visitor must not change the
     * index.
     */
    public void forEachOfferReaching(Category category, Municipality handover, Consumer<Indexed<Offer>> visitor) {
        lock.readLock().lock();
        try {
            for (Category compatible : taxonomy.compatibleWith(category)) {
                Map<String, Bucket<Offer>> byPlace = offerBuckets.get(compatible.code());
                if (byPlace != null) {
                    visit(byPlace, countryKey(), visitor);
                    visit(byPlace, provinceKey(handover.provinceCode()), visitor);
                    // the handover municipality itself is always within the radius:
                    // own-municipality offers
                    for (Municipality origin : places.within(handover, pickupRadiusKm)) {
                        visit(byPlace, municipalityKey(origin.code()), visitor);
                    }
                }
            }
        }
        finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Hands every need of a compatible category whose handover municipality the offer's
     * reach may cover to the visitor (a superset of the eligible needs). Runs under the
     * read lock; the visitor must not change the index.
     */
    public void forEachNeedReachableFrom(Offer offer, Consumer<Indexed<Need>> visitor) {
        lock.readLock().lock();
        try {
            for (Category compatible : taxonomy.compatibleWith(offer.category())) {
                Map<String, Bucket<Need>> byPlace = needBuckets.get(compatible.code());
                if (byPlace != null) {
                    visitReachable(offer, byPlace, visitor);
                }
            }
        }
        finally {
            lock.readLock().unlock();
        }
    }

    private void visitReachable(Offer offer, Map<String, Bucket<Need>> byPlace, Consumer<Indexed<Need>> visitor) {
        switch (indexedReach(offer)) {
            case MUNICIPALITY -> visit(byPlace, offer.origin().code(), visitor);
            case PROVINCE ->
                places.municipalitiesOf(offer.origin().provinceCode()).forEach(m -> visit(byPlace, m.code(), visitor));
            case COUNTRY -> byPlace.values().forEach(bucket -> bucket.forEach(visitor));
            case PICKUP ->
                places.within(offer.origin(), pickupRadiusKm).forEach(m -> visit(byPlace, m.code(), visitor));
        }
    }

    private static <P extends Post> void visit(Map<String, Bucket<P>> byPlace, String key,
            Consumer<Indexed<P>> visitor) {
        Bucket<P> bucket = byPlace.get(key);
        if (bucket != null) {
            bucket.forEach(visitor);
        }
    }

    private void removeOfferLocked(long id) {
        Offer old = offers.remove(id);
        if (old != null) {
            Map<String, Bucket<Offer>> byPlace = offerBuckets.get(old.category().code());
            byPlace.get(offerKey(old)).remove(id);
        }
    }

    private void removeNeedLocked(long id) {
        Need old = needs.remove(id);
        if (old != null) {
            needBuckets.get(old.category().code()).get(old.handover().code()).remove(id);
        }
    }

    /**
     * Country-wide offers share one bucket, province-wide ones one per province, the rest
     * one per origin.
     */
    private static String offerKey(Offer offer) {
        Reach reach = indexedReach(offer);
        return reach == Reach.COUNTRY ? countryKey() : reach == Reach.PROVINCE
                ? provinceKey(offer.origin().provinceCode()) : municipalityKey(offer.origin().code());
    }

    /**
     * The reach an offer is filed under: a training that can be held online may reach
     * anywhere (eligibility decides whether it does).
     */
    private static Reach indexedReach(Offer offer) {
        boolean online = offer.training().filter(terms -> terms.format() != TrainingFormat.ON_SITE).isPresent();
        return online ? Reach.COUNTRY : offer.reach();
    }

    private static String countryKey() {
        return "*";
    }

    private static String provinceKey(String provinceCode) {
        return "P:" + provinceCode;
    }

    private static String municipalityKey(String municipalityCode) {
        return "M:" + municipalityCode;
    }

}
