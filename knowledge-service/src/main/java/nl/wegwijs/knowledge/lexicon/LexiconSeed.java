package nl.wegwijs.knowledge.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the seed lexicon ({@code classpath:lexicon/seed.txt}); its format is described in the file. */
public final class LexiconSeed {

    public static final String RESOURCE = "lexicon/seed.txt";

    private LexiconSeed() {}

    public static List<Concept> load() {
        try (InputStream in = LexiconSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath:" + RESOURCE + " is missing");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Concept> parse(InputStream in) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String id = null;
        String label = null;
        double weight = 1;
        String family = null;
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("=")) {
                if (id != null) {
                    concepts.add(new Concept(id, label, weight, family, Map.copyOf(terms)));
                }
                String[] headAndLabel = trimmed.substring(1).split("\\|", 2);
                String[] head = headAndLabel[0].strip().split("\\s+");
                id = head[0];
                weight = Double.parseDouble(head[1]);
                family = "-".equals(head[2]) ? null : head[2];
                label = headAndLabel.length > 1 ? headAndLabel[1].strip() : id;
                terms = new LinkedHashMap<>();
            } else {
                int colon = trimmed.indexOf(':');
                String language = trimmed.substring(0, colon).strip();
                List<String> words = Arrays.stream(trimmed.substring(colon + 1).split(","))
                        .map(String::strip)
                        .filter(w -> !w.isEmpty())
                        .toList();
                terms.put(language, words);
            }
        }
        if (id != null) {
            concepts.add(new Concept(id, label, weight, family, Map.copyOf(terms)));
        }
        return concepts;
    }
}
