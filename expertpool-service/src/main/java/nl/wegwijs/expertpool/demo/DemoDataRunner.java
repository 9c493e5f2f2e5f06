package nl.wegwijs.expertpool.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Seeds the demo pool on start when {@code wegwijs.demo-data=true} and the pool is empty. */
@Component
@ConditionalOnProperty(name = "wegwijs.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final DemoData demo;

    DemoDataRunner(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.seedIfEmpty();
    }
}
