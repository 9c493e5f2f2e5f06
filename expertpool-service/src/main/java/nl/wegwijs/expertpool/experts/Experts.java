package nl.wegwijs.expertpool.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.expertpool.JsonLists;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The experts table and its consent history. */
@Repository
public class Experts {

    private final JdbcClient jdbc;
    private final JsonLists lists;

    Experts(JdbcClient jdbc, JsonLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
    }

    void insert(Expert e) {
        jdbc.sql("""
                        insert into expert (id, name, city, email, phone, languages, themes, helpdesk_ticket_id,
                            consent_participate, consent_quote, consent_contact, consent_updated_at, joined_at)
                        values (:id, :name, :city, :email, :phone, cast(:languages as jsonb), cast(:themes as jsonb),
                            :ticket, :participate, :quote, :contact, :consentAt, :joinedAt)
                        """)
                .param("id", e.id())
                .param("name", e.name())
                .param("city", e.city())
                .param("email", e.email())
                .param("phone", e.phone())
                .param("languages", lists.write(e.languages()))
                .param("themes", lists.write(e.themes()))
                .param("ticket", e.helpdeskTicketId())
                .param("participate", e.consent().participate())
                .param("quote", e.consent().quoteAnonymously())
                .param("contact", e.consent().contact())
                .param("consentAt", e.consentUpdatedAt())
                .param("joinedAt", e.joinedAt())
                .update();
    }

    void update(Expert e) {
        jdbc.sql("""
                        update expert set name = :name, city = :city, email = :email, phone = :phone,
                            languages = cast(:languages as jsonb), themes = cast(:themes as jsonb),
                            helpdesk_ticket_id = :ticket, consent_participate = :participate, consent_quote = :quote,
                            consent_contact = :contact, consent_updated_at = :consentAt, left_at = :leftAt,
                            erased_at = :erasedAt
                        where id = :id
                        """)
                .param("id", e.id())
                .param("name", e.name())
                .param("city", e.city())
                .param("email", e.email())
                .param("phone", e.phone())
                .param("languages", lists.write(e.languages()))
                .param("themes", lists.write(e.themes()))
                .param("ticket", e.helpdeskTicketId())
                .param("participate", e.consent().participate())
                .param("quote", e.consent().quoteAnonymously())
                .param("contact", e.consent().contact())
                .param("consentAt", e.consentUpdatedAt())
                .param("leftAt", e.leftAt())
                .param("erasedAt", e.erasedAt())
                .update();
    }

    /** Any expert, erased or not. */
    public Optional<Expert> find(UUID id) {
        return jdbc.sql("select * from expert where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** Any expert, erased or not, locked until the transaction ends (so that two erasures do not both act). */
    Optional<Expert> lock(UUID id) {
        return jdbc.sql("select * from expert where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The experts with these ids that exist (erased ones included). */
    public List<Expert> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from expert where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(this::map)
                .list();
    }

    /** The names of the experts who are not erased (an erasure tells their names from the erased expert's). */
    List<String> namesNotErased() {
        return jdbc.sql("select name from expert where erased_at is null and name is not null order by id")
                .query(String.class)
                .list();
    }

    List<Expert> linkedToTicket(UUID ticketId) {
        return jdbc.sql("select * from expert where helpdesk_ticket_id = :ticket and erased_at is null")
                .param("ticket", ticketId)
                .query(this::map)
                .list();
    }

    /** Experts not erased, optionally only those who know a theme or speak a language, by name. */
    Page page(String theme, String language, Boolean active, PageRequest request) {
        StringBuilder where = new StringBuilder("erased_at is null");
        List<Object[]> params = new ArrayList<>();
        if (theme != null) {
            where.append(" and themes @> jsonb_build_array(cast(:theme as text))");
            params.add(new Object[] {"theme", theme});
        }
        if (language != null) {
            where.append(" and languages @> jsonb_build_array(cast(:language as text))");
            params.add(new Object[] {"language", language});
        }
        if (active != null) {
            where.append(" and consent_participate = :active");
            params.add(new Object[] {"active", active});
        }
        var count = jdbc.sql("select count(*) from expert where " + where);
        var select = jdbc.sql(
                "select * from expert where " + where + " order by lower(name), id limit :limit offset :offset");
        for (Object[] p : params) {
            count = count.param((String) p[0], p[1]);
            select = select.param((String) p[0], p[1]);
        }
        long total = count.query(Long.class).single();
        List<Expert> items = select.param("limit", request.getPageSize())
                .param("offset", request.getOffset())
                .query(this::map)
                .list();
        return new Page(items, total);
    }

    /** Experts who may take part, know the theme and speak the language. */
    public List<Expert> suitable(String theme, String language) {
        return jdbc.sql("""
                        select * from expert where erased_at is null and consent_participate
                          and themes @> jsonb_build_array(cast(:theme as text))
                          and languages @> jsonb_build_array(cast(:language as text))
                        order by joined_at
                        """)
                .param("theme", theme)
                .param("language", language)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from expert").query(Long.class).single();
    }

    void recordConsent(UUID expertId, OffsetDateTime at, String by, Consent consent) {
        jdbc.sql("""
                        insert into consent_change (expert_id, changed_at, changed_by, participate, quote_anonymously, contact)
                        values (:expert, :at, :by, :participate, :quote, :contact)
                        """)
                .param("expert", expertId)
                .param("at", at)
                .param("by", by)
                .param("participate", consent.participate())
                .param("quote", consent.quoteAnonymously())
                .param("contact", consent.contact())
                .update();
    }

    List<ConsentChange> consentHistory(UUID expertId) {
        List<Object[]> rows = jdbc.sql("select * from consent_change where expert_id = :expert order by changed_at, id")
                .param("expert", expertId)
                .query((rs, n) -> new Object[] {
                    rs.getObject("changed_at", OffsetDateTime.class),
                    rs.getString("changed_by"),
                    new Consent(
                            rs.getBoolean("participate"), rs.getBoolean("quote_anonymously"), rs.getBoolean("contact"))
                })
                .list();
        List<ConsentChange> history = new ArrayList<>();
        Consent before = Consent.NONE;
        for (Object[] row : rows) {
            Consent now = (Consent) row[2];
            history.add(new ConsentChange(
                    (OffsetDateTime) row[0],
                    (String) row[1],
                    now.participate(),
                    now.quoteAnonymously(),
                    now.contact(),
                    scopes(now, before, true),
                    scopes(now, before, false)));
            before = now;
        }
        return history;
    }

    private static List<String> scopes(Consent now, Consent before, boolean given) {
        List<String> scopes = new ArrayList<>();
        if (now.participate() != before.participate() && now.participate() == given) {
            scopes.add("participate");
        }
        if (now.quoteAnonymously() != before.quoteAnonymously() && now.quoteAnonymously() == given) {
            scopes.add("quoteAnonymously");
        }
        if (now.contact() != before.contact() && now.contact() == given) {
            scopes.add("contact");
        }
        return scopes;
    }

    private Expert map(ResultSet rs, int row) throws SQLException {
        return new Expert(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("city"),
                rs.getString("email"),
                rs.getString("phone"),
                lists.read(rs.getString("languages")),
                lists.read(rs.getString("themes")),
                rs.getObject("helpdesk_ticket_id", UUID.class),
                new Consent(
                        rs.getBoolean("consent_participate"),
                        rs.getBoolean("consent_quote"),
                        rs.getBoolean("consent_contact")),
                rs.getObject("consent_updated_at", OffsetDateTime.class),
                rs.getObject("joined_at", OffsetDateTime.class),
                rs.getObject("left_at", OffsetDateTime.class),
                rs.getObject("erased_at", OffsetDateTime.class));
    }

    record Page(List<Expert> items, long total) {}
}
