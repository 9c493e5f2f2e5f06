package nl.wegwijs.matching.candidates;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.matching.engine.CandidateProfile;
import nl.wegwijs.matching.engine.WorkAuthorisation;
import nl.wegwijs.matching.places.Place;
import nl.wegwijs.matching.places.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The candidate table. */
@Repository
public class Candidates {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Places places;

    Candidates(JdbcClient jdbc, JsonMapper json, Places places) {
        this.jdbc = jdbc;
        this.json = json;
        this.places = places;
    }

    void insert(Candidate c, String createdBy) {
        jdbc.sql("""
                        insert into candidate (id, version, document, created_by, created_at, updated_at)
                        values (:id, :version, cast(:document as jsonb), :by, :at, :at)
                        """)
                .param("id", c.id())
                .param("version", c.version())
                .param("document", json.writeValueAsString(c.profile()))
                .param("by", createdBy)
                .param("at", c.createdAt())
                .update();
    }

    boolean update(Candidate c, int expectedVersion) {
        return jdbc.sql("""
                                update candidate set version = :version, document = cast(:document as jsonb), updated_at = :at
                                where id = :id and version = :expected
                                """)
                        .param("id", c.id())
                        .param("version", c.version())
                        .param("document", json.writeValueAsString(c.profile()))
                        .param("at", c.updatedAt())
                        .param("expected", expectedVersion)
                        .update()
                == 1;
    }

    public Optional<Candidate> find(UUID id) {
        return jdbc.sql("select * from candidate where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /**
     * As {@link #find}, holding the row against erasure until the transaction ends ({@code for key share}: updates
     * of the profile go on). If an erasure holds the row, this waits for it and then finds nothing.
     */
    public Optional<Candidate> findHeldAgainstErasure(UUID id) {
        return jdbc.sql("select * from candidate where id = :id for key share")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Candidate> page(long offset, int limit) {
        return jdbc.sql("select * from candidate order by created_at desc, id offset :offset limit :limit")
                .param("offset", offset)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from candidate").query(Long.class).single();
    }

    /** Locks a candidate's row for its erasure, so that no match can be proposed for it meanwhile. */
    Optional<Candidate> lock(UUID id) {
        return jdbc.sql("select * from candidate where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    /** The candidates who came with this helpdesk question. */
    List<UUID> linkedToTicket(UUID ticketId) {
        return jdbc.sql("select id from candidate where document ->> 'ticketId' = :ticket")
                .param("ticket", ticketId.toString())
                .query(UUID.class)
                .list();
    }

    boolean erased(UUID id) {
        return jdbc.sql("select count(*) from candidate_erasure where candidate_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Deletes the profile (every personal field is in it) and keeps only that this id was erased. */
    void erase(UUID id, OffsetDateTime at, String erasedBy) {
        jdbc.sql("delete from candidate where id = :id").param("id", id).update();
        jdbc.sql("""
                        insert into candidate_erasure (candidate_id, erased_at, erased_by) values (:id, :at, :by)
                        on conflict do nothing
                        """).param("id", id).param("at", at).param("by", erasedBy).update();
    }

    public List<Candidate> all() {
        return jdbc.sql("select * from candidate").query(this::map).list();
    }

    /** The engine's view of a candidate (no name); empty when the place is not known. */
    public Optional<CandidateProfile> profile(Candidate c) {
        CandidateRequest p = c.profile();
        Optional<Place> place = places.find(p.location().city());
        WorkAuthorisation authorisation = p.workAuthorisation();
        return place.map(at -> new CandidateProfile(
                c.id(),
                at.latitude(),
                at.longitude(),
                p.languages(),
                p.skills(),
                p.certificates(),
                p.occupations(),
                p.maxTravelKm(),
                p.hoursPerWeek().min(),
                p.hoursPerWeek().max(),
                Set.copyOf(p.drivingLicences()),
                p.availableFrom(),
                authorisation.unlimited() ? null : authorisation.validUntil()));
    }

    private Candidate map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class),
                json.readValue(rs.getString("document"), CandidateRequest.class));
    }
}
