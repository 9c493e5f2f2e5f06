package nl.wegwijs.platform.privacy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an IBAN looks like even when its check digits are wrong (a typo, or made up to test us): a
 * country of the IBAN registry, two digits, and that country's length, mostly digits; for the
 * Netherlands four letters of the bank and ten digits, give or take one ("NL02 RABO 0123 4567 89").
 * A mistyped account number still points to a person's account, so it is redacted like a valid one.
 */
final class IbanShapes {

    /** Country and length of an IBAN, per the SWIFT IBAN registry. */
    private static final String REGISTRY = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 "
            + "CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 "
            + "GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 "
            + "KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 "
            + "MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 "
            + "RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 "
            + "UA29 VA22 VG24 XK20 YE30";

    private static final Map<String, Integer> LENGTHS = Arrays.stream(REGISTRY.split(" "))
            .collect(Collectors.toUnmodifiableMap(e -> e.substring(0, 2), e -> Integer.parseInt(e.substring(2))));

    private IbanShapes() {}

    /** The country's IBAN length, or -1 when the first two letters are not an IBAN country. */
    static int lengthFor(String compact) {
        return LENGTHS.getOrDefault(compact.substring(0, 2).toUpperCase(Locale.ROOT), -1);
    }

    /** {@code compact} (letters and digits only) has the shape of an IBAN of its country, check digits aside. */
    static boolean looksLikeIban(String compact) {
        String iban = compact.toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || !Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return false;
        }
        if (iban.startsWith("NL")) { // a bank's four letters, and ten digits give or take a mistyped one
            return iban.matches("NL\\d{2}[A-Z]{4}\\d{9,11}");
        }
        if (iban.length() != lengthFor(iban)) {
            return false;
        }
        String bban = iban.substring(4);
        long digits = bban.chars().filter(Character::isDigit).count();
        return digits * 2 >= bban.length();
    }
}
