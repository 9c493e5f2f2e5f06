package nl.wegwijs.helpdesk.language;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LanguageConfiguration.class);

    /** The earlier setting: a minimum of Lingua's relative confidence, which its first choice always meets (1.0). */
    static final String FORMER_MINIMUM_CONFIDENCE = "wegwijs.helpdesk.language.minimum-confidence";

    @Bean
    LanguageDetector languageDetector(
            @Value("${wegwijs.helpdesk.language.minimum-relative-distance:0.05}") double minimumRelativeDistance,
            Environment environment) {
        if (environment.containsProperty(FORMER_MINIMUM_CONFIDENCE)) {
            log.warn(
                    "{} is no longer read (Lingua's first choice always has confidence 1.0, so it never applied); "
                            + "wegwijs.helpdesk.language.minimum-relative-distance is what decides und",
                    FORMER_MINIMUM_CONFIDENCE);
        }
        return new LanguageDetector(minimumRelativeDistance);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        LanguageDetector detector = event.getApplicationContext().getBean(LanguageDetector.class);
        Thread.ofVirtual().name("language-warm-up").start(detector::warmUp);
    }
}
