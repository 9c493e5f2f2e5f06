package nl.wegwijs.matching.engine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Normalises skills and certificates so that the same thing written differently matches: case, accents,
 * punctuation and spacing do not count, and known synonyms (Dutch and English, common abbreviations) map
 * to one canonical name.
 */
public final class Skills {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("orderpicking", "order picking"),
            Map.entry("order picker", "order picking"),
            Map.entry("orderpicker", "order picking"),
            Map.entry("picking", "order picking"),
            Map.entry("heftruck", "forklift"),
            Map.entry("forklift truck", "forklift"),
            Map.entry("heftruckcertificaat", "forklift certificate"),
            Map.entry("heftruck certificaat", "forklift certificate"),
            Map.entry("reachtruck", "reach truck"),
            Map.entry("epm", "electric pallet truck"),
            Map.entry("elektrische pallettruck", "electric pallet truck"),
            Map.entry("electric pallet jack", "electric pallet truck"),
            Map.entry("pallet jack", "pallet truck"),
            Map.entry("scanner", "handheld scanner"),
            Map.entry("hand scanner", "handheld scanner"),
            Map.entry("rf scanner", "handheld scanner"),
            Map.entry("handscanner", "handheld scanner"),
            Map.entry("vca", "vca basis"),
            Map.entry("vca basic", "vca basis"),
            Map.entry("b vca", "vca basis"),
            Map.entry("basis vca", "vca basis"),
            Map.entry("vol vca", "vca vol"),
            Map.entry("vca full", "vca vol"),
            Map.entry("haccp certificate", "haccp"),
            Map.entry("food safety", "haccp"),
            Map.entry("bedrijfshulpverlening", "bhv"),
            Map.entry("emergency response officer", "bhv"),
            Map.entry("ms excel", "excel"),
            Map.entry("microsoft excel", "excel"),
            Map.entry("js", "javascript"),
            Map.entry("ts", "typescript"),
            Map.entry("k8s", "kubernetes"),
            Map.entry("postgres", "postgresql"),
            Map.entry("koken", "cooking"),
            Map.entry("afwassen", "dishwashing"),
            Map.entry("schoonmaken", "cleaning"),
            Map.entry("schoonmaak", "cleaning"),
            Map.entry("oogsten", "harvesting"),
            Map.entry("plukken", "harvesting"),
            Map.entry("fruit picking", "harvesting"),
            Map.entry("bediening", "table service"),
            Map.entry("serving", "table service"),
            Map.entry("waiting tables", "table service"),
            Map.entry("barista skills", "barista"),
            Map.entry("metselen", "bricklaying"),
            Map.entry("timmeren", "carpentry"),
            Map.entry("lassen", "welding"),
            Map.entry("persoonlijke verzorging", "personal care"),
            Map.entry("zorg", "personal care"),
            Map.entry("big registratie", "big registration"),
            Map.entry("big", "big registration"),
            Map.entry("lesgeven", "teaching"),
            Map.entry("vakkenvullen", "shelf stacking"));

    private Skills() {}

    public static String normalise(String skill) {
        String plain = Normalizer.normalize(skill.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9+#]+", " ")
                .trim();
        return SYNONYMS.getOrDefault(plain, plain);
    }
}
