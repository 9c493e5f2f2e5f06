package nl.wegwijs.gateway.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.wegwijs.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class AccessTokensTest {

    private final GatewayProperties properties =
            new GatewayProperties(null, null, null, null, null, null, null, null, null, null);
    private final GatewayKeys keys = new GatewayKeys(properties);
    private final AccessTokens accessTokens = new AccessTokens(keys, properties);

    @Test
    void anAccessTokenIsAcceptedByTheGatewayWithItsRoles() {
        Caller anna = Caller.staff("anna", "Anna", List.of("AGENT"), List.of("uk"));

        Jwt jwt = accessTokens.decoder().decode(accessTokens.issue(anna).accessToken());

        assertThat(jwt.getSubject()).isEqualTo("anna");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("AGENT");
        assertThat(jwt.getAudience()).containsExactly(AccessTokens.AUDIENCE);
    }

    @Test
    void aTokenVerifiedOnceIsRememberedNotVerifiedAgain() {
        JwtDecoder decoder = accessTokens.decoder();
        String token = accessTokens
                .issue(Caller.staff("anna", "Anna", List.of("AGENT"), List.of()))
                .accessToken();

        assertThat(decoder.decode(token)).isSameAs(decoder.decode(token));
    }

    @Test
    void aTokenWithAnotherSignatureIsRefusedEvenAfterTheRealOneWasAccepted() {
        JwtDecoder decoder = accessTokens.decoder();
        String token = accessTokens
                .issue(Caller.staff("anna", "Anna", List.of("AGENT"), List.of()))
                .accessToken();
        decoder.decode(token);
        String forged =
                token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void aServiceTokenIsNotAcceptedAsAnAccessToken() {
        ServiceTokens serviceTokens = new ServiceTokens(keys, Duration.ofMinutes(5), Clock.systemUTC());
        String serviceToken = serviceTokens.tokenFor(Caller.staff("anna", "Anna", List.of("AGENT"), List.of()));

        assertThatThrownBy(() -> accessTokens.decoder().decode(serviceToken)).isInstanceOf(JwtException.class);
    }
}
