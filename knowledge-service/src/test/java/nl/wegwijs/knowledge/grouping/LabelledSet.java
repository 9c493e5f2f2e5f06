package nl.wegwijs.knowledge.grouping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The labelled questions of {@code grouping/labelled-questions.txt} (format described in the file). */
public record LabelledSet(List<Group> groups, List<Question> questions, List<HardNegative> hardNegatives) {

    public record Group(String id, String topic, Map<String, String> titles, List<Answer> answers) {}

    public record Answer(String language, String text) {}

    /** One question; {@code topic} is null for every third question, as the helpdesk often leaves it unset. */
    public record Question(
            int index, String group, int number, String language, String text, Answer answer, String topic) {}

    public record HardNegative(String groupA, int numberA, String groupB, int numberB) {}

    public static LabelledSet load() {
        var in = LabelledSet.class.getClassLoader().getResourceAsStream("grouping/labelled-questions.txt");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Group> groups = new ArrayList<>();
            List<Question> questions = new ArrayList<>();
            List<HardNegative> negatives = new ArrayList<>();
            List<String[]> pending = new ArrayList<>();
            Group group = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.startsWith("# group ")) {
                    group = flush(group, pending, questions);
                    String[] parts = line.substring(8).split("\\s+");
                    group = new Group(parts[0], parts[1].substring(6), new LinkedHashMap<>(), new ArrayList<>());
                    groups.add(group);
                } else if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                } else if (line.startsWith("H ")) {
                    String[] sides = line.substring(2).split("\\|");
                    String[] a = sides[0].strip().split("\\s+");
                    String[] b = sides[1].strip().split("\\s+");
                    negatives.add(new HardNegative(a[0], Integer.parseInt(a[1]), b[0], Integer.parseInt(b[1])));
                } else {
                    char kind = line.charAt(0);
                    int colon = line.indexOf(':');
                    String lang = line.substring(2, colon).strip();
                    String text = line.substring(colon + 1).strip();
                    switch (kind) {
                        case 'T' -> group.titles().put(lang, text);
                        case 'A' -> group.answers().add(new Answer(lang, text));
                        case 'Q' -> pending.add(new String[] {lang, text});
                        default -> throw new IllegalStateException("bad line " + line);
                    }
                }
            }
            flush(group, pending, questions);
            return new LabelledSet(groups, questions, negatives);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Group flush(Group group, List<String[]> pending, List<Question> questions) {
        if (group != null) {
            for (int n = 0; n < pending.size(); n++) {
                int index = questions.size();
                Answer answer = group.answers().get(n % group.answers().size());
                String topic = index % 3 == 2 ? null : group.topic();
                questions.add(
                        new Question(index, group.id(), n + 1, pending.get(n)[0], pending.get(n)[1], answer, topic));
            }
        }
        pending.clear();
        return null;
    }

    Question question(String group, int number) {
        return questions.stream()
                .filter(q -> q.group().equals(group) && q.number() == number)
                .findFirst()
                .orElseThrow();
    }
}
