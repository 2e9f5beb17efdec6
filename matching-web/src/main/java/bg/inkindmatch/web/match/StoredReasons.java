package bg.inkindmatch.web.match;

import bg.inkindmatch.core.scoring.Criterion;
import bg.inkindmatch.core.scoring.Reason;
import bg.inkindmatch.core.scoring.ScoreLine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The breakdown of a match's score as one text column: a line per criterion,
 * {@code criterion|weight|value|key|arg,arg}. Keys and arguments are codes and numbers,
 * which never hold the separators.
 */
final class StoredReasons {

    private StoredReasons() {
    }

    static String write(List<ScoreLine> lines) {
        return lines.stream()
            .map(line -> String.join("|", line.criterion().name(), Double.toString(line.weight()),
                    Double.toString(line.value()), line.reason().key(), String.join(",", line.reason().args())))
            .collect(Collectors.joining("\n"));
    }

    static List<ScoreLine> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).map(line -> {
            String[] cells = line.split("\\|", -1);
            List<String> args = cells[4].isEmpty() ? List.of() : List.of(cells[4].split(","));
            return new ScoreLine(Criterion.valueOf(cells[0].toUpperCase(Locale.ROOT)), Double.parseDouble(cells[1]),
                    Double.parseDouble(cells[2]), new Reason(cells[3], args));
        }).toList();
    }

}
