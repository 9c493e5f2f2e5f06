package nl.wegwijs.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway reads from {@code wegwijs.*}: accounts, token lifetimes, limits, trusted
 * proxies, who may read the metrics, and the Kafka topic with employers' API keys.
 */
@ConfigurationProperties("wegwijs")
public record GatewayProperties(
        List<Account> accounts,
        Tokens tokens,
        Kafka kafka,
        List<String> trustedProxies,
        List<String> metricsReaders,
        Limits limits,
        Login login,
        Oidc oidc,
        Upstream upstream) {

    public GatewayProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::trim)
                        .filter(p -> !p.isBlank())
                        .toList();
        metricsReaders = metricsReaders == null
                ? List.of("127.0.0.1", "::1")
                : metricsReaders.stream()
                        .map(String::trim)
                        .filter(p -> !p.isBlank())
                        .toList();
        tokens = tokens == null ? new Tokens(null, null, null) : tokens;
        kafka = kafka == null ? new Kafka(null, null) : kafka;
        limits = limits == null ? new Limits(0, 0, null) : limits;
        login = login == null ? new Login(0, null) : login;
        oidc = oidc == null ? new Oidc(null, null) : oidc;
        upstream = upstream == null ? new Upstream(0) : upstream;
    }

    /** A staff account from configuration; {@code passwordHash} is a bcrypt hash. */
    public record Account(
            String username, String passwordHash, List<String> roles, List<String> languages, String displayName) {
        public Account {
            roles = roles == null ? List.of() : List.copyOf(roles);
            languages = languages == null ? List.of() : List.copyOf(languages);
            displayName = displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    public record Tokens(String keyFile, Duration serviceTokenTtl, Duration accessTokenTtl) {
        public Tokens {
            serviceTokenTtl = serviceTokenTtl == null ? Duration.ofMinutes(5) : serviceTokenTtl;
            accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(30) : accessTokenTtl;
        }
    }

    public record Kafka(String brokers, String apiKeyTopic) {
        public Kafka {
            brokers = brokers == null ? "localhost:9092" : brokers;
            apiKeyTopic = apiKeyTopic == null ? "matching.apikey.v1" : apiKeyTopic;
        }
    }

    public record Limits(int publicPerMinute, int employerPerMinute, DataSize maxRequestSize) {
        public Limits {
            publicPerMinute = publicPerMinute <= 0 ? 60 : publicPerMinute;
            employerPerMinute = employerPerMinute <= 0 ? 120 : employerPerMinute;
            maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(256) : maxRequestSize;
        }
    }

    public record Login(int maxFailures, Duration lockout) {
        public Login {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            lockout = lockout == null ? Duration.ofMinutes(5) : lockout;
        }
    }

    public record Oidc(String rolesClaim, String usernameClaim) {
        public Oidc {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            usernameClaim = usernameClaim == null ? "preferred_username" : usernameClaim;
        }
    }

    /** Calls to one service in flight at once (one pooled connection each); more wait up to 2 s. */
    public record Upstream(int connectionsPerService) {
        public Upstream {
            connectionsPerService = connectionsPerService <= 0 ? 200 : connectionsPerService;
        }
    }
}
