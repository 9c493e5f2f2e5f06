package nl.wegwijs.matching.places;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlacesConfiguration {

    @Bean
    Places places() {
        return new Places();
    }
}
