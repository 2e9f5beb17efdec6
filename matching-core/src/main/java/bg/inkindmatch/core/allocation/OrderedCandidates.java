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
        if (!groupedByOfferInOrder(array)) {
            Arrays.sort(array, Comparator.comparingLong(c -> c.offer().id()));
        }
        int[] offerOf = new int[array.length];
        Offer[] offers = placeOffers(array, offerOf);
        int[] needOf = new int[array.length];
        Need[] needs = placeNeeds(array, needOf);
        double[] scores = new double[array.length];
        sortEachOfferByNeed(array, offerOf, needOf, scores);
        return new OrderedCandidates(Collections.unmodifiableList(Arrays.asList(array)), offers, offerOf, needs, needOf,
                scores);
    }

    private static boolean groupedByOfferInOrder(Candidate[] candidates) {
        for (int i = 1; i < candidates.length; i++) {
            if (candidates[i - 1].offer().id() > candidates[i].offer().id()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The distinct offers of candidates grouped by offer in id order, and in
     * {@code offerOf} each candidate's place among them.
     */
    private static Offer[] placeOffers(Candidate[] candidates, int[] offerOf) {
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            Offer offer = candidates[i].offer();
            Offer last = offers.isEmpty() ? null : offers.get(offers.size() - 1);
            if (last == null || last.id() != offer.id()) {
                offers.add(offer);
            }
            else if (last != offer && !last.equals(offer)) {
                throw new IllegalArgumentException("offer " + offer.id() + " appears with different contents");
            }
            offerOf[i] = offers.size() - 1;
        }
        return offers.toArray(Offer[]::new);
    }

    /**
     * The distinct needs in id order, and in {@code needOf} each candidate's place among
     * them; a need is found by identity first, so one shared by many candidates costs a
     * lookup and no comparison.
     */
    private static Need[] placeNeeds(Candidate[] candidates, int[] needOf) {
        Map<Need, Integer> firstSeen = new IdentityHashMap<>();
        List<Need> seen = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            Need need = candidates[i].need();
            Integer at = firstSeen.get(need);
            if (at == null) {
                at = seen.size();
                firstSeen.put(need, at);
                seen.add(need);
            }
            needOf[i] = at;
        }
        Integer[] byId = new Integer[seen.size()];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparingLong(i -> seen.get(i).id()));
        int[] placeOf = new int[byId.length];
        List<Need> needs = new ArrayList<>(byId.length);
        for (int at : byId) {
            Need need = seen.get(at);
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

    /**
     * Sorts each offer's run by the place of its need (packed with its position into one
     * number, so the sort compares numbers), checks that no need comes twice, and notes
     * the scores in the new order.
     */
    private static void sortEachOfferByNeed(Candidate[] candidates, int[] offerOf, int[] needOf, double[] scores) {
        long[] keys = new long[0];
        Candidate[] run = new Candidate[0];
        for (int start = 0, end; start < candidates.length; start = end) {
            end = start + 1;
            while (end < candidates.length && offerOf[end] == offerOf[start]) {
                end++;
            }
            int length = end - start;
            if (keys.length < length) {
                keys = new long[length];
                run = new Candidate[length];
            }
            for (int k = 0; k < length; k++) {
                keys[k] = ((long) needOf[start + k] << 32) | k;
                run[k] = candidates[start + k];
            }
            Arrays.sort(keys, 0, length);
            for (int k = 0; k < length; k++) {
                Candidate c = run[(int) keys[k]];
                candidates[start + k] = c;
                needOf[start + k] = (int) (keys[k] >>> 32);
                scores[start + k] = c.score().value();
                if (k > 0 && needOf[start + k - 1] == needOf[start + k]) {
                    throw new IllegalArgumentException(
                            "candidate repeats: offer " + c.offer().id() + ", need " + c.need().id());
                }
            }
        }
    }
}
