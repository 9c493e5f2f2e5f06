package nl.wegwijs.platform.web;

import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web conventions every service gets: request bodies read strictly ({@link RequestBodyJson}) and
 * every error, also those outside Spring MVC, as a problem detail ({@link ProblemErrorController}).
 * Runs before Boot's error handling so that its {@code {timestamp, status, error}} controller steps
 * aside. {@link ProblemDetailsAdvice} itself comes from the platform's main auto-configuration.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebConventionsAutoConfiguration {

    /**
     * Spring MVC's JSON converter with the strict reader; after Boot's own customizer, whose converter
     * it replaces for the server side only (clients such as {@code RestClient} keep the application's
     * mapper).
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    @ConditionalOnBean(JsonMapper.class)
    ServerHttpMessageConvertersCustomizer strictRequestBodies(JsonMapper json) {
        JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(RequestBodyJson.strict(json));
        return converters -> converters.withJsonConverter(converter);
    }

    /** OpenAPI shows a {@link MaxCodePoints} limit as {@code maxLength}, which counts code points too. */
    @Bean
    @ConditionalOnClass(PropertyCustomizer.class)
    PropertyCustomizer maxCodePointsAsMaxLength() {
        return MaxCodePointsInOpenApi::customize;
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }
}
