package nl.wegwijs.matching.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.matching.candidates.CandidateRequest;
import nl.wegwijs.matching.candidates.CandidateService;
import nl.wegwijs.matching.employers.Employers;
import nl.wegwijs.matching.employers.Employers.Employer;
import nl.wegwijs.matching.engine.Cefr;
import nl.wegwijs.matching.engine.DrivingLicence;
import nl.wegwijs.matching.engine.HoursPerWeek;
import nl.wegwijs.matching.engine.LanguageLevel;
import nl.wegwijs.matching.engine.LanguageRequirement;
import nl.wegwijs.matching.engine.Location;
import nl.wegwijs.matching.engine.Occupation;
import nl.wegwijs.matching.engine.WorkAuthorisation;
import nl.wegwijs.matching.vacancies.ContractType;
import nl.wegwijs.matching.vacancies.Salary;
import nl.wegwijs.matching.vacancies.VacancyRequest;
import nl.wegwijs.matching.vacancies.VacancyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Seeds demo data on first start (empty database) when {@code wegwijs.demo-data=true}; names are invented. */
@Component
@ConditionalOnProperty(name = "wegwijs.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Employers employers;
    private final VacancyService vacancies;
    private final CandidateService candidates;
    private final Clock clock;

    DemoData(Employers employers, VacancyService vacancies, CandidateService candidates, Clock clock) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.candidates = candidates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (employers.count() > 0) {
            return;
        }
        seed();
    }

    void seed() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate start = now.toLocalDate().plusDays(30);
        UUID logistics = UUID.fromString("0f8d7a52-4d4e-4c1a-9b1e-3c5a1d2e0001");
        UUID kitchen = UUID.fromString("0f8d7a52-4d4e-4c1a-9b1e-3c5a1d2e0002");
        employers.insert(new Employer(logistics, "Maasland Logistiek BV", "61234567", "jobs@maasland.example", now));
        employers.insert(new Employer(kitchen, "Grachtengordel Horeca BV", "71234568", "werk@gracht.example", now));

        vacancies.create(
                logistics,
                vacancy(
                        "Orderpicker",
                        "9333",
                        "Venlo",
                        anyOf(Cefr.A2, "nl", "en", "pl"),
                        List.of("order picking", "handheld scanner"),
                        List.of("electric pallet truck"),
                        List.of(),
                        32,
                        40,
                        ContractType.TEMPORARY_AGENCY,
                        "15.10",
                        start),
                "demo-1");
        vacancies.create(
                logistics,
                vacancy(
                        "Heftruckchauffeur",
                        "8344",
                        "Venlo",
                        anyOf(Cefr.A2, "nl", "en"),
                        List.of("forklift"),
                        List.of("reach truck"),
                        List.of("forklift certificate"),
                        36,
                        40,
                        ContractType.FIXED_TERM,
                        "16.00",
                        start.plusDays(7)),
                "demo-2");
        vacancies.create(
                logistics,
                vacancy(
                        "Bezorger",
                        "8322",
                        "Venray",
                        anyOf(Cefr.B1, "nl"),
                        List.of("route planning"),
                        List.of("customer service"),
                        List.of(),
                        24,
                        40,
                        ContractType.PERMANENT,
                        "15.50",
                        start.plusDays(14)),
                "demo-3");
        vacancies.create(
                kitchen,
                vacancy(
                        "Kok",
                        "5120",
                        "Amsterdam",
                        anyOf(Cefr.A2, "nl", "en"),
                        List.of("cooking"),
                        List.of("grill"),
                        List.of("HACCP"),
                        32,
                        40,
                        ContractType.PERMANENT,
                        "16.80",
                        start),
                "demo-4");
        vacancies.create(
                kitchen,
                vacancy(
                        "Afwasser",
                        "9412",
                        "Amsterdam",
                        anyOf(Cefr.A1, "nl", "en"),
                        List.of("dishwashing"),
                        List.of(),
                        List.of(),
                        20,
                        36,
                        ContractType.FIXED_TERM,
                        "14.90",
                        start),
                "demo-5");
        vacancies.create(
                kitchen,
                vacancy(
                        "Schoonmaker hotel",
                        "9112",
                        "Amstelveen",
                        anyOf(Cefr.A1, "nl", "en", "uk"),
                        List.of("cleaning"),
                        List.of("housekeeping"),
                        List.of(),
                        16,
                        32,
                        ContractType.FIXED_TERM,
                        "15.00",
                        start),
                "demo-6");

        LocalDate available = now.toLocalDate().plusDays(14);
        candidate(
                "Olena K.",
                "Venlo",
                levels("uk:NATIVE", "en:B2"),
                List.of("order picking", "handscanner", "EPM"),
                List.of("VCA basis"),
                "9333",
                2,
                available,
                true);
        candidate(
                "Mykola P.",
                "Venlo",
                levels("uk:NATIVE", "en:A2", "nl:A1"),
                List.of("heftruck", "reach truck"),
                List.of("forklift certificate"),
                "8344",
                5,
                available,
                true);
        candidate(
                "Iryna S.",
                "Venray",
                levels("uk:NATIVE", "nl:B1"),
                List.of("route planning", "customer service"),
                List.of(),
                "8322",
                3,
                available,
                true);
        candidate(
                "Andrii M.",
                "Venlo",
                levels("ru:NATIVE", "uk:C2", "en:A1"),
                List.of("order picking"),
                List.of(),
                "9333",
                1,
                available,
                false);
        candidate(
                "Oksana D.",
                "Amsterdam",
                levels("uk:NATIVE", "en:B1"),
                List.of("cooking", "grill"),
                List.of("HACCP"),
                "5120",
                6,
                available,
                true);
        candidate(
                "Dmytro H.",
                "Amstelveen",
                levels("uk:NATIVE", "en:A1"),
                List.of("afwassen"),
                List.of(),
                "9412",
                1,
                available,
                true);
        candidate(
                "Natalia V.",
                "Amsterdam",
                levels("uk:NATIVE", "en:A2"),
                List.of("cleaning", "housekeeping"),
                List.of(),
                "9112",
                4,
                available,
                true);
        candidate(
                "Serhii L.",
                "Diemen",
                levels("uk:NATIVE", "nl:A2", "en:B1"),
                List.of("cooking"),
                List.of(),
                "5120",
                1,
                available,
                true);
        candidate(
                "Yulia T.",
                "Amsterdam",
                levels("uk:NATIVE", "en:C1"),
                List.of("teaching", "excel"),
                List.of(),
                "2341",
                9,
                available,
                true);
        candidate(
                "Viktor B.",
                "Venlo",
                levels("uk:NATIVE", "pl:B1"),
                List.of("order picking", "packing"),
                List.of(),
                "9333",
                2,
                available.plusDays(60),
                true);
        log.info("Demo data: 2 employers, 6 vacancies, 10 candidates");
    }

    private void candidate(
            String name,
            String city,
            List<LanguageLevel> languages,
            List<String> skills,
            List<String> certificates,
            String isco,
            int years,
            LocalDate available,
            boolean consent) {
        candidates.create(
                new CandidateRequest(
                        name,
                        languages,
                        skills,
                        certificates,
                        List.of(new Occupation(isco, null, years)),
                        new Location(city, null),
                        25,
                        new HoursPerWeek(24, 40),
                        List.of(DrivingLicence.B),
                        available,
                        new WorkAuthorisation(WorkAuthorisation.Basis.TEMPORARY_PROTECTION, null),
                        consent,
                        null),
                "demo");
    }

    private static List<LanguageLevel> levels(String... specs) {
        return java.util.Arrays.stream(specs)
                .map(s -> new LanguageLevel(s.split(":")[0], Cefr.valueOf(s.split(":")[1])))
                .toList();
    }

    private static List<LanguageRequirement> anyOf(Cefr level, String... codes) {
        return List.of(new LanguageRequirement(null, List.of(codes), level));
    }

    private static VacancyRequest vacancy(
            String title,
            String isco,
            String city,
            List<LanguageRequirement> languages,
            List<String> skills,
            List<String> preferredSkills,
            List<String> certificates,
            int hoursMin,
            int hoursMax,
            ContractType contract,
            String hourly,
            LocalDate start) {
        return new VacancyRequest(
                title,
                title + " (demo)",
                isco,
                null,
                new Location(city, null),
                languages,
                List.of(new LanguageLevel("uk", Cefr.B1)),
                skills,
                preferredSkills,
                certificates,
                List.of(),
                0,
                new HoursPerWeek(hoursMin, hoursMax),
                contract,
                new Salary(new BigDecimal(hourly), null, Salary.Per.HOUR, "EUR"),
                start);
    }
}
