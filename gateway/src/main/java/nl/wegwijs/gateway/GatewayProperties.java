package nl.wegwijs.gateway;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Everything the gateway reads from {@code wegwijs.*}: accounts, token lifetimes, limits, trusted
 * proxies, who may read the metrics, the Kafka topic with employers' API keys, and how long a
 * request with an API key not yet read from that topic waits for it.
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
        Upstream upstream,
        ApiKeys apiKeys) {

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
        limits = limits == null ? new Limits(0, 0, null, 0) : limits;
        login = login == null ? new Login(0, null) : login;
        oidc = oidc == null ? new Oidc(null, null) : oidc;
        upstream = upstream == null ? new Upstream(0) : upstream;
        apiKeys = apiKeys == null ? new ApiKeys(null, 0) : apiKeys;
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

    /**
     * Requests per minute: the public API per client address, the employer API per key, and
     * presented API keys the gateway does not know per client address (counted before a request
     * waits for such a key to arrive).
     */
    public record Limits(
            int publicPerMinute, int employerPerMinute, DataSize maxRequestSize, int unknownApiKeysPerMinute) {
        public Limits {
            publicPerMinute = publicPerMinute <= 0 ? 60 : publicPerMinute;
            employerPerMinute = employerPerMinute <= 0 ? 120 : employerPerMinute;
            unknownApiKeysPerMinute = unknownApiKeysPerMinute <= 0 ? 30 : unknownApiKeysPerMinute;
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

    /**
     * A key issued a moment ago may not have been read from the topic yet: a request presenting an
     * unknown key waits up to {@code waitForNew} for it (zero: answers 401 at once), at most
     * {@code maxWaiting} requests at a time (more get 401 at once).
     */
    public record ApiKeys(Duration waitForNew, int maxWaiting) {
        public ApiKeys {
            waitForNew =
                    waitForNew == null ? Duration.ofSeconds(2) : waitForNew.isNegative() ? Duration.ZERO : waitForNew;
            maxWaiting = maxWaiting <= 0 ? 1000 : maxWaiting;
        }
    }
}
