package nl.wegwijs.matching.engine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineConfiguration {

    @Bean
    MatchingEngine matchingEngine(@Value("${wegwijs.matching.availability-grace-days:14}") int graceDays) {
        return new MatchingEngine(new CandidateIndex(), graceDays);
    }
}
