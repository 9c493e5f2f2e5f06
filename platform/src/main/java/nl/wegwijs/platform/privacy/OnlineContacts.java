package nl.wegwijs.platform.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways to reach someone online that are not a plain e-mail address: e-mail addresses written to
 * escape spam filters ("s.kuznetsov at gmail dot com", "ivan(at)ukr.net", "ivan [at] ukr [dot] net")
 * and Telegram, Instagram or other handles ("@iryna_boiko", "t.me/iryna_boiko"). Runs after plain
 * e-mail addresses are redacted, so an {@code @} left is not part of one.
 */
final class OnlineContacts {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private static final String LOCAL = "(?<local>(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+\\-]*)";
    private static final String AT_IN_BRACKETS = "\\h*[(\\[{<]\\h*(?iu:at|@|собака|равлик)\\h*[)\\]}>]\\h*";
    private static final String AT_AS_WORD = "\\h+(?iu:at|собака|равлик)\\h+";
    private static final String DOT_IN_BRACKETS = "\\h*[(\\[{<]\\h*(?iu:dot|punt|точка|\\.)\\h*[)\\]}>]\\h*";
    private static final String DOT_AS_WORD = "\\h+(?iu:dot|punt|точка)\\h+";
    private static final String LABEL = "[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*";
    private static final String DOMAIN = "(?<domain>" + LABEL + "(?:(?:" + DOT_IN_BRACKETS + "|" + DOT_AS_WORD + "|\\.)"
            + LABEL + ")+)(?![\\p{L}\\p{N}])";

    private static final Pattern OBFUSCATED_EMAIL =
            Pattern.compile(LOCAL + "(?:(?<bracketed>" + AT_IN_BRACKETS + ")|" + AT_AS_WORD + ")" + DOMAIN, FLAGS);
    private static final Pattern OBFUSCATED_DOT = Pattern.compile(DOT_IN_BRACKETS + "|" + DOT_AS_WORD, FLAGS);

    /** Providers people use; "name at provider.com" is an address even without a dot or digit in the name. */
    private static final Set<String> MAIL_PROVIDERS = Set.of(
            "gmail",
            "googlemail",
            "ukr",
            "i",
            "meta",
            "bigmir",
            "outlook",
            "hotmail",
            "live",
            "msn",
            "yahoo",
            "icloud",
            "me",
            "proton",
            "protonmail",
            "mail",
            "yandex",
            "rambler",
            "inbox",
            "list",
            "bk",
            "kpnmail",
            "ziggo",
            "planet",
            "home",
            "xs4all",
            "telfort",
            "online",
            "gmx",
            "web",
            "t-online",
            "aol");

    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(?:https?://)?(?:www\\.)?(?:t\\.me|telegram\\.me|instagram\\.com|facebook\\.com|fb\\.com"
                    + "|vk\\.com|tiktok\\.com|x\\.com|twitter\\.com|linkedin\\.com/in|threads\\.net)/@?[\\w.\\-]+",
            FLAGS);
    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@/\\[])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\\p{L}\\p{N}_@])", FLAGS);

    private OnlineContacts() {}

    static String redact(String text) {
        String result = redactObfuscatedEmails(text);
        result = PROFILE_LINK.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.HANDLE));
        return HANDLE.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.HANDLE));
    }

    /**
     * "(at)" in brackets makes an address whatever follows; a spelled-out "at" only with a spelled-out
     * dot ("gmail dot com"), or with a name that has a dot, digit or underscore, or a known provider
     * ("ivan at ukr.net"), so "look at booking.com" stays.
     */
    private static String redactObfuscatedEmails(String text) {
        Matcher m = OBFUSCATED_EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String local = m.group("local");
            String domain = m.group("domain");
            boolean address = m.group("bracketed") != null
                    || OBFUSCATED_DOT.matcher(domain).find()
                    || local.chars().anyMatch(c -> c == '.' || c == '_' || Character.isDigit(c))
                    || MAIL_PROVIDERS.contains(
                            domain.substring(0, domain.indexOf('.')).toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(address ? Redactor.EMAIL : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
