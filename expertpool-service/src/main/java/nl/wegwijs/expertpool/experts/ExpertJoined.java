package nl.wegwijs.expertpool.experts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Domain event on {@code expertpool.expert.v1}: an expert joined (or consented to take part again). */
public record ExpertJoined(UUID expertId, List<String> languages, List<String> themes, OffsetDateTime joinedAt) {}
