package nl.wegwijs.helpdesk.tickets;

import java.util.Set;
import nl.wegwijs.platform.security.Caller;

/** Who acts on a ticket: a staff member, a superlocal, the public, or the demo seeder. */
public record Actor(String username, Set<String> roles) {

    public static Actor current() {
        Caller caller = Caller.current();
        return new Actor(caller.username(), caller.roles());
    }

    public static Actor system(String username, String... roles) {
        return new Actor(username, Set.of(roles));
    }

    /** AGENT and ADMIN see contact data; superlocals, editors and the public never do. */
    public boolean seesContactData() {
        return roles.contains("AGENT") || roles.contains("ADMIN");
    }

    /** A superlocal who is not also staff: their answers may need review. */
    boolean isSuperlocalOnly() {
        return roles.contains("SUPERLOCAL") && !seesContactData();
    }
}
