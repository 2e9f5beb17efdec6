package bg.inkindmatch.web.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a hostile or careless client types into the forms: random Unicode, huge and tiny
 * values, wrong types, missing fields, and the known tricks (formulas, template and SQL
 * syntax, personal data in disguise), mixed with valid values so that requests also get
 * past the first check.
 */
final class FuzzInputs {

    /** Stands for a field the request leaves out. */
    static final String MISSING = "\u0000missing";

    private static final List<String> TRICKS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "@SUM(A1)",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' or 1=1 --", "'; drop table offer; --",
            "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::.x", "*{7*7}", "#{7*7}", "{0}", "%s%n",
            "ЕГН 7501\u200B020018", "0888\u00A0123\u00A0456", "maria (at) abv (dot) bg", "\u202Egnp.exe", "a\u0000b",
            "line\r\nbreak", "\uD800", "\uDC00x", "\uFEFF", "😀👩‍👧", "../../etc/passwd", "%00", "null", "undefined",
            "true", "NaN", "-0", " ", "\t");

    private FuzzInputs() {
    }

    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(MISSING)), Tuple.of(2, Arbitraries.just("")),
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(4,
                        Arbitraries.strings()
                            .withCharRange('а', 'я')
                            .withChars(' ', '.', ',', '0', '9')
                            .ofMinLength(1)
                            .ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4_000).ofMaxLength(60_000)),
                Tuple.of(1,
                        Arbitraries.strings()
                            .withChars('a', '.', '@', '1', ' ', '-')
                            .ofMinLength(1_000)
                            .ofMaxLength(30_000)),
                Tuple.of(3, Arbitraries.of(TRICKS)));
    }

    static Arbitrary<String> number() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-5, 200_000).map(String::valueOf),
                Arbitraries.of(MISSING, "", "abc", "1e3", "2147483648", "-2147483649", "99999999999999999999", " 5",
                        "5.5", "0x10", "٣", "１０"));
    }

    static Arbitrary<String> date() {
        LocalDate today = LocalDate.now();
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-800, 2_000).map(days -> today.plusDays(days).toString()),
                Arbitraries.integers().between(0, 60).map(days -> today.plusDays(days).toString()),
                Arbitraries.of(MISSING, "", "-99999-01-01", "+999999999-12-31", "0000-01-01", "2026-02-30",
                        "2026-13-01", "yesterday", "2026-1-1", "31.12.2026", "1970-01-01", "9999-12-31"));
    }

    static Arbitrary<String> oneOf(String... valid) {
        return Arbitraries.oneOf(Arbitraries.of(valid), Arbitraries.of(valid), text());
    }

    static Arbitrary<String> category() {
        return oneOf("consumables.hygiene", "consumables", "consumables.food", "equipment.it", "training.platform-seat",
                "venue.room", "services.legal", "employment.job");
    }

    static Arbitrary<String> unit() {
        return oneOf("PCS", "PACK", "KG", "L", "SEAT", "HOUR", "POSITION", "SET", "pcs");
    }

    static Arbitrary<String> municipality() {
        return oneOf("RSE27", "RSE03", "VAR06", "SOF46", "XXX99", "RSE");
    }

    static Arbitrary<String> id() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-2, 60).map(String::valueOf),
                Arbitraries.of("0", "999999999999", "9223372036854775808", "abc", "1.5", "%20", "-"));
    }

    static Arbitrary<String> token() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'z').ofMaxLength(200),
                Arbitraries.strings().alpha().numeric().withChars('.', '-', '_').ofMinLength(40).ofMaxLength(120),
                Arbitraries.of("x", ".", "..", "a.b.c", "%2e%2e"));
    }

    /** A form: fixed field names, each with its arbitrary value (or left out). */
    static Arbitrary<Map<String, String>> form(Map<String, Arbitrary<String>> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        List<Arbitrary<String>> values = names.stream().map(fields::get).toList();
        return Combinators.combine(values).as(chosen -> {
            Map<String, String> form = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (!MISSING.equals(chosen.get(i))) {
                    form.put(names.get(i), chosen.get(i));
                }
            }
            return form;
        });
    }

    /** The fields every post has, whichever side. */
    private static Map<String, Arbitrary<String>> postFields() {
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        fields.put("title", text());
        fields.put("description", text());
        fields.put("category", category());
        fields.put("unit", unit());
        fields.put("quantity", number());
        return fields;
    }

    static Map<String, Arbitrary<String>> offerFields() {
        Map<String, Arbitrary<String>> fields = postFields();
        fields.put("availableFrom", date());
        fields.put("availableUntil", date());
        fields.put("reach", oneOf("MUNICIPALITY", "PROVINCE", "COUNTRY", "PICKUP"));
        fields.put("conditions", text());
        return fields;
    }

    static Map<String, Arbitrary<String>> needFields() {
        Map<String, Arbitrary<String>> fields = postFields();
        fields.put("neededBy", date());
        fields.put("urgency", oneOf("LOW", "NORMAL", "HIGH", "CRITICAL"));
        fields.put("handover", municipality());
        fields.put("handoverPoint", text());
        return fields;
    }

    static Map<String, Arbitrary<String>> registrationFields() {
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        fields.put("kind", oneOf("COMPANY", "CENTRE"));
        fields.put("name", text());
        fields.put("municipality", municipality());
        fields.put("description", text());
        fields.put("contactPerson", text());
        fields.put("email", Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).map(local -> local + "@fuzz.example"),
                text()));
        fields.put("phone", oneOf("+359 82 000 000", "0888123456"));
        fields.put("language", oneOf("bg", "en"));
        fields.put("eik", Arbitraries.oneOf(number(), text(), Arbitraries.just("831641791")));
        return fields;
    }

    static Map<String, Arbitrary<String>> boardFields() {
        Map<String, Arbitrary<String>> fields = new LinkedHashMap<>();
        fields.put("side", oneOf("needs", "offers"));
        fields.put("category", category());
        fields.put("province", oneOf("RSE", "VAR", "SOF"));
        fields.put("municipality", municipality());
        fields.put("page", number());
        fields.put("size", number());
        fields.put("lang", oneOf("bg", "en"));
        return fields;
    }

}
