package nl.wegwijs.matching.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    static final Places PLACES = new Places();

    @Test
    void everyMunicipalityIsThereWithCoordinatesInTheNetherlands() {
        assertThat(PLACES.all().stream().map(Place::municipality).distinct().count())
                .isGreaterThanOrEqualTo(340);
        assertThat(PLACES.size()).isGreaterThanOrEqualTo(340);
        assertThat(PLACES.all()).allSatisfy(p -> {
            assertThat(p.latitude()).isBetween(50.7, 53.6);
            assertThat(p.longitude()).isBetween(3.3, 7.3);
        });
    }

    @Test
    void namesMatchWithoutCaseAccentsOrTheArticle() {
        assertThat(PLACES.find("venlo")).isPresent();
        assertThat(PLACES.find("Sudwest-Fryslan")).isPresent();
        assertThat(PLACES.find("'s-Hertogenbosch")).isPresent();
        assertThat(PLACES.find("Hertogenbosch")).isPresent();
        assertThat(PLACES.find("Den Bosch")).isPresent();
        assertThat(PLACES.find("Hoofddorp")).isPresent();
        assertThat(PLACES.find("Atlantis")).isEmpty();
    }

    @Test
    void anUnknownNameGetsCloseSpellings() {
        assertThat(PLACES.suggestions("Venloo", 3)).contains("Venlo");
        assertThat(PLACES.suggestions("Amsterdm", 3)).contains("Amsterdam");
        assertThat(PLACES.suggestions("Rotterdamm", 3)).first().isEqualTo("Rotterdam");
        assertThat(PLACES.suggestions("Xqzzzzzzzzz", 3)).isEmpty();
    }

    @Test
    void distanceIsAsTheCrowFlies() {
        Place amsterdam = PLACES.find("Amsterdam").orElseThrow();
        Place rotterdam = PLACES.find("Rotterdam").orElseThrow();
        assertThat(amsterdam.kilometresTo(rotterdam)).isBetween(55.0, 62.0);
        assertThat(amsterdam.kilometresTo(amsterdam)).isZero();
    }
}
