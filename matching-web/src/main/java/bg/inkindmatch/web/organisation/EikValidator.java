package bg.inkindmatch.web.organisation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link Eik}: 9 digits whose ninth is the check digit of the first eight, or 13
 * digits whose first nine are such a code and whose thirteenth is the check digit of the
 * ninth to twelfth. The check digits are the ones of the BULSTAT register (now the
 * commercial register's ЕИК): the weighted sum of the digits modulo 11, with weights 1 to
 * 8 for the first eight (2, 7, 3, 5 for the ninth to twelfth); a remainder of 10 is
 * computed again with weights 3 to 10 (4, 9, 5, 7), and if it is 10 once more the check
 * digit is 0.
 */
public class EikValidator implements ConstraintValidator<Eik, String> {

    private static final int[] FIRST = { 1, 2, 3, 4, 5, 6, 7, 8 };

    private static final int[] FIRST_AGAIN = { 3, 4, 5, 6, 7, 8, 9, 10 };

    private static final int[] BRANCH = { 2, 7, 3, 5 };

    private static final int[] BRANCH_AGAIN = { 4, 9, 5, 7 };

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || isValid(value);
    }

    /** Whether the code is 9 or 13 digits with its check digits right. */
    static boolean isValid(String code) {
        if ((code.length() != 9 && code.length() != 13) || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        boolean entity = checkDigit(code, 0, FIRST, FIRST_AGAIN) == code.charAt(8) - '0';
        return code.length() == 9 ? entity
                : entity && checkDigit(code, 8, BRANCH, BRANCH_AGAIN) == code.charAt(12) - '0';
    }

    private static int checkDigit(String code, int from, int[] weights, int[] weightsAgain) {
        int remainder = weightedSum(code, from, weights) % 11;
        if (remainder == 10) {
            remainder = weightedSum(code, from, weightsAgain) % 11;
        }
        return remainder == 10 ? 0 : remainder;
    }

    private static int weightedSum(String code, int from, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (code.charAt(from + i) - '0') * weights[i];
        }
        return sum;
    }

}
