package nl.wegwijs.helpdesk;

import nl.wegwijs.testsupport.TestTokens;

/** Gateway tokens for the roles the helpdesk knows. */
public final class Roles {

    private Roles() {}

    public static String publicCaller() {
        return TestTokens.bearer("public", "PUBLIC");
    }

    public static String agent() {
        return TestTokens.bearer("agent", "AGENT");
    }

    public static String admin() {
        return TestTokens.bearer(
                "admin", "ADMIN", "AGENT", "SUPERLOCAL", "EDITOR", "MATCHER", "COORDINATOR", "ANALYST");
    }

    public static String superlocal() {
        return TestTokens.bearer("superlocal", "SUPERLOCAL");
    }

    public static String editor() {
        return TestTokens.bearer("editor", "EDITOR");
    }

    public static String analyst() {
        return TestTokens.bearer("analyst", "ANALYST");
    }
}
