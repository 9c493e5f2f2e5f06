/**
 * Keeping newcomers' personal data where it belongs: redaction of free text.
 *
 * <p>{@link nl.wegwijs.platform.privacy.Redactor} (a bean) replaces each kind of personal data with a
 * marker: {@code [name]}, {@code [e-mail]} (also "ivan at gmail dot com", "ivan(at)ukr.net"),
 * {@code [handle]} ("@iryna_boiko", "t.me/..."), {@code [phone]}, {@code [BSN]}, {@code [IBAN]} (also with
 * wrong check digits), {@code [document]} (passport and ID card numbers), {@code [date]} (dates of birth:
 * next to a birth word, or a full numeric date before 2010), {@code [address]} (postcodes, streets with or
 * without a suffix, "ik woon op ...", "вул. ..."). Names are those the caller passes (contact data) plus
 * those the text introduces ("Мене звати ...", "I'm ...", "Ia ..."), in any inflected or transliterated
 * form; {@code namesIntroducedIn(question)} gives the latter, to redact another text (a staff answer) with.
 *
 * <p>What must stay is specified too: "Я хочу…", "I am looking for work", "ik ben op zoek", deadlines
 * ("vóór 1 januari 2027"), ordinary numbers. {@code RedactorPropertiesTest} (jqwik) generates personal
 * data of every kind in uk/ru/nl/en sentences and ordinary sentences that only look personal;
 * {@code RedactorExamplesTest} holds the audit's inputs word for word.
 */
package nl.wegwijs.platform.privacy;
