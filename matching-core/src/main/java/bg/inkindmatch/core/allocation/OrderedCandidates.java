package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.Candidate;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * Candidates in (offer id, need id) order, checked, with the needs they name each once in
 * id order and each candidate's place among them: the canonical form from which the same
 * candidates always give the same network. A round gives its candidates grouped by offer,
 * so ordering them is sorting each offer's short run by the place of its need, on numbers
 * rather than objects.
 *
 * @param list the candidates in order
 * @param offers the distinct offers in id order
 * @param offerOf per candidate, the place of its offer in {@code offers}
 * @param needs the distinct needs in id order
 * @param needOf per candidate, the place of its need in {@code needs}
 * @param scores per candidate, its score's value, so that the network is laid out from
 * numbers
 */
record OrderedCandidates(List<Candidate> list, Offer[] offers, int[] offerOf, Need[] needs, int[] needOf,
        double[] scores) {

    /**
     * The candidates in order, checked.
     * @throws IllegalArgumentException if a pair repeats or one post appears with
     * different contents
     */
    static OrderedCandidates of(List<Candidate> candidates) {
        Candidate[] array = candidates.toArray(Candidate[]::new);
        Reading reading = Reading.of(array);
        if (reading == null) {
            Arrays.sort(array, Comparator.comparingLong(c -> c.offer().id()));
            reading = Reading.of(array);
        }
        return sortEachOfferByNeed(array, reading, reading.needsInIdOrder());
    }

    /**
     * Sorts each offer's run by the place of its need and checks that no need comes twice
     * in a run. A counting sort (Knuth, <i>The Art of Computer Programming</i> vol. 3,
     * 5.2, algorithm D) in two stable passes: the candidates by need place, then each
     * into the next free slot of its offer's run. Linear in the candidates, it moves
     * indices and reads no candidate; the list is a view through the order, since storing
     * a hundred thousand references into a new array cost more than the sort.
     * @return the candidates in order, with their need places and scores
     */
    private static OrderedCandidates sortEachOfferByNeed(Candidate[] candidates, Reading reading, Need[] needs) {
        int[] offerOf = reading.offerOf;
        int[] needOf = reading.needOf;
        int size = candidates.length;
        int[] byNeed = new int[size];
        int[] nextOfNeed = new int[needs.length + 1];
        for (int i = 0; i < size; i++) {
            nextOfNeed[needOf[i] + 1]++;
        }
        for (int place = 0; place < needs.length; place++) {
            nextOfNeed[place + 1] += nextOfNeed[place];
        }
        for (int i = 0; i < size; i++) {
            byNeed[nextOfNeed[needOf[i]]++] = i;
        }
        int[] nextOfOffer = new int[reading.offers.size()];
        for (int i = size - 1; i >= 0; i--) {
            nextOfOffer[offerOf[i]] = i;
        }
        int[] order = new int[size];
        int[] orderedNeedOf = new int[size];
        double[] orderedScores = new double[size];
        for (int from : byNeed) {
            int to = nextOfOffer[offerOf[from]]++;
            order[to] = from;
            orderedNeedOf[to] = needOf[from];
            orderedScores[to] = reading.scores[from];
            // a run fills from its start, so the slot before is this offer's and already
            // set
            if (to > 0 && offerOf[to - 1] == offerOf[to] && orderedNeedOf[to - 1] == orderedNeedOf[to]) {
                throw repeated(candidates[from]);
            }
        }
        return new OrderedCandidates(new InOrder(candidates, order), reading.offers.toArray(Offer[]::new), offerOf,
                needs, orderedNeedOf, orderedScores);
    }

    /** The candidates seen through an order, read-only. */
    private static final class InOrder extends AbstractList<Candidate> implements RandomAccess {

        private final Candidate[] candidates;

        private final int[] order;

        InOrder(Candidate[] candidates, int[] order) {
            this.candidates = candidates;
            this.order = order;
        }

        @Override
        public Candidate get(int index) {
            return candidates[order[index]];
        }

        @Override
        public int size() {
            return order.length;
        }

    }

    private static IllegalArgumentException repeated(Candidate candidate) {
        return new IllegalArgumentException(
                "candidate repeats: offer " + candidate.offer().id() + ", need " + candidate.need().id());
    }

    /**
     * What one pass over the candidates reads: the offers in order of appearance and each
     * candidate's place among them, the needs in order of first appearance (found by id
     * in a {@link NeedPlaces} table; two objects for one id are compared once each) and
     * each candidate's place among them, and the scores. Candidates are objects scattered
     * in memory: reading each once is what keeps the layout cheap beside the solve.
     */
    private static final class Reading {

        private final List<Offer> offers = new ArrayList<>();

        private final List<Need> seenNeeds = new ArrayList<>();

        private final int[] offerOf;

        private final int[] needOf;

        private final double[] scores;

        private Reading(int candidates) {
            offerOf = new int[candidates];
            needOf = new int[candidates];
            scores = new double[candidates];
        }

        /**
         * The reading, or null if the candidates are not grouped by offer in id order.
         */
        static Reading of(Candidate[] candidates) {
            Reading reading = new Reading(candidates.length);
            NeedPlaces places = new NeedPlaces(256);
            Offer last = null;
            for (int i = 0; i < candidates.length; i++) {
                Candidate c = candidates[i];
                Offer offer = c.offer();
                if (last == null || last.id() != offer.id()) {
                    if (last != null && offer.id() < last.id()) {
                        return null;
                    }
                    reading.offers.add(offer);
                    last = offer;
                }
                else if (last != offer && !last.equals(offer)) {
                    throw new IllegalArgumentException("offer " + offer.id() + " appears with different contents");
                }
                reading.offerOf[i] = reading.offers.size() - 1;
                reading.needOf[i] = places.placeOf(c.need(), reading.seenNeeds);
                reading.scores[i] = c.score().value();
            }
            return reading;
        }

        /**
         * The distinct needs in id order; each candidate's place now counts in that
         * order.
         */
        Need[] needsInIdOrder() {
            Integer[] byId = new Integer[seenNeeds.size()];
            Arrays.setAll(byId, i -> i);
            Arrays.sort(byId, Comparator.comparingLong(i -> seenNeeds.get(i).id()));
            int[] placeOf = new int[byId.length];
            Need[] needs = new Need[byId.length];
            for (int place = 0; place < byId.length; place++) {
                needs[place] = seenNeeds.get(byId[place]);
                placeOf[byId[place]] = place;
            }
            for (int i = 0; i < needOf.length; i++) {
                needOf[i] = placeOf[needOf[i]];
            }
            return needs;
        }

    }

    /**
     * Needs by id, each with its place in order of first appearance: an open-addressing
     * table with linear probing over primitive ids (Knuth, <i>The Art of Computer
     * Programming</i> vol. 3, 6.4, algorithm L), since one lookup per candidate is the
     * layout's most frequent step and a boxed map's lookup was a third of it.
     */
    private static final class NeedPlaces {

        private static final long GOLDEN = 0x9E3779B97F4A7C15L;

        private long[] ids;

        private int[] places;

        private int size;

        NeedPlaces(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            ids = new long[capacity];
            places = new int[capacity];
            Arrays.fill(places, -1);
        }

        /**
         * The need's place, given it the next one (and appended to {@code seen}) when its
         * id is new.
         * @throws IllegalArgumentException if the id was seen with different contents
         */
        int placeOf(Need need, List<Need> seen) {
            long id = need.id();
            int mask = ids.length - 1;
            int slot = slotOf(id, mask);
            while (places[slot] >= 0) {
                if (ids[slot] == id) {
                    int place = places[slot];
                    Need first = seen.get(place);
                    if (first != need && !first.equals(need)) {
                        throw new IllegalArgumentException("need " + id + " appears with different contents");
                    }
                    return place;
                }
                slot = (slot + 1) & mask;
            }
            ids[slot] = id;
            places[slot] = size;
            seen.add(need);
            if (++size * 2 > ids.length) {
                grow();
            }
            return size - 1;
        }

        private static int slotOf(long id, int mask) {
            return (int) ((id * GOLDEN) >>> 32) & mask;
        }

        private void grow() {
            long[] oldIds = ids;
            int[] oldPlaces = places;
            ids = new long[oldIds.length * 2];
            places = new int[oldIds.length * 2];
            Arrays.fill(places, -1);
            int mask = ids.length - 1;
            for (int i = 0; i < oldIds.length; i++) {
                if (oldPlaces[i] >= 0) {
                    int slot = slotOf(oldIds[i], mask);
                    while (places[slot] >= 0) {
                        slot = (slot + 1) & mask;
                    }
                    ids[slot] = oldIds[i];
                    places[slot] = oldPlaces[i];
                }
            }
        }

    }
}
