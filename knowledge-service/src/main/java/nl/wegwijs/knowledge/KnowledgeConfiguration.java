package nl.wegwijs.knowledge;

import nl.wegwijs.knowledge.grouping.FeatureExtractor;
import nl.wegwijs.knowledge.grouping.Grouper;
import nl.wegwijs.knowledge.grouping.GroupingScorer;
import nl.wegwijs.knowledge.grouping.GroupingSettings;
import nl.wegwijs.knowledge.grouping.TextEmbedder;
import nl.wegwijs.knowledge.language.TextAnalysis;
import nl.wegwijs.knowledge.lexicon.Lexicons;
import nl.wegwijs.knowledge.privacy.PersonalData;
import nl.wegwijs.knowledge.search.SearchIndex;
import nl.wegwijs.platform.privacy.Redactor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge engine's parts that are plain classes: analysis, grouping, the search index. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GroupingSettings.class)
class KnowledgeConfiguration {

    @Bean
    TextAnalysis textAnalysis() {
        return new TextAnalysis();
    }

    @Bean
    PersonalData personalData(Redactor redactor) {
        return new PersonalData(redactor);
    }

    @Bean
    FeatureExtractor featureExtractor(TextAnalysis analysis, Lexicons lexicons, ObjectProvider<TextEmbedder> embedder) {
        return new FeatureExtractor(analysis, lexicons, embedder.getIfAvailable());
    }

    /** The scorer reads the current lexicon at every call, so lexicon edits apply to the next question. */
    @Bean
    Grouper grouper(GroupingSettings settings, Lexicons lexicons) {
        return new Grouper(new GroupingScorer(settings, lexicons));
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(TextAnalysis analysis, Lexicons lexicons) {
        return new SearchIndex(analysis, lexicons);
    }
}
