package nl.wegwijs.helpdesk.privacy;

import java.util.Set;

/** Lets the generators see which lower-case letter pairs after four digits the redactor reads as words. */
final class HelpdeskRedactorTestAccess {

    private HelpdeskRedactorTestAccess() {}

    static Set<String> notPostcodeLetters() {
        return HelpdeskRedactor.NOT_POSTCODE_LETTERS;
    }
}
