package nl.wegwijs.expertpool.briefs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.expertpool.AmsterdamDays;
import nl.wegwijs.expertpool.agenda.AgendaPoint;
import nl.wegwijs.expertpool.agenda.AgendaPoints;
import nl.wegwijs.expertpool.agenda.Supporter;
import nl.wegwijs.expertpool.experts.Expert;
import nl.wegwijs.expertpool.experts.Experts;
import nl.wegwijs.expertpool.signals.SignalsService;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Puts a brief together from agenda points, their supporters' consent and the signals read model. A brief leaves
 * the service (to members of parliament), so every text in it is redacted again with the names of the point's
 * supporters and visitors: the stored texts keep experts' names for the coordinator, a brief has none.
 */
@Service
class BriefService {

    static final int MAX_POINTS = 50;

    private final AgendaPoints points;
    private final SignalsService signals;
    private final Experts experts;
    private final Redactor redactor;
    private final Clock clock;

    BriefService(AgendaPoints points, SignalsService signals, Experts experts, Redactor redactor, Clock clock) {
        this.points = points;
        this.signals = signals;
        this.experts = experts;
        this.redactor = redactor;
        this.clock = clock;
    }

    Brief brief(List<UUID> ids, int weeks) {
        List<UUID> wanted = ids == null
                ? List.of()
                : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            throw new InvalidRequestException("agendaPointIds", "must name at least one agenda point");
        }
        if (wanted.size() > MAX_POINTS) {
            throw new InvalidRequestException("agendaPointIds", "may name at most " + MAX_POINTS + " agenda points");
        }
        Map<UUID, AgendaPoint> found =
                points.findAll(wanted).stream().collect(Collectors.toMap(AgendaPoint::id, Function.identity()));
        for (UUID id : wanted) {
            if (!found.containsKey(id)) {
                throw new NotFoundException("Agenda point", id);
            }
        }
        return new Brief(
                OffsetDateTime.now(clock),
                weeks,
                wanted.stream().map(id -> point(found.get(id), weeks)).toList());
    }

    private Brief.Point point(AgendaPoint p, int weeks) {
        List<Supporter> supporters = points.supporters(p.id());
        List<String> names = Stream.concat(
                        supporters.stream().map(Supporter::name),
                        experts.findAll(p.visitors()).stream().map(Expert::name))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> quotes = supporters.stream()
                .filter(Supporter::mayBeQuoted)
                .map(Supporter::quote)
                .filter(q -> q != null && !q.isBlank())
                .map(q -> redactor.redact(q, names))
                .toList();
        int active = (int)
                supporters.stream().filter(s -> s.name() != null && s.active()).count();
        return new Brief.Point(
                p.id(),
                p.theme(),
                redactor.redact(p.text(), names),
                p.status(),
                AmsterdamDays.of(p.raisedAt()),
                p.visitDate(),
                p.visitors().size(),
                p.reference() == null ? null : redactor.redact(p.reference(), names),
                p.answeredOn(),
                p.answerSummary() == null ? null : redactor.redact(p.answerSummary(), names),
                active,
                quotes,
                signals.figures(p.theme(), weeks));
    }
}
