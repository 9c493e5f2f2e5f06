package nl.wegwijs.helpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.helpdesk.cases.CaseService;
import nl.wegwijs.helpdesk.tickets.DemoWorkflow;
import nl.wegwijs.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo seed (off in tests) runs through the real workflow: questions, answers (one by a superlocal), a case. */
@ServiceIT
class DemoDataIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoWorkflow workflow;

    @Autowired
    CaseService cases;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void seedsTwelveQuestionsInFourLanguagesSomeAnsweredAndACase() {
        long tickets = count("select count(*) from ticket");
        long answered = count("select count(*) from ticket where status in ('ANSWERED', 'CLOSED')");
        long caseCount = count("select count(*) from household_case");
        long bySuperlocals = count("select count(*) from ticket where answered_by = 'superlocal'");

        new DemoData(jdbc, workflow, cases).seedNow();

        assertThat(count("select count(*) from ticket")).isEqualTo(tickets + 12);
        assertThat(count("select count(*) from ticket where status in ('ANSWERED', 'CLOSED')"))
                .isGreaterThanOrEqualTo(answered + 5);
        assertThat(count("select count(*) from household_case")).isEqualTo(caseCount + 1);
        assertThat(count("select count(distinct language) from ticket")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from ticket where answered_by = 'superlocal'"))
                .as("a superlocal's answer counts at once when review is not required (the default)")
                .isEqualTo(bySuperlocals + 1);
    }
}
