package nl.wegwijs.helpdesk.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleTest {

    @Test
    void dutchMobileNumbersInEveryUsualWritingAreOneNumber() {
        for (String written : new String[] {
            "06-12345678", "06 12345678", "+31 6 1234 5678", "+316 12345678", "0031612345678", "+31 (0)6 12345678"
        }) {
            assertThat(People.normalisePhone(written)).as(written).isEqualTo("31612345678");
        }
    }

    @Test
    void ukrainianNumbersNationalOrInternationalAreOneNumber() {
        for (String written :
                new String[] {"+380 50 123 45 67", "00380501234567", "050 123 45 67", "8 050 123 45 67"}) {
            assertThat(People.normalisePhone(written)).as(written).isEqualTo("380501234567");
        }
    }

    @Test
    void emailAddressesAreTrimmedAndInOneCaseAndTooShortNumbersAreNoNumber() {
        assertThat(People.normaliseEmail("  Olena.Koval@Example.ORG ")).isEqualTo("olena.koval@example.org");
        assertThat(People.normaliseEmail(" ")).isNull();
        assertThat(People.normalisePhone("112")).isNull();
        assertThat(People.normalisePhone(null)).isNull();
    }
}
