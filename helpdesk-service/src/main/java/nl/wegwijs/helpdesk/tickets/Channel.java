package nl.wegwijs.helpdesk.tickets;

/** How a question reached the helpdesk. */
public enum Channel {
    WEB,
    PHONE,
    EMAIL,
    WALK_IN,
    WHATSAPP,
    TELEGRAM
}
