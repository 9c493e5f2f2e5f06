package nl.wegwijs.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Refuses to start on a port someone else already uses, with a message that says which. */
final class Ports {

    private Ports() {}

    static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new LaunchException("Port " + port + " (" + what + ") is already in use. Stop what runs there, "
                    + "or choose another port (see README: WEGWIJS_PORT, WEGWIJS_KAFKA_PORT, WEGWIJS_PG_PORT, ...).");
        }
    }

    /** True when nothing listens on the port (on the loopback address). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
