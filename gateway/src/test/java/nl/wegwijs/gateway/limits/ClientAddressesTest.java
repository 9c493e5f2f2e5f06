package nl.wegwijs.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.wegwijs.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private static ClientAddresses trusting(String... proxies) {
        return new ClientAddresses(
                new GatewayProperties(null, null, null, List.of(proxies), null, null, null, null, null, null));
    }

    private static MockHttpServletRequest from(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void forwardedHeadersAreIgnoredByDefault() {
        assertThat(trusting().of(from("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        assertThat(trusting("10.0.0.0/8").of(from("203.0.113.9", "198.51.100.1")))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        ClientAddresses addresses = trusting("10.0.0.0/8");

        assertThat(addresses.of(from("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.7")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void garbageInTheHeaderFallsBackToThePeer() {
        assertThat(trusting("10.0.0.2").of(from("10.0.0.2", "not-an-address"))).isEqualTo("10.0.0.2");
    }
}
