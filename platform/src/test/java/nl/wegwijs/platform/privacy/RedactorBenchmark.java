package nl.wegwijs.platform.privacy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * How long {@link Redactor#redact(String, java.util.Collection)} takes per text, on 3,000 helpdesk-like texts in
 * uk/ru/nl/en (ordinary questions, some with a name, contact data or a sign-off, a few long ones), the names the
 * person gave passed as a caller would. Not among the module's tests: run it by hand after a change to the redactor
 * (it runs on every stored text, so it must stay fast) with the module's benchmark profile, {@code ./mvnw -B -o -pl platform verify
 * -Pbenchmark -Dit.test=RedactorBenchmark}, or as a plain program from the test classpath ({@code java -cp
 * platform/target/classes:platform/target/test-classes nl.wegwijs.platform.privacy.RedactorBenchmark}).
 *
 * Prints, over five rounds after a warm-up, the mean CPU time per text (the thread's own time, so that other
 * processes on a busy machine count less) and the mean, 50th and 99th percentile of the wall-clock time per text.
 */
class RedactorBenchmark {

    static final int TEXTS = 3_000;
    static final int ROUNDS = 5;

    private static final List<String> QUESTIONS = List.of(
            "Hoe vraag ik huurtoeslag aan? Ik woon sinds 2023 in Utrecht en werk bij een distributiecentrum.",
            "Як отримати DigiD, якщо я живу в Амстердамі і маю BSN? Чи потрібно йти до Gemeente Amsterdam?",
            "Где найти работу водителем в Роттердаме? У меня украинские права категории C.",
            "Can I open a bank account without BSN? The IND appointment is only in March.",
            "Мені потрібна допомога з житлом у Харкові і тут, в Нідерландах, бо UWV не відповідає.",
            "Ik ben op zoek naar werk als lasser. Moet ik mijn diploma laten waarderen bij IDW of Nuffic?",
            "Чи можу я працювати без дозволу? Роботодавець з Eindhoven каже, що треба TWV.",
            "My daughter needs a school in Den Haag; she speaks Ukrainian and some English.",
            "Скільки коштує страховка для дитини і як її оформити через zorgverzekering?",
            "Wanneer krijg ik leefgeld van de gemeente als ik net ben ingeschreven in de BRP?");
    private static final List<String> PERSONAL = List.of(
            " Мене звати Олена Коваль, телефон +380 67 123 45 67.",
            " My name is James Brown, call me on 06-12345678 please.",
            " Groetjes, Pieter de Graaf",
            " Дякую, Олег Бондар",
            " BSN 111222333, IBAN NL91 ABNA 0417 1643 00.",
            " Mijn vrouw Oksana en onze zoon Artem (8 jaar) wonen bij mij.",
            " Пишіть на olena.k@ukr.net або в telegram @olena_k.",
            " Ik woon op Laan van Meerdervoort 250, 2517 AB Den Haag.",
            " С уважением, Наталья Иванова",
            " Максим (8 років) і Дарина (5 років) ходять до школи.",
            "");
    private static final List<List<String>> GIVEN =
            List.of(List.of(), List.of("Olena Koval"), List.of("Наталья Иванова"), List.of("Sanne de Vries"));

    @Test
    void redactsThreeThousandHelpdeskTextsAndPrintsTheTimePerText() {
        main(new String[0]);
    }

    public static void main(String[] args) {
        List<String> texts = texts(new Random(42));
        Redactor redactor = new Redactor();
        long sink = 0;
        for (int i = 0; i < 3; i++) {
            sink += run(redactor, texts, new long[texts.size()]);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] all = new long[texts.size() * ROUNDS];
        long total = 0;
        long cpu = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long[] nanos = new long[texts.size()];
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += run(redactor, texts, nanos);
            total += System.nanoTime() - start;
            cpu += threads.getCurrentThreadCpuTime() - startCpu;
            System.arraycopy(nanos, 0, all, round * texts.size(), nanos.length);
        }
        Arrays.sort(all);
        System.out.printf(
                "%d texts x %d rounds (mean %d chars): CPU %.1f µs/text; wall mean %.1f µs, p50 %.1f µs, p99 %.1f µs"
                        + " (%d)%n",
                texts.size(),
                ROUNDS,
                texts.stream().mapToInt(String::length).sum() / texts.size(),
                cpu / 1_000.0 / all.length,
                total / 1_000.0 / all.length,
                all[all.length / 2] / 1_000.0,
                all[(int) (all.length * 0.99)] / 1_000.0,
                sink % 10);
    }

    private static long run(Redactor redactor, List<String> texts, long[] nanos) {
        long sink = 0;
        for (int i = 0; i < texts.size(); i++) {
            long start = System.nanoTime();
            String redacted = redactor.redact(texts.get(i), GIVEN.get(i % GIVEN.size()));
            nanos[i] = System.nanoTime() - start;
            sink += redacted.length();
        }
        return sink;
    }

    static List<String> texts(Random random) {
        List<String> texts = new ArrayList<>(TEXTS);
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            int sentences = i % 50 == 0 ? 12 : 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                text.append(s == 0 ? "" : " ").append(QUESTIONS.get(random.nextInt(QUESTIONS.size())));
            }
            text.append(PERSONAL.get(random.nextInt(PERSONAL.size())));
            texts.add(text.toString());
        }
        return texts;
    }
}
