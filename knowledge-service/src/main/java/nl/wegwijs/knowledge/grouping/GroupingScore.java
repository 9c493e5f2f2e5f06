package nl.wegwijs.knowledge.grouping;

import java.util.List;

/**
 * Why two questions are (or are not) the same question: the parts of the score, the concepts they
 * share or that set them apart ({@code conflicts}: different members of one family; {@code differentContent}:
 * what one asks that the other names nowhere and that outweighs what they share), and the score this pair
 * needed to group ({@code required}: the threshold, more when the helpdesk gave them different topics and
 * they share fewer than two asked concepts). Stored with every grouped question, shown to editors.
 */
public record GroupingScore(
        double score,
        double concepts,
        double terms,
        double answers,
        double topic,
        Double semantic,
        List<String> sharedConcepts,
        List<String> conflicts,
        List<String> differentContent,
        double required) {

    public static final GroupingScore NONE = new GroupingScore(0, 0, 0, 0, 0, null, List.of(), List.of(), List.of(), 0);

    /** The score reaches what this pair needed. */
    public boolean groups() {
        return score >= required;
    }
}
