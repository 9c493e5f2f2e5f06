package nl.wegwijs.knowledge.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Lexicon fixes reach databases seeded before them, and a new database still gets the whole seed. */
@ServiceIT
class LexiconMigrationIT {

    static final String V6 = "db/migration/V6__lexicon_work_questions_job_search_diploma.sql";
    static final String V7 = "db/migration/V7__lexicon_cv_password_rent_arrears_pets_social_housing.sql";
    static final String V8 = "db/migration/V8__lexicon_repayment_rent_increase_lease_termination.sql";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNewDatabaseIsSeededWithEveryConceptOfTheSeed() {
        Set<String> stored = Set.copyOf(
                jdbc.sql("select id from concept").query(String.class).list());

        assertThat(stored)
                .containsAll(LexiconSeed.load().stream().map(Concept::id).toList())
                .contains("job-search", "diploma-recognition", "cv-application", "account-recovery", "pets")
                .contains("repayment", "rent-increase", "lease-termination");
    }

    @Test
    void aLexiconSeededBeforeTheThirdAuditGetsRepaymentRentIncreaseAndLeaseTerminationAndKeepsWhatEditorsAdded() {
        transactions.executeWithoutResult(tx -> {
            // the lexicon as seeded before: none of the three concepts, except a repayment concept an editor made with
            // a label, a weight and a term of their own
            jdbc.sql("delete from concept where id in ('repayment', 'rent-increase', 'lease-termination')")
                    .update();
            jdbc.sql("insert into concept (id, label, weight, family, updated_at)"
                            + " values ('repayment', 'paying back', 3, null, now())")
                    .update();
            jdbc.sql("insert into concept_term (concept_id, language, term) values ('repayment', 'nl', 'aflossen')")
                    .update();

            jdbc.sql(read(V8)).update();

            assertThat(terms("repayment"))
                    .contains("nl:aflossen", "nl:terugbetalen", "ru:вернуть", "uk:повернути", "en:pay back");
            assertThat(terms("rent-increase")).contains("uk:підняв оренду", "nl:huurverhoging", "en:rent increase");
            assertThat(terms("lease-termination"))
                    .contains("uk:розірвати договір оренди", "nl:huur opzeggen", "en:end my lease");
            assertThat(jdbc.sql("select id || ':' || round(weight)::int || ':' || coalesce(family, '-') from concept"
                                    + " where id in ('repayment', 'rent-increase', 'lease-termination') order by id")
                            .query(String.class)
                            .list())
                    .as("the editor's repayment concept keeps its weight")
                    .containsExactly(
                            "lease-termination:3:housing-matters", "rent-increase:3:housing-matters", "repayment:3:-");
            tx.setRollbackOnly();
        });
    }

    @Test
    void aLexiconSeededBeforeTheSecondAuditGetsItsSpecificConceptsAndJobSearchLosesTheCvWords() {
        transactions.executeWithoutResult(tx -> {
            // the lexicon as seeded before: none of the new concepts, the CV words under job-search, and a term an
            // editor added there
            jdbc.sql("delete from concept where id in"
                            + " ('cv-application', 'account-recovery', 'rent-arrears', 'social-housing', 'pets')")
                    .update();
            jdbc.sql("insert into concept_term (concept_id, language, term) values ('job-search', 'en', 'cv'),"
                            + " ('job-search', 'uk', 'резюме'), ('job-search', 'nl', 'sollicitatiebrief'),"
                            + " ('job-search', 'nl', 'werk via via')")
                    .update();

            jdbc.sql(read(V7)).update();

            assertThat(terms("job-search"))
                    .contains("nl:werk zoeken", "nl:werk via via")
                    .doesNotContain("en:cv", "uk:резюме", "nl:sollicitatiebrief");
            assertThat(terms("cv-application")).contains("en:cv", "uk:резюме", "nl:sollicitatiebrief");
            assertThat(terms("account-recovery")).contains("uk:забув пароль", "nl:wachtwoord vergeten");
            assertThat(terms("rent-arrears")).contains("uk:борг за оренду", "nl:huurachterstand");
            assertThat(terms("pets")).contains("uk:собака", "ru:кошка", "nl:huisdier");
            assertThat(terms("social-housing")).contains("uk:соціальне житло", "nl:sociale huurwoning");
            assertThat(jdbc.sql("select id || ':' || round(weight)::int || ':' || coalesce(family, '-') from concept"
                                    + " where id in ('cv-application', 'account-recovery', 'rent-arrears', 'pets')"
                                    + " order by id")
                            .query(String.class)
                            .list())
                    .containsExactly(
                            "account-recovery:4:-",
                            "cv-application:3:work-rights",
                            "pets:4:-",
                            "rent-arrears:3:housing-matters");
            tx.setRollbackOnly();
        });
    }

    @Test
    void aLexiconSeededBeforeTheAuditGetsTheNewConceptsAndTermsAndKeepsWhatEditorsAdded() {
        transactions.executeWithoutResult(tx -> {
            // the lexicon as seeded before: no job-search or diploma concepts, the old work-notification terms,
            // and a term an editor added
            jdbc.sql("delete from concept where id in ('job-search', 'diploma-recognition')")
                    .update();
            jdbc.sql("delete from concept_term where concept_id = 'work-notification'"
                            + " and term in ('право працювати', 'працювати з тимчасовим захистом',"
                            + " 'work with temporary protection', 'werken met tijdelijke bescherming')")
                    .update();
            jdbc.sql("insert into concept_term (concept_id, language, term)"
                            + " values ('work-notification', 'en', 'may i work here')")
                    .update();

            jdbc.sql(read(V6)).update();

            assertThat(terms("job-search")).contains("uk:знайти роботу", "ru:найти работу", "nl:werk zoeken");
            assertThat(terms("diploma-recognition"))
                    .contains("uk:диплом", "ru:признать диплом", "nl:diplomawaardering");
            assertThat(terms("work-notification"))
                    .contains(
                            "uk:право працювати",
                            "uk:працювати з тимчасовим захистом",
                            "en:work with temporary protection",
                            "nl:werken met tijdelijke bescherming",
                            "en:may i work here");
            assertThat(jdbc.sql("select family from concept where id = 'job-search'")
                            .query(String.class)
                            .single())
                    .isEqualTo("work-rights");
            tx.setRollbackOnly();
        });
    }

    private List<String> terms(String concept) {
        return jdbc
                .sql("select language || ':' || term from concept_term where concept_id = :id")
                .param("id", concept)
                .query(String.class)
                .list()
                .stream()
                .collect(Collectors.toList());
    }

    private static String read(String resource) {
        try (InputStream in = LexiconMigrationIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
