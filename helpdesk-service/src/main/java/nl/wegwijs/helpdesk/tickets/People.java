package nl.wegwijs.helpdesk.tickets;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.wegwijs.platform.analytics.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a ticket's person is: tickets whose contact has the same e-mail address (trimmed, any case) or
 * the same phone number (digits, in international form) belong to one person. Only keyed hashes of
 * the normalised e-mail and phone are stored for the lookup, never a second copy in clear.
 */
@Component
class People {

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;

    People(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /** The keyed hashes of a contact's normalised e-mail address and phone number (each may be null). */
    record ContactKeys(String email, String phone) {
        static final ContactKeys NONE = new ContactKeys(null, null);

        boolean isEmpty() {
            return email == null && phone == null;
        }
    }

    ContactKeys keysOf(Contact contact) {
        if (contact == null) {
            return ContactKeys.NONE;
        }
        String email = normaliseEmail(contact.email());
        String phone = normalisePhone(contact.phone());
        return new ContactKeys(
                email == null ? null : pseudonyms.of("contact-email:" + email),
                phone == null ? null : pseudonyms.of("contact-phone:" + phone));
    }

    /**
     * The person id of the oldest ticket, not erased, with the same e-mail or phone key, if any. Holds
     * a transaction lock per key (two first questions from one address at once get one person) and a
     * share lock on the ticket found (an erasure of that person waits, or is seen: no ticket joins an
     * erased person).
     */
    Optional<UUID> existingPerson(ContactKeys keys, UUID exceptTicket) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Stream.of(keys.email(), keys.phone())
                .filter(k -> k != null)
                .sorted()
                .forEach(k -> jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:k, 0))) l")
                        .param("k", k)
                        .query(Long.class)
                        .single());
        return jdbc.sql("""
                        select person_id from ticket
                        where (email_key = :email or phone_key = :phone) and erased_at is null and id <> :except
                        order by created_at, id limit 1 for share
                        """)
                .param("email", keys.email())
                .param("phone", keys.phone())
                .param("except", exceptTicket)
                .query(UUID.class)
                .optional();
    }

    static String normaliseEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A Dutch mobile number written nationally: 06 and 8 digits in the ranges the Netherlands gives
     * to mobile phones, 061–065 and 068. Not 066 (pagers) and 067 (videotex and dial-in internet
     * access): ten digits starting 066 or 067 are Ukrainian mobiles (Vodafone, Kyivstar).
     */
    private static final Pattern DUTCH_MOBILE = Pattern.compile("06[1-58][0-9]{7}");

    /**
     * Digits only, in international form without prefix: Dutch 06…, +316…, 00316… become 316…;
     * Ukrainian +380… and national 0… (also the old 8 0… prefix) become 380…. Both countries write
     * national numbers with ten digits starting with 0, so which one a national number is depends on
     * its prefix: a Dutch mobile range (061–065, 068) counts as Dutch, although Ukraine uses 063 and 068
     * for mobiles too (the helpdesk is Dutch; "063 123 45 67" is read as +31 6 3123 4567); any other
     * 0… (050, 066, 067, 073, 09x…) counts as Ukrainian, Dutch landlines written nationally included
     * (020 …, 050 …; their +31 form is not matched). Fewer than 9 digits is no number to recognise
     * someone by.
     */
    static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("310") && digits.length() == 12) {
            digits = "31" + digits.substring(3); // +31 (0)6 …
        } else if (DUTCH_MOBILE.matcher(digits).matches()) {
            digits = "31" + digits.substring(1);
        } else if (digits.startsWith("80") && digits.length() == 11) {
            digits = "3" + digits;
        } else if (digits.startsWith("0") && digits.length() == 10) {
            digits = "38" + digits;
        }
        return digits.length() >= 9 ? digits : null;
    }
}
