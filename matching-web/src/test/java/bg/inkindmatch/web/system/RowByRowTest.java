package bg.inkindmatch.web.system;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowByRowTest {

    @Test
    void aRowThatFailsIsSkippedAndTheRowsAfterItAreStillDone() {
        List<Integer> done = new ArrayList<>();

        int failed = RowByRow.each("test-job", List.of(1, 2, 3, 4), row -> {
            if (row == 2) {
                throw new IllegalStateException("a bad row");
            }
            done.add(row);
        });

        assertThat(done).containsExactly(1, 3, 4);
        assertThat(failed).isEqualTo(1);
    }

}
