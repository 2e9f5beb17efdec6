package bg.inkindmatch.web.input;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CleanText} in one pass over the text. */
public class CleanTextValidator implements ConstraintValidator<CleanText, String> {

    private boolean multiline;

    @Override
    public void initialize(CleanText annotation) {
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || breaksLine(c)) {
                if (!multiline) {
                    return reject(context, "{field.single-line}");
                }
            }
            else if (Character.isISOControl(c) || reversesDirection(c) || c == '\uFFFE' || c == '\uFFFF'
                    || brokenSurrogate(value, i)) {
                return reject(context, "{field.control-characters}");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            }
        }
        return true;
    }

    /**
     * The separators that some readers take for a line break although they are not ASCII
     * control characters: U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR (iCalendar
     * and JavaScript parsers honour them). U+0085 NEXT LINE, vertical tab and form feed
     * are ISO controls and refused as such. Kept out of one-line fields; a description
     * may hold them like any other line break.
     */
    private static boolean breaksLine(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    private static boolean reversesDirection(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    private static boolean brokenSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private static boolean reject(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }

}
