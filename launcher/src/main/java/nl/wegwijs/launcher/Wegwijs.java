package nl.wegwijs.launcher;

import java.nio.file.Path;

/** {@code ./wegwijs up}: starts the platform, prints where to find it, stops it all on Ctrl-C or SIGTERM. */
public final class Wegwijs {

    private Wegwijs() {}

    public static void main(String[] args) {
        // the embedded PostgreSQL reports every step at INFO; keep the console for what the person needs
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        // restarting a crashed PostgreSQL first "stops" the dead server, which it reports as an error with a
        // stack trace; the launcher says itself what happens to PostgreSQL (and its log is .wegwijs/logs)
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "off");
        String command = args.length == 0 ? "up" : args[0];
        if (!command.equals("up")) {
            System.err.println("wegwijs: unknown command '" + command + "'. Usage: ./wegwijs up");
            System.exit(2);
        }
        Platform platform;
        try {
            Path root = Path.of(System.getProperty("wegwijs.root", "."))
                    .toAbsolutePath()
                    .normalize();
            platform = new Platform(PlatformConfig.fromEnvironment(root), System.out::println);
        } catch (LaunchException e) {
            System.err.println("wegwijs: " + e.getMessage());
            System.exit(1);
            return;
        }
        Thread stopper = new Thread(() -> {
            System.out.println("Stopping Wegwijs ...");
            platform.close();
            System.out.println("Stopped.");
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            platform.start();
            printWelcome(platform.config());
            while (true) {
                // restarts the broker or PostgreSQL when one stops; throws when one keeps stopping
                platform.checkAlive();
                Thread.sleep(2000);
            }
        } catch (LaunchException e) {
            if (!platform.isClosing()) {
                System.err.println("wegwijs: " + e.getMessage());
            }
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printWelcome(PlatformConfig config) {
        String url = config.gatewayUrl();
        System.out.println();
        System.out.println("  Wegwijs runs at " + url + "  (staff: " + url + "/staff/ , API: " + url + "/api)");
        System.out.println("  Kafka: " + config.kafkaBrokers() + "    logs: "
                + config.home().resolve("logs"));
        System.out.println("  Demo logins (password = user name): admin, agent, superlocal, editor, matcher,");
        System.out.println("  coordinator, analyst");
        System.out.println("  Press Ctrl-C to stop everything.");
        System.out.println();
    }
}
