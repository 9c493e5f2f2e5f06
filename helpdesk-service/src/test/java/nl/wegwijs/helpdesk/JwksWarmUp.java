package nl.wegwijs.helpdesk;

import nl.wegwijs.testsupport.TestTokens;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test class, makes sure the service has fetched the test JWKS. On a busy two-core
 * machine the very first fetch can time out, which would fail whichever request came first with
 * an error that has nothing to do with the behaviour under test. Registered in
 * META-INF/spring.factories, so it leaves the shared context untouched.
 */
public class JwksWarmUp implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        if (context.getBeanNamesForType(JwtDecoder.class).length == 0) {
            return;
        }
        JwtDecoder decoder = context.getBean(JwtDecoder.class);
        String token = TestTokens.bearer("warm-up", "AGENT").substring("Bearer ".length());
        RuntimeException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try {
                decoder.decode(token);
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new IllegalStateException("The service could not fetch the test JWKS", last);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
