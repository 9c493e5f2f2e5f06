package nl.wegwijs.matching.matches;

import java.util.UUID;
import java.util.function.Consumer;
import nl.wegwijs.matching.candidates.CandidateService;
import nl.wegwijs.matching.candidates.Candidates;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.vacancies.Vacancies;
import nl.wegwijs.matching.vacancies.Vacancy;
import nl.wegwijs.matching.vacancies.VacancyService;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the engine current from the service's own events and refreshes suggestions by event, not by a
 * nightly batch. At start-up the index is loaded from the database; after that {@code indexUpdates}
 * (every instance, anonymous group) follows each vacancy and candidate change, and {@code matchRefresh}
 * (one instance per event, durable group, idempotent by event id) recomputes the stored suggestions.
 * A candidate that is no longer in the database was erased: it leaves the index and the suggestions.
 * Events carry ids only: the current state is read from the database, so a late or repeated event
 * cannot bring back an old state.
 */
@Configuration
class EngineFeed {

    private static final Logger log = LoggerFactory.getLogger(EngineFeed.class);

    private final Vacancies vacancies;
    private final Candidates candidates;
    private final VacancyService vacancyService;
    private final CandidateService candidateService;
    private final MatchingEngine engine;
    private final Suggestions suggestions;
    private final ProcessedEvents processed;
    private final JsonMapper json;
    private final int perSubject;

    EngineFeed(
            Vacancies vacancies,
            Candidates candidates,
            VacancyService vacancyService,
            CandidateService candidateService,
            MatchingEngine engine,
            Suggestions suggestions,
            ProcessedEvents processed,
            JsonMapper json,
            @Value("${wegwijs.matching.suggestions-per-subject:10}") int perSubject) {
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.vacancyService = vacancyService;
        this.candidateService = candidateService;
        this.engine = engine;
        this.suggestions = suggestions;
        this.processed = processed;
        this.json = json;
        this.perSubject = perSubject;
    }

    /** Ids as the events carry them; other fields are ignored (tolerant reader). */
    record Ref(UUID vacancyId, UUID candidateId) {}

    @EventListener(ApplicationReadyEvent.class)
    void loadIndex() {
        long started = System.nanoTime();
        candidates.all().forEach(candidateService::follow);
        vacancies.open().forEach(vacancyService::follow);
        log.info(
                "Matching index loaded: {} candidates, {} open vacancies in {} ms",
                engine.candidateCount(),
                engine.vacancyCount(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Bean
    Consumer<Message<byte[]>> indexUpdates() {
        return message -> {
            IncomingEvent event = read(message);
            if (isVacancyEvent(event.type())) {
                Ref ref = event.dataAs(Ref.class, json);
                vacancies.find(ref.vacancyId()).ifPresent(vacancyService::follow);
            } else if (isCandidateEvent(event.type())) {
                // an erased candidate is no longer in the database, whichever event arrives (late) about it
                Ref ref = event.dataAs(Ref.class, json);
                candidates
                        .find(ref.candidateId())
                        .ifPresentOrElse(candidateService::follow, () -> candidateService.forget(ref.candidateId()));
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> matchRefresh() {
        return message -> {
            IncomingEvent event = read(message);
            if (isVacancyEvent(event.type())) {
                Ref ref = event.dataAs(Ref.class, json);
                processed.handleOnce("matching-refresh", event.id(), () -> refreshVacancy(ref.vacancyId()));
            } else if (isCandidateEvent(event.type())) {
                Ref ref = event.dataAs(Ref.class, json);
                processed.handleOnce("matching-refresh", event.id(), () -> refreshCandidate(ref.candidateId()));
            }
        };
    }

    private void refreshVacancy(UUID vacancyId) {
        Vacancy vacancy = vacancies.find(vacancyId).orElse(null);
        if (vacancy == null || vacancy.status() != Vacancy.Status.OPEN) {
            suggestions.removeVacancy(vacancyId);
            return;
        }
        vacancies.profile(vacancy).ifPresent(profile -> {
            engine.upsertVacancy(profile);
            suggestions.replaceForVacancy(vacancyId, engine.candidatesFor(profile, perSubject));
        });
    }

    private void refreshCandidate(UUID candidateId) {
        var candidate = candidates.find(candidateId);
        if (candidate.isEmpty()) { // erased
            engine.removeCandidate(candidateId);
            suggestions.removeCandidate(candidateId);
            return;
        }
        candidate.flatMap(candidates::profile).ifPresent(profile -> {
            engine.upsertCandidate(profile);
            engine.vacanciesFor(candidateId, perSubject)
                    .ifPresent(ranking -> suggestions.replaceForCandidate(candidateId, ranking));
        });
    }

    private static IncomingEvent read(Message<byte[]> message) {
        try {
            return IncomingEvent.from(message);
        } catch (RuntimeException e) {
            // header names only: values may identify people
            log.warn("Unreadable event with headers {}", message.getHeaders().keySet());
            throw e;
        }
    }

    private static boolean isCandidateEvent(String type) {
        return type.equals("nl.wegwijs.matching.CandidateUpdated")
                || type.equals("nl.wegwijs.matching.CandidateErased");
    }

    private static boolean isVacancyEvent(String type) {
        return type.equals("nl.wegwijs.matching.VacancyPosted")
                || type.equals("nl.wegwijs.matching.VacancyUpdated")
                || type.equals("nl.wegwijs.matching.VacancyClosed");
    }
}
