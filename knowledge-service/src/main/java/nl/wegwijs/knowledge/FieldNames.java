package nl.wegwijs.knowledge;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One form of field names in every error this service answers: a map key is a property, as JSON reads it
 * ({@code translations.en.body}, {@code terms.uk[0]}), as the platform names fields it cannot read and as this
 * service's own checks name them. Spring's bean validation would name a request body's map entries
 * {@code translations[en].body}; list elements keep their index ({@code ticketIds[2]}).
 */
@Configuration(proxyBeanMethods = false)
class FieldNames implements WebMvcConfigurer {

    private final ObjectProvider<jakarta.validation.Validator> validator;

    FieldNames(ObjectProvider<jakarta.validation.Validator> validator) {
        this.validator = validator;
    }

    /** The validator of request bodies ({@code @Valid @RequestBody}): Boot's, naming fields as JSON does. */
    @Override
    public Validator getValidator() {
        return new JsonPathValidator(validator.getObject());
    }

    /** Bean validation with JSON-style field names. */
    static final class JsonPathValidator extends SpringValidatorAdapter {

        JsonPathValidator(jakarta.validation.Validator target) {
            super(target);
        }

        /** {@code translations.en.body}: map keys as properties, list indices in brackets. */
        @Override
        protected String determineField(ConstraintViolation<Object> violation) {
            return field(violation.getPropertyPath());
        }

        /** The value as validated: a dotted map key is no bean property to read it back from. */
        @Override
        protected Object getRejectedValue(
                String field, ConstraintViolation<Object> violation, BindingResult bindingResult) {
            return violation.getInvalidValue();
        }

        static String field(Path path) {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (Path.Node node : path) {
                if (node.isInIterable() && !first) {
                    if (node.getIndex() != null) {
                        sb.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null) {
                        sb.append('.').append(node.getKey());
                    }
                }
                String name = node.getName();
                if (name != null && node.getKind() == ElementKind.PROPERTY && !name.startsWith("<")) {
                    if (!first) {
                        sb.append('.');
                    }
                    first = false;
                    sb.append(name);
                }
            }
            return sb.toString();
        }
    }
}
