package bg.inkindmatch.core.allocation;

import bg.inkindmatch.core.need.Need;
import bg.inkindmatch.core.offer.Offer;
import bg.inkindmatch.core.scoring.Candidate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        Need[] needs = reading.needsInIdOrder();
        sortEachOfferByNeed(array, reading.offerOf, reading.needOf, reading.scores);
        return new OrderedCandidates(Collections.unmodifiableList(Arrays.asList(array)),
                reading.offers.toArray(Offer[]::new), reading.offerOf, needs, reading.needOf, reading.scores);
    }

    /**
     * Sorts each offer's run by the place of its need (packed with its position into one
     * number, so the sort compares numbers and reads no candidate), and checks that no
     * need comes twice.
     */
    private static void sortEachOfferByNeed(Candidate[] candidates, int[] offerOf, int[] needOf, double[] scores) {
        long[] keys = new long[0];
        Candidate[] run = new Candidate[0];
        double[] runScores = new double[0];
        for (int start = 0, end; start < candidates.length; start = end) {
            end = start + 1;
            while (end < candidates.length && offerOf[end] == offerOf[start]) {
                end++;
            }
            int length = end - start;
            if (keys.length < length) {
                keys = new long[length];
                run = new Candidate[length];
                runScores = new double[length];
            }
            for (int k = 0; k < length; k++) {
                keys[k] = ((long) needOf[start + k] << 32) | k;
                run[k] = candidates[start + k];
                runScores[k] = scores[start + k];
            }
            Arrays.sort(keys, 0, length);
            for (int k = 0; k < length; k++) {
                int from = (int) keys[k];
                candidates[start + k] = run[from];
                scores[start + k] = runScores[from];
                needOf[start + k] = (int) (keys[k] >>> 32);
                if (k > 0 && needOf[start + k - 1] == needOf[start + k]) {
                    Candidate c = run[from];
                    throw new IllegalArgumentException(
                            "candidate repeats: offer " + c.offer().id() + ", need " + c.need().id());
                }
            }
        }
    }

    /**
     * What one pass over the candidates reads: the offers in order of appearance and each
     * candidate's place among them, the needs in order of first appearance (found by
     * identity, so a need shared by many candidates costs a lookup and no comparison) and
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
            Map<Need, Integer> firstSeen = new IdentityHashMap<>();
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
                Need need = c.need();
                Integer at = firstSeen.get(need);
                if (at == null) {
                    at = reading.seenNeeds.size();
                    firstSeen.put(need, at);
                    reading.seenNeeds.add(need);
                }
                reading.needOf[i] = at;
                reading.scores[i] = c.score().value();
            }
            return reading;
        }

        /**
         * The distinct needs in id order; each candidate's place now counts in that
         * order.
         * @throws IllegalArgumentException if one id names needs with different contents
         */
        Need[] needsInIdOrder() {
            Integer[] byId = new Integer[seenNeeds.size()];
            Arrays.setAll(byId, i -> i);
            Arrays.sort(byId, Comparator.comparingLong(i -> seenNeeds.get(i).id()));
            int[] placeOf = new int[byId.length];
            List<Need> needs = new ArrayList<>(byId.length);
            for (int at : byId) {
                Need need = seenNeeds.get(at);
                Need last = needs.isEmpty() ? null : needs.get(needs.size() - 1);
                if (last == null || last.id() != need.id()) {
                    needs.add(need);
                }
                else if (!last.equals(need)) {
                    throw new IllegalArgumentException("need " + need.id() + " appears with different contents");
                }
                placeOf[at] = needs.size() - 1;
            }
            for (int i = 0; i < needOf.length; i++) {
                needOf[i] = placeOf[needOf[i]];
            }
            return needs.toArray(Need[]::new);
        }

    }
}
