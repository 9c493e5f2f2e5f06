package nl.wegwijs.helpdesk.tickets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import nl.wegwijs.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
    @Operation(
            summary = "Ask a question (no account needed)",
            description = "Opens a ticket and answers its id and tracking code (the code is the asker's secret: "
                    + "with it anyone reads the status and the answer). The language is detected from the text when "
                    + "absent. With an Idempotency-Key header, a repeat of the same request (a double click, a retry "
                    + "after a lost answer) within 24 hours answers the first ticket again, with the same ticketId "
                    + "and trackingCode, 201 and header Idempotent-Replayed: true, and opens no second ticket; also "
                    + "when the first is still being opened. Requests are compared by meaning (the question, "
                    + "language and contact data as validated: JSON key order, whitespace and spaces around contact "
                    + "data do not matter). The same key with a different request is a 409. Every anonymous caller "
                    + "shares one key space, so use a fresh random key (a UUID) per question: only someone who sends "
                    + "the same key and the very same question and contact data gets the first answer. Only a keyed "
                    + "hash of the request is kept, for 24 hours.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "Opened, or replayed (Idempotent-Replayed: true)",
                        headers =
                                @Header(
                                        name = IdempotencyKey.REPLAYED_HEADER,
                                        description = "true when this answers an earlier request with the same "
                                                + "Idempotency-Key; false otherwise",
                                        schema = @Schema(type = "boolean")),
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = TicketViews.Created.class),
                                        examples =
                                                @ExampleObject(
                                                        value = "{\"ticketId\": "
                                                                + "\"5b0c8a3e-2f4d-4c1a-9e7b-1d2c3b4a5f6e\", "
                                                                + "\"trackingCode\": \"K7QM3XH9PAW2\"}"))),
                @ApiResponse(
                        responseCode = "400",
                        description = "An invalid field, or an Idempotency-Key that is not 1 to 200 visible ASCII "
                                + "characters (errors[].field Idempotency-Key)",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(
                        responseCode = "409",
                        description = "The Idempotency-Key was used for a different request within 24 hours",
                        content = @Content(mediaType = "application/problem+json"))
            })
    ResponseEntity<TicketViews.Created> ask(
            @Parameter(
                            description = "Optional. Any unique string per question you mean to send (a UUID), 1 to "
                                    + "200 visible ASCII characters; send the same key again when retrying the same "
                                    + "question. Remembered for 24 hours.",
                            example = "8e03978e-40d5-43e8-bc93-6894a57f9324")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    String idempotencyKey,
            @Valid @RequestBody TicketRequests.PublicQuestion request) {
        IdempotencyKey key = IdempotencyKey.parse(idempotencyKey);
        TicketService.Opened opened = service.open(
                new TicketService.NewQuestion(
                        request.text(),
                        request.language(),
                        Channel.WEB,
                        new Contact(request.name(), request.email(), request.phone()),
                        null),
                Actor.current(),
                key == null ? null : new TicketService.Idempotency(IdempotentRequests.Endpoint.PUBLIC_QUESTION, key));
        Ticket ticket = opened.ticket();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(opened.replayed()))
                .body(new TicketViews.Created(ticket.id(), ticket.trackingCode()));
    }

    @GetMapping("/{trackingCode}")
    @Operation(
            summary = "The status of a question, with its answer once answered",
            description = "{status, language, answer?, answerLanguage?}: no personal data, the answer redacted. "
                    + "Languages are ISO 639-1 codes; an undetermined language is null (staff see und).")
    TicketViews.PublicQuestion track(@PathVariable String trackingCode) {
        if (trackingCode.length() > 40) {
            throw new NotFoundException("Question with tracking code", "given");
        }
        return service.publicView(trackingCode);
    }
}
