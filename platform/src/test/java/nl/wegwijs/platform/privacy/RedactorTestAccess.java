package nl.wegwijs.platform.privacy;

import java.util.Set;

/** Lets the generators see which lower-case letter pairs after four digits the redactor reads as words. */
final class RedactorTestAccess {

    private RedactorTestAccess() {}

    static Set<String> notPostcodeLetters() {
        return Redactor.NOT_POSTCODE_LETTERS;
    }
}
