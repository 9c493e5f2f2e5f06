package nl.wegwijs.platform.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ways to reach someone online that are not a plain e-mail address: e-mail addresses written to
 * escape spam filters ("s.kuznetsov at gmail dot com", "ivan(at)ukr.net", "ivan [at] ukr [dot] net")
 * or with dots spelled out in the name too ("serhiy dot melnyk at proton dot me"), addresses with a stray
 * space ("olena.k@ukr .net", "olena.k @ukr.net"), and Telegram, Instagram or other handles ("@iryna_boiko",
 * "t.me/iryna_boiko", and without the at after the platform's name: "insta: olena.k.nl", "tg: olena_k").
 * Runs after plain e-mail addresses are redacted, so an {@code @} left is not part of one.
 */
final class OnlineContacts {

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Possessive: what follows the name (an at, a dot spelled out) never starts inside it; no backtracking. */
    private static final String LOCAL_PART = "[\\p{L}\\p{N}][\\p{L}\\p{N}._%+\\-]*+";

    private static final String AT_IN_BRACKETS = "\\h*[(\\[{<]\\h*(?iu:at|@|собака|равлик)\\h*[)\\]}>]\\h*";
    private static final String AT_AS_WORD = "\\h+(?iu:at|собака|равлик)\\h+";
    private static final String DOT_IN_BRACKETS = "\\h*[(\\[{<]\\h*(?iu:dot|punt|точка|\\.)\\h*[)\\]}>]\\h*";
    private static final String DOT_AS_WORD = "\\h+(?iu:dot|punt|точка)\\h+";
    /** The name before the at, its dots maybe spelled out too ("serhiy dot melnyk at proton dot me"). */
    private static final String LOCAL = "(?<local>(?<![\\p{L}\\p{N}._%+\\-])" + LOCAL_PART + "(?:(?:" + DOT_IN_BRACKETS
            + "|" + DOT_AS_WORD + ")" + LOCAL_PART + ")*)";

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
    /** Top-level domains an address typed with a stray space ends in ("olena.k@ukr .net"). */
    private static final String TOP_LEVEL = "com|net|org|nl|ua|ru|eu|de|be|uk|io|me|info|biz|co|us|ca|pl|fr|it|es|at"
            + "|ch|cz|se|no|dk|fi|online|email|mail|by|kz|md|ro|hu|lt|lv|ee|tr|il|app|dev";
    /** An e-mail address with a space around its at or a dot ("olena.k@ukr .net", "olena.k @ukr.net"). */
    private static final Pattern SPACED_EMAIL = Pattern.compile(
            "(?<local>(?<![\\p{L}\\p{N}._%+\\-@])" + LOCAL_PART
                    + ")\\h?@\\h?[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*(?:\\h?\\.\\h?[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*)*?\\h?\\.\\h?"
                    + "(?iu:" + TOP_LEVEL + ")(?![\\p{L}\\p{N}])",
            FLAGS);

    /** Where people give a handle without its at: "insta: olena.k.nl", "instagram olena.k", "tg: olena_k". */
    private static final String PLATFORM = "instagram|insta|inst|ig|telegram|tg|телеграм|телеграмм|телеграмі|телега|тг"
            + "|інстаграм|инстаграм|інстаграмі|инстаграме|інста|инста|facebook|fb|фейсбук|фейсбуці|tiktok|тікток|тикток"
            + "|twitter|linkedin|snapchat|snap|skype|скайп|threads|signal|viber|вайбер|whatsapp|ватсап|вотсап";

    private static final Pattern PLATFORM_HANDLE = Pattern.compile(
            "(?<platform>(?<![\\p{L}\\p{N}])(?iu:" + PLATFORM
                    + ")(?![\\p{L}\\p{N}]))(?:(?<colon>\\h*[:\\-–—]\\h*)|\\h+)(?<handle>[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_])"
                    + "(?![\\p{L}\\p{N}_@]|\\.[A-Za-z0-9_])",
            FLAGS);
    /** Words after a platform's name that are no handle ("Telegram: group", "instagram of facebook"). */
    private static final Set<String> NOT_HANDLES = Set.of(
            "is",
            "account",
            "page",
            "pagina",
            "profile",
            "profiel",
            "group",
            "groep",
            "groepen",
            "groups",
            "channel",
            "channels",
            "kanaal",
            "bot",
            "chat",
            "app",
            "or",
            "of",
            "and",
            "en",
            "the",
            "de",
            "het",
            "een",
            "an",
            "via",
            "op",
            "on",
            "in",
            "to",
            "naar",
            "me",
            "mij",
            "us",
            "ons",
            "call",
            "bellen",
            "video",
            "web",
            "desktop",
            "link",
            "links",
            "number",
            "nummer",
            "id",
            "name",
            "naam",
            "username",
            "handle");

    private static final Set<String> PLATFORM_WORDS = Set.of(PLATFORM.split("\\|"));
    private static final int LONGEST_PLATFORM_WORD =
            PLATFORM_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final String PLATFORM_INITIALS = PLATFORM_WORDS.stream()
            .map(w -> w.substring(0, 1))
            .distinct()
            .collect(java.util.stream.Collectors.joining());

    /** Platform words that are no handle's owner in an address ("Telegram @olena.k.nl" is a handle, not e-mail). */
    private static final Pattern PLATFORM_WORD = Pattern.compile("(?iu:" + PLATFORM + ")", FLAGS);

    private static final Pattern HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@/\\[])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?(?![\\p{L}\\p{N}_@])", FLAGS);

    private OnlineContacts() {}

    static String redact(String text) {
        String result = redactObfuscatedEmails(text);
        result = redactSpacedEmails(result);
        result = PROFILE_LINK.matcher(result).replaceAll(Matcher.quoteReplacement(Redactor.HANDLE));
        result = redactPlatformHandles(result);
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
        int copied = 0;
        int from = 0;
        // a rejected candidate ("me at serhiy.melnyk" in "Reach me at serhiy.melnyk(at)proton.me") must not hide
        // an address that starts inside it: look again one character further on
        while (from < text.length() && m.find(from)) {
            String local = m.group("local");
            String domain = m.group("domain");
            boolean address = m.group("bracketed") != null
                    || OBFUSCATED_DOT.matcher(domain).find()
                    || local.chars().anyMatch(c -> c == '.' || c == '_' || Character.isDigit(c))
                    || OBFUSCATED_DOT.matcher(local).find()
                    || MAIL_PROVIDERS.contains(
                            domain.substring(0, domain.indexOf('.')).toLowerCase(Locale.ROOT));
            if (address) {
                out.append(text, copied, m.start()).append(Redactor.EMAIL);
                copied = m.end();
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String redactSpacedEmails(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = SPACED_EMAIL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean platform = PLATFORM_WORD.matcher(m.group("local")).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(platform ? m.group() : Redactor.EMAIL));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A handle without its at after a platform's name: after a colon any such word ("insta: olena", "tg: olena_k"),
     * after a space only one with a dot, underscore or digit ("instagram olena.k"), so "Telegram groep" stays.
     */
    private static String redactPlatformHandles(String text) {
        if (!mentionsPlatform(text)) {
            return text; // most texts: no need to try the pattern at every word
        }
        Matcher m = PLATFORM_HANDLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String handle = m.group("handle");
            boolean allDigits = handle.chars().allMatch(Character::isDigit);
            boolean marked = handle.chars().anyMatch(c -> c == '.' || c == '_' || Character.isDigit(c));
            boolean isHandle = !allDigits
                    && !NOT_HANDLES.contains(handle.toLowerCase(Locale.ROOT))
                    && (marked || (m.group("colon") != null && handle.length() >= 3));
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            isHandle ? text.substring(m.start(), m.start("handle")) + Redactor.HANDLE : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Some word of the text is a platform's name ("insta", "tg", "телеграм"). */
    private static boolean mentionsPlatform(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length >= 2
                    && length <= LONGEST_PLATFORM_WORD
                    && PLATFORM_INITIALS.indexOf(Character.toLowerCase(text.charAt(start))) >= 0
                    && PLATFORM_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
