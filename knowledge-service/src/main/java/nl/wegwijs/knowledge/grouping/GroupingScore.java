package nl.wegwijs.knowledge.grouping;

import java.util.List;

/**
 * Why two questions are (or are not) the same question: the parts of the score and the concepts they
 * share or that set them apart. Stored with every grouped question, shown to editors.
 */
public record GroupingScore(
        double score,
        double concepts,
        double terms,
        double answers,
        double topic,
        Double semantic,
        List<String> sharedConcepts,
        List<String> conflicts) {

    public static final GroupingScore NONE = new GroupingScore(0, 0, 0, 0, 0, null, List.of(), List.of());
}
