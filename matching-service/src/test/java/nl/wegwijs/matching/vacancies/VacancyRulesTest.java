package nl.wegwijs.matching.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VacancyRulesTest {

    @Test
    void monthlyAndYearlyPayAreConvertedOverTheMaximumHours() {
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("14.71"), null, Salary.Per.HOUR, "EUR"), 40))
                .isEqualByComparingTo("14.71");
        // 2,550 a month * 12 / 52 / 40 h = 14.71
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("2550"), null, Salary.Per.MONTH, "EUR"), 40))
                .isEqualByComparingTo("14.71");
        assertThat(VacancyRules.hourly(new Salary(new BigDecimal("30597"), null, Salary.Per.YEAR, "EUR"), 40))
                .isEqualByComparingTo("14.71");
    }

    @Test
    void theSectorFollowsTheIscoCode() {
        assertThat(Sector.fromIsco("9333")).isEqualTo(Sector.LOGISTICS);
        assertThat(Sector.fromIsco("2512")).isEqualTo(Sector.IT);
        assertThat(Sector.fromIsco("5322")).isEqualTo(Sector.CARE);
        assertThat(Sector.fromIsco("9112")).isEqualTo(Sector.CLEANING);
        assertThat(Sector.fromIsco("7112")).isEqualTo(Sector.CONSTRUCTION);
        assertThat(Sector.fromIsco("9214")).isEqualTo(Sector.HORTICULTURE);
        assertThat(Sector.fromIsco("5120")).isEqualTo(Sector.HOSPITALITY);
        assertThat(Sector.fromIsco("2341")).isEqualTo(Sector.EDUCATION);
        assertThat(Sector.fromIsco("7512")).isEqualTo(Sector.FOOD);
    }
}
