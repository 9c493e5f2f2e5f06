package nl.wegwijs.helpdesk.language;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    @Bean
    LanguageDetector languageDetector(
            @Value("${wegwijs.helpdesk.language.minimum-confidence:0.5}") double minimumConfidence) {
        return new LanguageDetector(minimumConfidence);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        LanguageDetector detector = event.getApplicationContext().getBean(LanguageDetector.class);
        Thread.ofVirtual().name("language-warm-up").start(detector::warmUp);
    }
}
