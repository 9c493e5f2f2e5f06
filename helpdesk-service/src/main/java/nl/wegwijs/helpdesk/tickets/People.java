package nl.wegwijs.helpdesk.tickets;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
     * Digits only, in international form without prefix: Dutch 06…, +316…, 00316… become 316…;
     * Ukrainian +380… and national 0… (also the old 8 0… prefix) become 380…. A national number of ten
     * digits starting with 06 counts as Dutch (067 12 34 567 could be either; the helpdesk is Dutch).
     * Fewer than 9 digits is no number to recognise someone by.
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
        } else if (digits.startsWith("06") && digits.length() == 10) {
            digits = "31" + digits.substring(1);
        } else if (digits.startsWith("80") && digits.length() == 11) {
            digits = "3" + digits;
        } else if (digits.startsWith("0") && digits.length() == 10) {
            digits = "38" + digits;
        }
        return digits.length() >= 9 ? digits : null;
    }
}
