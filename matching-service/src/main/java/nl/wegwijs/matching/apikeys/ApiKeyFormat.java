package nl.wegwijs.matching.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The shape of a Wegwijs API key: {@code wgw_live_<43 base62 characters from 32 random bytes>_<6 base62
 * characters of CRC32>}. The readable prefix and the checksum let a secret scanner recognise a leaked
 * key without asking us; only the SHA-256 of the whole string is ever stored.
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "wgw_live_";
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 32;
    private static final int BODY_LENGTH = 43; // 62^43 > 2^256
    private static final int CHECKSUM_LENGTH = 6; // 62^6 > 2^32

    private ApiKeyFormat() {}

    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        String body = base62(new java.math.BigInteger(1, bytes), BODY_LENGTH);
        return PREFIX + body + "_" + checksum(PREFIX + body);
    }

    /** Whether a string has the shape and a correct checksum of a Wegwijs key (it may still be revoked). */
    public static boolean looksValid(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return false;
        }
        int separator = key.lastIndexOf('_');
        if (separator != PREFIX.length() + BODY_LENGTH) {
            return false;
        }
        String body = key.substring(0, separator);
        return key.substring(separator + 1).equals(checksum(body));
    }

    /** The part shown in listings and sent to the gateway: enough to recognise a key, never enough to use it. */
    public static String displayPrefix(String key) {
        return key.substring(0, PREFIX.length() + 8);
    }

    /** Lowercase hex SHA-256 of the full key string. */
    public static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return base62(java.math.BigInteger.valueOf(crc.getValue()), CHECKSUM_LENGTH);
    }

    private static String base62(java.math.BigInteger value, int length) {
        char[] out = new char[length];
        java.math.BigInteger base = java.math.BigInteger.valueOf(62);
        for (int i = length - 1; i >= 0; i--) {
            java.math.BigInteger[] qr = value.divideAndRemainder(base);
            out[i] = BASE62.charAt(qr[1].intValue());
            value = qr[0];
        }
        return new String(out);
    }
}
