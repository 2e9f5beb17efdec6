package bg.inkindmatch.core.benchmark;

import bg.inkindmatch.core.allocation.FlowNetwork;

import java.util.Random;

/**
 * Seeded plain transportation networks of the shapes the solver must handle: offers (supply) and
 * needs (demand) joined by random arcs, a surplus node that takes what is not given and a shortage
 * node that stands in, at a high price, for what is not received, so that every instance is
 * feasible and balanced.
 */
public final class FlowShapes {

    private FlowShapes() {
    }

    /**
     * @param arcsPerOffer random needs each offer can serve
     * @param hubShare if positive, this share of the offers also reach one of a few hub needs
     */
    public static FlowNetwork transportation(int offers, int needs, int arcsPerOffer, int maxQuantity, int maxCost,
            double hubShare, long seed) {
        Random random = new Random(seed);
        int surplus = offers + needs;
        int shortage = surplus + 1;
        int hubs = Math.max(1, needs / 1000);
        FlowNetwork.Builder network = FlowNetwork.builder(offers + needs + 2,
                offers * (arcsPerOffer + 2) + needs);
        long supplied = 0;
        long demanded = 0;
        for (int offer = 0; offer < offers; offer++) {
            long amount = 1 + random.nextInt(maxQuantity);
            supplied += amount;
            network.supply(offer, amount);
            network.arc(offer, surplus, amount, 0);
            for (int i = 0; i < arcsPerOffer; i++) {
                network.arc(offer, offers + random.nextInt(needs), amount, 1 + random.nextInt(maxCost));
            }
            if (hubShare > 0 && random.nextDouble() < hubShare) {
                network.arc(offer, offers + random.nextInt(hubs), amount, 1 + random.nextInt(maxCost));
            }
        }
        long penalty = 10L * maxCost + 1;
        for (int need = 0; need < needs; need++) {
            long amount = 1 + random.nextInt(maxQuantity) * (hubShare > 0 && need < hubs ? 50L : 1L);
            demanded += amount;
            network.supply(offers + need, -amount);
            network.arc(shortage, offers + need, amount, penalty);
        }
        network.arc(shortage, surplus, demanded, 0);
        network.supply(shortage, demanded);
        network.supply(surplus, -supplied);
        return network.build();
    }

}
