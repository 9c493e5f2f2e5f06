package nl.wegwijs.platform.security;

/**
 * The contract of the token the gateway passes to services: RS256-signed JWT, issuer {@value
 * #ISSUER}, audience {@value #AUDIENCE}, subject the user name (or {@code employer:<id>}, or {@code
 * public}), claim {@value #ROLES} a list of role names without prefix, claim {@value #EMPLOYER_ID} for
 * employers. Services verify it against the gateway's published keys (JWKS).
 */
public final class GatewayTokens {

    public static final String ISSUER = "wegwijs-gateway";
    public static final String AUDIENCE = "wegwijs";
    public static final String ROLES = "roles";
    public static final String NAME = "name";
    public static final String EMPLOYER_ID = "employerId";

    private GatewayTokens() {}
}
