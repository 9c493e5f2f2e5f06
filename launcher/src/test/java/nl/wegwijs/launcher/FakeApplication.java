package nl.wegwijs.launcher;

import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Stands in for a service or the gateway in tests of the launcher (as the main class of a jar such an
 * application would be built as): listens on {@code SERVER_PORT} but answers nothing, so it never becomes
 * healthy. With {@code -Dfake.fail=<module>} that module's jar exits with code 1 after a second instead, as an
 * application that cannot start does.
 */
public final class FakeApplication {

    private FakeApplication() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            String failing = System.getProperty("fake.fail", "");
            if (!failing.isEmpty() && System.getProperty("java.class.path").contains("/" + failing + "/")) {
                Thread.sleep(1000);
                System.out.println("APPLICATION FAILED TO START: a test says so");
                System.exit(1);
            }
            while (true) {
                socket.accept().close();
            }
        }
    }
}
