package nl.wegwijs.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.annotation.Annotation;

/**
 * Shows a {@link MaxCodePoints} limit in the OpenAPI document as {@code maxLength}, as springdoc does
 * for {@code @Size}; JSON Schema's {@code maxLength} counts code points as well.
 */
final class MaxCodePointsInOpenApi {

    private MaxCodePointsInOpenApi() {}

    @SuppressWarnings("rawtypes")
    static Schema customize(Schema property, AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (property != null && annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof MaxCodePoints max) {
                    property.setMaxLength(max.value());
                }
            }
        }
        return property;
    }
}
