package nl.wegwijs.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;
import nl.wegwijs.platform.PlatformAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redactor bean every service gets keeps the contacts the service names in {@code wegwijs.privacy.public-contacts}. */
class PublicContactsPropertyTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformAutoConfiguration.class))
            .withPropertyValues(
                    "wegwijs.outbox.relay.enabled=false", "wegwijs.analytics.pseudonym-key=a-test-key-of-enough-length")
            .withBean(JdbcClient.class, () -> mock(JdbcClient.class))
            .withBean(TransactionTemplate.class, () -> mock(TransactionTemplate.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build());

    private static final String TEXT = "Bel +31 55 538 53 85 of mail vragen@gmail.com; niet 06-12345678.";

    @Test
    void theBeanKeepsTheContactsTheServiceNames() {
        context.withPropertyValues("wegwijs.privacy.public-contacts=+31 55 538 53 85, vragen@gmail.com")
                .run(started -> assertThat(started.getBean(Redactor.class).redact(TEXT, List.of()))
                        .isEqualTo("Bel +31 55 538 53 85 of mail vragen@gmail.com; niet [phone]."));
    }

    @Test
    void byDefaultTheBeanKeepsOnlyWhatItsShapeSaysIsAnOrganisations() {
        context.run(started -> assertThat(started.getBean(Redactor.class).redact(TEXT, List.of()))
                .isEqualTo("Bel [phone] of mail [e-mail]; niet [phone]."));
    }

    @Test
    void aServiceThatNamesAMobileNumberDoesNotStart() {
        context.withPropertyValues("wegwijs.privacy.public-contacts=06-12345678")
                .run(started ->
                        assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("mobile"));
    }
}
