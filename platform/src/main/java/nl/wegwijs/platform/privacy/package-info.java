/**
 * Keeping newcomers' personal data where it belongs: redaction of free text.
 *
 * <p>{@link nl.wegwijs.platform.privacy.Redactor} (a bean) replaces each kind of personal data with a
 * marker: {@code [name]}, {@code [e-mail]} (also "ivan at gmail dot com", "ivan(at)ukr.net"),
 * {@code [handle]} ("@iryna_boiko", "t.me/..."), {@code [phone]}, {@code [BSN]}, {@code [IBAN]} (also with
 * wrong check digits), {@code [document]} (passport and ID card numbers), {@code [date]} (dates of birth:
 * next to a birth word, or a full numeric date before 2010), {@code [address]} (postcodes, streets with or
 * without a suffix, "ik woon op ...", "вул. ..."; also a V-nummer as {@code [document]}), {@code [plate]} (Dutch
 * and Ukrainian vehicle registration plates); {@code Redactor.MARKERS} lists them all. An organisation's contact data
 * stays ({@code PublicContacts}): Dutch service numbers (0800, 0900, 0906, 0909, 088, 14 0xx), role addresses
 * ("info@", "helpdesk@", "noreply@" ...) at a domain that is no free mail provider's, the postcode after "Postbus N",
 * and the numbers and e-mail addresses a service names in {@code wegwijs.privacy.public-contacts} (comma-separated,
 * empty by default; the platform's Redactor bean reads it; a mobile number there stops the service from starting, as
 * mobile numbers always go). Names are those
 * the caller passes (contact data, with their diminutives) plus those the text introduces ("Мене звати ...",
 * "I'm ...", "Ia ..."), in any inflected or transliterated form, and names nobody gave: given names from a
 * gazetteer ({@code given-names.txt}, uk/ru/nl/en, with their cases and Latin spellings) with the surnames
 * next to them, and names where names stand (after "my wife", "моя дочка", in a salutation or sign-off, with
 * an age, at the start of the text, a surname before "family"/"household"), with a genitive s ("Pieters fiets"); the
 * names given also in other languages' spellings, capitalised, by how they sound ("Gryzenko", "Mychajlo" for "Mykhailo
 * Hrytsenko": {@code Transliteration.nameSoundKeys}); given
 * names that are also words (Віра, Will, Ben) only there, given names that are also places (Sofia, Victoria, Regina)
 * not where the text treats them as places ("in Sofia", "Sofia is the capital"), nor places named after people
 * ("вулиця Тараса Шевченка") or ordinary words capitalised where a name may stand ("my son Goes to school",
 * {@code ordinary-words.txt}). {@code
 * namesIntroducedIn(question)} gives the names a text introduces or mentions, to redact another text (a staff
 * answer) with; {@code redactKeepingOtherNames(text, names)} leaves the names nobody gave or introduced, for
 * staff texts from which one person is erased (a case label, session minutes).
 *
 * <p>What must stay is specified too: "Я хочу…", "I am looking for work", "ik ben op zoek", deadlines
 * ("vóór 1 januari 2027"), ordinary numbers. {@code RedactorPropertiesTest} (jqwik) generates personal
 * data of every kind in uk/ru/nl/en sentences and ordinary sentences that only look personal;
 * {@code RedactorExamplesTest}, {@code NamesNobodyIntroducedTest} and {@code ContactFormsTest} hold the audits'
 * inputs word for word, {@code PlacesNamedLikePeopleTest}, {@code CapitalisedWordsAfterRelationWordsTest} and
 * {@code FamiliesAndGenitivesTest} the third round's, {@code SpellingsOfNamesGivenTest}, {@code PlatesTest} and
 * {@code PublicContactsTest} the fourth's; {@code OrdinaryQuestionsTest} what must stay; {@code RedactorBenchmark} how
 * fast it is.
 */
package nl.wegwijs.platform.privacy;
