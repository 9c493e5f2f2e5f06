package nl.wegwijs.testsupport;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks an event body that was actually produced against its JSON Schema, found on the classpath
 * at {@code schemas/<ce_type>.json} (JSON Schema 2020-12).
 */
public final class EventSchemas {

    private static final SchemaRegistry registry =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {}

    /** The schema violations of the body, empty when it conforms; fails when there is no schema. */
    public static List<String> violations(String ceType, String json) {
        String path = "schemas/" + ceType + ".json";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("No JSON Schema for event type " + ceType + " at classpath:" + path);
            }
            Schema schema = registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream()
                    .map(Error::toString)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the violations when the produced body does not match its schema. */
    public static void assertConforms(TopicProbe.Seen record) {
        String type = record.header("ce_type");
        List<String> violations = violations(type, record.value());
        if (!violations.isEmpty()) {
            throw new AssertionError(type + " does not match its schema: " + violations + "\n" + record.value());
        }
    }
}
