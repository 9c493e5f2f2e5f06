package nl.wegwijs.expertpool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.expertpool.demo.DemoData;
import nl.wegwijs.testsupport.TestTokens;
import nl.wegwijs.testsupport.WegwijsTestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The service on the test broker and database, with demo data, for trying the API or the staff page
 * without the whole platform. Writes a fresh coordinator token to the file named by the first argument
 * (default {@code target/coordinator-token}) every two minutes.
 */
public class TestExpertpoolApplication {

    public static void main(String[] args) {
        Path tokenFile = Path.of(args.length > 0 ? args[0] : "target/coordinator-token");
        var context = new SpringApplicationBuilder(ExpertpoolApplication.class)
                .initializers(new WegwijsTestInfrastructure())
                .run(args);
        context.getBean(DemoData.class).seedIfEmpty();
        Executors.newSingleThreadScheduledExecutor()
                .scheduleAtFixedRate(
                        () -> {
                            try {
                                Files.writeString(tokenFile, TestTokens.bearer("coordinator", "COORDINATOR"));
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        0,
                        2,
                        TimeUnit.MINUTES);
    }
}
