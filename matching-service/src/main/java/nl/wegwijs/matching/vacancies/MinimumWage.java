package nl.wegwijs.matching.vacancies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated table of the Dutch statutory minimum wage per hour (21 and over), see migration V4. */
@Component
class MinimumWage {

    private final JdbcClient jdbc;

    MinimumWage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record InForce(LocalDate since, BigDecimal hourly) {}

    /** The hourly minimum in force on a date; empty before the first row of the table. */
    Optional<InForce> on(LocalDate date) {
        return jdbc.sql("""
                        select valid_from, hourly_eur from minimum_wage
                        where valid_from <= :date order by valid_from desc limit 1
                        """)
                .param("date", date)
                .query((rs, n) ->
                        new InForce(rs.getObject("valid_from", LocalDate.class), rs.getBigDecimal("hourly_eur")))
                .optional();
    }
}
