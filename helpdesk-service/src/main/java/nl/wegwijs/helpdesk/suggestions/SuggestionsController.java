package nl.wegwijs.helpdesk.suggestions;

import java.time.Duration;
import java.util.UUID;
import nl.wegwijs.helpdesk.tickets.TicketService;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Articles that may answer a ticket; {@code knowledgeAvailable: false} with no items when knowledge-service is down. */
@RestController
class SuggestionsController {

    private final TicketService tickets;
    private final KnowledgeSearch search;

    SuggestionsController(
            TicketService tickets,
            CircuitBreakerFactory<?, ?> breakers,
            @Value("${wegwijs.knowledge.url}") String knowledgeUrl,
            @Value("${wegwijs.knowledge.timeout:800ms}") Duration timeout) {
        this.tickets = tickets;
        this.search = new KnowledgeSearch(knowledgeUrl, timeout, breakers.create("knowledge"));
    }

    @GetMapping("/api/helpdesk/tickets/{id}/suggestions")
    @PreAuthorize("hasAnyRole('AGENT','ADMIN','SUPERLOCAL')")
    KnowledgeSearch.Result suggestions(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "5") int limit,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        if (limit < 1 || limit > 20) {
            throw new InvalidRequestException("limit", "must be between 1 and 20");
        }
        TicketService.QuestionForSearch question = tickets.questionForSearch(id);
        if (question.text().isBlank()) {
            return new KnowledgeSearch.Result(java.util.List.of(), true);
        }
        String query = question.text().length() > 500 ? question.text().substring(0, 500) : question.text();
        return search.search(query, question.language(), limit, authorization);
    }
}
