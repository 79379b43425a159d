package io.teamsdr.testkit.fusion;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The country of an E.164 number by its ITU calling code, for telling which pool numbers belong
 * to a country. Covers the countries operators serve most; {@code +1} is shared by the United
 * States and Canada, so a {@code +1} number belongs to both.
 */
final class CallingCodes {

    private static final Map<String, List<String>> COUNTRIES = Map.ofEntries(
            Map.entry("1", List.of("US", "CA")), Map.entry("7", List.of("RU", "KZ")), Map.entry("20", List.of("EG")),
            Map.entry("27", List.of("ZA")), Map.entry("30", List.of("GR")), Map.entry("31", List.of("NL")),
            Map.entry("32", List.of("BE")), Map.entry("33", List.of("FR")), Map.entry("34", List.of("ES")),
            Map.entry("36", List.of("HU")), Map.entry("39", List.of("IT")), Map.entry("40", List.of("RO")),
            Map.entry("41", List.of("CH")), Map.entry("43", List.of("AT")), Map.entry("44", List.of("GB")),
            Map.entry("45", List.of("DK")), Map.entry("46", List.of("SE")), Map.entry("47", List.of("NO")),
            Map.entry("48", List.of("PL")), Map.entry("49", List.of("DE")), Map.entry("52", List.of("MX")),
            Map.entry("54", List.of("AR")), Map.entry("55", List.of("BR")), Map.entry("56", List.of("CL")),
            Map.entry("57", List.of("CO")), Map.entry("60", List.of("MY")), Map.entry("61", List.of("AU")),
            Map.entry("62", List.of("ID")), Map.entry("63", List.of("PH")), Map.entry("64", List.of("NZ")),
            Map.entry("65", List.of("SG")), Map.entry("66", List.of("TH")), Map.entry("81", List.of("JP")),
            Map.entry("82", List.of("KR")), Map.entry("84", List.of("VN")), Map.entry("86", List.of("CN")),
            Map.entry("90", List.of("TR")), Map.entry("91", List.of("IN")), Map.entry("212", List.of("MA")),
            Map.entry("351", List.of("PT")), Map.entry("352", List.of("LU")), Map.entry("353", List.of("IE")),
            Map.entry("354", List.of("IS")), Map.entry("356", List.of("MT")), Map.entry("357", List.of("CY")),
            Map.entry("358", List.of("FI")), Map.entry("359", List.of("BG")), Map.entry("370", List.of("LT")),
            Map.entry("371", List.of("LV")), Map.entry("372", List.of("EE")), Map.entry("380", List.of("UA")),
            Map.entry("381", List.of("RS")), Map.entry("385", List.of("HR")), Map.entry("386", List.of("SI")),
            Map.entry("420", List.of("CZ")), Map.entry("421", List.of("SK")), Map.entry("423", List.of("LI")),
            Map.entry("852", List.of("HK")), Map.entry("886", List.of("TW")), Map.entry("966", List.of("SA")),
            Map.entry("971", List.of("AE")), Map.entry("972", List.of("IL")), Map.entry("974", List.of("QA")));

    private CallingCodes() {
    }

    /**
     * Whether a number is one of a country's.
     *
     * @param e164 the number, {@code +} and digits
     * @param country an ISO 3166 alpha-2 code, any case; {@code UK} is read as {@code GB}
     * @return true when the number's calling code belongs to the country
     */
    static boolean isOf(String e164, String country) {
        String wanted = country.toUpperCase(Locale.ROOT);
        String iso = wanted.equals("UK") ? "GB" : wanted;
        // Calling codes are prefix-free: at most one of the 1-, 2- and 3-digit prefixes is a code.
        for (int length = 1; length <= 3 && length < e164.length(); length++) {
            List<String> countries = COUNTRIES.get(e164.substring(1, 1 + length));
            if (countries != null) {
                return countries.contains(iso);
            }
        }
        return false;
    }
}
