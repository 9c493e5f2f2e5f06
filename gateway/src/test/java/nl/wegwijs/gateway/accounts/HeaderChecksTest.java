package nl.wegwijs.gateway.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderChecksTest {

    /** The rule of Spring Security's StrictHttpFirewall that the loop replaces. */
    private static final Pattern FIREWALL_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void headerValuesPassOrFailExactlyAsUnderTheFirewallsRegularExpression() {
        String[] samples = {
            "",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl",
            "текст українською",
            "emoji \uD83D\uDE00",
            "tab\there",
            "new\nline",
            "null\u0000",
            "delete\u007f",
            "c1 control\u0085",
            "unassigned \u0378",
            "lonely surrogate \uD800",
            "private use \uE000"
        };
        for (String sample : samples) {
            assertThat(HeaderChecks.assignedAndNotControl(sample))
                    .as(sample)
                    .isEqualTo(FIREWALL_RULE.matcher(sample).matches());
        }
    }

    @Test
    void randomTextFromAllOfUnicodeAgreesWithTheFirewall() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                int codePoint = random.nextBoolean() ? random.nextInt(0x300) : random.nextInt(Character.MAX_CODE_POINT);
                text.appendCodePoint(codePoint);
            }
            String sample = text.toString();
            assertThat(HeaderChecks.assignedAndNotControl(sample))
                    .as(sample)
                    .isEqualTo(FIREWALL_RULE.matcher(sample).matches());
        }
    }
}
