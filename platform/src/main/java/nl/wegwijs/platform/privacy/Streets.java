package nl.wegwijs.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses the suffix rule ("-straat 12", "-weg 3") misses:
 *
 * <ul>
 *   <li>Dutch streets that start with their kind: "Laan van Meerdervoort 250", "Plein 1944 12", "Oude
 *       Gracht 15a", "Grote Markt 5", "Kade 7" (not "Park 3 auto's");
 *   <li>capitalised words and a house number where someone says where they live: "ik woon op
 *       Zeeburgerdijk 5", "I live at Grote Markt 5", "I live at 12 Baker Street", "живу на Дамраку
 *       12", "адреса: Damrak 12" (not "ik woon in Utrecht", "живу в Амстердамі 2 роки");
 *   <li>Ukrainian and Russian street words: "вул. Шевченка 12", "улица Ленина, д. 5".
 * </ul>
 */
final class Streets {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final String HOUSE_NUMBER = "\\d{1,4}(?:\\h?[a-zA-Z](?![\\p{L}]))?(?:[-/]\\d{1,4})?(?![\\p{N}])";
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}'’.\\-]*";
    private static final String PARTICLE = "van|de|der|den|het|['’]t|op|aan|in|bij|over|ten|ter|la|le";
    /** Not a house number but a duration: "живу в Амстердамі 2 роки", "woon op Texel 3 jaar". */
    private static final String NOT_A_DURATION =
            "(?!\\h*(?iu:рок|рік|год|лет|jaar|year|maand|month|місяц|месяц|week|тижн"
                    + "|недел|дн|day|dag|uur|hour|годин|час|min|хв|keer|times|раз|euro|€|km|км|%))";

    private static final String ADJECTIVE =
            "(?:Oude|Nieuwe|Grote|Kleine|Lange|Korte|Hoge|Lage|Eerste|Tweede|Derde|Noord|Zuid|Oost|West)\\h+";
    private static final String NAME_PART = "\\h+(?:" + PARTICLE + "|" + CAPITALISED + "|\\d{4}(?=\\h+\\d))";
    /**
     * Kinds that are a street on their own ("Kade 7"), and kinds that are also ordinary words ("Park 3
     * auto's") and count only with an adjective before or a name after them ("Grote Markt 5", "Hof van
     * Holland 3").
     */
    private static final Pattern KIND_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:" + ADJECTIVE
                    + ")?(?:Laan|Kade|Plein|Singel|Gracht|Dreef|Burgwal|Plantsoen|Wetering)"
                    + "(?:" + NAME_PART + ")*"
                    + "|" + ADJECTIVE
                    + "(?:Hof|Park|Markt|Dijk|Weg|Straat|Steeg|Wal|Boulevard|Haven|Erf|Pad|Ring|Vaart|Kanaal)"
                    + "(?:" + NAME_PART + ")*"
                    + "|(?:Hof|Park|Markt|Dijk|Weg|Straat|Steeg|Wal|Boulevard|Haven|Erf|Pad|Ring|Vaart|Kanaal)"
                    + "(?:" + NAME_PART + ")+)"
                    + "\\h+" + HOUSE_NUMBER + NOT_A_DURATION,
            FLAGS);

    private static final Pattern WHERE_THEY_LIVE = Pattern.compile(
            "(?<![\\p{L}])(?<intro>(?iu:(?:woon|woont|wonen|woonachtig|verblijf|verblijven|live|lives|living|stay|staying"
                    + "|живу|живемо|живем|живём|живе|живет|мешкаю|мешкаємо|мешкає|проживаю|проживаємо|проживаем"
                    + "|проживает)\\h+(?:op|aan|at|on|на|по)|(?:adres|address|адреса|адресою|адресу|адрес)\\h*:?)\\h*"
                    + "(?:(?iu:de|het|the|вул\\.?|вулиці|вулиця|ул\\.?|улице|улица)\\h+)?)"
                    + "(?<street>" + CAPITALISED + "(?:\\h+(?:" + PARTICLE + "|" + CAPITALISED + ")){0,4},?\\h+"
                    + HOUSE_NUMBER
                    + NOT_A_DURATION + "|\\d{1,4}[a-zA-Z]?\\h+" + CAPITALISED + "(?:\\h+" + CAPITALISED + "){0,3})",
            FLAGS);

    private static final Pattern CYRILLIC_STREET = Pattern.compile(
            "(?<![\\p{L}])(?iu:вул\\.|вулиця|вулиці|вулицю|ул\\.|улица|улице|просп\\.|проспект\\p{L}*|пров\\.|провулок"
                    + "|пер\\.|переулок)\\h*" + CAPITALISED + "(?:\\h+" + CAPITALISED + "){0,2},?\\h*"
                    + "(?:(?iu:буд\\.|будинок|д\\.|дом)\\h*)?\\d{1,4}(?:\\h?[a-zA-Zа-яА-Я](?![\\p{L}]))?(?:[-/]\\d{1,4})?"
                    + "(?![\\p{N}])",
            FLAGS);

    private Streets() {}

    static String redact(String text) {
        String result = CYRILLIC_STREET.matcher(text).replaceAll(Matcher.quoteReplacement(Redactor.ADDRESS));
        result = WHERE_THEY_LIVE
                .matcher(result)
                .replaceAll(m -> Matcher.quoteReplacement(m.group("intro") + Redactor.ADDRESS));
        return KIND_FIRST.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.ADDRESS));
    }
}
