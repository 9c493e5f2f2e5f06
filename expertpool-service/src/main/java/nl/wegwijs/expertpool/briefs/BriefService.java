package nl.wegwijs.expertpool.briefs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.expertpool.agenda.AgendaPoint;
import nl.wegwijs.expertpool.agenda.AgendaPoints;
import nl.wegwijs.expertpool.agenda.Supporter;
import nl.wegwijs.expertpool.signals.SignalsService;
import nl.wegwijs.platform.privacy.Redactor;
import nl.wegwijs.platform.web.InvalidRequestException;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Puts a brief together from agenda points, their supporters' consent and the signals read model. */
@Service
class BriefService {

    static final int MAX_POINTS = 50;

    private final AgendaPoints points;
    private final SignalsService signals;
    private final Redactor redactor = new Redactor();
    private final Clock clock;

    BriefService(AgendaPoints points, SignalsService signals, Clock clock) {
        this.points = points;
        this.signals = signals;
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
        List<String> names = supporters.stream()
                .map(Supporter::name)
                .filter(Objects::nonNull)
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
                p.raisedAt().toLocalDate(),
                p.visitDate(),
                p.visitors().size(),
                p.reference(),
                p.answeredOn(),
                p.answerSummary() == null ? null : redactor.redact(p.answerSummary(), names),
                active,
                quotes,
                signals.figures(p.theme(), weeks));
    }
}
