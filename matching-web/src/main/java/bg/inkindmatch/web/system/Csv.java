package bg.inkindmatch.web.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV as spreadsheets open it: RFC 4180 lines, UTF-8 with a byte order mark (so that
 * Excel reads Cyrillic), and no cell that a spreadsheet would evaluate. A Bulgarian file
 * separates its cells with {@code ;} and writes decimals with a comma, as Excel does
 * where the comma is the decimal separator; an English one uses {@code ,} and a point.
 */
public final class Csv {

    private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    /** The file of these lines, each a list of cells, for a reader of this language. */
    public static byte[] file(List<List<String>> lines, Locale locale) {
        String separator = english(locale) ? "," : ";";
        String text = lines.stream()
            .map(line -> line.stream().map(Csv::cell).collect(Collectors.joining(separator)) + "\r\n")
            .collect(Collectors.joining());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BYTE_ORDER_MARK);
        file.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    /**
     * A number as a spreadsheet of the language reads it: no grouping, at most one
     * decimal, a comma before it in Bulgarian.
     */
    public static String number(double value, Locale locale) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value).replace('.', english(locale) ? '.' : ',');
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
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
