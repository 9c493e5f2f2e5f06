package nl.wegwijs.platform.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.platform.language.Transliteration;

/**
 * Names of people nobody introduced ("my wife Oksana", "Groetjes, Pieter de Graaf", "Шановний Олеже,", "Максим (8
 * років)", "Mykola Hrytsenko uit Kyiv"), found two ways, both in uk/ru/nl/en:
 *
 * <ul>
 *   <li><b>the gazetteer</b> ({@link GivenNames}): a capitalised word that is a known given name in any case or
 *       script ("Natasha", "Олеже", "Ірини") is a name anywhere, with the capitalised words right after it (a
 *       surname or patronymic: "Olena Petrivna Koval", also "Marieke van den Heuvel-Jansen") and a surname right
 *       before it ("Бондаренко Ірина");
 *   <li><b>name contexts</b>: after a relation word ("моя дочка", "mijn buurvrouw", "my wife"), in a salutation
 *       ("Beste", "Dear", "Шановна", "Уважаемая"; "Hallo"/"Привіт" when the name ends the phrase), after a title
 *       ("mevrouw", "пані", "Mr"), in a sign-off ("Met vriendelijke groet, …", "Дякую, …", "С уважением, …", the
 *       name ending the line), before an age ("Дарина (5 років)"), before "here"/"hier"/"тут" at the start of a
 *       clause, and two words at the start of a text the second of which looks like a Ukrainian or Russian surname
 *       ("Hrytsenko", "Kravets": -enko, -chuk, -uk, -ets, -ych, -sky, -ov/-ova, -in/-ina ...). In a context any
 *       capitalised word counts, and a given name from the gazetteer also in lower case ("my wife oksana").
 * </ul>
 *
 * <p>Also a surname before a family or household word ("the Koval family", "de Koval familie"), and a given name with
 * a Dutch genitive s ("Pieters fiets", "Annas afspraak"; {@link GivenNames}).
 *
 * <p>Guards against ordinary words: only capitalised words (or a whole name in capitals: "OLENA KOVAL"); given names
 * that are also words (Віра, Надія, Роман, Will, Mark, Ben, Dan) only in a context or with a surname after them;
 * capitalised words that are no names where names stand (pronouns, question words, sign-off words, months, days:
 * "Hallo, Ik …", "Thanks! Can you …"), and ordinary words people capitalise there, verbs above all ("my son Goes to
 * school", "моя дочка Ходить до школи", "mijn man Werkt": {@link OrdinaryWords}); places, countries, nationalities and
 * organisations ("Gemeente Utrecht", "Mijn vrouw Oekraïense", "Київ", "DigiD"); a given name that is also a place where
 * the text treats it as the place ("Sofia is the capital of Bulgaria", "we flew to Sofia", "Мы жили в Софии"; a name
 * all the same where names stand: "my daughter Sofia", "Sofia (8)", "У Софії температура"); a given name in an
 * institution's or street's name ("Sophia Kinderziekenhuis", "Albert Heijn", "Anna Paulownastraat", "Taras Shevchenko
 * park", "вулиця Тараса Шевченка") or after Sint, Saint, Koning(in), Святої.
 *
 * Pure and thread-safe.
 */
final class PersonNames {

    /** A name found: its span in the text and the name itself. */
    record Found(int start, int end, String name) {}

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** A word: letters (and combining marks), apostrophes inside, hyphenated parts ("Heuvel-Jansen", "Дар'я"). */
    private static final Pattern WORD =
            Pattern.compile("\\p{L}[\\p{L}\\p{M}'’ʼ]*(?:-\\p{L}[\\p{L}\\p{M}'’ʼ]*)*", FLAGS);

    private static final int MAX_NAME_WORDS = 4;

    // --- contexts

    private static final String POSSESSIVE_NL_EN = "mijn|m['’]n|onze|ons|zijn|z['’]n|haar|hun|my|our|his|her|their";
    private static final String RELATION_NL_EN = "man|vrouw|echtgenoot|echtgenote|partner|zoon|zoontje|dochter"
            + "|dochtertje|kind|kindje|moeder|vader|mama|papa|mam|pap|broer|broertje|zus|zusje|zuster|oma|opa"
            + "|kleinzoon|kleindochter|kleinkind|buurman|buurvrouw|buurmeisje|buurjongen|vriend|vriendin|vriendje"
            + "|tante|oom|nicht|neef|collega|schoonmoeder|schoonvader|schoonzoon|schoondochter|zwager|schoonzus"
            + "|verloofde|stiefzoon|stiefdochter|husband|wife|spouse|son|daughter|child|kid|baby|mother|mom|mum|mommy"
            + "|mummy|father|dad|daddy|brother|sister|grandmother|grandma|granny|grandfather|grandpa|grandson"
            + "|granddaughter|grandchild|neighbour|neighbor|friend|boyfriend|girlfriend|aunt|auntie|uncle|niece|nephew"
            + "|cousin|colleague|fianc[ée]e?|stepson|stepdaughter|(?:mother|father|son|daughter|sister|brother)-in-law";
    /** A family by its surname: "Родина Іваненко", "familie Jansen". */
    private static final String FAMILY = "familie|gezin|family|родина|родини|родину|родиною|родині|сім['’ʼ]я"
            + "|сім['’ʼ]ї|сім['’ʼ]ю|сім['’ʼ]єю|семья|семьи|семью|семьей|семье";

    private static final String POSSESSIVE_CYRILLIC = "мій|моя|моє|мої|мого|моєї|моєму|моїй|моїм|моїх|мою|наш|наша"
            + "|наше|наші|нашого|нашої|нашому|нашій|нашим|нашу|наших|мой|мое|моё|мои|моего|моей|моему|моим|моих|его|її"
            + "|їх|ее|её|их|свою|свого|своєї|своей|своего|своим|своїм|своєму|своей";
    /** Ukrainian and Russian relation nouns in their cases. */
    private static final String RELATION_CYRILLIC = "чоловік|чоловіка|чоловікові|чоловіку|чоловіком|дружин[аиіуо]"
            + "|дружиною|син|сина|синові|сину|сином|синок|синочок|синочка|синочку|дочк[аиуі]|дочкою|доньк[аиуо]"
            + "|донькою|доньці|донечк[аиуо]|донечці|доня|доні|доню|донею|брат|брата|братові|брату|братом|братик"
            + "|братика|сестр[аиіуо]|сестрою|сестричк[аиуі]|мам[аиіуо]|мамою|мамочк[аиуі]|матері"
            + "|батьк[оауі]|батькові|батьком|тат[оауі]|татові|татом|бабус[яіею]|бабусею|бабц[яіею]|дідус[ьяюі]"
            + "|дідусеві|дідусем|онук|онука|онукові|онуком|онучк[аиуі]|внук|внука|внуку|внуком"
            + "|внучк[аиуі]|внучкой|сусід|сусіда|сусідові|сусіду|сусідом|сусідк[аиуі]|сусідці|сусідкою|подруг[аиуо]"
            + "|подрузі|подругою|"
            + "племінник|племінника|племінниц[яіюе]|тітк[аиуо]|тітці|тіткою|дядьк[оауі]|дядьком"
            + "|свекруха|свекрухи|теща|тещі|зять|зятя|невістк[аиуі]|партнерк[аиуі]"
            + "|наречен(?:ий|а|ого|ої|ому|ій)|муж|мужа|мужу|мужем"
            + "|жен[аыеуо]|женой|сын|сына|сыну|сыном|сынок|сыночек|доч[ьк]|дочери|дочерью|дочка|дочки|дочку|дочкой"
            + "|брата|братом|сестр[аыеу]|сестрой|мам[аыеу]|мамой|мать|отец|отца|отцу|отцом|пап[аыеу]|папой"
            + "|бабушк[аиеу]|бабушкой|дедушк[аиеу]|дедушкой|внучк[аиеу]|сосед|соседа|соседу"
            + "|соседом|соседк[аиеу]|соседкой|подруг[аиеу]|подругой"
            + "|племянни(?:к|ка|ца|цы|це|цу)|тёт[яиеюй]|тет[яиеюй]|дяд[яиеюй]|свекров[ьи]"
            + "|тёщ[аиеу]|жених|невест[аыеу]";
    /** What may stand between a relation word and the name: "my son Artem", "my son, named Artem", "дочка — Софія". */
    private static final String RELATION_LINK =
            "(?:\\h*[:—–]\\h*|\\h*,?\\h*(?iu:named|called|genaamd|heet|на\\h+ім['’ʼ]я"
                    + "|на\\h+имя|по\\h+имени|звати|зовут)\\h+|\\h*\\(\\h*|\\h+)";
    /** Relation words that are also other words ("друга" second, "мати" to have): only after a possessive. */
    private static final String RELATION_CYRILLIC_AFTER_POSSESSIVE = "друг|друга|другові|другу|другом|мати|матір"
            + "|кум|кума|куму|кумі|партнер|партнера|знайом(?:ий|а|ого|ої|ому|ій|им|у|ою)|колег[аиуо]|колезі|колегою"
            + "|коллег[аиеу]|коллегой|дитин[аиіу]|дитиною|малюк|малюка|дід|діда|дідові|дед|деда|деду|дедом|малыш"
            + "|малыша|ребёнок|ребенок|ребёнка|ребенка|знаком(?:ый|ая|ого|ой|ому|ым|ую)";

    private static final Pattern RELATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’ʼ])(?iu:(?:" + POSSESSIVE_NL_EN
                    + ")\\h+(?:" + RELATION_NL_EN + ")|(?:" + POSSESSIVE_CYRILLIC + ")\\h+(?:"
                    + RELATION_CYRILLIC_AFTER_POSSESSIVE + ")|(?:(?:" + POSSESSIVE_CYRILLIC + ")\\h+)?(?:"
                    + FAMILY + "|" + RELATION_CYRILLIC
                    + "))(?![\\p{L}\\p{N}'’ʼ])" + RELATION_LINK + "(?=\\p{L})",
            FLAGS);

    private static final Pattern SALUTATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:beste|geachte|dear|dearest"
                    + "|шановн(?:ий|а|і|е)|дорог(?:ий|а|і|ая|ой|ие)|уважаем(?:ый|ая|ые)|любий|люба|милий|мила|dorohyi"
                    + "|dorohaia|dorogaya|dorogoy|shanovnyi|shanovna|uvazhaemaya|uvazhaemyi)(?![\\p{L}\\p{N}])\\h*,?\\h*"
                    + "(?=\\p{L})",
            FLAGS);
    private static final Pattern GREETING = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:hallo|hoi|hi|hey|hello|hiya"
                    + "|goedemorgen|goedemiddag|goedenavond|goedendag|dag|good\\h+(?:morning|afternoon|evening|day)|привіт|вітаю"
                    + "|добрий\\h+(?:день|ранок|вечір)|доброго\\h+(?:дня|ранку|вечора)|добридень|здрастуйте|здравствуйте"
                    + "|привет|добрый\\h+(?:день|вечер)|доброе\\h+утро|pryvit|privit|privet|pryvet|vitayu|vitaiu"
                    + "|dobr(?:yi|yj|yy|ii|iy)\\h+den|zdravstvuyte|zdravstvuite|zdrastuite)(?![\\p{L}\\p{N}])"
                    + "(?<comma>\\h*,)?\\h*(?=\\p{L})",
            FLAGS);
    private static final Pattern TITLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:mevrouw|mevr\\.|meneer|mnr\\.|dhr\\."
                    + "|heer|mr\\.?|mrs\\.?|ms\\.?|пан|пані|пане|панові|пана|господин|госпожа|господина|госпоже"
                    + "|госпожи|г-н|г-жа)(?![\\p{L}\\p{N}])\\h*(?=\\p{L})",
            FLAGS);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?iu:groetjes|groeten|groet"
                    + "|met\\h+vriendelijke\\h+groet(?:en)?|vriendelijke\\h+groet(?:en)?|hartelijke\\h+groet(?:en)?"
                    + "|met\\h+hartelijke\\h+groet(?:en)?|mvg|m\\.v\\.g\\.?|kind\\h+regards|kindest\\h+regards|best\\h+regards"
                    + "|warm\\h+regards|regards|best\\h+wishes|all\\h+the\\h+best|cheers|sincerely|yours\\h+sincerely"
                    + "|yours\\h+faithfully|yours\\h+truly|many\\h+thanks|thanks\\h+in\\h+advance|thanks\\h+a\\h+lot"
                    + "|thank\\h+you(?:\\h+very\\h+much)?|thanks|bedankt|alvast\\h+bedankt|hartelijk\\h+dank"
                    + "|dank\\h+(?:je|u)(?:\\h+wel)?|з\\h+повагою|із\\h+повагою|з\\h+найкращими\\h+побажаннями"
                    + "|(?:щиро\\h+|дуже\\h+|заздалегідь\\h+|наперед\\h+)?дякую(?:\\h+(?:вам|заздалегідь|наперед))?|спасибі"
                    + "|с\\h+уважением|с\\h+наилучшими\\h+пожеланиями|(?:заранее\\h+|большое\\h+)?спасибо(?:\\h+(?:вам|заранее))?"
                    + "|благодарю|всего\\h+доброго|всього\\h+найкращого|всього\\h+доброго|dyakuyu|diakuiu|dyakuiu|spasybi"
                    + "|spasibo|z\\h+povahoiu|z\\h+povahoyu|s\\h+uvazheniem)(?![\\p{L}\\p{N}])\\h*[,.!:;]?\\h*(?:\\R\\h*)?"
                    + "(?:[-–—]\\h*)?(?<from>(?iu:van|from|від|от)\\h+)?(?=\\p{L})",
            FLAGS);
    /*
     * Each context above is tried only at a word that can start it (a look-up per word is much cheaper than searching
     * the text for each): a relation word, or a possessive before one; a salutation, title, greeting or sign-off's
     * first word.
     */
    private static final Set<String> POSSESSIVES = Set.copyOf(words(POSSESSIVE_NL_EN + "|" + POSSESSIVE_CYRILLIC));
    private static final Set<String> RELATION_WORDS = Set.copyOf(
            words(RELATION_NL_EN + "|" + FAMILY + "|" + RELATION_CYRILLIC + "|" + RELATION_CYRILLIC_AFTER_POSSESSIVE));
    private static final Set<String> SALUTATION_WORDS = Set.copyOf(words("beste|geachte|dear|dearest"
            + "|шановн(?:ий|а|і|е)|дорог(?:ий|а|і|ая|ой|ие)|уважаем(?:ый|ая|ые)|любий|люба|милий|мила|dorohyi"
            + "|dorohaia|dorogaya|dorogoy|shanovnyi|shanovna|uvazhaemaya|uvazhaemyi"));
    private static final Set<String> TITLE_WORDS = Set.copyOf(words("mevrouw|mevr|meneer|mnr|dhr|heer|mr|mrs|ms|пан"
            + "|пані|пане|панові|пана|господин|госпожа|господина|госпоже|госпожи|г-н|г-жа"));
    private static final Set<String> GREETING_WORDS = Set.copyOf(words("hallo|hoi|hi|hey|hello|hiya|goedemorgen"
            + "|goedemiddag|goedenavond|goedendag|dag|good|привіт|вітаю|добрий|доброго|добридень|здрастуйте"
            + "|здравствуйте|привет|добрый|доброе|pryvit|privit|privet|pryvet|vitayu|vitaiu|dobr(?:yi|yj|yy|ii|iy)"
            + "|zdravstvuyte|zdravstvuite|zdrastuite"));
    private static final Set<String> SIGN_OFF_WORDS = Set.copyOf(words("groetjes|groeten|groet|met|vriendelijke"
            + "|hartelijke|mvg|m|kind|kindest|best|warm|regards|all|cheers|sincerely|yours|many|thanks|thank|bedankt"
            + "|alvast|hartelijk|dank|з|із|дякую|щиро|дуже|заздалегідь|наперед|спасибі|с|спасибо|заранее|большое"
            + "|благодарю|всего|всього|dyakuyu|diakuiu|dyakuiu|spasybi|spasibo|z|s"));

    /** What a name in a sign-off or plain greeting ends with: the line, or punctuation. */
    private static final Pattern ENDS_LINE = Pattern.compile("\\h*[.!]?\\h*(?:\\R|$)", FLAGS);

    private static final Pattern ENDS_PHRASE = Pattern.compile("\\h*(?:[,!.:;\\n\\r)]|$)", FLAGS);
    /** An age after a name: "(8 років)", ", 5 jaar", "(7)", "3 years old". */
    private static final Pattern AGE = Pattern.compile(
            "\\h*(?:,\\h*)?(?<open>\\(\\h*)?\\d{1,2}(?:[.,]5)?(?!\\d)\\h*"
                    + "(?<word>(?iu:років|роки|рік|р\\.|лет|года|год|г\\.|jaar|jr\\.?|years?(?:\\h+old)?|y\\.?o\\.?|yo"
                    + "|міс(?:яців|яці|\\.)?|месяц(?:ев|а)?|мес\\.|maanden|maand|months?)(?![\\p{L}]))?\\h*(?<close>\\))?",
            FLAGS);
    /** After the name at the start of a text: where they come from, or punctuation. */
    private static final Pattern AFTER_OPENING_NAME =
            Pattern.compile("\\h+(?iu:uit|from|з|із|зі|из|iz|z|van)\\h+\\p{Lu}|\\h*(?:[,.:;!\\n\\r–—(]|-\\h|$)", FLAGS);

    // --- what names look like

    /** Surnames (and patronymics) of Ukrainian and Russian shape, in either script. */
    private static final Pattern SURNAME = Pattern.compile("(?iu).{2,}(?:enko|ienko|chuk|iuk|yuk|uk|iak|yak|ak|nyk|nik"
            + "|ets|ych|ich|vych|vich|sky|skyi|skyy|skiy|skii|ska|skaya|tsky|tskyi|tska|ov|ova|ev|eva|iev|ieva|yn|yna"
            + "|in|ina|iv|ko|ivna|yivna|ovna|evna|енко|чук|юк|ук|як|ак|ник|ець|ич|ович|евич|йович|ський|ська|цький|цька"
            + "|ский|ская|цкий|цкая|ов|ова|ев|ева|єв|єва|ин|іна|ина|ін|ко|ів|івна|ївна|овна|евна)");

    /** Particles inside a name ("van den Heuvel-Jansen"): part of it only between name words. */
    private static final Set<String> PARTICLES = Set.of(
            "van", "de", "der", "den", "ter", "ten", "von", "da", "di", "du", "dos", "del", "la", "le", "el", "al",
            "bin", "ibn", "het", "'t", "’t", "op");

    private static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "mevrouw",
            "mevr",
            "meneer",
            "mnr",
            "dhr",
            "heer",
            "пан",
            "пані",
            "пане",
            "господин",
            "госпожа",
            "pan",
            "pani",
            "sir",
            "madam");

    /**
     * Capitalised words that are no names where names stand: pronouns, articles, question words, greetings and
     * sign-offs, people one addresses who are no person (team, helpdesk), months and days.
     */
    private static final Set<String> NOT_A_NAME =
            Set.copyOf(Arrays.asList(("i i'm i’m ik je jij u we wij ze zij hij het een de"
                            + " dit dat deze die er is zijn bent heb hebt heeft kan kun kunt mag moet wil wilt zou hoe wat"
                            + " waar wanneer waarom wie welke als en of maar want dus ook nog niet geen graag alvast bedankt"
                            + " dank groetjes groeten groet hallo hoi dag beste geachte lieve hier daar vandaag morgen gisteren"
                            + " you your we our they he she it the a an this that these those is are was were am be been have"
                            + " has had can could would should shall might must do does did how what where when why"
                            + " who which if and or but so also not no yes please thanks thank hello hi hey dear regards kind"
                            + " best cheers sincerely here there today tomorrow yesterday all everyone everybody team helpdesk"
                            + " wegwijs colleagues colleague friends sir madam allemaal iedereen collega's vrijwilligers"
                            + " volunteers support staff ladies gentlemen dames heren familie gezin family household"
                            + " huishouden родина родини родину родиною родині сім'я сім'ї сім'ю сім'єю семья семьи семью"
                            + " семьей семье подружжя супруги"
                            + " я ти ви вам вас ми він вона воно вони це цей ця ці той та те як що де коли чому чи хто який яка"
                            + " які і й а але та або бо тому також ще не ні так будь ласка дякую спасибі привіт вітаю добрий"
                            + " доброго день шановний шановна шановні пані панове друзі колеги команда волонтери підтримка"
                            + " служба тут там сьогодні завтра вчора всім усім"
                            + " ты вы мы он она оно они это этот эта эти тот как что где когда почему ли кто какой какая"
                            + " какие и но или потому тоже еще ещё нет да пожалуйста спасибо благодарю привет здравствуйте"
                            + " добрый уважаемый уважаемая уважаемые дорогой дорогая дорогие господа дамы друзья коллеги"
                            + " команда волонтеры поддержка служба здесь там сегодня завтра вчера всем"
                            + " january february march july september october november december"
                            + " monday tuesday wednesday thursday friday saturday sunday"
                            + " januari februari maart mei juni juli augustus oktober maandag dinsdag woensdag donderdag"
                            + " vrijdag zaterdag zondag")
                    .split(" ")));

    /**
     * Places, countries, languages, organisations and brands: never a name, compared like {@link IntroducedNames}'s
     * list by the start of their name key (so inflected and transliterated forms too). No entry may start a given
     * name of the gazetteer (a test says so).
     */
    static final Set<String> NOT_PERSONS = Stream.of(
                    "Groningen Tilburg Almere Breda Nijmegen Apeldoorn Haarlem Arnhem Enschede Amersfoort Zaandam",
                    "Zaanstad Zwolle Leiden Maastricht Dordrecht Delft Alkmaar Venlo Deventer Leeuwarden Hilversum",
                    "Gouda Schiedam Zoetermeer Haarlemmermeer Nederland Noord Zuid Brabant Limburg Friesland",
                    "Gelderland Overijssel Drenthe Zeeland Flevoland Randstad Kherson Херсон Mariupol Маріуполь",
                    "Мариуполь Chernihiv Чернігів Чернигов Poltava Полтава Полтаві Полтаву Полтави Полтаве Vinnyts",
                    "Vinnits Вінниц Винниц Zhytomyr Житомир Ternopil Тернопіл Lutsk Луцьк Rivne Рівне Uzhhorod",
                    "Ужгород Chernivts Чернівц Черновц Cherkasy Черкаси Черкасах Черкасам Kropyvnyts Кропивниц Irpin",
                    "Ірпін Ирпень Donetsk Донецьк Донецк Luhansk Луганськ Луганск Krym Crimea Крим Крым Moskv Moscow",
                    "Москв Zaporizh Запоріж Запорож Mykolaiv Миколаїв Sumy Суми Сумы Bucha Буча Kramatorsk",
                    "Краматорськ Sloviansk Слов'янськ",
                    "Digi Belasting Toeslag Nuffic Rabobank Heijn Jumbo Lidl Aldi Kruidvat Google Facebook",
                    "Instagram Telegram Whats Viber Signal Booking Airbnb Funda Pararius Kamernet Tempo Adecco",
                    "Manpower Olympia Rijksoverheid Ziekenhuis Huisarts Kinderziekenhuis Universit Hogeschool",
                    "Stichting Foundation Kyivstar Vodafone Lifecell Monobank Ukrposhta Укрпошт Приватбанк",
                    "Privatbank Poshta Пошта Euro Євро Евро Visa Mastercard Paypal Tikkie Bunq",
                    "Ukrainian Oekraïners Nederlanders Dutchman English Engels Duits Germany Deutsch Polen Poland",
                    "Poolse Turkije Turkey Turkse Syria Syrië Syrische Сирія Сирии Europ Німеччин Германи Польщ Польш",
                    "Бельгі Belgi Франці Франци Frankrijk Spanje Spain",
                    "Christmas Kerstmis Kerstfeest Різдв Рождеств Pasen Easter Великдень Koningsdag Ramadan",
                    "Suikerfeest")
            .flatMap(line -> Arrays.stream(line.split(" ")))
            .map(Redactor::skeleton)
            .collect(Collectors.toUnmodifiableSet());

    private static final int SHORTEST_NOT_PERSON =
            NOT_PERSONS.stream().mapToInt(String::length).min().orElse(1);

    /**
     * After a given name: an institution or a street named after someone ("Sophia Kinderziekenhuis", "Anne Frank
     * Huis", "Maria Montessori school", "Anna Paulownastraat"): a word for one, or a street's compound name.
     */
    private static final Pattern INSTITUTION = Pattern.compile("(?iu)school|college|lyceum|gymnasium|hospital|clinic"
            + "|kliniek|university|universiteit|hogeschool|stichting|foundation|fonds|huis|house|street|road|avenue"
            + "|centrum|center|centre|kerk|church|arena|stadion|stadium|museum|hotel|prijs|prize|award|airport|station"
            + "|square|boulevard|monument|statue|memorial|library|theatre|theater|metro|standbeeld|bibliotheek"
            + "|heijn|polder|brug|bridge|mc|ziekenhuis|kinderziekenhuis|gasthuis|park|plein|laan|markt|kade|gracht"
            + "|singel|лікарн\\p{L}*|школ\\p{L}*|університет\\p{L}*|вулиц\\p{L}*|проспект\\p{L}*|площ\\p{L}*"
            + "|парк\\p{L}*|больниц\\p{L}*|улиц\\p{L}*|музе\\p{L}*|.{3,}(?:straat|laan|plein|gracht|kade|singel|steeg"
            + "|dreef|burgwal|ziekenhuis|school|straße)");
    /** Before a given name: a saint's or a royal's ("Sint Jan", "Koningin Máxima", "Святої Софії"). */
    private static final Set<String> NAMED_FOR = Set.of(
            "sint",
            "saint",
            "st",
            "santa",
            "san",
            "koning",
            "koningin",
            "prins",
            "prinses",
            "king",
            "queen",
            "prince",
            "princess",
            "святого",
            "святої",
            "святий",
            "свята",
            "святой",
            "святая",
            "святе");

    /**
     * Before a name a street, square or park is named after ("вулиця Тараса Шевченка", "площа Лесі Українки", "парк
     * імені Шевченка", "ул. Анны Ахматовой"): the name is the place's. Ukrainian and Russian streets take the name in
     * the genitive; a nominative given name after "вулиця" ("на вулиці Олена сказала") may be a person, so it stays a
     * name.
     */
    private static final Set<String> STREET_BEFORE = Set.copyOf(words("вулиц[яіюе]|вулицею|вул|проспект[уі]?|просп"
            + "|площ[аіуе]|площею|пл|бульвар[уі]?|бул|провул(?:ок|ку)|пров|парк[уі]?|сквер[уі]?|набережн(?:а|ій|у)|узвіз"
            + "|узвозі|станці[яїю]|метро|імені|ім|улиц[аыеу]|улицей|ул|площад[ьи]|переул(?:ок|ке|ка)|пер|бульвар[еа]"
            + "|парк[еа]|сквер[еа]|станци[яиюе]|имени|им|vulytsia|vulytsi|vul|prospekt|ploshcha|ulitsa|ulica|imeni"));
    /** Abbreviations among them, street words only with their dot ("им." of "им. Анны Ахматовой", not "им" to them). */
    private static final Set<String> STREET_ABBREVIATIONS =
            Set.of("вул", "просп", "пл", "бул", "пров", "ім", "ул", "пер", "им", "vul");
    /** Street words in the nominative: what follows is the street's name ("вулиця Богдана Хмельницького"). */
    private static final Set<String> STREET_NOMINATIVE = Set.copyOf(words("вулиця|вул|проспект|просп|площа|пл|бульвар"
            + "|бул|провулок|пров|парк|сквер|набережна|узвіз|станція|метро|імені|ім|улица|ул|площадь|переулок|пер"
            + "|станция|имени|им|vulytsia|vul|prospekt|ploshcha|ulitsa|ulica|imeni"));

    /**
     * Given names that are also places newcomers write about, so that "Sofia is the capital of Bulgaria" keeps its
     * Sofia: Sofia/Софія/София (Bulgaria's capital, on the way from Ukraine), Victoria/Вікторія/Виктория (Australia's
     * state, Canada's city, Lake Victoria, London Victoria), Regina/Регіна/Регина (Saskatchewan's capital: Canada took
     * many Ukrainians in), Charlotte (North Carolina). A place only where the text treats it as one ({@link
     * Scan#place}); wherever names stand (a relation word, greeting, sign-off, age, "here", a surname next to it) it is
     * a name. Left out on purpose: Marina and Лідія (a harbour and an ancient kingdom nobody asks about; Марина is one
     * of the commonest names of the women who write), Volodymyr (a town since 2021, but far more often a man), Florence,
     * Georgia and Jordan (words as well as names: the gazetteer takes them for a name only where names stand already),
     * Odessa, Adelaide and Virginia (not in the gazetteer).
     */
    private static final Set<String> PLACE_NAME_KEYS =
            placeNameKeys("Sofia Софія София Victoria Вікторія Виктория Regina Регіна Регина Charlotte");
    /** Before a place and hardly before a person: "in Sofia", "uit Sofia", "в Софии", "з Софії", "під Софією". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in",
            "uit",
            "near",
            "nabij",
            "into",
            "outside",
            "buiten",
            "around",
            "rond",
            "в",
            "у",
            "во",
            "з",
            "із",
            "зі",
            "из",
            "під",
            "под",
            "поблизу",
            "неподалік");
    /**
     * Before a place, or a person ("to Sofia", "naar Sofia", "до Софії", "через Софію"): a place only after a word of
     * travelling or living before it ("flew to Sofia", "we gaan naar Sofia", "поїхати до Софії", "живемо біля Софії").
     */
    private static final Set<String> ROUTE_PREPOSITIONS = Set.of(
            "to", "from", "naar", "via", "through", "towards", "до", "через", "біля", "около", "возле", "недалеко");

    /** Words of travelling or living before "to", "naar", "до", "через", "біля": then the name after is a place. */
    private static final Set<String> TRAVEL_WORDS = Set.copyOf(
            Arrays.asList(("go goes going went gone come comes coming came travel travels travelling traveling"
                            + " travelled traveled trip fly flies flying flew flight flights move moves moving"
                            + " moved relocate relocated drive driving drove train trains bus buses coach ferry"
                            + " ticket tickets route road way journey return returns returning returned back fled"
                            + " evacuated arrive arrives arrived left leave leaving am are were i'm we're they're"
                            + " originally live lives lived living far km ga gaan gaat ging gingen gegaan reis"
                            + " reizen reist reisde vlieg vliegen vliegt vloog vlogen vlucht vluchten gevlucht"
                            + " verhuis verhuizen verhuist verhuisd verhuisde rijd rijden rijdt reed trein bus boot"
                            + " kaartje terug kom komen komt kwam kwamen gekomen vertrek vertrekken vertrokken ben"
                            + " bent zijn waren woon woont wonen woonde afstand weg onderweg їхати їду їдемо їде"
                            + " їдуть їхали їхав їхала поїхати поїду поїдемо поїхали поїхав поїхала переїхати"
                            + " переїхали переїхав переїхала доїхати дістатися летіти лечу летимо полетіти полетіли"
                            + " полетів полетіла летіли летів летіла рейс рейси квиток квитки автобус потяг поїзд"
                            + " дорога шлях повернутися повернулися повернувся повернулася виїхати виїхали приїхали"
                            + " приїхав приїхала живу живемо живе живуть жили жила жив знаходиться розташована"
                            + " розташований км ехать еду едем едет едут ехали ехал ехала поехать поеду поедем"
                            + " поехали поехал поехала переехать переехали переехал переехала доехать добраться"
                            + " лететь летим полететь полетели полетел полетела летели летел летела билет билеты"
                            + " поезд путь вернуться вернулись вернулся вернулась уехать уехали уехал уехала"
                            + " приехали приехал приехала живём живем живет живёт живут жил находится")
                    .split(" ")));
    /** After "у Софії", "в Софии": a person has or is something ("у Софії є діти", "у Софии нет документов"). */
    private static final Set<String> HAS_OR_IS = Set.of(
            "є", "немає", "нема", "був", "була", "було", "були", "буде", "будуть", "теж", "також", "вже", "ще", "есть",
            "нет", "был", "была", "было", "были", "будет", "будут", "тоже", "уже", "еще", "ещё");
    /**
     * Right before a place: "capital of Bulgaria, Sofia", "the city of Victoria", "de stad Sofia", "столиця Болгарії
     * Софія", "в місті Софія", "в городе София", "Lake Victoria", "штат Вікторія".
     */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:capital|hoofdstad|столиц\\p{L}*"
            + "|city|town|state|province|lake|stad|provincie|staat|міст[оіа]|містом|город[еау]?|городом|штат[іеу]?|озер[оіе]"
            + "|провінці[яїю]|провинци[яию])(?:\\h+(?:of|van))?(?:\\h+(?:the|de|het))?(?:\\h+\\p{Lu}[\\p{L}'’-]*)?"
            + "\\h*[,:]?\\h*$");
    /** Countries and provinces a place-name's town lies in: "Sofia, Bulgaria", "Regina (Saskatchewan)". */
    private static final String COUNTRY = "(?:Bulgari\\p{L}*|Болгарі\\p{L}*|Болгари\\p{L}*|Canad\\p{L}*"
            + "|Канад\\p{L}*|Australi\\p{L}*|Австралі\\p{L}*|Австрали\\p{L}*|Saskatchewan|British\\h+Columbia|BC"
            + "|North\\h+Carolina|NC|USA|VS|США|Amerika|America|Америк\\p{L}*|Seychell\\p{L}*|Сейшел\\p{L}*)";
    /**
     * Right after a place: "Sofia is the capital of Bulgaria", "Victoria is a state", "Sofia is een stad", "Софія —
     * столиця Болгарії", "София является столицей", "Sofia, Bulgaria", "Sofia in Bulgarije", "Sofia airport".
     */
    private static final Pattern PLACE_AFTER = Pattern.compile("(?iu)(?:\\h*,\\h*|\\h+)(?:(?:is|was)\\h+"
            + "(?:the\\h+|a\\h+|de\\h+|een\\h+)?(?:capital|city|town|state|province|hoofdstad|stad|provincie|staat)"
            + "|(?:the|de)\\h+(?:capital|hoofdstad)|(?:(?:in|у|в)\\h+)?" + COUNTRY + "(?!\\p{L})"
            + "|(?:city|centre|center|centrum|airport|luchthaven|province|provincie|state|аеропорт|аэропорт)(?!\\p{L})"
            + "|(?:є|була|стала|является|была|стала)\\h+(?:столиц|містом|городом|штатом))"
            + "|\\h*[—–-]\\h*(?:це\\h+|это\\h+)?(?:столиц|місто|город|штат)|\\h*\\(\\h*" + COUNTRY
            + "(?!\\p{L})");
    /** A letter of Ukrainian, not Russian: "в Софії" may be "she has" ("в Софії температура"), "в Софии" not. */
    private static final Pattern UKRAINIAN_LETTER = Pattern.compile("[іїєґІЇЄҐ]");
    /** Endings of Ukrainian and Russian instrumental case, after "з"/"с" a companion: "з Софією", "с Викторией". */
    private static final Pattern INSTRUMENTAL = Pattern.compile("(?iu).{2,}(?:ою|єю|ею|ей|ой|ом|ем|ём)");

    /**
     * After a surname: a family or household ("the Koval family", "the Koval household", "de Koval familie"); before
     * it ("familie Koval", "сім'я Коваль") is a relation word ({@link #FAMILY}).
     */
    private static final Set<String> FAMILY_AFTER =
            Set.of("family", "families", "household", "households", "familie", "gezin", "huishouden");
    /** Before "the X family" (as do possessives): "the Koval family", "de Koval familie", "deze Koval familie". */
    private static final Set<String> ARTICLES = Set.of("the", "de", "het", "this", "that", "deze", "die", "dat");

    /** Before a place rather than a person: "живу в Гронінгені 2 роки", "in Leiden (3 jaar)". */
    private static final Set<String> PREPOSITIONS = Set.of(
            "в", "у", "на", "із", "з", "зі", "из", "до", "по", "під", "біля", "около", "возле", "под", "in", "uit",
            "naar", "to", "at", "from", "near", "bij", "te", "op", "van", "voor", "for", "nach", "of");

    private PersonNames() {}

    /** The name keys of the places' names in every case form and Latin spelling ("Софії", "Sofiia"). */
    private static Set<String> placeNameKeys(String names) {
        Set<String> keys = new HashSet<>();
        for (String name : names.split(" ")) {
            if (Transliteration.hasCyrillic(name)) {
                GivenNames.cyrillicForms(name).forEach(form -> keys.add(Transliteration.nameKey(form)));
                GivenNames.latinSpellings(name).forEach(latin -> keys.add(Transliteration.nameKey(latin)));
            } else {
                keys.add(Transliteration.nameKey(name));
            }
        }
        return Set.copyOf(keys);
    }

    /**
     * The words an alternation of this class's patterns spells ("дочк[аиуі]|знайом(?:ий|а)|fianc[ée]e?" gives дочка,
     * дочки, ..., знайомий, знайома, fiance, fiancé, fiancee, fiancée), in lower case; knows just the syntax used
     * here: alternatives, [classes], (?:groups) and ? after a letter, class or group.
     */
    static List<String> words(String alternation) {
        List<String> words = new ArrayList<>();
        for (String alternative : topLevel(alternation)) {
            words.addAll(spelled(alternative));
        }
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static List<String> topLevel(String alternation) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int k = 0; k < alternation.length(); k++) {
            char c = alternation.charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(alternation.substring(from, k));
                from = k + 1;
            }
        }
        parts.add(alternation.substring(from));
        return parts;
    }

    private static List<String> spelled(String pattern) {
        if (pattern.isEmpty()) {
            return List.of("");
        }
        List<String> first;
        int next;
        char c = pattern.charAt(0);
        if (c == '[') {
            int close = pattern.indexOf(']');
            first = pattern.substring(1, close)
                    .chars()
                    .mapToObj(Character::toString)
                    .toList();
            next = close + 1;
        } else if (pattern.startsWith("(?:")) {
            int depth = 0;
            int close = 0;
            for (int k = 0; k < pattern.length(); k++) {
                if (pattern.charAt(k) == '(') {
                    depth++;
                } else if (pattern.charAt(k) == ')' && --depth == 0) {
                    close = k;
                    break;
                }
            }
            first = words(pattern.substring(3, close));
            next = close + 1;
        } else {
            first = List.of(String.valueOf(c));
            next = 1;
        }
        if (next < pattern.length() && pattern.charAt(next) == '?') {
            first = new ArrayList<>(first);
            first.add("");
            next++;
        }
        List<String> rest = spelled(pattern.substring(next));
        List<String> all = new ArrayList<>();
        for (String head : first) {
            for (String tail : rest) {
                all.add(head + tail);
            }
        }
        return all;
    }

    static boolean inCapitals(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Every name found in {@code text}, in order; {@code familyKeys} are name keys to take wherever they stand
     * (capitalised), also when they are ordinary words too: the forms of the names the person gave and their
     * diminutives.
     */
    static List<Found> in(String text, Set<String> familyKeys) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, familyKeys);
        scan.gazetteer();
        scan.contexts();
        return scan.found();
    }

    /**
     * Only the capitalised words whose name key is one of {@code familyKeys}: the forms and diminutives of the names
     * a person gave, wherever they stand.
     */
    static List<Found> familyForms(String text, Set<String> familyKeys) {
        if (text == null || text.isEmpty() || familyKeys.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, familyKeys);
        scan.family();
        return scan.found();
    }

    /** One text's words and what has been found in it. */
    private static final class Scan {

        final String text;
        final Set<String> familyKeys;
        final int[] starts;
        final int[] ends;
        final int count;
        final String[] words;
        final String[] lowers;
        /** The gazetteer's answer per word, computed when first asked (null: not yet). */
        final GivenNames.Kind[] kinds;
        /** Whether a word may be part of a name, computed when first asked (null: not yet). */
        final Boolean[] nameLike;

        final List<int[]> spans = new ArrayList<>();

        Scan(String text, Set<String> familyKeys) {
            this.text = text;
            this.familyKeys = familyKeys;
            List<int[]> words = new ArrayList<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                int end = word.end();
                if (end - word.start() > 3
                        && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                        && "'’".indexOf(text.charAt(end - 2)) >= 0) {
                    end -= 2; // a possessive stays outside the name: "[name]'s visit"
                }
                words.add(new int[] {word.start(), end});
            }
            count = words.size();
            starts = new int[count];
            ends = new int[count];
            for (int i = 0; i < count; i++) {
                starts[i] = words.get(i)[0];
                ends[i] = words.get(i)[1];
            }
            kinds = new GivenNames.Kind[count];
            nameLike = new Boolean[count];
            this.words = new String[count];
            this.lowers = new String[count];
        }

        String word(int i) {
            if (words[i] == null) {
                words[i] = text.substring(starts[i], ends[i]);
            }
            return words[i];
        }

        String lower(int i) {
            if (lowers[i] == null) {
                lowers[i] = word(i).toLowerCase(Locale.ROOT);
            }
            return lowers[i];
        }

        boolean marker(int i) {
            return starts[i] > 0 && text.charAt(starts[i] - 1) == '[';
        }

        /** A capital, then a small letter or apostrophe ("Anna", "O'Brien"; not "IND", "DigiD" is checked apart). */
        boolean capitalised(int i) {
            int s = starts[i];
            return Character.isUpperCase(text.charAt(s))
                    && ends[i] - s >= 2
                    && (Character.isLowerCase(text.charAt(s + 1)) || "'’ʼ".indexOf(text.charAt(s + 1)) >= 0);
        }

        boolean inCapitals(int i) {
            return PersonNames.inCapitals(word(i));
        }

        GivenNames.Kind kind(int i) {
            if (kinds[i] == null) {
                String word = word(i);
                GivenNames.Kind kind = GivenNames.instance().of(word);
                if (!familyKeys.isEmpty() && familyKeys.contains(Transliteration.nameKey(word))) {
                    kind = GivenNames.Kind.NAME;
                }
                kinds[i] = kind;
            }
            return kinds[i];
        }

        /** Only spaces or tabs between word {@code i} and the next one. */
        boolean nextOnSameLine(int i) {
            if (i + 1 >= count) {
                return false;
            }
            for (int k = ends[i]; k < starts[i + 1]; k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '\t' && c != '\u00A0') {
                    return false;
                }
            }
            return starts[i + 1] > ends[i];
        }

        /** A word that may be part of a name: capitalised and none of the words that are no names. */
        boolean nameLike(int i) {
            if (nameLike[i] == null) {
                nameLike[i] = computeNameLike(i);
            }
            return nameLike[i];
        }

        private boolean computeNameLike(int i) {
            if (marker(i) || !(capitalised(i) || inCapitals(i))) {
                return false;
            }
            String lower = lower(i);
            if (NOT_A_NAME.contains(lower) || TITLES.contains(lower) || PARTICLES.contains(lower)) {
                return false;
            }
            if (OrdinaryWords.listed(lower)
                    || (OrdinaryWords.looksLikeAVerb(lower) && kind(i) == GivenNames.Kind.NONE)) {
                return false; // "my son Goes to school", "моя дочка Ходить до школи"
            }
            if (!IntroducedNames.isNameLike(word(i))) {
                return false;
            }
            String key = Redactor.skeleton(word(i));
            for (int length = SHORTEST_NOT_PERSON; length <= key.length(); length++) {
                if (NOT_PERSONS.contains(key.substring(0, length))) {
                    return false;
                }
            }
            return true;
        }

        /** A given name from the gazetteer in lower case, as people write in chats ("my wife oksana"). */
        boolean lowerCaseGivenName(int i) {
            return !marker(i)
                    && Character.isLowerCase(text.charAt(starts[i]))
                    && !NOT_A_NAME.contains(lower(i))
                    && GivenNames.instance().of(word(i)) == GivenNames.Kind.NAME;
        }

        void family() {
            for (int i = 0; i < count; i++) {
                if (!marker(i)
                        && (capitalised(i) || inCapitals(i))
                        && familyKeys.contains(Transliteration.nameKey(word(i)))) {
                    add(i, i + 1);
                }
            }
        }

        // --- the gazetteer

        void gazetteer() {
            for (int i = 0; i < count; i++) {
                boolean capitals = inCapitals(i);
                if (!(capitalised(i) || (capitals && ends[i] - starts[i] >= 4)) || marker(i)) {
                    continue;
                }
                GivenNames.Kind kind = kind(i);
                if (kind == GivenNames.Kind.NONE || !nameLike(i) || namedFor(i)) {
                    continue;
                }
                int end = chainEnd(i, capitals);
                if (namedAfter(i, end)) {
                    i = end - 1;
                    continue;
                }
                int start = i;
                if (i > 0 && nextOnSameLine(i - 1) && nameLike(i - 1) && surnameLike(i - 1)) {
                    start = i - 1; // "Бондаренко Ірина"
                }
                if (start == i && end == i + 1 && place(i)) {
                    continue; // "Sofia is the capital of Bulgaria", "we flew to Sofia"
                }
                boolean surnameAfter = end > i + 1 && surnameAfter(i, end);
                if (kind == GivenNames.Kind.ALSO_A_WORD && start == i && !surnameAfter) {
                    continue; // "Віра", "Will", "Mark" alone
                }
                add(start, end);
                i = end - 1;
            }
        }

        boolean surnameLike(int i) {
            return SURNAME.matcher(word(i)).matches();
        }

        /** A surname-like word or a particle after the first word of a name ("Роман Шевченко", "Mark de Vries"). */
        boolean surnameAfter(int first, int end) {
            for (int k = first + 1; k < end; k++) {
                if (surnameLike(k) || PARTICLES.contains(lower(k))) {
                    return true;
                }
            }
            return false;
        }

        boolean namedFor(int i) {
            return i > 0
                    && ((nextOnSameLine(i - 1)
                                    && NAMED_FOR.contains(lower(i - 1).replace(".", "")))
                            || streetBefore(i));
        }

        /**
         * After a street's, square's or park's word, the name it is named after ("вулиця Тараса Шевченка", "вул. Лесі
         * Українки", "парк імені Шевченка"); a given name in the nominative after "вулиці", "площі" may be someone met
         * there ("на вулиці Олена сказала"), so it stays a name.
         */
        boolean streetBefore(int i) {
            String before = lower(i - 1);
            if (!STREET_BEFORE.contains(before)
                    || (STREET_ABBREVIATIONS.contains(before)
                            && (ends[i - 1] >= text.length() || text.charAt(ends[i - 1]) != '.'))) {
                return false; // "им Анна звонила": to them
            }
            for (int k = ends[i - 1]; k < starts[i]; k++) {
                char c = text.charAt(k);
                if (c != ' ' && c != '\t' && c != '.' && c != '\u00A0') {
                    return false;
                }
            }
            return STREET_NOMINATIVE.contains(before) || !GivenNames.instance().isAsListed(word(i));
        }

        /**
         * A given name that is also a place ({@link #PLACE_NAME_KEYS}) where the text treats it as the place: after a
         * place preposition ("in Sofia", "uit Sofia", "в Софии", "з Софії"), after a route preposition with a word of
         * travelling or living before it ("flew to Sofia", "поїхати до Софії"), after "capital", "city", "місто" ("the
         * capital of Bulgaria, Sofia"), or before "is the capital", a country, "airport" ("Sofia, Bulgaria"). Not when
         * it has a genitive ("Sofia's school"), is the name of the person writing, or after "з"/"у" stands in a person's
         * case or construction ("з Софією": with her; "у Софії є діти": she has).
         */
        boolean place(int i) {
            String key = Transliteration.nameKey(word(i));
            if (!PLACE_NAME_KEYS.contains(key) || familyKeys.contains(key)) {
                return false;
            }
            if (ends[i] < text.length() && "'’ʼ".indexOf(text.charAt(ends[i])) >= 0) {
                return false; // "Sofia's school"
            }
            if (i > 0 && nextOnSameLine(i - 1)) {
                String before = lower(i - 1);
                if (PLACE_PREPOSITIONS.contains(before)) {
                    if (!Transliteration.hasCyrillic(word(i))) {
                        return true;
                    }
                    if (INSTRUMENTAL.matcher(word(i)).matches() && !before.equals("під") && !before.equals("под")) {
                        return false; // "з Софією", "с Викторией": with her
                    }
                    if (before.equals("у")
                            || (before.equals("в")
                                    && UKRAINIAN_LETTER.matcher(word(i)).find())) {
                        // "у Софії температура", "у Софии есть дети": she has; Russian "в Софии" is only a place
                        return travelledOrLivedBefore(i - 1)
                                && !(i + 1 < count && nextOnSameLine(i) && HAS_OR_IS.contains(lower(i + 1)));
                    }
                    return true;
                }
                if (ROUTE_PREPOSITIONS.contains(before) && travelledOrLivedBefore(i - 1)) {
                    return true;
                }
            }
            return PLACE_AFTER.matcher(text).region(ends[i], text.length()).lookingAt()
                    || PLACE_BEFORE
                            .matcher(text)
                            .region(Math.max(0, starts[i] - 60), starts[i])
                            .find();
        }

        /** A word of travelling or living among the three words before word {@code preposition}, in its clause. */
        boolean travelledOrLivedBefore(int preposition) {
            for (int k = preposition - 1; k >= 0 && k >= preposition - 3 && nextOnSameLine(k); k--) {
                if (TRAVEL_WORDS.contains(lower(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the Koval family", "the Koval household", "de Koval familie": the capitalised words before a family word,
         * after an article or at a clause's start (where adjectives such as "Large" or "Host" are ordinary words).
         */
        void familyBefore(int i) {
            int first = i;
            while (first > 0
                    && i - first < MAX_NAME_WORDS + 2
                    && nextOnSameLine(first - 1)
                    && ((nameLike(first - 1) && capitalised(first - 1))
                            || (PARTICLES.contains(lower(first - 1)) && first < i))) {
                first--; // capitalised, not in capitals: "the IND family reunification" has no surname
            }
            int name = first;
            while (name < i && !(nameLike(name) && capitalised(name))) {
                name++; // "van der" of "the van der Berg family", the article "de" of "de Koval familie"
            }
            if (name == i) {
                return;
            }
            boolean article = (first < name && ARTICLES.contains(lower(first)))
                    || (first > 0
                            && nextOnSameLine(first - 1)
                            && (ARTICLES.contains(lower(first - 1)) || POSSESSIVES.contains(lower(first - 1))));
            if (article || atClauseStart(starts[first])) {
                add(name, i);
            }
        }

        /** The name from {@code first} to {@code end} is part of an institution's or street's name. */
        boolean namedAfter(int first, int end) {
            for (int k = first + 1; k < end; k++) {
                if (INSTITUTION.matcher(word(k)).matches()) {
                    return true;
                }
            }
            return end < count
                    && nextOnSameLine(end - 1)
                    && INSTITUTION.matcher(word(end)).matches();
        }

        /**
         * The end (exclusive) of the name starting at word {@code first}: the capitalised words right after it on
         * the same line, particles between them ("van den"), at most {@value #MAX_NAME_WORDS} name words; in
         * capitals, the words in capitals after it.
         */
        int chainEnd(int first, boolean capitals) {
            int end = first + 1;
            int words = 1;
            int k = first;
            while (words < MAX_NAME_WORDS && nextOnSameLine(k)) {
                int next = k + 1;
                int particles = 0;
                while (next < count && PARTICLES.contains(lower(next)) && nextOnSameLine(next) && particles < 3) {
                    next++;
                    particles++;
                }
                if (next >= count || (particles > 0 && !nextOnSameLine(next - 1))) {
                    break;
                }
                boolean fits = capitals ? inCapitals(next) && !NOT_A_NAME.contains(lower(next)) : capitalised(next);
                if (!fits || !nameLike(next)) {
                    break;
                }
                end = next + 1;
                words++;
                k = next;
            }
            return end;
        }

        // --- contexts

        void contexts() {
            Matcher relation = null;
            Matcher salutation = null;
            Matcher title = null;
            Matcher greeting = null;
            Matcher signOff = null;
            for (int i = 0; i < count; i++) {
                if (marker(i)) {
                    continue;
                }
                String word = lower(i);
                int at = starts[i];
                boolean relationStarts = RELATION_WORDS.contains(word)
                        || (POSSESSIVES.contains(word) && i + 1 < count && RELATION_WORDS.contains(lower(i + 1)));
                if (relationStarts && startsAt(relation = matcher(relation, RELATION), at)) {
                    afterAt(relation.end(), Mode.ANY);
                }
                if (SALUTATION_WORDS.contains(word)
                        && startsAt(salutation = matcher(salutation, SALUTATION), at)
                        && atClauseStart(at)) {
                    afterAt(salutation.end(), Mode.ANY);
                }
                if (TITLE_WORDS.contains(word)
                        && startsAt(title = matcher(title, TITLE), at)
                        && !PersonNames.inCapitals(title.group())) { // "MS Word" is no Ms
                    afterAt(title.end(), Mode.TITLE);
                }
                if (GREETING_WORDS.contains(word)
                        && startsAt(greeting = matcher(greeting, GREETING), at)
                        && atClauseStart(at)) {
                    afterAt(greeting.end(), greeting.group("comma") != null ? Mode.GREETING_COMMA : Mode.GREETING);
                }
                if (SIGN_OFF_WORDS.contains(word) && startsAt(signOff = matcher(signOff, SIGN_OFF), at)) {
                    afterAt(signOff.end(), signOff.group("from") != null ? Mode.ANY : Mode.SIGN_OFF);
                }
                if (FAMILY_AFTER.contains(word)) {
                    familyBefore(i);
                }
            }
            ages();
            here();
            opening();
        }

        /** {@code m}, or a new matcher of the pattern over the text whose look-behinds see before its region. */
        Matcher matcher(Matcher m, Pattern pattern) {
            return m != null
                    ? m
                    : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean startsAt(Matcher m, int at) {
            return m.region(at, text.length()).lookingAt();
        }

        enum Mode {
            /** Any capitalised name-like words. */
            ANY,
            /** After a title ("mevrouw", "пані"): capitalised words. */
            TITLE,
            /** "Hallo Petro," : the name ends the phrase. */
            GREETING,
            /** "Hello, Anna." : a given name, and the name ends the phrase. */
            GREETING_COMMA,
            /** "Groetjes, Pieter de Graaf": the name ends the line, or starts with a given name. */
            SIGN_OFF
        }

        void afterAt(int position, Mode mode) {
            int i = wordAt(position);
            if (i < 0) {
                return;
            }
            while (i < count && TITLES.contains(lower(i).replace(".", "")) && nextOnSameLine(i)) {
                i++; // "Шановна пані Олено", "Beste mevrouw Jansen"
            }
            int particlesFrom = i;
            while (i < count && PARTICLES.contains(lower(i)) && nextOnSameLine(i) && i - particlesFrom < 3) {
                i++; // "mevrouw van der Berg": the particles go with the name
            }
            if (i >= count || (i > particlesFrom && !capitalised(i))) {
                return;
            }
            boolean lowerCase = lowerCaseGivenName(i);
            if (!lowerCase && !nameLike(i)) {
                return;
            }
            int end = lowerCase ? lowerCaseChainEnd(i) : chainEnd(i, inCapitals(i));
            boolean given = kind(i) != GivenNames.Kind.NONE;
            switch (mode) {
                case GREETING -> {
                    if (!ENDS_PHRASE
                            .matcher(text)
                            .region(ends[end - 1], text.length())
                            .lookingAt()) {
                        return;
                    }
                }
                case GREETING_COMMA -> {
                    if (!given
                            || !ENDS_PHRASE
                                    .matcher(text)
                                    .region(ends[end - 1], text.length())
                                    .lookingAt()) {
                        return;
                    }
                }
                case SIGN_OFF -> {
                    if (!ENDS_LINE
                            .matcher(text)
                            .region(ends[end - 1], text.length())
                            .lookingAt()) {
                        return;
                    }
                }
                default -> {}
            }
            add(particlesFrom, end);
        }

        int lowerCaseChainEnd(int first) {
            int end = first + 1;
            while (end < count
                    && end - first < MAX_NAME_WORDS
                    && nextOnSameLine(end - 1)
                    && (lowerCaseGivenName(end) || (capitalised(end) && nameLike(end)))) {
                end++;
            }
            return end;
        }

        /** The word starting at {@code position}, or -1. */
        int wordAt(int position) {
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] < position) {
                    low = mid + 1;
                } else if (starts[mid] > position) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** "Максим (8 років)", "Дарина, 5 років", "Sofia (7)": a name, or at a clause's start a given name. */
        void ages() {
            Matcher age = AGE.matcher(text);
            for (int i = 0; i < count; i++) {
                if (!digitFollows(ends[i]) || !nameLike(i)) {
                    continue;
                }
                age.region(ends[i], text.length());
                if (!age.lookingAt()) {
                    continue;
                }
                boolean bracketed = age.group("open") != null && age.group("close") != null;
                if (age.group("word") == null && !bracketed) {
                    continue;
                }
                int start = i;
                while (start > 0 && i - start < 2 && nextOnSameLine(start - 1) && nameLike(start - 1)) {
                    start--;
                }
                if (start == i && place(i)) {
                    continue; // "Ми жили в Софії 2 роки"
                }
                boolean given = false;
                for (int k = start; k <= i; k++) {
                    given |= kind(k) != GivenNames.Kind.NONE;
                }
                boolean afterPreposition =
                        start > 0 && nextOnSameLine(start - 1) && PREPOSITIONS.contains(lower(start - 1));
                if (!given && (atClauseStart(starts[start]) || age.group("word") == null || afterPreposition)) {
                    continue;
                }
                add(start, i + 1);
            }
        }

        /** A digit after spaces, a comma or a bracket: where an age may follow a name. */
        boolean digitFollows(int position) {
            for (int k = position; k < text.length() && k < position + 6; k++) {
                char c = text.charAt(k);
                if (Character.isDigit(c)) {
                    return true;
                }
                if (c != ' ' && c != ',' && c != '(' && c != '\t') {
                    return false;
                }
            }
            return false;
        }

        /** "Svitlana Kravets here.", "Anna hier,": names at a clause's start before here/hier/тут. */
        void here() {
            for (int j = 1; j < count; j++) {
                String lower = lower(j);
                if (!(lower.equals("here") || lower.equals("hier") || lower.equals("тут"))
                        || !ENDS_PHRASE
                                .matcher(text)
                                .region(ends[j], text.length())
                                .lookingAt()
                        || !nextOnSameLine(j - 1)) {
                    continue;
                }
                int start = j;
                while (start > 0 && j - start < 3 && nameLike(start - 1) && (start == j || nextOnSameLine(start - 1))) {
                    start--;
                }
                boolean given = false;
                for (int k = start; k < j; k++) {
                    given |= kind(k) != GivenNames.Kind.NONE;
                }
                if (start < j && atClauseStart(starts[start]) && (given || surnameLike(j - 1))) {
                    add(start, j);
                }
            }
        }

        /**
         * "Mykola Hrytsenko uit Kyiv.", "Pryvit, Natalia Koval,": two or three capitalised words at the start of
         * the text (or after its greeting), the last one a surname of Ukrainian or Russian shape or the first a given
         * name, then where they come from or punctuation.
         */
        void opening() {
            int i = 0;
            Matcher greeting = GREETING.matcher(text);
            if (greeting.lookingAt()) {
                i = wordAt(greeting.end());
            } else if (count > 0 && !text.substring(0, starts[0]).isBlank()) {
                return;
            }
            if (i < 0 || i >= count || !nameLike(i)) {
                return;
            }
            int end = chainEnd(i, inCapitals(i));
            if (end - i < 2
                    || !AFTER_OPENING_NAME
                            .matcher(text)
                            .region(ends[end - 1], text.length())
                            .lookingAt()) {
                return;
            }
            if (surnameLike(end - 1) || kind(i) != GivenNames.Kind.NONE) {
                add(i, end);
            }
        }

        /** At the start of the text, after a sentence's or line's end, or after a greeting word. */
        boolean atClauseStart(int index) {
            int k = index - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k--;
            }
            if (k < 0) {
                return true;
            }
            char c = text.charAt(k);
            if (".!?\n\r:;,…\"«»„“”()—–-".indexOf(c) >= 0) {
                return true;
            }
            return Set.of(
                            "день",
                            "дня",
                            "ранок",
                            "ранку",
                            "вечір",
                            "вечора",
                            "вечер",
                            "утро",
                            "morning",
                            "afternoon",
                            "evening")
                    .contains(previousWord(k + 1));
        }

        String previousWord(int end) {
            int k = end;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            return text.substring(k, end).toLowerCase(Locale.ROOT);
        }

        void add(int first, int end) {
            spans.add(new int[] {starts[first], ends[end - 1]});
        }

        List<Found> found() {
            if (spans.isEmpty()) {
                return List.of();
            }
            spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> -s[1]));
            List<Found> found = new ArrayList<>();
            int start = spans.get(0)[0];
            int end = spans.get(0)[1];
            for (int[] span : spans.subList(1, spans.size())) {
                if (span[0] <= end) {
                    end = Math.max(end, span[1]);
                } else {
                    found.add(new Found(start, end, text.substring(start, end)));
                    start = span[0];
                    end = span[1];
                }
            }
            found.add(new Found(start, end, text.substring(start, end)));
            return found;
        }
    }
}
