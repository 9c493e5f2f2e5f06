package nl.wegwijs.gateway.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.wegwijs.gateway.GatewayProperties;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request really comes from. {@code X-Forwarded-For} is believed only when the
 * connection comes from one of {@code wegwijs.trusted-proxies} (addresses or CIDR ranges; none by
 * default): then the right-most address in the header that is not itself a trusted proxy is the
 * client. Anything else would let a caller pick a fresh address for every request and walk past
 * the rate limits.
 */
@Component
public class ClientAddresses {

    private final List<IpAddressMatcher> trusted;

    public ClientAddresses(GatewayProperties properties) {
        this.trusted = properties.trustedProxies().stream()
                .map(String::trim)
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isIpLiteral(hop)) {
                return remote;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remote : hops.getFirst();
    }

    private boolean isTrusted(String address) {
        if (!isIpLiteral(address)) {
            return false;
        }
        return trusted.stream().anyMatch(m -> m.matches(address));
    }

    private static boolean isIpLiteral(String value) {
        if (value.isEmpty() || value.length() > 45) {
            return false;
        }
        try {
            java.net.InetAddress.ofLiteral(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
