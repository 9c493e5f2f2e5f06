package nl.wegwijs.platform.analytics;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for people in {@code analytics.*} events: HMAC-SHA256 of the person's id with a
 * secret key, so analysts can follow one person across events without learning who it is, and
 * nobody without the key can recompute the mapping from a list of ids.
 */
public class Pseudonyms {

    private final SecretKeySpec key;

    public Pseudonyms(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("wegwijs.analytics.pseudonym-key must be at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The pseudonym of an id, stable for one key: {@code p_} and 22 URL-safe characters. */
    public String of(Object id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(String.valueOf(id).getBytes(StandardCharsets.UTF_8));
            return "p_"
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
