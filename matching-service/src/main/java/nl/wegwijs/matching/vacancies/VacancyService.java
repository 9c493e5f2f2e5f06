package nl.wegwijs.matching.vacancies;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.engine.AfterCommit;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.preconditions.IfMatch;
import nl.wegwijs.matching.preconditions.PreconditionFailedException;
import nl.wegwijs.matching.vacancies.VacancyEvents.VacancyChanged;
import nl.wegwijs.matching.vacancies.VacancyEvents.VacancyPostedForAnalytics;
import nl.wegwijs.platform.outbox.Outbox;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Vacancy changes, each committed with its events; the in-memory engine follows after commit. */
@Service
public class VacancyService {

    private final Vacancies vacancies;
    private final VacancyRules rules;
    private final Outbox outbox;
    private final MatchingEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    VacancyService(
            Vacancies vacancies,
            VacancyRules rules,
            Outbox outbox,
            MatchingEngine engine,
            JsonMapper json,
            Clock clock) {
        this.vacancies = vacancies;
        this.rules = rules;
        this.outbox = outbox;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of a create: the vacancy and whether it was a replay of an earlier request. */
    public record Created(Vacancy vacancy, boolean replayed) {}

    /**
     * Creates a vacancy. With an idempotency key, a repeat of the same request (the same meaning, however it is
     * written) answers the vacancy made the first time; a different request under the same key is a conflict.
     * Concurrent requests under one key create one vacancy: the others wait for it and answer it.
     */
    @Transactional
    public Created create(UUID employerId, VacancyRequest request, String idempotencyKey) {
        VacancyRequest document = request.normalised();
        String fingerprint = RequestFingerprint.of(document, json);
        if (idempotencyKey != null) {
            var earlier = vacancies.findByIdempotencyKey(employerId, idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), document, fingerprint);
            }
        }
        List<VacancyWarning> warnings = rules.check(document);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Vacancy vacancy =
                new Vacancy(UUID.randomUUID(), employerId, Vacancy.Status.OPEN, 1, now, now, null, document, warnings);
        if (!vacancies.insert(vacancy, idempotencyKey, fingerprint)) {
            // a concurrent request with the same key was first and has committed: answer as its replay
            Vacancies.Replay first = vacancies
                    .findByIdempotencyKey(employerId, idempotencyKey)
                    .orElseThrow(() -> new IllegalStateException("Idempotency-Key taken by a vacancy not found"));
            return replay(first, document, fingerprint);
        }
        publish(VacancyEvents.POSTED, vacancy);
        outbox.add(
                VacancyEvents.ANALYTICS_TOPIC,
                VacancyEvents.ANALYTICS_POSTED,
                vacancy.id().toString(),
                new VacancyPostedForAnalytics(
                        vacancy.id(),
                        document.sector().name(),
                        document.isco().substring(0, 1),
                        document.contractType().name(),
                        document.languages().stream()
                                .map(l -> String.join("|", l.codes()) + ":" + l.level())
                                .toList(),
                        document.hoursPerWeek().min(),
                        document.hoursPerWeek().max(),
                        now));
        follow(vacancy);
        return new Created(vacancy, false);
    }

    /**
     * Replaces a vacancy's content if {@code ifMatch} holds for the current version (without If-Match that is
     * whatever is current: last write wins; the row lock orders concurrent writers).
     */
    @Transactional
    public Vacancy update(UUID employerId, UUID id, IfMatch ifMatch, VacancyRequest request) {
        Vacancy current =
                vacancies.findOwnedForUpdate(employerId, id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        ifMatch.check("vacancy", current.etag());
        if (current.status() == Vacancy.Status.CLOSED) {
            throw new ConflictException("Vacancy " + id + " is closed and can no longer be changed");
        }
        VacancyRequest document = request.normalised();
        List<VacancyWarning> warnings = rules.check(document);
        Vacancy updated = new Vacancy(
                id,
                employerId,
                current.status(),
                current.version() + 1,
                current.createdAt(),
                OffsetDateTime.now(clock),
                null,
                document,
                warnings);
        if (!vacancies.update(updated, current.version())) {
            throw PreconditionFailedException.changedMeanwhile("vacancy");
        }
        publish(VacancyEvents.UPDATED, updated);
        follow(updated);
        return updated;
    }

    /** Closes a vacancy (idempotent) if {@code ifMatch} holds for its current version. */
    @Transactional
    public Vacancy close(UUID employerId, UUID id, IfMatch ifMatch) {
        Vacancy current = vacancies.findOwned(employerId, id).orElseThrow(() -> new NotFoundException("Vacancy", id));
        ifMatch.check("vacancy", current.etag());
        if (current.status() == Vacancy.Status.CLOSED) {
            return current;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Vacancy closed = new Vacancy(
                id,
                employerId,
                Vacancy.Status.CLOSED,
                current.version() + 1,
                current.createdAt(),
                now,
                now,
                current.vacancy(),
                current.warnings());
        if (!vacancies.update(closed, current.version())) {
            throw PreconditionFailedException.changedMeanwhile("vacancy");
        }
        publish(VacancyEvents.CLOSED, closed);
        follow(closed);
        return closed;
    }

    /** Brings the in-memory engine in line with a vacancy's state (also used by the event consumer). */
    public void follow(Vacancy vacancy) {
        AfterCommit.run(() -> {
            if (vacancy.status() == Vacancy.Status.OPEN) {
                vacancies.profile(vacancy).ifPresent(engine::upsertVacancy);
            } else {
                engine.removeVacancy(vacancy.id());
            }
        });
    }

    private Created replay(Vacancies.Replay earlier, VacancyRequest document, String fingerprint) {
        String stored = earlier.requestHash();
        if (!fingerprint.equals(stored)
                && !RequestFingerprint.beforeMeaningWasCompared(document, json).equals(stored)) {
            throw new ConflictException(
                    "Idempotency-Key was used before for a different request; use a new key for a new vacancy");
        }
        return new Created(earlier.vacancy(), true);
    }

    private void publish(String type, Vacancy v) {
        outbox.add(
                VacancyEvents.TOPIC,
                type,
                v.id().toString(),
                new VacancyChanged(
                        v.id(),
                        v.employerId(),
                        v.version(),
                        v.status().name(),
                        v.vacancy().title(),
                        v.vacancy().isco(),
                        v.vacancy().sector().name(),
                        v.vacancy().location().city(),
                        v.vacancy().startDate(),
                        OffsetDateTime.now(clock)));
    }
}
