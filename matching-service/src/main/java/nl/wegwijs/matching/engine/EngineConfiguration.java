package nl.wegwijs.matching.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    MatchingEngine matchingEngine(@Value("${wegwijs.matching.availability-grace-days:14}") int graceDays) {
        // read now, so that a vocabulary file with a mistake stops the start-up with its line instead of a ranking
        SkillVocabulary vocabulary = SkillVocabulary.shipped();
        log.info("Skill vocabulary {}: {} concepts", SkillVocabulary.RESOURCE, vocabulary.size());
        return new MatchingEngine(new CandidateIndex(), graceDays);
    }
}
