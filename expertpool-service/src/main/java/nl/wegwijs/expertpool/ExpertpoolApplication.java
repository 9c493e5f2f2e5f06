package nl.wegwijs.expertpool;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ExpertpoolApplication {

    public static void main(String[] args) {
        SpringApplication.run(ExpertpoolApplication.class, args);
    }
}
