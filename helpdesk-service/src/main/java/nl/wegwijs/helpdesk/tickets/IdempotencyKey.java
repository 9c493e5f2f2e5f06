package nl.wegwijs.helpdesk.tickets;

import nl.wegwijs.platform.web.InvalidRequestException;

/**
 * The {@code Idempotency-Key} request header of the endpoints that open tickets: any string the client chooses per
 * question it means to send (a UUID, say), 1 to 200 visible ASCII characters (letters, digits, punctuation; no
 * spaces, control characters or other scripts), as the header travels through proxies unchanged. Anything else is a
 * 400 naming the header: a key silently cut or changed would no longer find the first request.
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    /** Response header of those endpoints: {@code true} when the answer is that of an earlier request. */
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static final int MAX_LENGTH = 200;
    static final String RULE =
            "must be 1 to 200 visible ASCII characters (letters, digits, punctuation, no spaces), such as a UUID";

    /** The key of a request; null when the header is absent. */
    static IdempotencyKey parse(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw new InvalidRequestException(HEADER, RULE);
        }
        return new IdempotencyKey(header);
    }

    /** Never the key itself in logs or messages. */
    @Override
    public String toString() {
        return "IdempotencyKey[…]";
    }
}
