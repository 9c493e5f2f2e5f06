package nl.wegwijs.helpdesk.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.helpdesk.language.LanguageDetector;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The suggested topic on a labelled set of questions (src/test/resources/topic-samples.tsv) in Ukrainian, Russian,
 * Dutch, English and Latin-letter Ukrainian and Russian, against the vocabulary the migrations seed: prints the
 * accuracy per topic and every miss.
 */
@ServiceIT
class TopicSuggestionAccuracyIT {

    @Autowired
    Topics topics;

    @Autowired
    LanguageDetector languages;

    record Sample(String topic, String text) {}

    static List<Sample> samples() throws IOException {
        try (InputStream in = TopicSuggestionAccuracyIT.class.getResourceAsStream("/topic-samples.tsv")) {
            List<Sample> samples = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                samples.add(new Sample(parts[0].equals("none") ? null : parts[0], parts[1]));
            }
            return samples;
        }
    }

    /** What a ticket with this question shows as {@code suggestedTopic}. */
    String suggested(String text) {
        return topics.suggest(text, languages.detect(text).transliterated()).orElse(null);
    }

    @Test
    void suggestsTheRightTopicForAtLeast95PercentOfTheLabelledQuestions() throws IOException {
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int right = 0;
        List<Sample> samples = samples();
        for (Sample sample : samples) {
            String suggested = suggested(sample.text());
            int[] counts = tally.computeIfAbsent(Objects.requireNonNullElse(sample.topic(), "none"), k -> new int[2]);
            counts[1]++;
            if (Objects.equals(suggested, sample.topic())) {
                counts[0]++;
                right++;
            } else {
                misses.add(sample.topic() + " -> " + suggested + ": " + sample.text());
            }
        }
        System.out.printf(
                "Topic suggestion accuracy: %d/%d = %.1f%%%n", right, samples.size(), 100.0 * right / samples.size());
        tally.forEach((topic, c) -> System.out.printf("  %-32s %3d/%-3d%n", topic, c[0], c[1]));
        misses.forEach(m -> System.out.println("  missed " + m));

        assertThat(samples).hasSizeGreaterThanOrEqualTo(150);
        assertThat((double) right / samples.size()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Як записатися на курси нідерландської мови?                                          | language-lessons
            Как записаться на курсы нидерландского языка?                                        | language-lessons
            How can I sign up for a Dutch language course?                                       | language-lessons
            Hoe kan ik me inschrijven voor een taalcursus?                                       | language-lessons
            Pryvit, mene zvaty Natalia Koval, yak otrymaty DigiD? Moi nomer 0501234567, dyakuyu | municipal-registration-bsn
            Як зареєструвати автомобіль з українськими номерами в Нідерландах?                  | transport-driving-licence
            """)
    void suggestsWhatTheAuditFoundMissingOrWrong(String text, String topic) {
        assertThat(suggested(text)).isEqualTo(topic);
    }

    @Test
    void shortKeywordsMatchWholeWordsOnlyNotTheInsideOfNames() {
        // "ov" (public transport) inside "Koval", "ind" (the immigration service) inside "find", "car" inside "card"
        assertThat(suggested("Mene zvaty Natalia Koval")).isNull();
        assertThat(suggested("How do I find a GP?")).isEqualTo("health-care-insurance");
        assertThat(suggested("My debit card does not work")).isEqualTo("banking");
        assertThat(suggested("Can I take the bus or the train?")).isEqualTo("transport-driving-licence");
    }
}
