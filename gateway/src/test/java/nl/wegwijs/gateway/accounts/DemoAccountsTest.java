package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.wegwijs.gateway.GatewayProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The demo profile's accounts are the ones API.md promises: password = user name. */
class DemoAccountsTest {

    private static final Map<String, List<String>> PROMISED = Map.of(
            "admin", List.of("ADMIN"),
            "agent", List.of("AGENT"),
            "superlocal", List.of("SUPERLOCAL"),
            "editor", List.of("EDITOR"),
            "matcher", List.of("MATCHER"),
            "coordinator", List.of("COORDINATOR"),
            "analyst", List.of("ANALYST"));

    @Test
    void everyDemoAccountSignsInWithItsOwnNameAndHasItsRole() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("demo", new ClassPathResource("application-demo.yml"))
                .forEach(environment.getPropertySources()::addLast);
        GatewayProperties properties =
                Binder.get(environment).bind("wegwijs", GatewayProperties.class).get();
        ConfiguredAccounts accounts = new ConfiguredAccounts(properties);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        assertThat(properties.accounts())
                .extracting(GatewayProperties.Account::username)
                .containsExactlyInAnyOrderElementsOf(PROMISED.keySet());
        PROMISED.forEach((name, roles) -> {
            var user = accounts.loadUserByUsername(name);
            assertThat(bcrypt.matches(name, user.getPassword())).as(name).isTrue();
            assertThat(user.getAuthorities())
                    .extracting(Object::toString)
                    .containsAll(roles.stream().map(r -> "ROLE_" + r).toList());
        });
    }

    @Test
    void theDefaultConfigurationHasNoAccounts() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader()
                .load("default", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);

        assertThat(Binder.get(environment)
                        .bind("wegwijs.accounts[0].username", String.class)
                        .isBound())
                .isFalse();
    }
}
