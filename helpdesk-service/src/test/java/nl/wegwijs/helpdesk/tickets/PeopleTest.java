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
    void ukrainianMobilesOutsideTheDutchMobileRangesWrittenNationallyAreUkrainian() {
        for (String[] written : new String[][] {
            {"067 123 45 67", "+380 67 123 45 67"}, // Kyivstar; Dutch 067 is videotex and dial-in internet
            {"066-123-45-67", "00380661234567"}, // Vodafone; Dutch 066 is for pagers
            {"(097) 123 45 67", "8 097 123 45 67"},
            {"093 123 45 67", "+380931234567"},
            {"095 123 4567", "+380 95 123 4567"},
            {"096 1234567", "+380 96 1234567"},
            {"098 123 45 67", "+380 98 123 45 67"},
            {"099 123 45 67", "+380 99 123 45 67"},
            {"073 123 45 67", "+380 73 123 45 67"}
        }) {
            String national = People.normalisePhone(written[0]);
            assertThat(national).as(written[0]).startsWith("380").hasSize(12);
            assertThat(People.normalisePhone(written[1])).as(written[1]).isEqualTo(national);
        }
    }

    @Test
    void aNationalNumberInADutchMobileRangeCountsAsDutchEvenWhereUkraineHasMobilesToo() {
        // 063 (lifecell) and 068 (Kyivstar) are Dutch mobile ranges as well: the helpdesk is Dutch
        assertThat(People.normalisePhone("063 123 45 67")).isEqualTo("31631234567");
        assertThat(People.normalisePhone("068 123 45 67")).isEqualTo("31681234567");
        assertThat(People.normalisePhone("+31 6 8123 4567")).isEqualTo("31681234567");
        for (String dutch : new String[] {"0612345678", "0622345678", "0632345678", "0642345678", "0652345678"}) {
            assertThat(People.normalisePhone(dutch)).as(dutch).startsWith("316");
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
