package nl.wegwijs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

class MaxCodePointsInOpenApiTest {

    record Question(@MaxCodePoints(5000) String text, String language) {}

    @Test
    void aLimitInCharactersIsTheFieldsMaxLengthInTheOpenApiDocument() throws Exception {
        AnnotatedType text = new AnnotatedType(String.class)
                .ctxAnnotations(Question.class.getDeclaredField("text").getAnnotations());
        AnnotatedType language = new AnnotatedType(String.class)
                .ctxAnnotations(Question.class.getDeclaredField("language").getAnnotations());

        assertThat(MaxCodePointsInOpenApi.customize(new StringSchema(), text).getMaxLength())
                .isEqualTo(5000);
        assertThat(MaxCodePointsInOpenApi.customize(new StringSchema(), language)
                        .getMaxLength())
                .isNull();
    }
}
