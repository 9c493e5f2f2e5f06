package nl.wegwijs.helpdesk.topics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A topic code with its names per language and the keywords that suggest it. */
public record Topic(
        String code, Map<String, String> names, List<String> keywords, boolean active, OffsetDateTime updatedAt) {}
