package nl.wegwijs.matching.vacancies;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wegwijs.matching.engine.VacancyProfile;
import nl.wegwijs.matching.places.Place;
import nl.wegwijs.matching.places.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The vacancy table; every employer-facing query is scoped to the employer. */
@Repository
public class Vacancies {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Places places;

    Vacancies(JdbcClient jdbc, JsonMapper json, Places places) {
        this.jdbc = jdbc;
        this.json = json;
        this.places = places;
    }

    /**
     * Stores a new vacancy; false when the employer's idempotency key is taken. A concurrent insert under the same
     * key makes this one wait for that transaction: if it commits, this answers false (nothing written, the
     * transaction still usable to read the winner); if it rolls back, this one is stored.
     */
    boolean insert(Vacancy v, String idempotencyKey, String requestHash) {
        return jdbc.sql("""
                                insert into vacancy (id, employer_id, status, version, document, warnings,
                                                     idempotency_key, request_hash, created_at, updated_at)
                                values (:id, :employer, :status, :version, cast(:document as jsonb),
                                        cast(:warnings as jsonb), :key, :hash, :at, :at)
                                on conflict (employer_id, idempotency_key) do nothing
                                """)
                        .param("id", v.id())
                        .param("employer", v.employerId())
                        .param("status", v.status().name())
                        .param("version", v.version())
                        .param("document", json.writeValueAsString(v.vacancy()))
                        .param("warnings", json.writeValueAsString(v.warnings()))
                        .param("key", idempotencyKey)
                        .param("hash", requestHash)
                        .param("at", v.createdAt())
                        .update()
                == 1;
    }

    /** Writes a new state if the stored version is still the expected one; false when someone was first. */
    boolean update(Vacancy v, int expectedVersion) {
        return jdbc.sql("""
                                update vacancy set status = :status, version = :version, document = cast(:document as jsonb),
                                                   warnings = cast(:warnings as jsonb), updated_at = :updated,
                                                   closed_at = :closed
                                where id = :id and version = :expected
                                """)
                        .param("id", v.id())
                        .param("status", v.status().name())
                        .param("version", v.version())
                        .param("document", json.writeValueAsString(v.vacancy()))
                        .param("warnings", json.writeValueAsString(v.warnings()))
                        .param("updated", v.updatedAt())
                        .param("closed", v.closedAt())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    public Optional<Vacancy> find(UUID id) {
        return jdbc.sql("select * from vacancy where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** As {@link #findOwned}, locking the row until the transaction ends (for a change). */
    Optional<Vacancy> findOwnedForUpdate(UUID employerId, UUID id) {
        return jdbc.sql("select * from vacancy where id = :id and employer_id = :employer for update")
                .param("id", id)
                .param("employer", employerId)
                .query(this::map)
                .optional();
    }

    public Optional<Vacancy> findOwned(UUID employerId, UUID id) {
        return jdbc.sql("select * from vacancy where id = :id and employer_id = :employer")
                .param("id", id)
                .param("employer", employerId)
                .query(this::map)
                .optional();
    }

    record Replay(Vacancy vacancy, String requestHash) {}

    Optional<Replay> findByIdempotencyKey(UUID employerId, String key) {
        return jdbc.sql("select * from vacancy where employer_id = :employer and idempotency_key = :key")
                .param("employer", employerId)
                .param("key", key)
                .query((rs, n) -> new Replay(map(rs, n), rs.getString("request_hash")))
                .optional();
    }

    List<Vacancy> page(UUID employerId, Vacancy.Status status, long offset, int limit) {
        return jdbc.sql("""
                        select * from vacancy
                        where (cast(:employer as uuid) is null or employer_id = :employer)
                          and (cast(:status as varchar) is null or status = :status)
                        order by created_at desc, id offset :offset limit :limit
                        """)
                .param("employer", employerId)
                .param("status", status == null ? null : status.name())
                .param("offset", offset)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    long count(UUID employerId, Vacancy.Status status) {
        return jdbc.sql("""
                        select count(*) from vacancy
                        where (cast(:employer as uuid) is null or employer_id = :employer)
                          and (cast(:status as varchar) is null or status = :status)
                        """)
                .param("employer", employerId)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    public Stream<Vacancy> open() {
        return jdbc.sql("select * from vacancy where status = 'OPEN'").query(this::map).list().stream();
    }

    /** The engine's view of a vacancy; empty when its place is no longer known. */
    public Optional<VacancyProfile> profile(Vacancy v) {
        VacancyRequest d = v.vacancy();
        Optional<Place> place = places.find(d.location().city());
        return place.map(p -> new VacancyProfile(
                v.id(),
                d.isco(),
                p.latitude(),
                p.longitude(),
                d.languages(),
                d.preferredLanguages(),
                d.skills(),
                d.preferredSkills(),
                d.certificates(),
                java.util.Set.copyOf(d.drivingLicences()),
                d.minYearsExperience(),
                d.hoursPerWeek().min(),
                d.hoursPerWeek().max(),
                d.startDate(),
                p.name()));
    }

    private Vacancy map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Vacancy(
                rs.getObject("id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                Vacancy.Status.valueOf(rs.getString("status")),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                json.readValue(rs.getString("document"), VacancyRequest.class),
                List.of(json.readValue(rs.getString("warnings"), VacancyWarning[].class)));
    }
}
