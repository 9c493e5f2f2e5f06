package nl.wegwijs.helpdesk.tickets;

import jakarta.validation.Valid;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions from the public. The gateway calls these with a token of role PUBLIC for anonymous
 * callers; any signed-in caller may use them too.
 */
@RestController
@RequestMapping("/api/public/questions")
class PublicQuestionController {

    private final TicketService service;

    PublicQuestionController(TicketService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<TicketViews.Created> ask(@Valid @RequestBody TicketRequests.PublicQuestion request) {
        Ticket ticket = service.open(
                new TicketService.NewQuestion(
                        request.text(),
                        request.language(),
                        Channel.WEB,
                        new Contact(request.name(), request.email(), request.phone()),
                        null),
                Actor.current());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new TicketViews.Created(ticket.id(), ticket.trackingCode()));
    }

    @GetMapping("/{trackingCode}")
    TicketViews.PublicQuestion track(@PathVariable String trackingCode) {
        if (trackingCode.length() > 40) {
            throw new NotFoundException("Question with tracking code", "given");
        }
        return service.publicView(trackingCode);
    }
}
