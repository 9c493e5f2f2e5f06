package nl.wegwijs.matching.vacancies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dated table of the Dutch statutory minimum wage per hour (21 and over), see migration V4; new rows come with
 * new migrations (README, "Data that is data, not code"). The government sets a new figure every 1 January and
 * 1 July, so the latest row is only known to hold until the next of those dates.
 */
@Component
class MinimumWage {

    private final JdbcClient jdbc;

    MinimumWage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A figure and the date it came into force; {@code latest} when the table has no later one yet, so that it may
     * have been replaced on dates after {@link #knownUntil()}.
     */
    record InForce(LocalDate since, BigDecimal hourly, boolean latest) {

        /** The first date this figure may no longer hold: the next 1 January or 1 July after it came into force. */
        LocalDate knownUntil() {
            return since.getMonthValue() < 7
                    ? LocalDate.of(since.getYear(), 7, 1)
                    : LocalDate.of(since.getYear() + 1, 1, 1);
        }

        /** True when this is the figure in force on the date as far as the table can tell, false when newer may apply. */
        boolean knownOn(LocalDate date) {
            return !latest || date.isBefore(knownUntil());
        }
    }

    /**
     * The hourly minimum in force on a date: the latest figure that came into force on or before it (beyond the end
     * of the table that is the last figure known); empty before the first row of the table.
     */
    Optional<InForce> on(LocalDate date) {
        return jdbc.sql("""
                        select valid_from, hourly_eur,
                               not exists (select 1 from minimum_wage later where later.valid_from > m.valid_from) as latest
                        from minimum_wage m
                        where valid_from <= :date order by valid_from desc limit 1
                        """)
                .param("date", date)
                .query((rs, n) -> new InForce(
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getBigDecimal("hourly_eur"),
                        rs.getBoolean("latest")))
                .optional();
    }
}
