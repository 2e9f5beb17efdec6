package bg.inkindmatch.web.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets open it: RFC 4180 lines, UTF-8 with a byte order mark (so that
 * Excel reads Cyrillic), and no cell that a spreadsheet would evaluate.
 */
public final class Csv {

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    /** The file of these lines, each a list of cells. */
    public static byte[] file(List<List<String>> lines) {
        String text = lines.stream()
            .map(line -> line.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n")
            .collect(Collectors.joining());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BYTE_ORDER_MARK);
        file.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    /**
     * A CSV cell: quoted, quotes doubled. A cell whose first visible character starts a
     * formula in a spreadsheet ({@code = + - @}, or a tab or line break before one) is
     * prefixed with an apostrophe, so that it is shown as text and never evaluated. The
     * check reads characters, not a pattern, so a line break inside the value cannot slip
     * past it.
     */
    public static String cell(String value) {
        int first = 0;
        while (first < value.length()
                && (Character.isWhitespace(value.charAt(first)) || Character.isSpaceChar(value.charAt(first)))) {
            first++;
        }
        boolean formula = first < value.length() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(value.charAt(first)) >= 0
                || !value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r' || value.charAt(0) == '\n');
        String safe = formula ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

}
