package nl.wegwijs.matching.employers;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employer table. */
@Repository
public class Employers {

    private final JdbcClient jdbc;

    Employers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An employer as stored. */
    public record Employer(UUID id, String name, String kvkNumber, String contactEmail, OffsetDateTime createdAt) {}

    /**
     * Stores an employer; false when its KvK number is registered already. A concurrent registration of the same
     * number makes this one wait for that transaction and answer false if it commits (nothing written, and the
     * transaction still usable).
     */
    public boolean insert(Employer e) {
        return jdbc.sql("""
                                insert into employer (id, name, kvk_number, contact_email, created_at)
                                values (:id, :name, :kvk, :email, :at)
                                on conflict (kvk_number) do nothing
                                """)
                        .param("id", e.id())
                        .param("name", e.name())
                        .param("kvk", e.kvkNumber())
                        .param("email", e.contactEmail())
                        .param("at", e.createdAt())
                        .update()
                == 1;
    }

    public Optional<Employer> find(UUID id) {
        return jdbc.sql("select * from employer where id = :id")
                .param("id", id)
                .query(Employers::map)
                .optional();
    }

    public boolean exists(UUID id) {
        return find(id).isPresent();
    }

    List<Employer> page(long offset, int limit) {
        return jdbc.sql("select * from employer order by created_at, id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(Employers::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from employer").query(Long.class).single();
    }

    private static Employer map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Employer(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("kvk_number"),
                rs.getString("contact_email"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
