package nl.wegwijs.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * How the services read request bodies: the application's {@link JsonMapper} (same modules, same
 * output, unknown properties still ignored) made strict about input.
 *
 * <ul>
 *   <li>no coercion between JSON types: {@code 123} or {@code true} is not text, {@code "25"} is not
 *       a number, {@code 1} is not {@code true}, {@code ""} is not a date;
 *   <li>no fractions for whole numbers: {@code 2.7} (or {@code 2.0}) is not an {@code int};
 *   <li>no enum constant by its position: {@code 5} is not {@code TELEGRAM};
 *   <li>no control characters in text (see {@link ControlCharacters});
 *   <li>no bidirectional controls, and text with nothing visible is empty (see {@link InvisibleText}).
 * </ul>
 *
 * Each refusal is a 400 problem detail naming the field and the expected type ({@link
 * ProblemDetailsAdvice}). Only request bodies are read this way: the application's own mapper, which
 * reads events and stored documents, stays as tolerant as it was.
 */
public final class RequestBodyJson {

    private RequestBodyJson() {}

    /** The strict reader built from the application's mapper. */
    public static JsonMapper strict(JsonMapper application) {
        return application
                .rebuild()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // scalar coercion rules leave text alone: numbers and booleans into strings are refused here
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(ControlCharacters.module())
                .build();
    }
}
