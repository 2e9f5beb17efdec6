package bg.inkindmatch.core.allocation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FlowNetworkTest {

    @Test
    void builtNetworkHoldsWhatWasAddedWhetherTheRoomWasExactOrNot() {
        for (int room : new int[] { 0, 2, 50 }) {
            FlowNetwork.Builder builder = FlowNetwork.builder(3, room);
            builder.supply(0, 4).supply(2, -4);
            builder.arc(0, 1, 4, 3);
            builder.arc(1, 2, 5, -1);
            FlowNetwork network = builder.build();

            assertThat(network.nodeCount()).isEqualTo(3);
            assertThat(network.arcCount()).isEqualTo(2);
            assertThat(network.head(1)).isEqualTo(2);
            assertThat(network.capacity(1)).isEqualTo(5);
            assertThat(network.costOf(new long[] { 4, 4 })).isEqualTo(8);
            assertThat(network.isFeasible(new long[] { 4, 4 })).isTrue();
            assertThat(network.isFeasible(new long[] { 4, 3 })).isFalse();
        }
    }

    @Test
    void builderIsUsedOnceSoTheNetworkCannotChangeUnderItsSolver() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2, 1);
        builder.supply(0, 1).supply(1, -1).arc(0, 1, 1, 7);
        FlowNetwork network = builder.build();

        assertThatIllegalStateException().isThrownBy(() -> builder.arc(0, 1, 1, -100));
        assertThatIllegalStateException().isThrownBy(() -> builder.supply(0, 9));
        assertThatIllegalStateException().isThrownBy(builder::build);
        assertThat(network.cost(0)).isEqualTo(7);
        assertThat(network.supply(0)).isEqualTo(1);
    }

    @Test
    void refusesUnbalancedSuppliesUnknownNodesAndNegativeCapacities() {
        FlowNetwork.Builder builder = FlowNetwork.builder(2, 1);
        builder.supply(0, 2).supply(1, -1);

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("add up to zero: 1");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.arc(0, 2, 1, 0))
            .withMessageContaining("node must be in [0, 2)");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.arc(0, 1, -1, 0))
            .withMessageContaining("capacity must not be negative");
        assertThat(builder.supply(1, -2).build().supply(1)).isEqualTo(-2);
    }

}
