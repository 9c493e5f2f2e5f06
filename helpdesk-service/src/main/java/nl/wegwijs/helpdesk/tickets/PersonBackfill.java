package nl.wegwijs.helpdesk.tickets;

import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-off step after migration V4: tickets from before it have contact data but no contact keys
 * (computing them needs the pseudonym key, which the migration does not have). In the order they
 * were opened, each gets its keys and the person of an earlier ticket with the same e-mail or phone,
 * exactly as a new ticket would. Afterwards it finds nothing to do (a contact without a usable
 * e-mail or phone is looked at again, harmlessly).
 *
 * <p>Then tickets keyed under an earlier normalisation rule (national 066/067 numbers were read as
 * Dutch before they counted as Ukrainian) get the keys of today's rule, so that the next ticket from
 * that number, however written, finds them. Their person stays as it is: persons already told apart
 * are not merged afterwards.
 */
@Component
class PersonBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonBackfill.class);

    private final JdbcClient jdbc;
    private final People people;

    PersonBackfill(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    record Unkeyed(UUID id, String name, String email, String phone) {}

    record Keyed(UUID id, String name, String email, String phone, String emailKey, String phoneKey) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // one instance at a time
        jdbc.sql(
                        "select count(*) from (select pg_advisory_xact_lock(hashtextextended('helpdesk-person-backfill', 0))) l")
                .query(Long.class)
                .single();
        var unkeyed = jdbc.sql("""
                        select t.id, c.name, c.email, c.phone from ticket t join ticket_contact c on c.ticket_id = t.id
                        where t.erased_at is null and t.email_key is null and t.phone_key is null
                          and (c.email is not null or c.phone is not null)
                        order by t.created_at, t.id
                        """).query(Unkeyed.class).list();
        int grouped = 0;
        for (Unkeyed t : unkeyed) {
            People.ContactKeys keys = people.keysOf(new Contact(t.name(), t.email(), t.phone()));
            if (keys.isEmpty()) {
                continue;
            }
            UUID personId = people.existingPerson(keys, t.id()).orElse(t.id());
            grouped += personId.equals(t.id()) ? 0 : 1;
            jdbc.sql(
                            "update ticket set person_id = :person, email_key = :email, phone_key = :phone where id = :id and erased_at is null")
                    .param("person", personId)
                    .param("email", keys.email())
                    .param("phone", keys.phone())
                    .param("id", t.id())
                    .update();
        }
        if (!unkeyed.isEmpty()) {
            log.info(
                    "Keyed the contact of {} earlier tickets; {} joined an earlier ticket's person",
                    unkeyed.size(),
                    grouped);
        }
        rekey();
    }

    private void rekey() {
        var keyed = jdbc.sql("""
                        select t.id, c.name, c.email, c.phone, t.email_key, t.phone_key
                        from ticket t join ticket_contact c on c.ticket_id = t.id
                        where t.erased_at is null and (t.email_key is not null or t.phone_key is not null)
                        """).query(Keyed.class).list();
        int rekeyed = 0;
        for (Keyed t : keyed) {
            People.ContactKeys keys = people.keysOf(new Contact(t.name(), t.email(), t.phone()));
            if (Objects.equals(keys.email(), t.emailKey()) && Objects.equals(keys.phone(), t.phoneKey())) {
                continue;
            }
            jdbc.sql("update ticket set email_key = :email, phone_key = :phone where id = :id and erased_at is null")
                    .param("email", keys.email())
                    .param("phone", keys.phone())
                    .param("id", t.id())
                    .update();
            rekeyed++;
        }
        if (rekeyed > 0) {
            log.info("Re-keyed the contact of {} tickets keyed under an earlier rule", rekeyed);
        }
    }
}
