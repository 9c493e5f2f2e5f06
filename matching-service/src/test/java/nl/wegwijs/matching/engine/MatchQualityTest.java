package nl.wegwijs.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.matching.places.Place;
import nl.wegwijs.matching.places.Places;
import org.junit.jupiter.api.Test;

/**
 * The engine against a labelled set: 27 vacancies and 55 candidates across logistics, horticulture, care,
 * hospitality, IT, education, cleaning, construction and food, with a coach's judgement of the best, the
 * good and the clearly unfit candidates for 11 vacancies. Prints nDCG@3 (best = 2, good = 1) and fails
 * when a clearly unfit candidate reaches a top 3.
 */
class MatchQualityTest {

    static final LocalDate START = LocalDate.of(2027, 1, 12);
    static final Places PLACES = new Places();

    final Map<String, VacancyProfile> vacancies = new LinkedHashMap<>();
    final Map<String, CandidateProfile> candidates = new LinkedHashMap<>();
    final Map<UUID, String> names = new LinkedHashMap<>();

    record Label(String vacancy, List<String> best, List<String> good, List<String> unfit) {}

    final List<Label> labels = List.of(
            new Label("L1-orderpicker-venlo", l("c01"), l("c02"), l("c03", "c04", "c08", "c09")),
            new Label("L2-forklift-tilburg", l("c05"), l(), l("c06")),
            new Label("H1-greenhouse-naaldwijk", l("c10"), l("c11", "c13"), l("c12")),
            new Label("C1-homecare-utrecht", l("c15"), l(), l("c16", "c20")),
            new Label("C2-nurse-amsterdam", l("c17"), l(), l("c18")),
            new Label("HO1-cook-amsterdam", l("c21"), l("c22"), l("c23", "c24")),
            new Label("I1-java-eindhoven", l("c27"), l("c28"), l("c29", "c30")),
            new Label("E2-assistant-rotterdam", l("c33"), l("c34"), l("c35", "c36")),
            new Label("CL1-officecleaner-denhaag", l("c39"), l("c40"), l("c41")),
            new Label("CO1-bricklayer-zwolle", l("c44"), l("c45"), l("c46", "c47")),
            new Label("F1-production-oss", l("c50"), l("c51"), l("c52", "c53")));

    MatchQualityTest() {
        // id, city, isco, required languages, preferred languages, skills, preferred skills, certificates, licences,
        // min years, hours
        v(
                "L1-orderpicker-venlo",
                "Venlo",
                "9333",
                "nl|en|pl:A2",
                "uk:B1",
                "order picking;handheld scanner",
                "electric pallet truck",
                "",
                "",
                0,
                "32-40");
        v(
                "L2-forklift-tilburg",
                "Tilburg",
                "8344",
                "nl|en:A2",
                "",
                "forklift",
                "reach truck",
                "forklift certificate",
                "",
                1,
                "32-40");
        v(
                "L3-delivery-utrecht",
                "Utrecht",
                "8322",
                "nl:B1",
                "",
                "route planning",
                "customer service",
                "",
                "B",
                0,
                "24-40");
        v(
                "H1-greenhouse-naaldwijk",
                "Naaldwijk",
                "9214",
                "nl|en:A1",
                "",
                "harvesting",
                "plant care",
                "",
                "",
                0,
                "36-40");
        v(
                "H2-grower-sgravenzande",
                "'s-Gravenzande",
                "6113",
                "nl:B1",
                "",
                "plant care;climate control",
                "",
                "",
                "",
                2,
                "36-40");
        v("H3-bulbs-lisse", "Lisse", "9214", "nl|en|pl:A2", "", "sorting", "harvesting", "", "", 0, "30-40");
        v("C1-homecare-utrecht", "Utrecht", "5322", "nl:B1", "", "personal care", "dementia care", "", "", 0, "16-32");
        v(
                "C2-nurse-amsterdam",
                "Amsterdam",
                "2221",
                "nl:B2",
                "en:B2",
                "nursing",
                "",
                "BIG registration",
                "",
                2,
                "24-36");
        v("C3-careassistant-rotterdam", "Rotterdam", "5321", "nl:A2", "uk:B1", "personal care", "", "", "", 0, "24-36");
        v("HO1-cook-amsterdam", "Amsterdam", "5120", "nl|en:A2", "", "cooking", "grill", "HACCP", "", 2, "32-40");
        v("HO2-kitchenhelp-amsterdam", "Amsterdam", "9412", "nl|en:A1", "", "dishwashing", "", "", "", 0, "20-40");
        v(
                "HO3-waiter-maastricht",
                "Maastricht",
                "5131",
                "nl:B1;en:B1",
                "",
                "table service",
                "barista",
                "",
                "",
                0,
                "24-40");
        v(
                "I1-java-eindhoven",
                "Eindhoven",
                "2512",
                "en:B2",
                "nl:A2",
                "java;spring",
                "kubernetes;postgresql",
                "",
                "",
                3,
                "36-40");
        v(
                "I2-support-rotterdam",
                "Rotterdam",
                "3512",
                "nl:B1;en:B1",
                "",
                "windows;customer service",
                "active directory",
                "",
                "",
                0,
                "32-40");
        v("I3-data-amsterdam", "Amsterdam", "2521", "en:C1", "", "sql;python", "", "", "", 2, "32-40");
        v(
                "E1-teacher-denhaag",
                "Den Haag",
                "2341",
                "nl:C1",
                "",
                "teaching",
                "",
                "teaching qualification",
                "",
                0,
                "24-40");
        v(
                "E2-assistant-rotterdam",
                "Rotterdam",
                "5312",
                "uk:C1;nl:A2",
                "",
                "teaching",
                "child care",
                "",
                "",
                0,
                "20-32");
        v(
                "E3-englishteacher-utrecht",
                "Utrecht",
                "2330",
                "en:C1;nl:B1",
                "",
                "teaching",
                "",
                "teaching qualification",
                "",
                0,
                "24-40");
        v("CL1-officecleaner-denhaag", "Den Haag", "9112", "nl|en|uk:A1", "", "cleaning", "", "", "", 0, "12-24");
        v(
                "CL2-housekeeper-amsterdam",
                "Amsterdam",
                "9112",
                "nl|en:A2",
                "",
                "cleaning",
                "housekeeping",
                "",
                "",
                0,
                "24-32");
        v("CL3-vehiclecleaner-hoofddorp", "Hoofddorp", "9122", "nl|en:A1", "", "cleaning", "", "", "B", 0, "24-40");
        v("CO1-bricklayer-zwolle", "Zwolle", "7112", "nl:A2", "", "bricklaying", "", "VCA basis", "", 2, "36-40");
        v("CO2-labourer-almere", "Almere", "9313", "nl|en|pl:A2", "", "", "", "VCA basis", "", 0, "40-40");
        v("CO3-welder-rotterdam", "Rotterdam", "7212", "nl|en:A2", "", "welding", "", "VCA basis", "", 3, "36-40");
        v("F1-production-oss", "Oss", "9329", "nl|en:A2", "", "production line work", "haccp", "", "", 0, "32-40");
        v("F2-baker-utrecht", "Utrecht", "7512", "nl:A2", "", "baking", "", "", "", 2, "32-40");
        v(
                "F3-operator-venray",
                "Venray",
                "8160",
                "nl|en:B1",
                "",
                "machine operation",
                "forklift",
                "HACCP",
                "",
                0,
                "32-40");

        // id, city, max km, languages, skills, certificates, occupations (isco:years), hours, licences, available from,
        // authorised until
        c(
                "c01",
                "Venlo",
                30,
                "uk:NATIVE,en:B2",
                "order picking;handheld scanner;electric pallet truck",
                "",
                "9333:3",
                "32-40",
                "",
                null,
                null);
        c("c02", "Venlo", 30, "uk:NATIVE,en:A2", "orderpicking;handscanner", "", "9333:1", "32-40", "", null, null);
        c("c03", "Venlo", 30, "uk:NATIVE,en:A1", "order picking;scanner", "", "9333:2", "32-40", "", null, null);
        c(
                "c04",
                "Nijmegen",
                20,
                "uk:NATIVE,en:B2",
                "order picking;handheld scanner",
                "",
                "9333:4",
                "32-40",
                "",
                null,
                null);
        c(
                "c05",
                "Tilburg",
                30,
                "uk:NATIVE,en:B1",
                "forklift;reach truck",
                "forklift certificate;VCA",
                "8344:4",
                "32-40",
                "",
                null,
                null);
        c("c06", "Tilburg", 30, "ru:NATIVE,nl:A2", "heftruck", "", "8344:2", "32-40", "", null, null);
        c(
                "c07",
                "Utrecht",
                25,
                "uk:NATIVE,nl:B1,en:B2",
                "route planning;customer service",
                "",
                "8322:2",
                "24-40",
                "B",
                null,
                null);
        c(
                "c08",
                "Venlo",
                30,
                "uk:NATIVE,en:B2",
                "order picking;handheld scanner",
                "",
                "9333:2",
                "32-40",
                "",
                "2027-04-01",
                null);
        c(
                "c09",
                "Venlo",
                30,
                "uk:NATIVE,en:B2",
                "order picking;handheld scanner",
                "",
                "9333:2",
                "32-40",
                "",
                null,
                "2026-12-31");
        c("c10", "Naaldwijk", 20, "uk:NATIVE,en:A2", "harvesting;plant care", "", "9214:3", "36-40", "", null, null);
        c("c11", "Den Haag", 20, "uk:NATIVE,en:A1", "fruit picking", "", "6113:1", "32-40", "", null, null);
        c("c12", "Naaldwijk", 20, "ru:NATIVE,uk:C1", "harvesting", "", "9214:5", "36-40", "", null, null);
        c(
                "c13",
                "'s-Gravenzande",
                20,
                "uk:NATIVE,nl:B1,en:B1",
                "plant care;climate control",
                "",
                "6113:5",
                "36-40",
                "",
                null,
                null);
        c("c14", "Lisse", 15, "uk:NATIVE,en:A2", "sorting;harvesting", "", "9214:1", "30-40", "", null, null);
        c(
                "c15",
                "Utrecht",
                15,
                "uk:NATIVE,nl:B1,en:B1",
                "personal care;dementia care",
                "",
                "5322:4",
                "24-32",
                "",
                null,
                null);
        c("c16", "Utrecht", 15, "uk:NATIVE,nl:A2", "personal care", "", "5322:6", "24-32", "", null, null);
        c(
                "c17",
                "Amsterdam",
                15,
                "uk:NATIVE,nl:B2,en:C1",
                "nursing",
                "BIG registration",
                "2221:8",
                "24-36",
                "",
                null,
                null);
        c("c18", "Amsterdam", 15, "uk:NATIVE,nl:B2", "nursing", "", "2221:10", "24-36", "", null, null);
        c("c19", "Rotterdam", 15, "uk:NATIVE,nl:A2", "personal care", "", "5321:1", "24-36", "", null, null);
        c("c20", "Nieuwegein", 15, "uk:NATIVE,nl:B1", "personal care", "", "5322:3", "8-12", "", null, null);
        c("c21", "Amsterdam", 15, "uk:NATIVE,en:B2", "cooking;grill", "HACCP", "5120:6", "32-40", "", null, null);
        c(
                "c22",
                "Amstelveen",
                15,
                "uk:NATIVE,en:B1",
                "cooking",
                "HACCP certificate",
                "5120:2",
                "32-40",
                "",
                null,
                null);
        c("c23", "Amsterdam", 15, "uk:NATIVE,en:B2", "cooking;grill", "", "5120:10", "32-40", "", null, null);
        c("c24", "Amsterdam", 15, "uk:NATIVE,en:B2", "cooking", "HACCP", "5120:1", "32-40", "", null, null);
        c("c25", "Amsterdam", 15, "uk:NATIVE,en:A1", "afwassen", "", "9412:1", "20-40", "", null, null);
        c("c26", "Maastricht", 15, "uk:NATIVE,nl:B1,en:B2", "serving;barista", "", "5131:3", "24-40", "", null, null);
        c("c27", "Eindhoven", 20, "uk:NATIVE,en:C1", "java;spring;k8s;postgres", "", "2512:6", "36-40", "", null, null);
        c("c28", "Veldhoven", 20, "uk:NATIVE,en:B2", "java;spring", "", "2514:4", "36-40", "", null, null);
        c("c29", "Eindhoven", 20, "uk:NATIVE,en:B1", "java;spring", "", "2512:8", "36-40", "", null, null);
        c("c30", "Eindhoven", 20, "uk:NATIVE,en:C2", "python;sql", "", "2521:5", "36-40", "", null, null);
        c(
                "c31",
                "Rotterdam",
                20,
                "uk:NATIVE,nl:B1,en:B2",
                "windows;customer service;active directory",
                "",
                "3512:3",
                "32-40",
                "",
                null,
                null);
        c("c32", "Amsterdam", 20, "uk:NATIVE,en:C1", "sql;python", "", "2521:3", "32-40", "", null, null);
        c("c33", "Rotterdam", 15, "uk:NATIVE,nl:A2", "teaching;child care", "", "2341:10", "20-32", "", null, null);
        c("c34", "Schiedam", 15, "uk:NATIVE,nl:A2", "teaching", "", "5312:2", "20-32", "", null, null);
        c("c35", "Rotterdam", 15, "ru:NATIVE,uk:B2,nl:A2", "teaching", "", "2341:5", "20-32", "", null, null);
        c("c36", "Rotterdam", 15, "uk:NATIVE,nl:A1", "teaching;child care", "", "2341:12", "20-32", "", null, null);
        c(
                "c37",
                "Utrecht",
                20,
                "uk:NATIVE,en:C2,nl:B1",
                "teaching",
                "teaching qualification",
                "2330:12",
                "24-40",
                "",
                null,
                null);
        c(
                "c38",
                "Den Haag",
                20,
                "uk:NATIVE,nl:C1",
                "teaching",
                "teaching qualification",
                "2341:6",
                "24-40",
                "",
                null,
                null);
        c("c39", "Den Haag", 10, "uk:NATIVE", "cleaning", "", "9112:2", "12-20", "", null, null);
        c("c40", "Rijswijk", 10, "ru:NATIVE,uk:B2", "schoonmaken", "", "9111:1", "16-24", "", null, null);
        c("c41", "Den Haag", 10, "uk:NATIVE", "cleaning", "", "9112:4", "36-40", "", null, null);
        c("c42", "Amsterdam", 15, "uk:NATIVE,en:A2", "cleaning;housekeeping", "", "9112:3", "24-32", "", null, null);
        c("c43", "Haarlemmermeer", 15, "uk:NATIVE,nl:A1", "cleaning", "", "9122:1", "24-40", "B", null, null);
        c("c44", "Zwolle", 20, "uk:NATIVE,nl:A2", "bricklaying", "VCA basis", "7112:7", "36-40", "", null, null);
        c("c45", "Kampen", 20, "uk:NATIVE,nl:A2", "metselen", "VCA", "7112:2", "36-40", "", null, null);
        c("c46", "Zwolle", 20, "uk:NATIVE,nl:A2", "bricklaying", "", "7112:15", "36-40", "", null, null);
        c("c47", "Zwolle", 20, "uk:NATIVE,en:B2", "bricklaying", "VCA basis", "7112:5", "36-40", "", null, null);
        c("c48", "Almere", 20, "uk:NATIVE,en:A2", "", "VCA basis", "9313:2", "36-40", "", null, null);
        c("c49", "Rotterdam", 20, "uk:NATIVE,en:B1", "welding", "VCA basis", "7212:5", "36-40", "", null, null);
        c("c50", "Oss", 20, "uk:NATIVE,en:A2", "production line work;haccp", "", "9329:2", "32-40", "", null, null);
        c("c51", "Uden", 20, "uk:NATIVE,nl:A2", "production line work", "", "8160:1", "32-40", "", null, null);
        c("c52", "Oss", 20, "uk:NATIVE", "production line work", "", "9329:3", "32-40", "", null, null);
        c(
                "c53",
                "'s-Hertogenbosch",
                10,
                "uk:NATIVE,en:B1",
                "production line work",
                "",
                "9329:3",
                "32-40",
                "",
                null,
                null);
        c("c54", "Utrecht", 20, "uk:NATIVE,nl:A2", "baking", "", "7512:4", "32-40", "", null, null);
        c(
                "c55",
                "Venray",
                20,
                "uk:NATIVE,en:B1",
                "machine operation;forklift",
                "HACCP",
                "8160:3",
                "32-40",
                "",
                null,
                null);
    }

    @Test
    void theLabelledSetRanksWellAndNoClearlyUnfitCandidateReachesATop3() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        candidates.values().forEach(engine::upsertCandidate);
        assertThat(vacancies).hasSizeGreaterThanOrEqualTo(25);
        assertThat(candidates).hasSizeGreaterThanOrEqualTo(40);
        assertThat(labels).hasSizeGreaterThanOrEqualTo(8);

        List<String> unfitInTop3 = new ArrayList<>();
        double sum = 0;
        StringBuilder report = new StringBuilder("\nMatch quality on the labelled set (nDCG@3, best = 2, good = 1)\n");
        for (Label label : labels) {
            List<String> top3 = engine.candidatesFor(vacancies.get(label.vacancy()), 3).items().stream()
                    .map(r -> names.get(r.candidateId()))
                    .toList();
            double ndcg = ndcgAt3(top3, label);
            sum += ndcg;
            report.append(String.format(Locale.ROOT, "  %-28s top3 %-18s nDCG@3 %.3f%n", label.vacancy(), top3, ndcg));
            top3.stream().filter(label.unfit()::contains).forEach(c -> unfitInTop3.add(label.vacancy() + ": " + c));
        }
        double mean = sum / labels.size();
        report.append(
                String.format(Locale.ROOT, "  mean nDCG@3 over %d labelled vacancies: %.3f%n", labels.size(), mean));
        System.out.println(report);

        assertThat(unfitInTop3).as("clearly unfit candidates in a top 3").isEmpty();
        assertThat(mean).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void everyVacancyOfTheSetGetsAtLeastOneExplainedMatch() {
        MatchingEngine engine = new MatchingEngine(new CandidateIndex(), 14);
        candidates.values().forEach(engine::upsertCandidate);
        for (var v : vacancies.entrySet()) {
            Ranking ranking = engine.candidatesFor(v.getValue(), 3);
            assertThat(ranking.items()).as(v.getKey()).isNotEmpty();
            assertThat(ranking.items().getFirst().explanation()).as(v.getKey()).isNotEmpty();
        }
    }

    static double ndcgAt3(List<String> top3, Label label) {
        double dcg = 0;
        for (int i = 0; i < top3.size(); i++) {
            dcg += gain(top3.get(i), label) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>();
        label.best().forEach(b -> ideal.add(2));
        label.good().forEach(g -> ideal.add(1));
        double idcg = 0;
        for (int i = 0; i < Math.min(3, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 1 : dcg / idcg;
    }

    static int gain(String candidate, Label label) {
        return label.best().contains(candidate) ? 2 : label.good().contains(candidate) ? 1 : 0;
    }

    static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    static List<String> l(String... ids) {
        return List.of(ids);
    }

    private void v(
            String id,
            String city,
            String isco,
            String required,
            String preferred,
            String skills,
            String preferredSkills,
            String certificates,
            String licences,
            int minYears,
            String hours) {
        Place place = PLACES.find(city).orElseThrow(() -> new AssertionError("unknown place " + city));
        String[] h = hours.split("-");
        List<LanguageRequirement> requirements = split(required, ";").stream()
                .map(r -> {
                    String[] parts = r.split(":");
                    return new LanguageRequirement(null, List.of(parts[0].split("\\|")), Cefr.valueOf(parts[1]));
                })
                .toList();
        vacancies.put(
                id,
                new VacancyProfile(
                        UUID.randomUUID(),
                        isco,
                        place.latitude(),
                        place.longitude(),
                        requirements,
                        levels(preferred),
                        split(skills, ";"),
                        split(preferredSkills, ";"),
                        split(certificates, ";"),
                        licences(licences),
                        minYears,
                        Integer.parseInt(h[0]),
                        Integer.parseInt(h[1]),
                        START));
    }

    private void c(
            String id,
            String city,
            int maxKm,
            String languages,
            String skills,
            String certificates,
            String occupations,
            String hours,
            String licences,
            String availableFrom,
            String authorisedUntil) {
        Place place = PLACES.find(city).orElseThrow(() -> new AssertionError("unknown place " + city));
        String[] h = hours.split("-");
        CandidateProfile profile = new CandidateProfile(
                UUID.randomUUID(),
                place.latitude(),
                place.longitude(),
                levels(languages),
                split(skills, ";"),
                split(certificates, ";"),
                split(occupations, ";").stream()
                        .map(o -> new Occupation(o.split(":")[0], null, Integer.parseInt(o.split(":")[1])))
                        .toList(),
                maxKm,
                Integer.parseInt(h[0]),
                Integer.parseInt(h[1]),
                licences(licences),
                LocalDate.parse(availableFrom == null ? "2027-01-01" : availableFrom),
                LocalDate.parse(authorisedUntil == null ? "2027-03-04" : authorisedUntil));
        candidates.put(id, profile);
        names.put(profile.id(), id);
    }

    private static List<LanguageLevel> levels(String spec) {
        return split(spec, ",").stream()
                .map(s -> new LanguageLevel(s.split(":")[0], Cefr.valueOf(s.split(":")[1])))
                .toList();
    }

    private static Set<DrivingLicence> licences(String spec) {
        return split(spec, ",").stream().map(DrivingLicence::valueOf).collect(Collectors.toSet());
    }

    private static List<String> split(String spec, String separator) {
        return spec.isBlank() ? List.of() : Arrays.asList(spec.split(separator));
    }
}
