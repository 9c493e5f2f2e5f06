package nl.wegwijs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.wegwijs.matching.engine.CandidateIndex;
import nl.wegwijs.matching.engine.CandidateProfile;
import nl.wegwijs.matching.engine.Cefr;
import nl.wegwijs.matching.engine.DrivingLicence;
import nl.wegwijs.matching.engine.LanguageLevel;
import nl.wegwijs.matching.engine.LanguageRequirement;
import nl.wegwijs.matching.engine.MatchingEngine;
import nl.wegwijs.matching.engine.Occupation;
import nl.wegwijs.matching.engine.Ranking;
import nl.wegwijs.matching.engine.Skills;
import nl.wegwijs.matching.engine.VacancyProfile;
import nl.wegwijs.matching.places.Place;
import nl.wegwijs.matching.places.Places;
import nl.wegwijs.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Ranks 100,000 and 1,000,000 generated candidates for a vacancy (top 50 with explanations) with the
 * engine, and with a plain SQL query over the same data in PostgreSQL as the baseline, and prints p50 /
 * p95 side by side with the engine's memory per candidate. Run: {@code ./mvnw -B -pl matching-service
 * verify -Pbenchmark}.
 */
class RankingBenchmark {

    static final LocalDate START = LocalDate.of(2027, 1, 12);
    static final List<String> LANGUAGES = List.of("nl", "en", "uk", "ru", "pl");
    static final List<String> SKILLS = List.of(
            "order picking",
            "handheld scanner",
            "electric pallet truck",
            "forklift",
            "reach truck",
            "harvesting",
            "plant care",
            "sorting",
            "personal care",
            "dementia care",
            "nursing",
            "cooking",
            "grill",
            "dishwashing",
            "table service",
            "barista",
            "java",
            "spring",
            "python",
            "sql",
            "windows",
            "customer service",
            "teaching",
            "child care",
            "cleaning",
            "housekeeping",
            "bricklaying",
            "carpentry",
            "welding",
            "painting",
            "production line work",
            "machine operation",
            "baking",
            "route planning",
            "packing",
            "quality control",
            "excel",
            "driving",
            "stock management",
            "cash register");
    static final List<String> CERTIFICATES =
            List.of("VCA basis", "VCA vol", "HACCP", "forklift certificate", "BHV", "BIG registration");
    static final int[] ISCO = {
        9333, 8344, 8322, 8332, 9214, 6113, 5322, 5321, 2221, 5120, 9412, 5131, 2512, 2514, 3512, 2521, 2341, 5312,
        2330, 9112, 9111, 9122, 7112, 7115, 9313, 7212, 9329, 8160, 7512, 7511, 4321, 5223, 8322, 9621
    };

    @Test
    void rankCandidatesWithTheEngineAndWithPlainSql() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int size : new int[] {100_000, 1_000_000}) {
            rows.addAll(run(size));
        }
        System.out.println();
        System.out.println("Ranking benchmark: top 50 with explanations for a vacancy, "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        System.out.println(String.format(
                Locale.ROOT,
                "%-12s %-10s %10s %10s %8s %14s %s",
                "candidates",
                "method",
                "p50 ms",
                "p95 ms",
                "runs",
                "bytes/cand.",
                "matches"));
        rows.forEach(System.out::println);
        System.out.println();
    }

    private List<String> run(int size) throws Exception {
        Places places = new Places();
        List<Place> all = new ArrayList<>(places.all());
        IntFunction<CandidateProfile> generator = i -> generate(new Random(i * 7919L + 17), all);

        // the engine: build the index and measure what it holds per candidate
        System.gc();
        long before = usedMemory();
        CandidateIndex index = new CandidateIndex(size);
        MatchingEngine engine = new MatchingEngine(index, 14);
        for (int i = 0; i < size; i++) {
            engine.upsertCandidate(generator.apply(i));
        }
        System.gc();
        long bytesPerCandidate = (usedMemory() - before) / size;

        List<VacancyProfile> vacancies = vacancies(places);
        int runs = size >= 1_000_000 ? 30 : 60;
        long[] engineTimes = new long[runs];
        int engineMatches = 0;
        for (int i = 0; i < 10; i++) {
            engine.candidatesFor(vacancies.get(i % vacancies.size()), 50);
        }
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Ranking ranking = engine.candidatesFor(vacancies.get(i % vacancies.size()), 50);
            engineTimes[i] = System.nanoTime() - t;
            engineMatches += ranking.items().size();
            assertThat(ranking.items())
                    .allSatisfy(r -> assertThat(r.explanation()).isNotEmpty());
        }
        engine = null;
        index = null;

        // the baseline: the same candidates in PostgreSQL, one plain query with the same hard filters and soft signals
        TestPostgres.Database db = TestPostgres.newDatabase("ranking_benchmark");
        long[] sqlTimes;
        int sqlMatches = 0;
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            load(c, size, generator);
            int sqlRuns = size >= 1_000_000 ? 10 : 20;
            sqlTimes = new long[sqlRuns];
            for (int i = 0; i < 3; i++) {
                query(c, vacancies.get(i % vacancies.size()));
            }
            for (int i = 0; i < sqlRuns; i++) {
                long t = System.nanoTime();
                sqlMatches += query(c, vacancies.get(i % vacancies.size()));
                sqlTimes[i] = System.nanoTime() - t;
            }
            try (Statement st = c.createStatement()) {
                st.execute("drop table bench_candidate");
            }
        }
        return List.of(
                row(size, "engine", engineTimes, bytesPerCandidate, engineMatches / runs),
                row(size, "sql", sqlTimes, -1, sqlMatches / sqlTimes.length));
    }

    private static String row(int size, String method, long[] nanos, long bytes, int matches) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double p50 = sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6;
        double p95 = sorted[(int) Math.ceil(0.95 * (sorted.length - 1))] / 1e6;
        return String.format(
                Locale.ROOT,
                "%-12s %-10s %10.1f %10.1f %8d %14s %d",
                String.format(Locale.ROOT, "%,d", size),
                method,
                p50,
                p95,
                nanos.length,
                bytes < 0 ? "-" : Long.toString(bytes),
                matches);
    }

    static CandidateProfile generate(Random r, List<Place> places) {
        Place at = places.get(r.nextInt(places.size()));
        List<LanguageLevel> languages = new ArrayList<>();
        languages.add(new LanguageLevel(r.nextInt(10) < 8 ? "uk" : "ru", Cefr.NATIVE));
        if (r.nextInt(10) < 7) {
            languages.add(new LanguageLevel("en", Cefr.values()[r.nextInt(5)]));
        }
        if (r.nextInt(10) < 5) {
            languages.add(new LanguageLevel("nl", Cefr.values()[r.nextInt(4)]));
        }
        if (r.nextInt(10) < 1) {
            languages.add(new LanguageLevel("pl", Cefr.values()[r.nextInt(4)]));
        }
        Set<String> skills = new HashSet<>();
        int skillCount = 2 + r.nextInt(5);
        for (int i = 0; i < skillCount; i++) {
            skills.add(SKILLS.get(r.nextInt(SKILLS.size())));
        }
        Set<String> certificates = new HashSet<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            certificates.add(CERTIFICATES.get(r.nextInt(CERTIFICATES.size())));
        }
        List<Occupation> occupations = new ArrayList<>();
        for (int i = 0; i < 1 + r.nextInt(2); i++) {
            occupations.add(new Occupation(Integer.toString(ISCO[r.nextInt(ISCO.length)]), null, r.nextInt(11)));
        }
        int hoursMin = 8 + r.nextInt(5) * 6;
        return new CandidateProfile(
                new UUID(r.nextLong(), r.nextLong()),
                at.latitude(),
                at.longitude(),
                languages,
                List.copyOf(skills),
                List.copyOf(certificates),
                occupations,
                10 + r.nextInt(6) * 10,
                hoursMin,
                Math.min(40, hoursMin + r.nextInt(4) * 8),
                r.nextInt(10) < 4 ? Set.of(DrivingLicence.B) : Set.of(),
                START.plusDays(r.nextInt(90) - 45),
                r.nextInt(10) < 9 ? LocalDate.of(2027, 3, 4) : null);
    }

    static List<VacancyProfile> vacancies(Places places) {
        return List.of(
                vacancy(
                        places,
                        "Venlo",
                        "9333",
                        List.of("nl", "en", "pl"),
                        Cefr.A2,
                        List.of("order picking"),
                        List.of("handheld scanner", "electric pallet truck")),
                vacancy(
                        places,
                        "Rotterdam",
                        "5120",
                        List.of("nl", "en"),
                        Cefr.A2,
                        List.of("cooking"),
                        List.of("grill")),
                vacancy(
                        places,
                        "Utrecht",
                        "5322",
                        List.of("nl"),
                        Cefr.B1,
                        List.of("personal care"),
                        List.of("dementia care")),
                vacancy(places, "Eindhoven", "2512", List.of("en"), Cefr.B2, List.of("java"), List.of("spring", "sql")),
                vacancy(
                        places,
                        "Naaldwijk",
                        "9214",
                        List.of("nl", "en"),
                        Cefr.A1,
                        List.of("harvesting"),
                        List.of("plant care")));
    }

    static VacancyProfile vacancy(
            Places places,
            String city,
            String isco,
            List<String> anyOf,
            Cefr level,
            List<String> skills,
            List<String> preferred) {
        Place at = places.find(city).orElseThrow();
        return new VacancyProfile(
                UUID.randomUUID(),
                isco,
                at.latitude(),
                at.longitude(),
                List.of(new LanguageRequirement(null, anyOf, level)),
                List.of(new LanguageLevel("uk", Cefr.B1)),
                skills,
                preferred,
                List.of(),
                Set.of(),
                0,
                24,
                40,
                START);
    }

    // ---- the SQL baseline ----

    private static void load(Connection c, int size, IntFunction<CandidateProfile> generator)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("""
                    create table bench_candidate (
                        id uuid primary key, lat double precision, lon double precision, max_km int,
                        hours_min int, hours_max int, available_from date, authorised_until date, licences int,
                        lang_nl smallint, lang_en smallint, lang_uk smallint, lang_ru smallint, lang_pl smallint,
                        skills text[], certificates text[], isco int[], years int[])""");
        }
        Reader csv = new Reader() {
            int next = 0;
            String buffer = "";
            int pos = 0;

            @Override
            public int read(char[] out, int off, int len) {
                if (pos >= buffer.length()) {
                    if (next >= size) {
                        return -1;
                    }
                    StringBuilder sb = new StringBuilder(64 * 1024);
                    while (next < size && sb.length() < 60 * 1024) {
                        sb.append(line(generator.apply(next++)));
                    }
                    buffer = sb.toString();
                    pos = 0;
                }
                int n = Math.min(len, buffer.length() - pos);
                buffer.getChars(pos, pos + n, out, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {}
        };
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_candidate from stdin with (format text)", csv);
        try (Statement st = c.createStatement()) {
            st.execute("create index on bench_candidate using gin (skills)");
            st.execute("create index on bench_candidate (available_from)");
            st.execute("analyze bench_candidate");
        }
    }

    private static String line(CandidateProfile p) {
        int mask = 0;
        for (DrivingLicence l : p.drivingLicences()) {
            mask |= l.bit();
        }
        return String.join(
                        "\t",
                        p.id().toString(),
                        Double.toString(p.latitude()),
                        Double.toString(p.longitude()),
                        Integer.toString(p.maxTravelKm()),
                        Integer.toString(p.hoursMin()),
                        Integer.toString(p.hoursMax()),
                        p.availableFrom().toString(),
                        p.authorisedUntil() == null
                                ? "\\N"
                                : p.authorisedUntil().toString(),
                        Integer.toString(mask),
                        level(p, "nl"),
                        level(p, "en"),
                        level(p, "uk"),
                        level(p, "ru"),
                        level(p, "pl"),
                        array(p.skills().stream().map(Skills::normalise).toList()),
                        array(p.certificates().stream().map(Skills::normalise).toList()),
                        "{"
                                + String.join(
                                        ",",
                                        p.occupations().stream()
                                                .map(Occupation::isco)
                                                .toList()) + "}",
                        "{"
                                + String.join(
                                        ",",
                                        p.occupations().stream()
                                                .map(o -> Integer.toString(o.years()))
                                                .toList())
                                + "}")
                + "\n";
    }

    private static String level(CandidateProfile p, String code) {
        return Integer.toString(p.languages().stream()
                .filter(l -> l.code().equals(code))
                .mapToInt(l -> l.level().rank())
                .max()
                .orElse(0));
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "}";
    }

    /** The same hard filters and soft signals as the engine, as one plain query; returns the number of rows. */
    private static int query(Connection c, VacancyProfile v) throws SQLException {
        LanguageRequirement req = v.languages().getFirst();
        String held = "greatest("
                + String.join(
                        ",", req.codes().stream().map(code -> "lang_" + code).toList()) + ")";
        String sql = """
                with scored as (
                  select id, isco, years, skills,
                         2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(lat - ?) / 2), 2)
                             + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2)))) as km,
                         max_km, %1$s as held, hours_min, hours_max
                  from bench_candidate
                  where (authorised_until is null or authorised_until >= ?)
                    and available_from <= ?
                    and hours_min <= ? and hours_max >= ?
                    and %1$s >= ?
                    and skills @> ?::text[]
                )
                select id, km,
                       30 * (select coalesce(max(case when i = ? then 1 when i / 10 = ? / 10 then 0.6
                                                      when i / 100 = ? / 100 then 0.4 when i / 1000 = ? / 1000 then 0.2 else 0 end), 0)
                             from unnest(isco) i)
                     + 20 * (select count(*) from unnest(?::text[]) p where p = any(skills)) / greatest(1, cardinality(?::text[]))
                     + 15 * greatest(0, 1 - km / greatest(max_km, 1))
                     + 10 * least(2, held - ?) / 2.0
                     + 10 * (least(hours_max, ?) - greatest(hours_min, ?) + 1.0) / (? - ? + 1.0) as score
                from scored
                where km <= max_km
                order by score desc
                limit 50
                """.formatted(held);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setDouble(i++, v.latitude());
            ps.setDouble(i++, v.latitude());
            ps.setDouble(i++, v.longitude());
            ps.setObject(i++, v.startDate());
            ps.setObject(i++, v.startDate().plusDays(14));
            ps.setInt(i++, v.hoursMax());
            ps.setInt(i++, v.hoursMin());
            ps.setInt(i++, req.level().rank());
            ps.setArray(
                    i++,
                    c.createArrayOf(
                            "text", v.skills().stream().map(Skills::normalise).toArray()));
            int isco = Integer.parseInt(v.isco());
            for (int k = 0; k < 4; k++) {
                ps.setInt(i++, isco);
            }
            Object[] preferred =
                    v.preferredSkills().stream().map(Skills::normalise).toArray();
            ps.setArray(i++, c.createArrayOf("text", preferred));
            ps.setArray(i++, c.createArrayOf("text", preferred));
            ps.setInt(i++, req.level().rank());
            ps.setInt(i++, v.hoursMax());
            ps.setInt(i++, v.hoursMin());
            ps.setInt(i++, v.hoursMax());
            ps.setInt(i++, v.hoursMin());
            int rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static long usedMemory() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
