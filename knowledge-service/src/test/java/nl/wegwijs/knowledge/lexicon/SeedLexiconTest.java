package nl.wegwijs.knowledge.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.knowledge.language.TextAnalysis;
import org.junit.jupiter.api.Test;

/** What the shipped lexicon says some everyday wordings are about. */
class SeedLexiconTest {

    static final TextAnalysis analysis = new TextAnalysis();
    static final Lexicon lexicon = Lexicon.of(LexiconSeed.load(), analysis);

    static java.util.Set<String> conceptsOf(String text, String language) {
        return lexicon.conceptsIn(analysis.analyse(text, language).terms()).keySet();
    }

    @Test
    void aDrivingLicenceIsNamedAsPeopleSayItInEveryLanguageAndScript() {
        assertThat(conceptsOf("Как поменять украинские права на голландские?", "ru"))
                .contains("driving-licence");
        assertThat(conceptsOf("Yak obminiaty ukrainski prava v Niderlandakh?", "uk"))
                .contains("driving-licence");
        assertThat(conceptsOf("Чи дійсне моє водійське посвідчення?", "uk")).contains("driving-licence");
        assertThat(conceptsOf("Где обменять водительское удостоверение?", "ru")).contains("driving-licence");
        assertThat(conceptsOf("Kak obmenyat voditelskoe udostoverenie?", "ru")).contains("driving-licence");
        assertThat(conceptsOf("Chy diie moie posvidchennia vodiia?", "uk")).contains("driving-licence");
        assertThat(conceptsOf("Mag ik rijden met mijn rijbewijs?", "nl")).contains("driving-licence");
        assertThat(conceptsOf("Is my driver's license valid here?", "en")).contains("driving-licence");
        assertThat(conceptsOf("Is my driving license valid here?", "en")).contains("driving-licence");
    }

    @Test
    void rightsAreNoDrivingLicence() {
        assertThat(conceptsOf("Які права мають біженці на житло?", "uk")).doesNotContain("driving-licence");
        assertThat(conceptsOf("Какие у меня права как у работника?", "ru")).doesNotContain("driving-licence");
    }

    @Test
    void dutchOrInTheNetherlandsIsNotTheDutchLanguage() {
        assertThat(conceptsOf("Як обміняти права на нідерландські?", "uk")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Yak obminiaty ukrainski prava v Niderlandakh?", "uk"))
                .doesNotContain("dutch-language");
        assertThat(conceptsOf("Как поменять украинские права на голландские?", "ru"))
                .doesNotContain("dutch-language");
        assertThat(conceptsOf("Is a Dutch licence needed after a year?", "en")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Heb ik een Nederlands rijbewijs nodig?", "nl")).doesNotContain("dutch-language");
        assertThat(conceptsOf("Hoe lang mag ik in Nederland blijven?", "nl")).doesNotContain("dutch-language");
    }

    @Test
    void theDutchLanguageIsNamedWithTheWordForLanguage() {
        assertThat(conceptsOf("Чи потрібна нідерландська мова для роботи?", "uk"))
                .contains("dutch-language");
        assertThat(conceptsOf("Нужен ли голландский язык для работы?", "ru")).contains("dutch-language");
        assertThat(conceptsOf("Moet ik Nederlands spreken op mijn werk?", "nl")).contains("dutch-language");
        assertThat(conceptsOf("Do I have to speak Dutch at work?", "en")).contains("dutch-language");
        assertThat(conceptsOf("Де знайти курси нідерландської мови?", "uk")).contains("language-course");
    }

    @Test
    void mayIWorkWithTemporaryProtectionAsksWhetherOneMayWork() {
        assertThat(conceptsOf("Чи можу я працювати в Нідерландах з тимчасовим захистом?", "uk"))
                .contains("work-notification");
        assertThat(conceptsOf("Могу ли я работать в Нидерландах с временной защитой?", "ru"))
                .contains("work-notification");
        assertThat(conceptsOf("Can I work in the Netherlands with temporary protection?", "en"))
                .contains("work-notification");
        assertThat(conceptsOf("Mag ik werken met tijdelijke bescherming?", "nl"))
                .contains("work-notification");
        assertThat(conceptsOf("Chy mozhu ya pratsyuvaty z tymchasovym zakhystom?", "uk"))
                .contains("work-notification");
    }

    @Test
    void lookingForAJobIsJobSearchNotWhetherOneMayWork() {
        assertThat(conceptsOf("Де знайти роботу медсестрою в Нідерландах?", "uk"))
                .contains("job-search")
                .doesNotContain("work-notification");
        assertThat(conceptsOf("Где найти работу медсестрой?", "ru")).contains("job-search");
        assertThat(conceptsOf("Waar kan ik werk vinden als verpleegkundige?", "nl"))
                .contains("job-search");
        assertThat(conceptsOf("Where can I find a job as a nurse?", "en")).contains("job-search");
        assertThat(conceptsOf("Shukayu robotu, de dyvytysya vakansii?", "uk")).contains("job-search");
    }

    @Test
    void recognisingADiplomaIsNamedInEveryLanguage() {
        assertThat(conceptsOf("Як підтвердити мій український диплом?", "uk")).contains("diploma-recognition");
        assertThat(conceptsOf("Как признать мой диплом?", "ru")).contains("diploma-recognition");
        assertThat(conceptsOf("Hoe laat ik mijn diploma erkennen?", "nl")).contains("diploma-recognition");
        assertThat(conceptsOf("How do I get my degree recognised?", "en")).contains("diploma-recognition");
        assertThat(conceptsOf("Nostryfikatsiya dyplomu, kudy zvertatysya?", "uk"))
                .contains("diploma-recognition");
    }

    @Test
    void writingACvIsNotLookingForAJob() {
        assertThat(conceptsOf("Hoe schrijf ik een goed Nederlands cv?", "nl"))
                .contains("cv-application")
                .doesNotContain("job-search");
        assertThat(conceptsOf("Як написати резюме для голландського роботодавця?", "uk"))
                .contains("cv-application")
                .doesNotContain("job-search");
        assertThat(conceptsOf("Как составить резюме?", "ru")).contains("cv-application");
        assertThat(conceptsOf("Do I need a cover letter?", "en")).contains("cv-application");
        assertThat(conceptsOf("Yak napysaty rezyume?", "uk")).contains("cv-application");
        assertThat(conceptsOf("Shoud I put a photo on my resume?", "en")).contains("cv-application");
        assertThat(conceptsOf("Is there a resume template in Dutch?", "en")).contains("cv-application");
        assertThat(conceptsOf("Can you check my résumé?", "en")).contains("cv-application");
        assertThat(conceptsOf("Does my resumé need a photo?", "en")).contains("cv-application");
        assertThat(lexicon.family("cv-application")).isEqualTo(lexicon.family("job-search"));
    }

    @Test
    void aForgottenPasswordIsNamedInEveryLanguageAndWeighsMoreThanWhatItIsAbout() {
        assertThat(conceptsOf("Я забув пароль від DigiD, що робити?", "uk")).contains("account-recovery", "digid");
        assertThat(conceptsOf("Забыла пароль от ДигиД", "ru")).contains("account-recovery", "digid");
        assertThat(conceptsOf("Ik ben mijn DigiD wachtwoord vergeten", "nl")).contains("account-recovery");
        assertThat(conceptsOf("I forgot my DigiD password", "en")).contains("account-recovery");
        assertThat(conceptsOf("Zabula parol vid DigiD", "uk")).contains("account-recovery");
        assertThat(conceptsOf("Mijn bankpas is geblokkeerd", "nl")).doesNotContain("account-recovery");
        assertThat(lexicon.weight("account-recovery")).isGreaterThan(lexicon.weight("digid"));
    }

    @Test
    void rentArrearsPetsAndSocialHousingAreKindsOfHousingMatters() {
        assertThat(conceptsOf("У мене борг за оренду, мене виселять?", "uk")).contains("rent-arrears");
        assertThat(conceptsOf("Vyselyat li menya za dolg po arende?", "ru")).contains("rent-arrears");
        assertThat(conceptsOf("Ik heb een huurachterstand", "nl")).contains("rent-arrears");
        assertThat(conceptsOf("Can my landlord evict me?", "en")).contains("rent-arrears");
        assertThat(conceptsOf("Чи можна взяти собаку в соціальне житло?", "uk"))
                .contains("pets", "social-housing")
                .doesNotContain("rent-arrears");
        assertThat(conceptsOf("Mag ik een hond houden in mijn huurwoning?", "nl"))
                .contains("pets");
        assertThat(conceptsOf("Chy mozhna trymaty sobaku v kvartyri?", "uk")).contains("pets");
        assertThat(conceptsOf("Как встать в очередь на социальное жилье?", "ru"))
                .contains("social-housing");
        assertThat(lexicon.family("rent-arrears")).isEqualTo(lexicon.family("social-housing"));
    }

    @Test
    void theNewConceptsAreNotNamedByLookAlikeWordsOfOtherLanguages() {
        assertThat(conceptsOf("Where can I have my kitchen knives sharpened?", "en"))
                .doesNotContain("pets");
        assertThat(conceptsOf("Do I need a first aid kit in the car?", "en")).doesNotContain("pets");
        assertThat(conceptsOf("Hoe wissel ik mijn Oekraïense rijbewijs om?", "nl"))
                .doesNotContain("rent-arrears");
        assertThat(conceptsOf("How do I pay the rent?", "en")).doesNotContain("rent-arrears");
        assertThat(conceptsOf("Як заплатити оренду через банк?", "uk")).doesNotContain("rent-arrears");
        assertThat(conceptsOf("Is there a waiting list for the GP?", "en")).doesNotContain("social-housing");
        assertThat(conceptsOf("When can I resume work after my illness?", "en")).doesNotContain("cv-application");
        assertThat(conceptsOf("I want to resume my studies in September", "en")).doesNotContain("cv-application");
        assertThat(conceptsOf("When can I resume?", "en")).doesNotContain("cv-application");
        assertThat(conceptsOf("How do I apply for a DigiD login?", "en")).doesNotContain("account-recovery");
    }

    @Test
    void payingBackABenefitOrADebtIsNamedInEveryLanguageAndWeighsMoreThanTheBenefit() {
        assertThat(conceptsOf("Я получил письмо: нужно вернуть huurtoeslag за 2025 год, 800 евро. Что делать?", "ru"))
                .contains("repayment", "rent-allowance");
        assertThat(conceptsOf("Мені прийшов лист, що треба повернути huurtoeslag", "uk"))
                .contains("repayment", "rent-allowance");
        assertThat(conceptsOf("Ik moet huurtoeslag terugbetalen", "nl")).contains("repayment", "rent-allowance");
        assertThat(conceptsOf("Ik heb een terugvordering van de Belastingdienst", "nl"))
                .contains("repayment");
        assertThat(conceptsOf("I have to pay back my rent allowance", "en")).contains("repayment", "rent-allowance");
        assertThat(conceptsOf("I owe the tax office money", "en")).contains("repayment");
        assertThat(conceptsOf("Treba povernuty huurtoeslag", "uk")).contains("repayment");
        assertThat(conceptsOf("Можно ли платить переплату в рассрочку?", "ru")).contains("repayment");
        assertThat(lexicon.weight("repayment")).isGreaterThan(lexicon.weight("rent-allowance"));
    }

    @Test
    void comingBackReceivingADepositOrArrearsAreNoRepayment() {
        assertThat(conceptsOf("Мы хотим вернуться в Украину", "ru"))
                .contains("deregistration")
                .doesNotContain("repayment");
        assertThat(conceptsOf("Ми повертаємося в Україну назавжди", "uk")).doesNotContain("repayment");
        assertThat(conceptsOf("Верно ли, что leefgeld платят в начале месяца?", "ru"))
                .doesNotContain("repayment");
        assertThat(conceptsOf("Krijg ik mijn borg terug als ik verhuis?", "nl")).doesNotContain("repayment");
        assertThat(conceptsOf("Wanneer ontvang ik leefgeld?", "nl")).doesNotContain("repayment");
        assertThat(conceptsOf("У меня долг за аренду квартиры", "ru"))
                .contains("rent-arrears")
                .doesNotContain("repayment");
        assertThat(conceptsOf("У мене борг за оренду", "uk"))
                .contains("rent-arrears")
                .doesNotContain("repayment");
    }

    @Test
    void aRentIncreaseAndEndingALeaseAreHousingMattersOfTheirOwn() {
        assertThat(conceptsOf("Мій орендодавець підняв оренду на 20%. Чи це законно?", "uk"))
                .contains("rent-increase");
        assertThat(conceptsOf("Хозяин квартиры поднял аренду на 150 евро", "ru"))
                .contains("rent-increase");
        assertThat(conceptsOf("Is deze huurverhoging toegestaan?", "nl")).contains("rent-increase");
        assertThat(conceptsOf("My landlord raised the rent by 20 percent", "en"))
                .contains("rent-increase");
        assertThat(conceptsOf("Як розірвати договір оренди квартири?", "uk")).contains("lease-termination");
        assertThat(conceptsOf("Как расторгнуть договор аренды?", "ru")).contains("lease-termination");
        assertThat(conceptsOf("Hoe zeg ik mijn huurcontract op?", "nl")).contains("lease-termination");
        assertThat(conceptsOf("How do I terminate my lease?", "en")).contains("lease-termination");
        assertThat(lexicon.family("rent-increase"))
                .isEqualTo(lexicon.family("lease-termination"))
                .isEqualTo(lexicon.family("rent-arrears"));
    }

    @Test
    void movingHouseAndWhatIsAllowedAreNoRentIncreaseOrRentAllowance() {
        assertThat(conceptsOf("Wij gaan verhuizen en willen de huur opzeggen", "nl"))
                .contains("lease-termination")
                .doesNotContain("rent-increase");
        assertThat(conceptsOf("My landlord raised the rent, is that allowed?", "en"))
                .doesNotContain("rent-allowance");
        assertThat(conceptsOf("Am I allowed to rent out a room?", "en")).doesNotContain("rent-allowance");
        assertThat(conceptsOf("Can I get rent allowance?", "en")).contains("rent-allowance");
        assertThat(conceptsOf("How do I cancel my health insurance?", "en")).doesNotContain("lease-termination");
        assertThat(conceptsOf("Wat is de opzegtermijn van mijn arbeidscontract?", "nl"))
                .doesNotContain("lease-termination");
    }
}
