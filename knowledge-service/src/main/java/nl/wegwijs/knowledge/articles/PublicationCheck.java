package nl.wegwijs.knowledge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.knowledge.language.Scripts;
import nl.wegwijs.knowledge.privacy.PersonalData;
import nl.wegwijs.knowledge.privacy.PersonalData.Kind;
import nl.wegwijs.platform.web.FieldProblem;
import nl.wegwijs.platform.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * What editors' text may hold before it becomes public. Every translation needs a title and a body, in its
 * own language as far as letters tell ({@link Scripts}: no Cyrillic title under Dutch or English). Identifiers of one person (a BSN, an IBAN, a
 * passport or ID document number) never: publishing or changing an article with one is refused. Other
 * personal data (e-mail, also written "name at gmail dot com", phone, address, an introduced name, a date
 * that looks like a birth date, a social media handle) may be a helpline's, an office's or a channel's,
 * so it is only pointed out. Both by field ({@code translations.uk.body}) and kind, never the value.
 */
@Component
public class PublicationCheck {

    /** Something in {@code field} looks like personal data of this kind. */
    public record Warning(String field, Kind kind) {}

    private final PersonalData personalData;

    public PublicationCheck(PersonalData personalData) {
        this.personalData = personalData;
    }

    /** Every kind of personal data each translation's title and body seems to hold, in language order. */
    public List<Warning> warnings(Map<String, TranslationText> translations) {
        List<Warning> warnings = new ArrayList<>();
        translations.forEach((language, t) -> {
            for (Kind kind : personalData.find(t.title())) {
                warnings.add(new Warning("translations." + language + ".title", kind));
            }
            for (Kind kind : personalData.find(t.body())) {
                warnings.add(new Warning("translations." + language + ".body", kind));
            }
        });
        return warnings;
    }

    /**
     * The {@link #warnings} as notices for what was just published ({@code field}: {@code translations.en.body}),
     * saying which kind of personal data the text seems to hold, never the value.
     */
    public List<Notice> notices(Map<String, TranslationText> translations) {
        return warnings(translations).stream()
                .map(w -> new Notice(
                        w.field(),
                        "published, but seems to hold " + describe(w.kind()) + " (" + w.kind()
                                + "): check it is no private person's and edit the article if it is"))
                .toList();
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case EMAIL -> "an e-mail address";
            case PHONE -> "a phone number";
            case ADDRESS -> "an address";
            case NAME -> "a person's name";
            case DATE -> "a birth date";
            case HANDLE -> "a social media handle or profile link";
            case BSN -> "a citizen service number";
            case IBAN -> "a bank account number";
            case DOCUMENT -> "a passport, ID card or residence document number";
            case PLATE -> "a vehicle registration plate";
        };
    }

    /**
     * Refuses (400, every offending field listed) text that holds an identifier of one person: a BSN, a
     * valid IBAN, or a passport or ID document number. Redaction also replaces IBAN shapes with a wrong
     * checksum (a typo still points to someone's account); in an editor's text such a number is pointed
     * out, not refused.
     */
    public void requirePublishable(Map<String, TranslationText> translations) {
        List<FieldProblem> problems = new ArrayList<>();
        translations.forEach((language, t) -> {
            String title = "translations." + language + ".title";
            String body = "translations." + language + ".body";
            if (t.title() == null || t.title().isBlank()) {
                problems.add(new FieldProblem(title, "a published translation needs a title"));
            }
            if (t.body() == null || t.body().isBlank()) {
                problems.add(new FieldProblem(body, "a published translation needs a body"));
            }
            wrongLanguage(problems, title, t.title(), language);
            wrongLanguage(problems, body, t.body(), language);
            refuse(problems, title, t.title());
            refuse(problems, body, t.body());
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /**
     * Text detectably in another language than its translation's (a Ukrainian question as a Dutch title):
     * Cyrillic under a language of another script, Russian under Ukrainian or the other way round. Latin
     * letters under Ukrainian or Russian are fine (transliteration, names such as BSN); see {@link Scripts}.
     */
    private static void wrongLanguage(List<FieldProblem> problems, String field, String text, String language) {
        Scripts.otherThan(text, language)
                .ifPresent(other -> problems.add(new FieldProblem(
                        field,
                        "is written in " + other + ", not in " + Scripts.name(language) + " (" + language
                                + "): was it copied from the question? Write the " + Scripts.name(language)
                                + " text, or put this text under its own language")));
    }

    private void refuse(List<FieldProblem> problems, String field, String text) {
        for (Kind kind : personalData.find(text)) {
            if (kind.identifiesAPerson() && (kind != Kind.IBAN || personalData.holdsValidIban(text))) {
                problems.add(new FieldProblem(field, message(kind)));
            }
        }
    }

    private static String message(Kind kind) {
        String what = switch (kind) {
            case BSN -> "a citizen service number (BSN: nine digits passing the 11-test)";
            case IBAN -> "a bank account number (a valid IBAN)";
            case DOCUMENT -> "a passport, ID card or residence document number";
            default -> kind.name();
        };
        return "contains what looks like " + what + ", which identifies one person and is never published;"
                + " remove it";
    }
}
