package nl.wegwijs.platform.privacy;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Contact data of organisations, which is no personal data and stays in a text (an answer a newcomer reads must tell
 * them where to call): what its shape says is an organisation's, and what a service names in {@code
 * wegwijs.privacy.public-contacts}.
 *
 * <ul>
 *   <li>Dutch non-geographic service numbers: 0800 (free), 0900, 0906 and 0909 (paid), with four or seven digits
 *       after them, 088 company numbers (also +31 88 ...), and the municipalities' 14 numbers ("14 020");
 *   <li>e-mail addresses of a role at an organisation's domain: {@code info@}, {@code contact@}, {@code helpdesk@},
 *       {@code noreply@} ... ({@link #ROLES}), but not at a free mail provider, where "info@gmail.com" is a person
 *       ({@link #FREE_MAIL_BRANDS}, {@link #FREE_MAIL_DOMAINS});
 *   <li>a PO box with its postcode: "Postbus 2003, 6401 DA", "Antwoordnummer 10500, 1000 PA" (only organisations
 *       have one that answers mail in bulk; a person's address never follows "Postbus");
 *   <li>the numbers and addresses the service names (an organisation's own number, an embassy's), compared by their
 *       digits ("+31 55 538 53 85" is also "055-5385385" and "0031555385385") or, for e-mail, by the address in any
 *       letter case.
 * </ul>
 *
 * Mobile numbers are always someone's, also after "call us": a Dutch 06 (+31 6) or 097 number and a Ukrainian mobile
 * number (+380 50, 63, 66, 67, 68, 73, 91–99, 39) are never kept, and naming one in the list is refused.
 *
 * <p>Immutable and thread-safe.
 */
final class PublicContacts {

    static final PublicContacts NONE = new PublicContacts(Set.of(), Set.of());

    /** Local parts of an e-mail address that name a role, not a person. */
    static final Set<String> ROLES = Set.of(
            "info",
            "informatie",
            "contact",
            "kontakt",
            "helpdesk",
            "support",
            "service",
            "services",
            "servicedesk",
            "klantenservice",
            "klantcontact",
            "customerservice",
            "post",
            "postmaster",
            "webmaster",
            "secretariaat",
            "secretariat",
            "noreply",
            "no-reply",
            "no_reply",
            "donotreply",
            "do-not-reply",
            "privacy",
            "avg",
            "dpo",
            "fg",
            "team",
            "vragen",
            "vraag",
            "questions",
            "hallo",
            "hello",
            "office",
            "admin",
            "administratie",
            "administration",
            "receptie",
            "reception",
            "balie",
            "loket",
            "frontoffice",
            "sales",
            "hr",
            "jobs",
            "vacatures",
            "careers",
            "werkenbij",
            "communicatie",
            "communications",
            "pers",
            "press",
            "media",
            "redactie",
            "feedback",
            "klachten",
            "complaints",
            "aanmelden",
            "aanmelding",
            "inschrijving",
            "registratie",
            "intake",
            "help",
            "hulp",
            "algemeen",
            "general",
            "planning",
            "financien",
            "finance",
            "facturen",
            "billing",
            "welkom",
            "welcome",
            "vrijwilligers",
            "volunteers",
            "ukraine",
            "oekraine");

    /** Free mail providers by their name, whatever the country's domain ("hotmail.nl", "yahoo.co.uk", "gmx.de"). */
    static final Set<String> FREE_MAIL_BRANDS = Set.of(
            "gmail",
            "googlemail",
            "outlook",
            "hotmail",
            "live",
            "msn",
            "windowslive",
            "yahoo",
            "ymail",
            "icloud",
            "proton",
            "protonmail",
            "tutanota",
            "tuta",
            "gmx",
            "yandex",
            "rambler",
            "aol",
            "mail",
            "email",
            "zoho",
            "fastmail",
            "mailfence");
    /** Free mail providers (and consumer internet providers' mail) by their domain: "i.ua", "ukr.net", "home.nl". */
    static final Set<String> FREE_MAIL_DOMAINS = Set.of(
            "ukr.net",
            "i.ua",
            "meta.ua",
            "bigmir.net",
            "email.ua",
            "inbox.ru",
            "list.ru",
            "bk.ru",
            "ya.ru",
            "inbox.lv",
            "me.com",
            "mac.com",
            "pm.me",
            "web.de",
            "t-online.de",
            "freenet.de",
            "ziggo.nl",
            "kpnmail.nl",
            "kpnplanet.nl",
            "planet.nl",
            "hetnet.nl",
            "home.nl",
            "xs4all.nl",
            "telfort.nl",
            "online.nl",
            "casema.nl",
            "chello.nl",
            "upcmail.nl",
            "zeelandnet.nl",
            "quicknet.nl",
            "tele2.nl",
            "freeler.nl",
            "wanadoo.nl",
            "tiscali.nl",
            "caiway.nl",
            "kabelfoon.nl",
            "solcon.nl",
            "skynet.be",
            "telenet.be",
            "orange.fr",
            "free.fr",
            "wp.pl",
            "o2.pl",
            "onet.pl",
            "interia.pl",
            "seznam.cz");
    /** Second-level labels under which a country registers domains ("yahoo.co.uk", "ukrposhta.com.ua"). */
    private static final Set<String> SECOND_LEVELS =
            Set.of("co", "com", "org", "net", "gov", "edu", "ac", "kiev", "kyiv");
    /** Ukrainian mobile operators' codes after +380. */
    private static final Set<String> UKRAINIAN_MOBILE =
            Set.of("39", "50", "63", "66", "67", "68", "73", "91", "92", "93", "94", "95", "96", "97", "98", "99");
    /** Dutch service numbers, as {@link #normalised} writes them (31, then the number without its 0). */
    private static final Pattern SERVICE_NUMBER =
            Pattern.compile("31(?:800|900|906|909)\\d{4}(?:\\d{3})?|3188\\d{7}|140\\d{2,3}");

    /**
     * A PO box or freepost number, with the postcode after it: "Postbus 2003, 6401 DA", "Antwoordnummer 10500\n1000
     * PA", "postbus 90 1000 AB".
     */
    static final Pattern PO_BOX = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:postbus|antwoordnummer)\\h*\\d{1,6}(?:\\s*,?\\s*[1-9]\\d{3}\\h?[A-Za-z]{2}(?![\\p{L}\\p{N}]))?"
                    + "(?![\\p{N}])",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final Set<String> numbers;
    private final Set<String> emails;

    private PublicContacts(Set<String> numbers, Set<String> emails) {
        this.numbers = numbers;
        this.emails = emails;
    }

    /**
     * The contacts a service names as public: e-mail addresses and phone numbers, as people write them; blank entries
     * are left out.
     *
     * @throws IllegalArgumentException for an entry that is neither an e-mail address nor a phone number, or is a
     *     mobile number (always someone's)
     */
    static PublicContacts of(Collection<String> entries) {
        if (entries == null || entries.isEmpty()) {
            return NONE;
        }
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (String entry : entries) {
            String contact = entry == null ? "" : entry.strip();
            if (contact.isEmpty()) {
                continue;
            }
            if (contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                emails.add(contact.toLowerCase(Locale.ROOT));
                continue;
            }
            if (!contact.matches("\\+?[\\d\\s().\\-/]+")) {
                throw new IllegalArgumentException(
                        "wegwijs.privacy.public-contacts: not an e-mail address or a phone number: " + contact);
            }
            String digits = contact.replaceAll("\\D", "");
            String number = normalised(digits, contact.startsWith("+") || digits.startsWith("00"));
            if (number.length() < 5) {
                throw new IllegalArgumentException("wegwijs.privacy.public-contacts: too short a number: " + contact);
            }
            if (isMobile(number)) {
                throw new IllegalArgumentException("wegwijs.privacy.public-contacts: a mobile number is always"
                        + " redacted, it cannot be public: " + contact);
            }
            numbers.add(number);
        }
        return numbers.isEmpty() && emails.isEmpty()
                ? NONE
                : new PublicContacts(Set.copyOf(numbers), Set.copyOf(emails));
    }

    // --- phone numbers

    /**
     * The number (its {@code digits}; {@code international}: written with + or 00) is an organisation's: a Dutch
     * service number, or one the service named; never a mobile number.
     */
    boolean isPublicNumber(String digits, boolean international) {
        String number = normalised(digits, international);
        if (isMobile(number)) {
            return false;
        }
        return SERVICE_NUMBER.matcher(number).matches() || (!numbers.isEmpty() && numbers.contains(number));
    }

    /**
     * The digits with the country code and without a trunk 0: "0555385385", "+31 (0)55 5385385" and
     * "0031555385385" are all 31555385385; a number without the 0 of a trunk or a country ("14 020") as it is.
     */
    static String normalised(String digits, boolean international) {
        String d = digits;
        if (d.startsWith("00")) {
            d = d.substring(2);
        } else if (!international && d.startsWith("0")) {
            d = "31" + d.substring(1);
        }
        if (d.startsWith("310") && d.length() > 11) {
            d = "31" + d.substring(3); // +31 (0)55 ...
        }
        return d;
    }

    static boolean isMobile(String normalised) {
        return normalised.startsWith("316")
                || normalised.startsWith("3197")
                || (normalised.startsWith("380")
                        && normalised.length() >= 5
                        && UKRAINIAN_MOBILE.contains(normalised.substring(3, 5)));
    }

    // --- e-mail addresses

    /** The address is an organisation's: a role at a domain that is no free mail provider's, or one the service named. */
    boolean isPublicEmail(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (!emails.isEmpty() && emails.contains(lower)) {
            return true;
        }
        return ROLES.contains(lower.substring(0, at)) && !isFreeMail(lower.substring(at + 1));
    }

    /** The (lower-case) domain is a free mail provider's, where anyone may take any name. */
    static boolean isFreeMail(String domain) {
        String[] labels = domain.split("\\.");
        if (labels.length < 2) {
            return true; // no organisation's domain
        }
        int brand = labels.length - 2;
        if (labels.length >= 3 && SECOND_LEVELS.contains(labels[brand])) {
            brand--;
        }
        String registered = String.join(".", Arrays.copyOfRange(labels, brand, labels.length));
        return FREE_MAIL_BRANDS.contains(labels[brand]) || FREE_MAIL_DOMAINS.contains(registered);
    }
}
