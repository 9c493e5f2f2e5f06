package nl.wegwijs.expertpool.signals;

import java.util.Set;
import java.util.function.Consumer;
import nl.wegwijs.platform.events.IncomingEvent;
import nl.wegwijs.platform.events.UnreadableEventException;
import nl.wegwijs.platform.inbox.ProcessedEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the questions read model ({@link HelpdeskQuestions}) from the helpdesk's ticket events, the
 * knowledge base's draft events and its article retirements (group {@code expertpool-service}). The ticket id
 * ties the events of one question together, which the analytics topics cannot: a question arrives without a
 * topic and gets one when staff answer it, or when they correct it (TicketTopicChanged). Each event has its
 * effect once; other types are ignored; an event without the id it is about (ticket, article) cannot be placed
 * and goes to the dead-letter topic.
 */
@Configuration
class QuestionConsumers {

    static final String CONSUMER = "expertpool-questions";
    static final String OPENED = "nl.wegwijs.helpdesk.TicketOpened";
    static final String ANSWERED = "nl.wegwijs.helpdesk.TicketAnswered";
    static final Set<String> LATER =
            Set.of(ANSWERED, "nl.wegwijs.helpdesk.TicketClosed", "nl.wegwijs.helpdesk.TicketReopened");
    static final String TOPIC_CHANGED = "nl.wegwijs.helpdesk.TicketTopicChanged";
    static final String DRAFT_CREATED = "nl.wegwijs.knowledge.DraftCreated";
    static final String QUESTION_GROUPED = "nl.wegwijs.knowledge.QuestionGrouped";
    static final String ARTICLE_RETIRED = "nl.wegwijs.knowledge.ArticleRetired";

    @Bean
    Consumer<Message<byte[]>> ticketEvents(HelpdeskQuestions questions, ProcessedEvents processed, JsonMapper json) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            boolean opened = OPENED.equals(event.type());
            boolean corrected = TOPIC_CHANGED.equals(event.type());
            if (!opened && !corrected && !LATER.contains(event.type())) {
                return;
            }
            TicketFacts ticket = event.dataAs(TicketFacts.class, json);
            if (ticket.ticketId() == null) {
                throw new UnreadableEventException(event.type() + " " + event.id() + " has no ticketId");
            }
            processed.handleOnce(CONSUMER, event.id(), () -> {
                if (corrected) {
                    questions.topicCorrected(ticket.ticketId(), ticket.theme());
                } else if (opened) {
                    questions.opened(
                            ticket.ticketId(),
                            ticket.askedOn(event.time(), true),
                            ticket.questionLanguageOrNull(),
                            ticket.theme());
                } else {
                    questions.changed(
                            ticket.ticketId(),
                            ticket.askedOn(event.time(), false),
                            ticket.questionLanguageOrNull(),
                            ticket.theme(),
                            ANSWERED.equals(event.type()) ? ticket.answeredOn(event.time()) : null);
                }
            });
        };
    }

    @Bean
    Consumer<Message<byte[]>> draftEvents(HelpdeskQuestions questions, ProcessedEvents processed, JsonMapper json) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!DRAFT_CREATED.equals(event.type()) && !QUESTION_GROUPED.equals(event.type())) {
                return;
            }
            DraftFacts draft = event.dataAs(DraftFacts.class, json);
            if (draft.ticketId() == null) {
                throw new UnreadableEventException(event.type() + " " + event.id() + " has no ticketId");
            }
            processed.handleOnce(
                    CONSUMER,
                    event.id(),
                    () -> questions.takenIntoKnowledge(
                            draft.ticketId(), QUESTION_GROUPED.equals(event.type()) ? draft.articleId() : null));
        };
    }

    /**
     * The knowledge base's article events ({@code knowledge.article.v1}): only ArticleRetired is read. Publishing
     * (DraftPublished) always makes a new article and only a published article is updated (ArticleUpdated), so
     * neither brings a retired article back.
     */
    @Bean
    Consumer<Message<byte[]>> articleEvents(HelpdeskQuestions questions, ProcessedEvents processed, JsonMapper json) {
        return message -> {
            IncomingEvent event = IncomingEvent.from(message);
            if (!ARTICLE_RETIRED.equals(event.type())) {
                return;
            }
            ArticleFacts article = event.dataAs(ArticleFacts.class, json);
            if (article.articleId() == null) {
                throw new UnreadableEventException(event.type() + " " + event.id() + " has no articleId");
            }
            processed.handleOnce(
                    CONSUMER,
                    event.id(),
                    () -> questions.articleRetired(article.articleId(), article.retiredAtOrNull()));
        };
    }
}
