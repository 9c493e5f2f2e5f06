package nl.wegwijs.helpdesk.topics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.platform.web.ConflictException;
import nl.wegwijs.platform.web.MaxCodePoints;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The topic taxonomy: everyone signed in may read it, admins edit it. Codes never change once created. */
@RestController
@RequestMapping("/api/helpdesk/topics")
class TopicController {

    private final Topics topics;
    private final Clock clock;

    TopicController(Topics topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    record TopicRequest(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,79}", message = "must be lower-case letters, digits and dashes")
            String code,

            @NotBlank @MaxCodePoints(200) String nl,
            @NotBlank @MaxCodePoints(200) String en,
            @NotBlank @MaxCodePoints(200) String uk,
            @NotBlank @MaxCodePoints(200) String ru,
            @Size(max = 100) List<@NotBlank @MaxCodePoints(60) String> keywords,
            Boolean active) {}

    record TopicList(List<Topic> items) {}

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','AGENT','SUPERLOCAL','EDITOR','ANALYST','COORDINATOR')")
    TopicList list() {
        return new TopicList(topics.all());
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('ADMIN','AGENT','SUPERLOCAL','EDITOR','ANALYST','COORDINATOR')")
    Topic get(@PathVariable String code) {
        return topics.find(code).orElseThrow(() -> new NotFoundException("Topic", code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    Topic create(@Valid @RequestBody TopicRequest request) {
        if (request.code() == null) {
            throw new nl.wegwijs.platform.web.InvalidRequestException("code", "must not be null");
        }
        if (topics.exists(request.code())) {
            throw new ConflictException("Topic " + request.code() + " already exists");
        }
        Topic topic = toTopic(request.code(), request, true);
        topics.insert(topic);
        return topic;
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    Topic update(@PathVariable String code, @Valid @RequestBody TopicRequest request) {
        Topic existing = topics.find(code).orElseThrow(() -> new NotFoundException("Topic", code));
        Topic topic = toTopic(code, request, existing.active());
        topics.update(topic);
        return topic;
    }

    private Topic toTopic(String code, TopicRequest request, boolean activeByDefault) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("nl", request.nl());
        names.put("en", request.en());
        names.put("uk", request.uk());
        names.put("ru", request.ru());
        List<String> keywords = request.keywords() == null
                ? List.of()
                : request.keywords().stream()
                        .map(k -> k.trim().toLowerCase(Locale.ROOT).replace(",", " "))
                        .toList();
        return new Topic(
                code,
                names,
                keywords,
                request.active() == null ? activeByDefault : request.active(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
