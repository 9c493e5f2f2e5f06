package nl.wegwijs.testsupport;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One real Kafka broker (KRaft, in-process) per test JVM, started on first use. */
public final class TestKafka {

    private static EmbeddedKafkaKraftBroker broker;

    private TestKafka() {}

    public static synchronized EmbeddedKafkaKraftBroker broker() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("offsets.topic.replication.factor", "1");
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return broker;
    }

    public static String bootstrapServers() {
        return broker().getBrokersAsString();
    }
}
