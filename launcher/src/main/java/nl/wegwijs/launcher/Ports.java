package nl.wegwijs.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Refuses to start on a port someone else already uses, with a message that says which. */
final class Ports {

    private Ports() {}

    static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new LaunchException("Port " + port + " (" + what + ") is already in use. Stop what runs there, "
                    + "or choose another port (see README: WEGWIJS_PORT, WEGWIJS_KAFKA_PORT, WEGWIJS_PG_PORT, ...).");
        }
    }
}
