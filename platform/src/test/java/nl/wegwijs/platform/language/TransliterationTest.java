package nl.wegwijs.platform.language;

import static nl.wegwijs.platform.language.Transliteration.Scheme.RUSSIAN_PASSPORT;
import static nl.wegwijs.platform.language.Transliteration.Scheme.RUSSIAN_POPULAR;
import static nl.wegwijs.platform.language.Transliteration.Scheme.UKRAINIAN_NATIONAL;
import static nl.wegwijs.platform.language.Transliteration.Scheme.UKRAINIAN_POPULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ukrainian and Russian between Cyrillic and Latin letters, scheme by scheme, and the keys words are compared by. */
class TransliterationTest {

    @Nested
    class UkrainianNationalSystem {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Київ        | Kyiv
                Харків      | Kharkiv
                Одеса       | Odesa
                Запоріжжя   | Zaporizhzhia
                Борщагівка  | Borshchahivka
                Щербухи     | Shcherbukhy
                Ґалаґан     | Galagan
                Львів       | Lviv
                Усть-Чорна  | Ust-Chorna
                """)
        void writesPlaceNamesAsUkrainianPassportsAndRoadSignsDo(String cyrillic, String latin) {
            assertThat(Transliteration.toLatin(cyrillic, UKRAINIAN_NATIONAL)).isEqualTo(latin);
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Єнакієве    | Yenakiieve
                Гаєвич      | Haievych
                Їжакевич    | Yizhakevych
                Кадіївка    | Kadiivka
                Йосипівка   | Yosypivka
                Стрий       | Stryi
                Юрій        | Yurii
                Корюківка   | Koriukivka
                Яготин      | Yahotyn
                Костянтин   | Kostiantyn
                """)
        void writesYeYiYYuYaAtTheStartOfAWordAndIeIIIuIaElsewhere(String cyrillic, String latin) {
            assertThat(Transliteration.toLatin(cyrillic, UKRAINIAN_NATIONAL)).isEqualTo(latin);
        }

        @Test
        void leavesOutTheApostropheAndDoesNotTakeTheLetterAfterItForAWordStart() {
            assertThat(Transliteration.toLatin("Знам'янка", UKRAINIAN_NATIONAL)).isEqualTo("Znamianka");
            assertThat(Transliteration.toLatin("мʼясник", UKRAINIAN_NATIONAL)).isEqualTo("miasnyk");
            assertThat(Transliteration.toLatin("'Ярина'", UKRAINIAN_NATIONAL))
                    .as("a quotation mark is no apostrophe")
                    .isEqualTo("Yaryna");
        }

        @Test
        void writesZghSoThatZgIsNotReadAsZh() {
            assertThat(Transliteration.toLatin("Згорани", UKRAINIAN_NATIONAL)).isEqualTo("Zghorany");
            assertThat(Transliteration.toLatin("Розгон", UKRAINIAN_NATIONAL)).isEqualTo("Rozghon");
        }

        @Test
        void keepsCapitalsAndWordsOfCapitals() {
            assertThat(Transliteration.toLatin("КИЇВ", UKRAINIAN_NATIONAL)).isEqualTo("KYIV");
            assertThat(Transliteration.toLatin("ЩАСТЯ і Щастя", UKRAINIAN_NATIONAL))
                    .isEqualTo("SHCHASTIA i Shchastia");
        }

        @Test
        void leavesLettersUkrainianDoesNotHaveAndOtherTextAsTheyAre() {
            assertThat(Transliteration.toLatin("мыло", UKRAINIAN_NATIONAL)).isEqualTo("mыlo");
            assertThat(Transliteration.toLatin("BSN у Києві, 2025!", UKRAINIAN_NATIONAL))
                    .isEqualTo("BSN u Kyievi, 2025!");
        }
    }

    @Nested
    class UkrainianAsPeopleTypeIt {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Київ        | Kyyiv
                Харків      | Kharkiv
                Марія       | Mariya
                Юлія        | Yuliya
                Євген       | Yevhen
                Гаєвич      | Hayevych
                Щастя       | Shchastya
                Ґанок       | Ganok
                Дар'я       | Darya
                """)
        void writesYeYiYYuYaEverywhere(String cyrillic, String latin) {
            assertThat(Transliteration.toLatin(cyrillic, UKRAINIAN_POPULAR)).isEqualTo(latin);
        }
    }

    @Nested
    class RussianPassportSystem {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Юлия        | Iuliia
                Яна         | Iana
                Андрей      | Andrei
                Артём       | Artem
                Фёдор       | Fedor
                Крылов      | Krylov
                Эдуард      | Eduard
                Подъячев    | Podieiachev
                Георгий     | Georgii
                Щукин       | Shchukin
                Харьков     | Kharkov
                """)
        void writesNamesAsRussianPassportsSince2013Do(String cyrillic, String latin) {
            assertThat(Transliteration.toLatin(cyrillic, RUSSIAN_PASSPORT)).isEqualTo(latin);
        }

        @Test
        void leavesLettersRussianDoesNotHaveAsTheyAre() {
            assertThat(Transliteration.toLatin("Київ", RUSSIAN_PASSPORT)).isEqualTo("Kiїv");
        }
    }

    @Nested
    class RussianAsPeopleTypeIt {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Юлия        | Yuliya
                Андрей      | Andrey
                Артём       | Artyom
                Ёлка        | Yolka
                Объявление  | Obyavlenie
                Мыло        | Mylo
                Эхо         | Ekho
                Щи          | Shchi
                """)
        void writesYoYYuYaAndLeavesOutTheHardSign(String cyrillic, String latin) {
            assertThat(Transliteration.toLatin(cyrillic, RUSSIAN_POPULAR)).isEqualTo(latin);
        }
    }

    @Nested
    class BackToCyrillic {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                dopomoha          | допомога
                Zhytlo            | житло
                shchastia         | щастя
                shchastya         | щастя
                Kyyiv             | київ
                Mariia            | марія
                Mariya            | марія
                yak otrymaty      | як отримати
                potribno hroshi   | потрібно гроші
                p'yat             | п'ят
                """)
        void readsUkrainianInTheNationalAndThePopularSpellings(String latin, String cyrillic) {
            assertThat(Transliteration.toCyrillic(latin, "uk")).isEqualTo(cyrillic);
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                gde rabota        | где работа
                yazyk             | язык
                hochu             | хочу
                khochu            | хочу
                russkiy           | русский
                novyy             | новый
                """)
        void readsRussianWithHAsKh(String latin, String cyrillic) {
            assertThat(Transliteration.toCyrillic(latin, "ru")).isEqualTo(cyrillic);
        }

        @Test
        void knowsOnlyUkrainianAndRussian() {
            assertThatThrownBy(() -> Transliteration.toCyrillic("gemeente", "nl"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class SearchKeys {

        @Test
        void aCyrillicWordAndItsTransliterationsShareOneKey() {
            assertSameKey(Transliteration::searchKey, "страховка", "strakhovka", "strahovka", "Strakhovka");
            assertSameKey(Transliteration::searchKey, "Київ", "Kyiv", "Kyyiv", "kyjiv");
            assertSameKey(Transliteration::searchKey, "щастя", "shchastia", "shchastya", "schastia");
            assertSameKey(Transliteration::searchKey, "житло", "zhytlo", "zhitlo", "zitlo");
            assertSameKey(Transliteration::searchKey, "гроші", "hroshi", "groshi");
            assertSameKey(Transliteration::searchKey, "жильё", "zhilyo");
            assertSameKey(Transliteration::searchKey, "объявление", "obyavlenie", "obiavlenie");
        }

        @Test
        void keepsDigitsAndDropsAccentsAndPunctuation() {
            assertThat(Transliteration.searchKey("A2")).isEqualTo("a2");
            assertSameKey(Transliteration::searchKey, "één", "een", "en");
            assertSameKey(Transliteration::searchKey, "м'ясо", "мʼясо", "м’ясо", "myaso", "miaso");
        }
    }

    @Nested
    class NameKeys {

        @Test
        void aNameInEitherScriptAndAnySpellingHasOneKey() {
            assertSameKey(Transliteration::nameKey, "Юлія", "Yulia", "Yuliya", "Julia", "Iuliia", "Юлия");
            assertSameKey(Transliteration::nameKey, "Христина", "Khrystyna", "Hrystyna");
            assertSameKey(Transliteration::nameKey, "Дар'я", "Дарʼя", "Дар’я", "Darya", "Daria");
            assertSameKey(Transliteration::nameKey, "Ґалаґан", "Galagan", "Halahan");
            assertSameKey(Transliteration::nameKey, "Müller", "Muller");
        }

        @Test
        void readsYoAsEAsMostRussiansWriteItInNames() {
            assertSameKey(Transliteration::nameKey, "Алёна", "Алена", "Alena");
        }

        @Test
        void keepsApartWhatOnlyASearchMayMerge() {
            assertThat(Transliteration.nameKey("Шура")).isNotEqualTo(Transliteration.nameKey("Сура"));
            assertThat(Transliteration.searchKey("Шура")).isEqualTo(Transliteration.searchKey("Сура"));
        }
    }

    /** How names sound, whichever language's spelling wrote them down: one table per spelling family. */
    @Nested
    class NameSoundKeys {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Михайло    | Mykhailo, Mykhaylo, Mihailo
                Гриценко   | Hrytsenko, Gritsenko, Grytsenko, Hritsenko
                Шевченко   | Shevchenko, Shevchenko
                Чорновол   | Chornovol
                Журавльов  | Zhuravlov
                Щербина    | Shcherbyna
                Журавлёв   | Zhuravlyov
                Юлія       | Yuliia, Yulia, Iuliia
                Євген      | Yevhen, Ievhen
                Олексій    | Oleksii, Oleksiy, Olexiy
                """)
        void theEnglishAndPassportSpellingsKhShChTsY(String cyrillic, String spellings) {
            assertSharesASoundKey(cyrillic, spellings);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Михайло    | Mychajlo, Mychailo
                Гриценко   | Hrytsenko, Gritsenko
                Шевченко   | Sjevtsjenko
                Шевчук     | Sjevtsjoek
                Чорновол   | Tsjornovol
                Журавльов  | Zjoeravljov
                Щербина    | Sjtsjerbyna
                Юлія       | Joelia, Julija
                Юрій       | Joerij
                Олексій    | Oleksij
                Тетяна     | Tetjana
                """)
        void theDutchSpellingsChJSjTsjOe(String cyrillic, String spellings) {
            assertSharesASoundKey(cyrillic, spellings);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Михайло    | Michajlo, Mychajlo
                Михаил     | Michail
                Гриценко   | Gryzenko, Hryzenko, Grizenko, Gritzenko
                Шевченко   | Schewtschenko
                Чорновол   | Tschornowol
                Щербина    | Schtscherbina
                Євген      | Jewgen, Jevhen
                Сергеев    | Sergejew
                """)
        void theGermanSpellingsChSchTschZForTsJ(String cyrillic, String spellings) {
            assertSharesASoundKey(cyrillic, spellings);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Михайло    | Mychajło, Michajło
                Гриценко   | Grycenko, Hrycenko, Hryćenko
                Шевченко   | Szewczenko
                Шевчук     | Szewczuk
                Чорновол   | Czornowoł
                Журавльов  | Żurawlow
                Щербина    | Szczerbina
                """)
        void thePolishSpellingsChSzCzCForTsJ(String cyrillic, String spellings) {
            assertSharesASoundKey(cyrillic, spellings);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Михаил     | Mikhaïl, Mikhail
                Шевченко   | Chevtchenko
                Шевчук     | Chevtchouk
                Журавлев   | Jouravlev
                Юлия       | Ioulia
                Щербина    | Chtcherbina
                """)
        void theFrenchSpellingsOuChTchJ(String cyrillic, String spellings) {
            assertSharesASoundKey(cyrillic, spellings);
        }

        @ParameterizedTest(name = "{0} and {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Galyna     | Halyna
                Yurii      | Iurii
                Juri       | Yuri
                Yelena     | Elena
                Jelena     | Elena
                Yevhen     | Evhen
                Tsoi       | Zoi
                Kravets    | Kravec
                Kravets    | Kravetz
                Matviienko | Matvijenko
                Sergeev    | Sergeyev
                """)
        void lettersTransliterationsDisagreeOnSoundAlike(String one, String other) {
            assertSharesASoundKey(one, other);
        }

        @Test
        void aCyrillicNameHasOneKeyALatinOneAKeyPerReading() {
            assertThat(Transliteration.nameSoundKeys("Гриценко")).containsExactly("HriCenko");
            assertThat(Transliteration.nameSoundKeys("Hrytsenko")).containsExactly("HriCenko");
            assertThat(Transliteration.nameSoundKeys("Michail"))
                    .as("ch is ч to an Englishman, х to a German, ш to a Frenchman")
                    .containsExactlyInAnyOrder("miQail", "miHail", "miXail");
            assertThat(Transliteration.nameSoundKeys("2026")).isEmpty();
        }

        @ParameterizedTest(name = "{0} is not {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Шевчук     | Шевченко
                Олена      | Олег
                Hrytsenko  | Hrytsyk
                Marta      | Maria
                Koval      | Kovalenko
                Sasha      | Sanne
                """)
        void keepsDifferentNamesApart(String one, String other) {
            assertThat(Transliteration.nameSoundKeys(one))
                    .doesNotContainAnyElementsOf(Transliteration.nameSoundKeys(other));
        }

        private static void assertSharesASoundKey(String name, String spellings) {
            for (String spelling : spellings.split(",\\s*")) {
                assertThat(Transliteration.nameSoundKeys(spelling))
                        .as("%s and %s", spelling, name)
                        .containsAnyElementsOf(Transliteration.nameSoundKeys(name));
            }
        }
    }

    @Test
    void tellsWhichScriptATextIsWrittenIn() {
        assertThat(Transliteration.hasCyrillic("Waar kan ik BSN krijgen, де?")).isTrue();
        assertThat(Transliteration.hasCyrillic("de otrymaty BSN?")).isFalse();
        assertThat(Transliteration.mostlyLatin("Waar kan ik BSN krijgen, де?")).isTrue();
        assertThat(Transliteration.mostlyLatin("Де отримати BSN?")).isFalse();
        assertThat(Transliteration.mostlyLatin("2025")).as("no letters").isFalse();
    }

    private static void assertSameKey(UnaryOperator<String> key, String first, String... others) {
        String expected = key.apply(first);
        assertThat(List.of(others))
                .allSatisfy(other ->
                        assertThat(key.apply(other)).as(other + " and " + first).isEqualTo(expected));
    }
}
