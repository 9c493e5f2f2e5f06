package nl.wegwijs.helpdesk.tickets;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** The ticket workflow for code outside this package that acts without a request (demo data). */
@Component
public class DemoWorkflow {

    private final TicketService service;

    DemoWorkflow(TicketService service) {
        this.service = service;
    }

    public UUID ask(TicketService.NewQuestion question, Actor actor) {
        return service.open(question, actor).id();
    }

    /** Assigns when the helpdesk knows the assignee (an organisation's own staff directory may not have the demo's). */
    public void assign(UUID id, String assignee, Actor actor) {
        if (service.knowsStaffMember(assignee)) {
            service.assign(id, assignee, actor);
        }
    }

    public void answer(UUID id, String text, String language, String topic, Actor actor) {
        service.answer(id, new TicketRequests.Answer(text, language, topic), actor);
    }

    public void close(UUID id, Actor actor) {
        service.close(id, actor);
    }
}
