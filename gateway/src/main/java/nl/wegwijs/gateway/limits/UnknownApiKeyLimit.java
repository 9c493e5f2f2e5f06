package nl.wegwijs.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.wegwijs.gateway.GatewayProperties;

/**
 * Presented API keys that the gateway does not know, counted per client address
 * ({@code wegwijs.limits.unknown-api-keys-per-minute}). The employer API's own limit is per key and
 * so can only count known keys; this one is taken before a request with an unknown key waits for
 * that key to arrive from the topic, so that a flood of made-up keys gets 429 instead of holding
 * requests open. Known and revoked keys are not counted.
 */
public final class UnknownApiKeyLimit {

    private final ClientAddresses addresses;
    private final RateLimits limits;

    public UnknownApiKeyLimit(ClientAddresses addresses, GatewayProperties properties) {
        this.addresses = addresses;
        this.limits = new RateLimits(properties.limits().unknownApiKeysPerMinute());
    }

    /** Counts one unknown key for the request's address; past the limit answers 429 and returns false. */
    public boolean take(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return RateLimitFilter.take(limits, addresses.of(request), response);
    }
}
