package nl.wegwijs.helpdesk.tickets;

import java.util.UUID;

/** Inbox filters; {@code none} as topic or assignee means "without one". */
record TicketFilter(
        TicketStatus status, String language, String topic, String assignee, UUID caseId, Boolean awaitingReview) {}
