package bg.inkindmatch.web.privacy;

/**
 * Which numbers are written like phone numbers: international ({@code +} or {@code 00}
 * and a country code), Bulgarian with {@code 359} and no plus, Bulgarian national (a
 * leading 0 and 9 or 10 digits), or a Bulgarian mobile number without its leading 0
 * ({@code 888 123 456}). Prices, quantities, years and dates are shorter or shaped
 * otherwise and pass.
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static boolean looksLikeOne(DigitRuns.Number number) {
        String digits = number.digits();
        int length = digits.length();
        if (number.international()) {
            return length >= 8;
        }
        if (digits.startsWith("00")) {
            return length >= 10 && digits.charAt(2) != '0';
        }
        if (digits.startsWith("359")) {
            return length == 11 || length == 12;
        }
        if (digits.startsWith("0")) {
            return (length == 9 || length == 10) && digits.charAt(1) != '0';
        }
        return length == 9 && (digits.startsWith("87") || digits.startsWith("88") || digits.startsWith("89")
                || digits.startsWith("98") || digits.startsWith("99"));
    }

}
