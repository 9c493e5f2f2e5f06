package nl.wegwijs.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses C0 control characters (U+0000 to U+001F) other than tab, line feed and carriage return in
 * the JSON strings of a request body: in every string value (also inside lists, maps and nested
 * records) and every map key. PostgreSQL refuses U+0000 outright, and none of them belongs in text a
 * person typed. JSON already forbids them unescaped; this catches their escaped form (a backslash,
 * {@code u} and four hex digits). Values bound to {@code Object} are checked too; a body or field
 * bound to a {@code JsonNode} tree is not (no service reads one), nor are unknown properties, which
 * are ignored anyway.
 */
final class ControlCharacters {

    static final String MESSAGE = "must not contain control characters";

    private ControlCharacters() {}

    /** The Jackson module that checks string values and map keys while the body is read. */
    static SimpleModule module() {
        return new SimpleModule("wegwijs-control-characters")
                .addDeserializer(String.class, new CheckedStrings())
                .addKeyDeserializer(String.class, new CheckedKeys());
    }

    static boolean containsAny(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /** A string with a control character; Jackson adds the path to the field on its way out. */
    static final class Found extends MismatchedInputException {
        Found(JsonParser parser) {
            super(parser, MESSAGE, String.class);
        }
    }

    /** Jackson's own string deserializer (with its coercion rules), then the check, then {@link InvisibleText}. */
    private static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = super.deserialize(p, ctxt);
            if (value != null && containsAny(value)) {
                throw new Found(p);
            }
            return value == null ? null : InvisibleText.normalise(value);
        }
    }

    private static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
            if (containsAny(key)) {
                throw new Found(ctxt.getParser());
            }
            return key;
        }
    }
}
