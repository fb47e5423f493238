//! Every text of the interface, each with its English, Serbian (Latin
//! script; the Cyrillic is transliterated from it) and Albanian. One entry
//! per text, all its languages side by side, so none can be left out: the
//! table does not compile without all three.
//!
//! How to write an entry: places `{0}`, `{1}`… for values, in the order the
//! language needs; a count's text one form per plural category, split by
//! `|` (English and Albanian `one|other`, Serbian `one|few|other`), the
//! number at `{n}` (a text without `{n}` is not a count: a `|` in it is a
//! bar as written). In Serbian, a stretch between backquotes stays in Latin
//! script in Cyrillic (query syntax, key names, example spellings).

macro_rules! messages {
    ($($key:ident: $en:literal, $sr:literal, $sq:literal;)*) => {
        /// A text of the interface: its key in the table.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every key, in the table's order.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];
            /// How many texts the table holds.
            pub const COUNT: usize = [$(stringify!($key)),*].len();
        }

        // Each language's texts as one string, each text ended by U+0001:
        // a table of string references would cost the reader's download
        // 8 bytes a text and language, and compresses badly.
        // Serbian and Albanian are compiled in only with the `translations`
        // feature (the build, the tests): the reader's app fetches the
        // language it shows (`Texts::from_table`), so that a reader in one
        // language does not download the others.
        pub(super) const EN: &str = concat!($($en, "\u{1}"),*);
        #[cfg(feature = "translations")]
        pub(super) const SR: &str = concat!($($sr, "\u{1}"),*);
        #[cfg(feature = "translations")]
        pub(super) const SQ: &str = concat!($($sq, "\u{1}"),*);
    };
}

messages! {
    // Dates: the order of a date's parts and the month names (CLDR).
    DayMonthYear: "{0} {1} {2}", "{0}. {1} {2}.", "{0} {1} {2}";
    MonthYear: "{0} {1}", "{0} {1}.", "{0} {1}";
    Year: "{0}", "{0}.", "{0}";
    DayMonth: "{0} {1}", "{0}. {1}", "{0} {1}";
    January: "January", "januar", "janar";
    February: "February", "februar", "shkurt";
    March: "March", "mart", "mars";
    April: "April", "april", "prill";
    May: "May", "maj", "maj";
    June: "June", "jun", "qershor";
    July: "July", "jul", "korrik";
    August: "August", "avgust", "gusht";
    September: "September", "septembar", "shtator";
    October: "October", "oktobar", "tetor";
    November: "November", "novembar", "nëntor";
    December: "December", "decembar", "dhjetor";
    Jan: "Jan", "jan", "jan";
    Feb: "Feb", "feb", "shk";
    Mar: "Mar", "mar", "mar";
    Apr: "Apr", "apr", "pri";
    MayShort: "May", "maj", "maj";
    Jun: "Jun", "jun", "qer";
    Jul: "Jul", "jul", "korr";
    Aug: "Aug", "avg", "gush";
    Sep: "Sep", "sep", "sht";
    Oct: "Oct", "okt", "tet";
    Nov: "Nov", "nov", "nën";
    Dec: "Dec", "dec", "dhj";
    DateInferred: "{0} (inferred)", "{0} (procena)", "{0} (e nxjerrë)";
    DateUnknown: "Date unknown", "Datum nepoznat", "Data e panjohur";
    WeekOf: "week of {0}", "nedelja od {0}", "java e {0}";
    TheWeekOf: "the week of {0}", "nedelja od {0}", "java e {0}";
    Spring: "spring {0}", "proleće {0}.", "pranvera {0}";
    Summer: "summer {0}", "leto {0}.", "vera {0}";
    Autumn: "autumn {0}", "jesen {0}.", "vjeshta {0}";
    Winter: "winter {0}", "zima {0}.", "dimri {0}";
    Early: "early {0}", "{0} (početak)", "{0} (fillimi)";
    Mid: "mid {0}", "{0} (sredina)", "{0} (mesi)";
    MidYear: "mid-{0}", "{0} (sredina)", "{0} (mesi)";
    Late: "late {0}", "{0} (kraj)", "{0} (fundi)";
    About: "about {0}", "približno {0}", "rreth {0}";
    Starting: "{0} (starting {1})", "{0} (od {1}.)", "{0} (duke filluar nga {1})";
    DateRange: "{0} – {1}", "{0} – {1}", "{0} – {1}";

    // Languages' names (CLDR), for the languages' filter and the reader.
    LangEn: "English", "engleski", "anglisht";
    LangSrLatn: "Serbian (Latin)", "srpski (latinica)", "serbisht (latinisht)";
    LangSrCyrl: "Serbian (Cyrillic)", "srpski (ćirilica)", "serbisht (cirilik)";
    LangSr: "Serbian", "srpski", "serbisht";
    LangSq: "Albanian", "albanski", "shqip";
    LangHr: "Croatian", "hrvatski", "kroatisht";
    LangBs: "Bosnian", "bosanski", "boshnjakisht";
    LangMk: "Macedonian", "makedonski", "maqedonisht";
    LangDe: "German", "nemački", "gjermanisht";
    LangFr: "French", "francuski", "frëngjisht";
    LangEs: "Spanish", "španski", "spanjisht";
    LangIt: "Italian", "italijanski", "italisht";
    LangRu: "Russian", "ruski", "rusisht";
    LangUk: "Ukrainian", "ukrajinski", "ukrainisht";
    LangTr: "Turkish", "turski", "turqisht";
    LangAr: "Arabic", "arapski", "arabisht";
    LangZh: "Chinese", "kineski", "kinezisht";

    // Counts.
    Articles: "{n} article|{n} articles", "{n} članak|{n} članka|{n} članaka", "{n} artikull|{n} artikuj";
    Documents: "{n} document|{n} documents", "{n} dokument|{n} dokumenta|{n} dokumenata", "{n} dokument|{n} dokumente";
    // The same counts after "of" and "in" (Serbian: genitive and locative
    // singular after `od` and `u`: "1 od 1 dokumenta", "u 1 dokumentu").
    ArticlesOf: "{n} article|{n} articles", "{n} članka|{n} članka|{n} članaka", "{n} artikull|{n} artikuj";
    DocumentsOf: "{n} document|{n} documents", "{n} dokumenta|{n} dokumenta|{n} dokumenata", "{n} dokument|{n} dokumente";
    DocumentsIn: "{n} document|{n} documents", "{n} dokumentu|{n} dokumenta|{n} dokumenata", "{n} dokument|{n} dokumente";
    Matches: "{n} match|{n} matches", "{n} pogodak|{n} pogotka|{n} pogodaka", "{n} përputhje|{n} përputhje";
    Files: "{n} file|{n} files", "{n} datoteka|{n} datoteke|{n} datoteka", "{n} skedar|{n} skedarë";
    Sentences: "{n} sentence|{n} sentences", "{n} rečenica|{n} rečenice|{n} rečenica", "{n} fjali|{n} fjali";
    Mentions: "{n} mention|{n} mentions", "{n} pominjanje|{n} pominjanja|{n} pominjanja", "{n} përmendje|{n} përmendje";
    Quotations: "{n} quotation|{n} quotations", "{n} citat|{n} citata|{n} citata", "{n} citim|{n} citime";
    Speakers: "{n} speaker|{n} speakers", "{n} govornik|{n} govornika|{n} govornika", "{n} folës|{n} folës";
    Times: "once|{n} times", "jednom|{n} puta|{n} puta", "një herë|{n} herë";

    // The page.
    SkipToArticle: "Skip to the article", "Pređi na članak", "Kalo te artikulli";
    Subtitle: "{0}{1}, explored in your browser", "{0}{1}, istraženo u vašem pregledaču", "{0}{1}, të eksploruar në shfletuesin tuaj";
    OpenFullExplorer: "Open full explorer", "Otvori ceo istraživač", "Hap eksploruesin e plotë";
    DownloadData: "Download data", "Preuzmi podatke", "Shkarko të dhënat";
    InterfaceLanguage: "Interface language", "Jezik interfejsa", "Gjuha e ndërfaqes";
    InterfaceNotLoaded: "The interface cannot be shown in {0}: {1}", "Interfejs ne može da se prikaže na jeziku {0}: {1}", "Ndërfaqja nuk mund të shfaqet në {0}: {1}";
    LinkNotText: "“{0}” is not valid text in this link", "„{0}“ nije ispravan tekst u ovom linku", "„{0}“ nuk është tekst i vlefshëm në këtë lidhje";
    LinkOtherCorpus: "this link is for other articles (“{0}”), not “{1}”: open those with “{2}” to see its view", "ovaj link je za druge članke („{0}“), ne za „{1}“: otvorite ih dugmetom „{2}“ da biste videli njegov prikaz", "kjo lidhje është për artikuj të tjerë („{0}“), jo për „{1}“: hapini ata me „{2}“ për të parë pamjen e saj";
    LinkUnknownSetting: "the setting “{0}” is unknown", "podešavanje „{0}“ je nepoznato", "parametri „{0}“ është i panjohur";
    LinkNullOrigin: "“null” cannot be an allowed origin: any sandboxed frame has it", "„`null`“ ne može biti dozvoljeno poreklo: ima ga svaki izolovani okvir", "„null“ nuk mund të jetë origjinë e lejuar: e ka çdo kornizë e izoluar";
    LinkNotAnOrigin: "“{0}” is not an origin (like https://example.org)", "„{0}“ nije poreklo (kao `https://example.org`)", "„{0}“ nuk është origjinë (si https://example.org)";
    LinkBadInterface: "the interface language “{0}” is not one of {1}", "jezik interfejsa „{0}“ nije među ponuđenima: {1}", "gjuha e ndërfaqes „{0}“ nuk është një nga {1}";
    LinkNoName: "no name “{0}” in this corpus", "u ovom korpusu nema imena „{0}“", "nuk ka emër „{0}“ në këtë korpus";
    LinkNotADate: "“{0}” is not a date (YYYY-MM-DD)", "„{0}“ nije datum (`YYYY-MM-DD`)", "„{0}“ nuk është datë (YYYY-MM-DD)";
    LinkNoStory: "no story “{0}” in this corpus", "u ovom korpusu nema priče „{0}“", "nuk ka histori „{0}“ në këtë korpus";
    LinkNoStep: "the story “{0}” has no step “{1}” (its steps are 1 to {2})", "priča „{0}“ nema korak „{1}“ (njeni koraci su od 1 do {2})", "historia „{0}“ nuk ka hap „{1}“ (hapat e saj janë 1 deri {2})";
    LinkNoDocument: "no document “{0}” in this corpus", "u ovom korpusu nema dokumenta „{0}“", "nuk ka dokument „{0}“ në këtë korpus";
    LinkPassageWithoutDocument: "a passage needs a document (doc)", "za odlomak je potreban dokument (`doc`)", "një pasazh kërkon një dokument (doc)";
    LinkNotAPassage: "“{0}” is not a passage of that document", "„{0}“ nije odlomak tog dokumenta", "„{0}“ nuk është pasazh i atij dokumenti";
    LinkNotInDocument: "“{0}” is not in that document", "„{0}“ nije u tom dokumentu", "„{0}“ nuk është në atë dokument";
    LinkBadView: "the view “{0}” is not one of {1}", "prikaz „{0}“ nije među ponuđenima: {1}", "pamja „{0}“ nuk është një nga {1}";
    LinkBadSort: "the order “{0}” is not one of {1}", "redosled „{0}“ nije među ponuđenima: {1}", "renditja „{0}“ nuk është një nga {1}";
    LinkBadConcordanceSort: "the concordance order “{0}” is not one of {1}", "redosled konkordancije „{0}“ nije među ponuđenima: {1}", "renditja e konkordancës „{0}“ nuk është një nga {1}";
    CorpusNotLoaded: "The corpus could not be loaded", "Korpus nije mogao da se učita", "Korpusi nuk mund të ngarkohej";
    View: "View", "Prikaz", "Pamja";
    TabReader: "Reader", "Čitač", "Lexuesi";
    TabConcordance: "Concordance", "Konkordancija", "Konkordanca";
    TabConnections: "Connections", "Veze", "Lidhjet";
    TabQuotes: "Quotes", "Citati", "Citimet";

    // The page without scripts, and its head.
    StaticIntro: "The {0} articles, in full.", "Svi članci u celini ({0}).", "Të gjithë artikujt, të plotë ({0}).";
    StaticListIntro: "The {0} articles, {1} to a page: a title opens its article.", "Svi članci ({0}), po {1} na strani: naslov otvara članak.", "Të gjithë artikujt ({0}), {1} për faqe: titulli hap artikullin.";
    StaticRange: "Articles {0}–{1} of {2}", "Članci {0}–{1} od {2}", "Artikujt {0}–{1} nga {2}";
    StaticPages: "Pages of articles", "Strane sa člancima", "Faqet e artikujve";
    PreviousPage: "Previous page", "Prethodna strana", "Faqja e mëparshme";
    NextPage: "Next page", "Sledeća strana", "Faqja tjetër";
    ArticleList: "All articles", "Svi članci", "Të gjithë artikujt";
    NewsArticles: "{n} news article|{n} news articles", "{n} novinski članak|{n} novinska članka|{n} novinskih članaka", "{n} artikull lajmesh|{n} artikuj lajmesh";
    MetaDescription: "{0}{1}: search, names and a timeline, all in your browser.", "{0}{1}: pretraga, imena i vremenska linija, sve u vašem pregledaču.", "{0}{1}: kërkim, emra dhe kronologji, të gjitha në shfletuesin tuaj.";
    PageTitle: "{0} – explorer", "{0} – istraživač", "{0} – eksplorues";

    // The search field.
    Search: "Search", "Pretraga", "Kërko";
    SearchPlaceholder: "Search: {0}, \"a phrase\", word*, this OR that…", "Pretraga: {0}, \"fraza\", reč*, ovo `OR` ono…", "Kërko: {0}, \"një frazë\", fjalë*, kjo OR ajo…";
    ExampleName: "a name", "ime", "një emër";
    Exact: "Exact", "Tačno", "Saktë";
    ExactTitle: "Match case and accents exactly", "Razlikuj velika i mala slova i akcente", "Dallo shkronjat e mëdha e të vogla dhe shenjat diakritike";
    AtCharacter: "At character {0}: {1}", "Kod znaka {0}: {1}", "Te karakteri {0}: {1}";
    LastCompleteQuery: "Showing the results of the last complete query.", "Prikazani su rezultati poslednjeg potpunog upita.", "Shfaqen rezultatet e kërkimit të fundit të plotë.";
    MoreNotes: "…and {n} more like this|…and {n} more like these", "…i još {n} takva|…i još {n} takva|…i još {n} takvih", "…dhe {n} tjetër si kjo|…dhe {n} të tjera si këto";
    HowToSearch: "How to search", "Kako pretraživati", "Si të kërkoni";
    HelpWords: "every word (whole words; the word you are typing matches its start)", "sve reči (cele reči; reč koju kucate traži se po početku)", "çdo fjalë (fjalë të plota; fjala që po shkruani përputhet me fillimin e saj)";
    HelpPrefix: "words starting with troop", "reči koje počinju sa `troop`", "fjalë që fillojnë me troop";
    HelpFuzzy: "also misspelt: Soltenberg, Stoltenbrg (~1, ~2: how many letters may differ)", "i pogrešno napisano: `Soltenberg, Stoltenbrg` (~1, ~2: koliko slova sme da se razlikuje)", "edhe të shkruara gabim: Soltenberg, Stoltenbrg (~1, ~2: sa shkronja mund të ndryshojnë)";
    HelpPhrase: "the exact phrase", "tačno ta fraza", "fraza e saktë";
    HelpNear: "both within 10 words, either order (also \"kurti troops\"~10; NEAR alone: 10)", "obe na najviše 10 reči razmaka, bilo kojim redom (i `\"kurti troops\"~10`; samo `NEAR`: 10)", "të dyja brenda 10 fjalëve, në çdo renditje (edhe \"kurti troops\"~10; vetëm NEAR: 10)";
    HelpName: "a name, however it is spelt (Vucic, Aleksandar Vučić), near a word; name:\"Albin Kurti\" alone marks every mention", "ime, ma kako bilo napisano (`Vucic, Aleksandar Vučić`), blizu reči; samo `name:\"Albin Kurti\"` označava svako pominjanje", "një emër, si do që të shkruhet (Vucic, Aleksandar Vučić), pranë një fjale; vetëm name:\"Albin Kurti\" shënon çdo përmendje";
    HelpOr: "either word", "bilo koja od dve reči", "njëra nga fjalët";
    HelpNot: "leave out documents with the word", "izostavi dokumente s tom reči", "lër jashtë dokumentet me këtë fjalë";
    HelpRegex: "a regular expression on the original text", "regularni izraz nad izvornim tekstom", "një shprehje e rregullt mbi tekstin origjinal";
    HelpOutlet: "only that outlet", "samo taj medij", "vetëm ai medium";
    HelpDate: "published in that period (also date:2023, date:..2022-09)", "objavljeno u tom periodu (i `date:2023, date:..2022-09`)", "botuar në atë periudhë (edhe date:2023, date:..2022-09)";
    HelpLang: "articles in that language (also lang:albanian)", "članci na tom jeziku (i `lang:albanian`)", "artikuj në atë gjuhë (edhe lang:albanian)";
    HelpKeys: "Enter, Shift+Enter", "`Enter, Shift+Enter`", "Enter, Shift+Enter";
    HelpNext: "next and previous match, across all documents", "sledeći i prethodni pogodak, kroz sve dokumente", "përputhja pasuese dhe e mëparshme, në të gjitha dokumentet";
    HelpCase: "Case and accents are ignored (vucic finds Vučić) unless Exact is on.", "Velika i mala slova i akcenti se zanemaruju (`vucic` nalazi `Vučić`), osim kad je uključeno „Tačno“.", "Shkronjat e mëdha e të vogla dhe shenjat diakritike nuk merren parasysh (vucic gjen Vučić), përveç kur është ndezur „Saktë“.";

    // The query's problems.
    QOrSides: "OR needs a term on each side", "`OR` traži termin sa obe strane", "OR kërkon një term në secilën anë";
    QOrExclusion: "OR needs a term on each side (not an exclusion)", "`OR` traži termin sa obe strane (ne izostavljanje)", "OR kërkon një term në secilën anë (jo një përjashtim)";
    QOrFilter: "OR needs a term on each side (not a filter)", "`OR` traži termin sa obe strane (ne filter)", "OR kërkon një term në secilën anë (jo një filtër)";
    QRepeated: "“{0}” is already in the query: counted once", "„{0}“ je već u upitu: broji se jednom", "„{0}“ është tashmë në kërkim: numërohet një herë";
    QTooManyTerms: "only the first {0} terms are searched; the rest from here are left out", "pretražuje se samo prvih {0} termina; ostali, odavde nadalje, izostavljaju se", "kërkohen vetëm {0} termat e parë; të tjerët, që këtu e tutje, lihen jashtë";
    QTooManyRegexes: "only the first {0} regular expressions are searched; this one and later ones are left out", "pretražuje se samo prvih {0} regularnih izraza; ovaj i kasniji izostavljaju se", "kërkohen vetëm {0} shprehjet e rregullta të para; kjo dhe të mëpasshmet lihen jashtë";
    QLoneMinus: "nothing follows this minus: write -word to leave documents out", "iza ovog minusa nema ničega: pišite `-reč` da izostavite dokumente", "asgjë nuk vjen pas këtij minusi: shkruani -fjalë për të lënë dokumente jashtë";
    QUnclosedPhrase: "this quote is never closed; the phrase runs to the end", "ovi navodnici nisu zatvoreni; fraza ide do kraja", "kjo thonjëz nuk mbyllet kurrë; fraza shtrihet deri në fund";
    QUnclosedName: "this quote is never closed; the name runs to the end", "ovi navodnici nisu zatvoreni; ime ide do kraja", "kjo thonjëz nuk mbyllet kurrë; emri shtrihet deri në fund";
    QUnclosedOutlet: "this quote is never closed; the outlet's name runs to the end", "ovi navodnici nisu zatvoreni; naziv medija ide do kraja", "kjo thonjëz nuk mbyllet kurrë; emri i mediumit shtrihet deri në fund";
    QPhraseTilde: "~ after a phrase joins two words, like \"kurti troops\"~10", "~ iza fraze spaja dve reči, kao `\"kurti troops\"~10`", "~ pas një fraze bashkon dy fjalë, si \"kurti troops\"~10";
    QEmptyPhrase: "empty phrase", "prazna fraza", "frazë bosh";
    QUnclosedRegex: "this regular expression is never closed with /", "ovaj regularni izraz nije zatvoren znakom /", "kjo shprehje e rregullt nuk mbyllet kurrë me /";
    QEmptyRegex: "empty regular expression", "prazan regularni izraz", "shprehje e rregullt bosh";
    QNegatedFilter: "filters cannot be negated", "filteri ne mogu da se izostave minusom", "filtrat nuk mund të mohohen";
    QNameNeeded: "name: needs a name, like name:Kurti or name:\"Albin Kurti\"", "`name:` traži ime, kao `name:Kurti` ili `name:\"Albin Kurti\"`", "name: kërkon një emër, si name:Kurti ose name:\"Albin Kurti\"";
    QOutletNeeded: "outlet: needs a name, like outlet:DW", "`outlet:` traži naziv medija, kao `outlet:DW`", "outlet: kërkon emrin e mediumit, si outlet:DW";
    QLangNeeded: "lang: needs a language tag or name, like lang:sr or lang:albanian", "`lang:` traži oznaku ili ime jezika, kao `lang:sr` ili `lang:albanian`", "lang: kërkon një etiketë ose emër gjuhe, si lang:sr ose lang:albanian";
    QDateNeeded: "date: needs dates like 2022-08-17, 2022-08 or 2022, or a range like 2022-08..2022-09", "`date:` traži datume kao `2022-08-17, 2022-08` ili `2022`, ili raspon kao `2022-08..2022-09`", "date: kërkon data si 2022-08-17, 2022-08 ose 2022, ose një periudhë si 2022-08..2022-09";
    QTildeNoSpace: "~ must follow a word or a phrase, with no space: stoltenberg~, \"kurti troops\"~10", "~ mora da stoji odmah iza reči ili fraze, bez razmaka: `stoltenberg~, \"kurti troops\"~10`", "~ duhet të vijë menjëherë pas një fjale ose fraze, pa hapësirë: stoltenberg~, \"kurti troops\"~10";
    QPrefixFuzzy: "a prefix cannot also be fuzzy: write troop* or troops~", "prefiks ne može biti i približan: pišite `troop*` ili `troops~`", "një parashtesë nuk mund të jetë edhe e përafërt: shkruani troop* ose troops~";
    QTildeWord: "~ must follow a word, like stoltenberg~", "~ mora da stoji iza reči, kao `stoltenberg~`", "~ duhet të vijë pas një fjale, si stoltenberg~";
    QTildeOneWord: "~ applies to one word, like stoltenberg~", "~ važi za jednu reč, kao `stoltenberg~`", "~ vlen për një fjalë, si stoltenberg~";
    QTildeEdits: "~ takes 0, 1 or 2 edits, like stoltenberg~1", "~ prima 0, 1 ili 2 izmene, kao `stoltenberg~1`", "~ merr 0, 1 ose 2 ndryshime, si stoltenberg~1";
    QStarStart: "* must follow the start of a word, like troop*", "* mora da stoji iza početka reči, kao `troop*`", "* duhet të vijë pas fillimit të një fjale, si troop*";
    QNearSides: "NEAR needs a word or a prefix on each side, like kurti NEAR/10 troops", "`NEAR` traži reč ili prefiks sa obe strane, kao `kurti NEAR/10 troops`", "NEAR kërkon një fjalë ose parashtesë në secilën anë, si kurti NEAR/10 troops";
    QNearZero: "the words near each other need a distance of 1 or more, like NEAR/10", "reči blizu jedna drugoj traže razmak od 1 ili više, kao `NEAR/10`", "fjalët pranë njëra-tjetrës kërkojnë largësi 1 ose më shumë, si NEAR/10";
    QNearTooFar: "at most 100 words apart, like NEAR/100", "najviše 100 reči razmaka, kao `NEAR/100`", "më së shumti 100 fjalë larg, si NEAR/100";
    QNearNumber: "NEAR takes a number of words, like NEAR/10", "`NEAR` prima broj reči, kao `NEAR/10`", "NEAR merr një numër fjalësh, si NEAR/10";
    QNoSuchName: "no name “{0}” in these articles", "nema imena „{0}“ u ovim člancima", "asnjë emër „{0}“ në këta artikuj";

    // What the search found.
    ShownOf: "{0} of {1}", "{0} od {1}", "{0} nga {1}";
    FirstMatchesCapped: "the first {0} matches (narrow the search for the rest)", "prvih {0} pogodaka (suzite pretragu za ostale)", "{0} përputhjet e para (ngushtoni kërkimin për të tjerat)";
    WordsIndexing: "Indexing the words… · {0}", "Indeksiraju se reči… · {0}", "Po indeksohen fjalët… · {0}";
    RegexLoading: "Loading the regular-expression engine… · {0}", "Učitava se mašina za regularne izraze… · {0}", "Po ngarkohet motori i shprehjeve të rregullta… · {0}";
    QueryHasProblem: "{0}. The query has a problem: {1}", "{0}. Upit ima problem: {1}", "{0}. Kërkimi ka një problem: {1}";
    MatchOf: "Match {0} of {1}", "Pogodak {0} od {1}", "Përputhja {0} nga {1}";
    MatchesNav: "Matches", "Pogoci", "Përputhjet";
    PreviousMatch: "‹ Previous", "‹ Prethodni", "‹ E mëparshmja";
    PreviousMatchTitle: "Previous match (Shift+Enter)", "Prethodni pogodak (`Shift+Enter`)", "Përputhja e mëparshme (Shift+Enter)";
    NextMatch: "Next ›", "Sledeći ›", "Pasuesja ›";
    NextMatchTitle: "Next match (Enter)", "Sledeći pogodak (`Enter`)", "Përputhja pasuese (Enter)";
    HighlightedTerms: "Highlighted terms", "Istaknuti termini", "Termat e theksuar";
    HideTerm: "Hide this term's highlights", "Sakrij isticanje ovog termina", "Fshih theksimin e këtij termi";
    ShowTerm: "Show this term's highlights", "Prikaži isticanje ovog termina", "Shfaq theksimin e këtij termi";
    LinkLeftOut: "Part of this link was left out: {0}.", "Deo ovog linka je izostavljen: {0}.", "Një pjesë e kësaj lidhjeje u la jashtë: {0}.";
    AboutThisLink: "About this link", "O ovom linku", "Rreth kësaj lidhjeje";
    Dismiss: "Dismiss", "Zatvori", "Mbyll";
    DatesChip: "Dates: ", "Datumi: ", "Datat: ";
    RemoveDates: "Remove the dates", "Ukloni datume", "Hiq datat";
    RemoveDatesNamed: "Remove the dates {0}", "Ukloni datume {0}", "Hiq datat {0}";

    // Name chips.
    NameFilters: "Name filters", "Filteri imena", "Filtrat e emrave";
    ModeWith: "with", "sa", "me";
    ModeWithout: "without", "bez", "pa";
    // A name stands alone, in its own form (the interface cannot inflect it:
    // not "sa {0}", "bez {0}").
    ChipWith: "with {0}: switch to without", "{0}: uključeno; prebaci na isključeno", "{0}: përfshirë; kalo te përjashtuar";
    ChipWithout: "without {0}: switch to with", "{0}: isključeno; prebaci na uključeno", "{0}: përjashtuar; kalo te përfshirë";
    Remove: "Remove {0}", "{0}: ukloni", "{0}: hiq";
    People: "People", "Ljudi", "Njerëz";
    Organisations: "Organisations", "Organizacije", "Organizata";
    Places: "Places", "Mesta", "Vende";
    Other: "Other", "Ostalo", "Të tjera";
    KindPerson: "person", "osoba", "person";
    KindOrganization: "organization", "organizacija", "organizatë";
    KindPlace: "place", "mesto", "vend";
    KindOther: "other", "ostalo", "tjetër";
    MentionsInDocuments: "{0} in {1}", "{0} u {1}", "{0} në {1}";
    InDocs: " in {0}", " u {0}", " në {0}";
    ShowFewer: "Show fewer", "Prikaži manje", "Shfaq më pak";
    ShowAll: "Show all {0}", "Prikaži sve ({0})", "Shfaq të gjitha ({0})";
    LeftOutMark: "(left out)", "(izostavljeno)", "(lënë jashtë)";
    Quoted: "Quoted {0} (Quotes tab)", "Citiran {0} (kartica Citati)", "Cituar {0} (skeda Citimet)";
    ClickDrop: "Click: drop this filter", "Klik: ukloni ovaj filter", "Klik: hiq këtë filtër";
    ClickDropOrExclude: "Click: drop this filter · Shift+click or −: leave out instead", "Klik: ukloni ovaj filter · `Shift`+klik ili −: izostavi umesto toga", "Klik: hiq këtë filtër · Shift+klik ose −: lëre jashtë në vend të kësaj";
    ClickRequire: "Click: only documents mentioning it · Shift+click or −: leave them out", "Klik: samo dokumenti koji ga pominju · `Shift`+klik ili −: izostavi ih", "Klik: vetëm dokumentet që e përmendin · Shift+klik ose −: lëri jashtë";
    AlsoWritten: "Also written: {0}", "Piše se i: {0}", "Shkruhet edhe: {0}";
    WhoAndWhere: "Who and where", "Ko i gde", "Kush dhe ku";
    NamesHint: "Select names to see the documents mentioning all of them; Shift+click (or −) leaves one out. ", "Izaberite imena da vidite dokumente koji ih sva pominju; `Shift`+klik (ili −) izostavlja ime. ", "Zgjidhni emra për të parë dokumentet që i përmendin të gjithë; Shift+klik (ose −) lë një jashtë. ";
    NamesCountsHint: "“20 in 5”: 20 mentions in 5 documents.", "„20 u 5“: 20 pominjanja u 5 dokumenata.", "„20 në 5“: 20 përmendje në 5 dokumente.";
    InSameSentences: "Appears with {0}", "U istim rečenicama kao {0}", "Shfaqet bashkë me {0}";
    NoPartner: "No other name shares a sentence with it in the documents shown.", "Nijedno drugo ime ne deli rečenicu s njim u prikazanim dokumentima.", "Asnjë emër tjetër nuk ndan një fjali me të në dokumentet e shfaqura.";
    PartnersHint: "Sentences shared, in the documents shown. Select one to add it.", "Zajedničke rečenice, u prikazanim dokumentima. Izaberite ime da ga dodate.", "Fjali të përbashkëta, në dokumentet e shfaqura. Zgjidhni një emër për ta shtuar.";
    SentencesWith: "{0} with {1}", "{0} sa: {1}", "{0} me {1}";

    // The documents.
    DocumentsTitle: "Documents", "Dokumenti", "Dokumentet";
    NoDocumentMatches: "No document matches.", "Nijedan dokument ne odgovara.", "Asnjë dokument nuk përputhet.";
    ClearSearch: "Clear search and chips", "Obriši pretragu i filtere", "Pastro kërkimin dhe filtrat";
    ShowMore: "Show {0} more of {1}", "Prikaži još {0} od {1}", "Shfaq edhe {0} nga {1}";
    OutletUnknown: "Outlet unknown", "Medij nepoznat", "Mediumi i panjohur";
    SortBy: "Sort by ", "Poređaj po ", "Rendit sipas ";
    SortRelevance: "Relevance", "relevantnosti", "rëndësisë";
    SortDate: "Date", "datumu", "datës";
    SortOutlet: "Outlet", "mediju", "mediumit";
    OutletLabel: "Outlet:", "Medij:", "Mediumi:";
    FilterByOutlet: "Filter by outlet", "Filtriraj po mediju", "Filtro sipas mediumit";
    LanguageLabel: "Language:", "Jezik:", "Gjuha:";
    FilterByLanguage: "Filter by language", "Filtriraj po jeziku", "Filtro sipas gjuhës";
    AddToSearch: "Add {0} to the search", "{0}: dodaj u pretragu", "{0}: shto në kërkim";
    YourArticles: "Your articles", "Vaši članci", "Artikujt tuaj";
    OpenYourArticles: "Open your own articles", "Otvori svoje članke", "Hap artikujt tuaj";
    OpenYourArticlesTitle: "Explore your own .txt, .md or .html articles: they are read here, in your browser, and sent nowhere", "Istražite svoje članke `.txt, .md` ili `.html`: čitaju se ovde, u vašem pregledaču, i ne šalju se nikuda", "Eksploroni artikujt tuaj .txt, .md ose .html: lexohen këtu, në shfletuesin tuaj, dhe nuk dërgohen askund";
    OpenFolder: "Open a folder", "Otvori fasciklu", "Hap një dosje";
    CopyLink: "Copy link", "Kopiraj link", "Kopjo lidhjen";
    LinkCopied: "Link copied", "Link je kopiran", "Lidhja u kopjua";
    PressCtrlC: "Press Ctrl+C (⌘C) to copy:", "Pritisnite `Ctrl+C (⌘C)` da kopirate:", "Shtypni Ctrl+C (⌘C) për të kopjuar:";

    // The reader.
    NotMatching: "This document does not match the current search or chips.", "Ovaj dokument ne odgovara trenutnoj pretrazi ili filterima.", "Ky dokument nuk përputhet me kërkimin ose filtrat aktualë.";
    InThisDocument: "{0} in this document", "{0} u ovom dokumentu", "{0} në këtë dokument";
    SourceFile: "Source file: {0}", "Izvorna datoteka: {0}", "Skedari burim: {0}";
    By: "By ", "Autor: ", "Nga ";
    TitleFromSentence: "No headline on the page: title from the first sentence", "Stranica nema naslov: naslov iz prve rečenice", "Faqja s'ka titull: titulli nga fjalia e parë";
    Original: "Original", "Izvornik", "Origjinali";
    HowDateInferred: "How the date was inferred", "Kako je datum procenjen", "Si u nxor data";
    NamesUnderlined: "Names underlined:", "Podvučena imena:", "Emrat e nënvizuar:";
    KeyPeople: "people", "ljudi", "njerëz";
    KeyOrganisations: "organisations", "organizacije", "organizata";
    KeyPlaces: "places", "mesta", "vende";
    KeyOther: "other", "ostalo", "të tjera";
    UnderlineNames: "Underline names", "Podvuci imena", "Nënvizo emrat";
    PhotoCaption: "Photo caption: ", "Potpis fotografije: ", "Përshkrimi i fotos: ";

    // The concordance.
    TypeToSeeContext: "Type a search to see every match in its context.", "Ukucajte pretragu da vidite svaki pogodak u kontekstu.", "Shkruani një kërkim për të parë çdo përputhje në kontekstin e saj.";
    SortLinesBy: "Sort lines by", "Poređaj redove po", "Rendit rreshtat sipas";
    SortByColon: "Sort by:", "Poređaj po:", "Rendit sipas:";
    SortDocument: "Document", "Dokumentu", "Dokumentit";
    LeftContext: "Left context", "Levom kontekstu", "Kontekstit majtas";
    RightContext: "Right context", "Desnom kontekstu", "Kontekstit djathtas";
    ExportCsv: "Export CSV", "Izvezi `CSV`", "Eksporto CSV";
    FirstLines: "Showing the first {0} of {1} lines; the CSV has them all.", "Prikazano je prvih {0} od {1} redova; `CSV` ih sadrži sve.", "Shfaqen {0} rreshtat e parë nga {1}; CSV-ja i ka të gjithë.";
    OpenIn: "Open in “{0}”", "Otvori u „{0}“", "Hape te „{0}“";

    // Connections.
    SelectToFilter: "{0}: select to filter by this name", "{0}: izaberite da filtrirate po ovom imenu", "{0}: zgjidhni për të filtruar sipas këtij emri";
    NoSentenceInCommon: "no sentence in common", "nijedna zajednička rečenica", "asnjë fjali e përbashkët";
    PairShared: "{0} and {1}: {2}", "{0} i {1}: {2}", "{0} dhe {1}: {2}";
    FewerThanTwoNames: "Fewer than two names are mentioned in the documents shown.", "U prikazanim dokumentima pominje se manje od dva imena.", "Në dokumentet e shfaqura përmenden më pak se dy emra.";
    MatrixHint: "How many sentences mention both names, in the documents shown ({0} most mentioned names). ", "Koliko rečenica pominje oba imena, u prikazanim dokumentima ({0} najčešće pominjanih imena). ", "Sa fjali i përmendin të dy emrat, në dokumentet e shfaqura ({0} emrat më të përmendur). ";
    MatrixKeys: "Select a number to show the documents with both; select a name to filter by it. Arrow keys move between cells.", "Izaberite broj da prikažete dokumente s oba imena; izaberite ime da filtrirate po njemu. Strelice pomeraju između ćelija.", "Zgjidhni një numër për të shfaqur dokumentet me të dy; zgjidhni një emër për të filtruar sipas tij. Shigjetat lëvizin ndërmjet qelizave.";
    MatrixLabel: "Sentences shared by two names", "Rečenice koje dele dva imena", "Fjali të përbashkëta të dy emrave";
    WhatMatrix: "connections matrix", "matricu veza", "matricën e lidhjeve";

    // Quotations.
    NoQuotations: "No quotations in the documents shown.", "Nema citata u prikazanim dokumentima.", "Nuk ka citime në dokumentet e shfaqura.";
    QuotesSummary: "{0} in {1}, by {2}.", "{0} u {1}, {2}.", "{0} në {1}, nga {2}.";
    BySpeaker: "By speaker", "Po govorniku", "Sipas folësit";
    FirstQuotations: "The first {0} of {1} quotations; a search or a name narrows them.", "Prvih {0} od {1} citata; pretraga ili ime ih sužavaju.", "{0} citimet e para nga {1}; një kërkim ose një emër i ngushton.";
    SpeakerNotNamed: "Speaker not named", "Govornik nije imenovan", "Folësi nuk përmendet";
    SameStatement: "The same statement, worded differently", "Ista izjava, drugačije sročena", "E njëjta deklaratë, e formuluar ndryshe";
    FirstPublishedFirst: " — first published first; ", " — poređano po datumu objavljivanja; ", " — renditur sipas datës së botimit; ";
    Marked: "marked", "označeno", "e shënuara";
    WhereDeparts: ": where a wording departs from the other", ": gde se formulacija razlikuje od druge", ": ku një formulim ndryshon nga tjetri";
    OpenPassage: "Open the passage in the reader", "Otvori odlomak u čitaču", "Hap pasazhin te lexuesi";
    Partial: "partial", "delimično", "i pjesshëm";
    WhoQuotesWhom: "Who quotes whom", "Ko koga citira", "Kush citon kë";
    OutletColumn: "Outlet", "Medij", "Mediumi";
    QuotesColumn: "Quotes", "Citira", "Citon";
    NeverQuotes: "Never quotes", "Nikad ne citira", "Nuk citon kurrë";

    // The timeline and trends.
    TimelineTitle: "Timeline", "Vremenska linija", "Kronologjia";
    TimelineLabel: "Publication dates and dates mentioned", "Datumi objavljivanja i pomenuti datumi", "Datat e botimit dhe datat e përmendura";
    LanePublished: "Published", "Objavljeno", "Botuar";
    LaneMentioned: "Dates mentioned in the documents shown", "Datumi pomenuti u prikazanim dokumentima", "Datat e përmendura në dokumentet e shfaqura";
    KeyPublished: "published", "objavljeno", "botuar";
    KeyMentioned: "dates mentioned", "pomenuti datumi", "datat e përmendura";
    WhatTimeline: "timeline", "vremensku liniju", "kronologjinë";
    TimelineHint: "Drag on the axis to pick days · Ctrl+wheel or pinch to zoom · arrows move between marks", "Prevucite po osi da izaberete dane · `Ctrl`+točkić ili štipanje za zumiranje · strelice pomeraju između oznaka", "Tërhiqni mbi bosht për të zgjedhur ditë · Ctrl+rrota ose shtrëngim për zmadhim · shigjetat lëvizin ndërmjet shenjave";
    BrushTitle: "Drag to pick days; click to clear", "Prevucite da izaberete dane; kliknite da obrišete", "Tërhiqni për të zgjedhur ditë; klikoni për të pastruar";
    Undated: "Undated: ", "Bez datuma: ", "Pa datë: ";
    EnterOneByOne: "{0}: Enter to see them one by one", "{0}: `Enter` da ih vidite jedan po jedan", "{0}: Enter për t'i parë një nga një";
    SelectOneByOne: "{0}: select to see them one by one", "{0}: izaberite da ih vidite jedan po jedan", "{0}: zgjidhni për t'i parë një nga një";
    PublishedMark: "Published {0}: {1}", "Objavljeno {0}: {1}", "Botuar më {0}: {1}";
    MentionedTimes: "Mentioned: {0}, {1}", "Pomenuto: {0}, {1}", "Përmendur: {0}, {1}";
    MentionedIn: "Mentioned: {0}, in {1}", "Pomenuto: {0}, u „{1}“", "Përmendur: {0}, te „{1}“";
    BinPublished: "{n} article published, {0}|{n} articles published, {0}", "{n} članak objavljen, {0}|{n} članka objavljena, {0}|{n} članaka objavljeno, {0}", "{n} artikull i botuar, {0}|{n} artikuj të botuar, {0}";
    BinMentioned: "{n} mention of dates, {0}|{n} mentions of dates, {0}", "{n} pominjanje datuma, {0}|{n} pominjanja datuma, {0}|{n} pominjanja datuma, {0}", "{n} përmendje datash, {0}|{n} përmendje datash, {0}";
    TipMore: "{n} mention: select again for the next|{n} mentions: select again for the next", "{n} pominjanje: izaberite ponovo za sledeće|{n} pominjanja: izaberite ponovo za sledeće|{n} pominjanja: izaberite ponovo za sledeće", "{n} përmendje: zgjidhni përsëri për tjetrën|{n} përmendje: zgjidhni përsëri për tjetrën";
    ZoomTimeline: "Zoom the timeline", "Zumiraj vremensku liniju", "Zmadho kronologjinë";
    ZoomOut: "Zoom out", "Umanji", "Zvogëlo";
    ZoomIn: "Zoom in", "Uvećaj", "Zmadho";
    ZoomPublications: "Zoom to the span of the publications", "Prikaži raspon objavljivanja", "Shfaq periudhën e botimeve";
    Publications: "Publications", "Objave", "Botimet";
    WholeSpan: "Whole span, {0}", "Ceo raspon, {0}", "E gjithë periudha, {0}";
    TrendsTitle: "Trends", "Trendovi", "Prirjet";
    EachPoint: "Each point", "Svaka tačka", "Çdo pikë";
    Measure: "Measure", "Mera", "Masa";
    PerMonth: "Per month", "Po mesecu", "Në muaj";
    PerWeek: "Per week", "Po nedelji", "Në javë";
    PerDocument: "Per document", "Po dokumentu", "Në dokument";
    Per10k: "Per 10,000 words", "Na 10.000 reči", "Në 10 000 fjalë";
    MatchesMeasure: "Matches", "Pogoci", "Përputhjet";
    WhatTrends: "trends chart", "grafikon trendova", "grafikun e prirjeve";
    TrendsLabel: "Matches of each term over time", "Pogoci svakog termina kroz vreme", "Përputhjet e çdo termi në kohë";
    PerTenThousand: " ({0} per 10,000 words)", " ({0} na 10.000 reči)", " ({0} në 10 000 fjalë)";
    SelectPoint: "Select a point to keep its documents. ", "Izaberite tačku da zadržite njene dokumente. ", "Zgjidhni një pikë për të mbajtur dokumentet e saj. ";
    NothingDated: "No dated article among those shown.", "Među prikazanim nema datiranog članka.", "Asnjë artikull me datë mes atyre të shfaqur.";
    NotDrawnNoDay: "Not drawn: {n} article without a day.|Not drawn: {n} articles without a day.", "Nije ucrtan {n} članak bez dana.|Nisu ucrtana {n} članka bez dana.|Nije ucrtano {n} članaka bez dana.", "Pa vizatuar: {n} artikull pa ditë.|Pa vizatuar: {n} artikuj pa ditë.";
    NotDrawnNoMonth: "Not drawn: {n} article without a month.|Not drawn: {n} articles without a month.", "Nije ucrtan {n} članak bez meseca.|Nisu ucrtana {n} članka bez meseca.|Nije ucrtano {n} članaka bez meseca.", "Pa vizatuar: {n} artikull pa muaj.|Pa vizatuar: {n} artikuj pa muaj.";
    NotDrawnNoDate: "Not drawn: {n} article without a date.|Not drawn: {n} articles without a date.", "Nije ucrtan {n} članak bez datuma.|Nisu ucrtana {n} članka bez datuma.|Nije ucrtano {n} članaka bez datuma.", "Pa vizatuar: {n} artikull pa datë.|Pa vizatuar: {n} artikuj pa datë.";

    // Pictures.
    CaptionSearch: "Search: {0}", "Pretraga: {0}", "Kërkimi: {0}";
    CaptionWith: "with {0}", "sa: {0}", "me {0}";
    CaptionWithout: "without {0}", "bez: {0}", "pa {0}";
    CaptionDates: "dates {0} – {1}", "datumi {0} – {1}", "datat {0} – {1}";
    AllArticles: "All articles, no search", "Svi članci, bez pretrage", "Të gjithë artikujt, pa kërkim";
    ShownSaved: "{0} of {1} shown · saved {2}", "prikazano {0} od {1} · sačuvano {2}", "{0} nga {1} të shfaqur · ruajtur më {2}";
    MatrixNote: "Numbers: sentences mentioning both names", "Brojevi: rečenice koje pominju oba imena", "Numrat: fjali që përmendin të dy emrat";
    LanePublishedBars: "Published (bars: articles)", "Objavljeno (stubići: članci)", "Botuar (shtyllat: artikuj)";
    LaneMentionedFigure: "Dates mentioned in the articles shown", "Datumi pomenuti u prikazanim člancima", "Datat e përmendura në artikujt e shfaqur";
    LaneMentionedBars: "Dates mentioned in the articles shown (bars: mentions)", "Datumi pomenuti u prikazanim člancima (stubići: pominjanja)", "Datat e përmendura në artikujt e shfaqur (shtyllat: përmendje)";
    LegendPublishedOutside: "published, outside the view", "objavljeno, van prikaza", "botuar, jashtë pamjes";
    LegendDateMentioned: "date mentioned", "pomenut datum", "datë e përmendur";
    UnitPer10k: "matches per 10,000 words", "pogoci na 10.000 reči", "përputhje në 10 000 fjalë";
    UnitMatches: "matches", "pogoci", "përputhje";
    Save: "Save", "Sačuvaj", "Ruaj";
    SaveAs: "Save the {0} as {1}", "Sačuvaj {0} kao {1}", "Ruaj {0} si {1}";
    SaveAsPicture: "Save the {0} as a picture", "Sačuvaj {0} kao sliku", "Ruaj {0} si figurë";
    PictureFailed: "This browser could not make the picture; try the other format.", "Ovaj pregledač nije mogao da napravi sliku; probajte drugi format.", "Ky shfletues nuk mundi ta krijonte figurën; provoni formatin tjetër.";
    SavingFailed: "Saving failed: {0}", "Čuvanje nije uspelo: {0}", "Ruajtja dështoi: {0}";

    // Views fetched when first shown (`src/ui/parts.rs`).
    PartLoading: "Loading this view…", "Ovaj prikaz se učitava…", "Kjo pamje po ngarkohet…";
    PartFailed: "This view could not be fetched; check the connection and try again.", "Ovaj prikaz nije mogao da se preuzme; proverite vezu i pokušajte ponovo.", "Kjo pamje nuk mund të merrej; kontrolloni lidhjen dhe provoni përsëri.";
    PlayStory: "Story: {0}", "Priča: {0}", "Histori: {0}";
    Stories: "Stories", "Priče", "Histori";
    StorySteps: "{n} step|{n} steps", "{n} korak|{n} koraka|{n} koraka", "{n} hap|{n} hapa";
    StepOf: "Step {0} of {1}", "Korak {0} od {1}", "Hapi {0} nga {1}";
    PreviousStep: "Previous step", "Prethodni korak", "Hapi i mëparshëm";
    NextStep: "Next step", "Sledeći korak", "Hapi tjetër";
    BackToStep: "Back to step {0}", "Nazad na korak {0}", "Kthehu te hapi {0}";
    LeaveStory: "Leave the story", "Napusti priču", "Dil nga historia";
    ShowAnswer: "Show answer", "Prikaži odgovor", "Shfaq përgjigjen";
    StoryQuestion: "Question:", "Pitanje:", "Pyetje:";
    StoryAnswer: "Answer:", "Odgovor:", "Përgjigje:";
    StoryKeys: "← and → move between steps", "← i → vode od koraka do koraka", "← dhe → lëvizin nga hapi në hap";
    StoryExplored: "You have moved away from this step's view.", "Udaljili ste se od prikaza ovog koraka.", "Jeni larguar nga pamja e këtij hapi.";
    PrintWorksheet: "Print the worksheet", "Štampaj radni list", "Printo fletën e punës";
    WithAnswers: "with the answers", "sa odgovorima", "me përgjigjet";
    WorksheetShows: "In the explorer:", "U istraživaču:", "Në eksplorues:";
    // Writing a story in the page.
    WriteStory: "Write a story", "Napiši priču", "Shkruaj një histori";
    WriterHint: "Explore the articles (search, pick names, days, a document or a passage), then add what you see as a step. Nothing leaves this page: download the story, or save your articles as one file, to keep it.", "Istražite članke (pretražite, izaberite imena, dane, dokument ili odlomak), pa dodajte ono što vidite kao korak. Ništa ne napušta ovu stranicu: preuzmite priču ili sačuvajte članke kao jednu datoteku da biste je zadržali.", "Eksploroni artikujt (kërkoni, zgjidhni emra, ditë, një dokument ose një pasazh), pastaj shtoni atë që shihni si hap. Asgjë nuk largohet nga kjo faqe: shkarkoni historinë, ose ruani artikujt si një skedar, për ta mbajtur.";
    StoryToWrite: "Story", "Priča", "Historia";
    NewStory: "A new story", "Nova priča", "Një histori e re";
    UntitledStory: "Untitled story", "Priča bez naslova", "Histori pa titull";
    StoryTitle: "Title", "Naslov", "Titulli";
    StoryDescription: "Description", "Opis", "Përshkrimi";
    StepNote: "Note", "Beleška", "Shënim";
    StepQuestion: "Question", "Pitanje", "Pyetje";
    StepAnswer: "Answer", "Odgovor", "Përgjigje";
    StepNumber: "Step {0}", "Korak {0}", "Hapi {0}";
    ShownNow: "Shown now:", "Sada prikazano:", "Shfaqet tani:";
    AddViewAsStep: "Add this view as a step", "Dodaj ovaj prikaz kao korak", "Shto këtë pamje si hap";
    ShowStep: "Show this step", "Prikaži ovaj korak", "Shfaq këtë hap";
    UseThisView: "Use the view shown now", "Koristi prikaz koji je sada prikazan", "Përdor pamjen që shfaqet tani";
    MoveStepUp: "Move up", "Pomeri gore", "Lëviz lart";
    MoveStepDown: "Move down", "Pomeri dole", "Lëviz poshtë";
    DeleteStep: "Delete step", "Obriši korak", "Fshi hapin";
    PlayTheStory: "Play the story", "Pokreni priču", "Luaj historinë";
    DownloadStory: "Download the story", "Preuzmi priču", "Shkarko historinë";
    DeleteStory: "Delete the story", "Obriši priču", "Fshi historinë";
    ConfirmDeleteStory: "Delete the story “{0}” and all its steps?", "Obrisati priču „{0}“ i sve njene korake?", "Të fshihet historia „{0}“ dhe të gjithë hapat e saj?";
    CloseWriter: "Close", "Zatvori", "Mbyll";
    StepAdded: "Step {0} added", "Dodat je korak {0}", "U shtua hapi {0}";
    StepMoved: "Step moved to place {0} of {1}", "Korak je pomeren na mesto {0} od {1}", "Hapi u zhvendos në vendin {0} nga {1}";
    StepDeleted: "Step {0} deleted", "Obrisan je korak {0}", "U fshi hapi {0}";
    StepViewReplaced: "Step {0} now shows this view", "Korak {0} sada prikazuje ovaj prikaz", "Hapi {0} tani shfaq këtë pamje";
    StoryDeleted: "Story deleted", "Priča je obrisana", "Historia u fshi";
    TryAgain: "Try again", "Pokušaj ponovo", "Provo përsëri";

    // The reader's own articles.
    ReadingProgress: "Reading {0} of {1} in your browser…", "Čita se {0} od {1} u vašem pregledaču…", "Po lexohen {0} nga {1} në shfletuesin tuaj…";
    FindingNames: "Finding names and dates in {0}…", "Traže se imena i datumi: {0}…", "Po gjenden emrat dhe datat në {0}…";
    WritingOneFile: "Writing the explorer of your articles as one file…", "Istraživač vaših članaka se zapisuje kao jedna datoteka…", "Eksploruesi i artikujve tuaj po shkruhet si një skedar…";
    ReadingFiles: "Reading {0} in your browser…", "Čita se {0} u vašem pregledaču…", "Po lexohen {0} në shfletuesin tuaj…";
    ReadyToExplore: "Ready to explore: {0}", "Spremno za istraživanje: {0}", "Gati për eksplorim: {0}";
    ReadFrom: "{0} read from {1}", "{0} · {1}", "{0} të lexuar nga {1}";
    ProblemsLeftOut: "{n} problem left out|{n} problems left out", "{n} problem izostavljen|{n} problema izostavljena|{n} problema izostavljeno", "{n} problem i lënë jashtë|{n} probleme të lëna jashtë";
    Warnings: "{n} warning|{n} warnings", "{n} upozorenje|{n} upozorenja|{n} upozorenja", "{n} paralajmërim|{n} paralajmërime";
    Notes: "{n} note|{n} notes", "{n} napomena|{n} napomene|{n} napomena", "{n} shënim|{n} shënime";
    LevelLeftOut: "Left out", "Izostavljeno", "Lënë jashtë";
    LevelWarning: "Warning", "Upozorenje", "Paralajmërim";
    LevelNote: "Note", "Napomena", "Shënim";
    SaveOneFile: "Save as one file", "Sačuvaj kao jednu datoteku", "Ruaj si një skedar";
    BackTo: "Back to “{0}”", "Nazad na „{0}“", "Kthehu te „{0}“";
    BackToYours: "Back to your articles (“{0}”)", "Nazad na vaše članke („{0}“)", "Kthehu te artikujt tuaj („{0}“)";
    ExploringYours: "Exploring “{0}”: your articles, read in this browser and sent nowhere", "Istražujete „{0}“: vaše članke, pročitane u ovom pregledaču i nigde poslate", "Po eksploroni „{0}“: artikujt tuaj, të lexuar në këtë shfletues dhe të padërguar askund";
    NoneRead: "None of the files could be read", "Nijedna datoteka nije mogla da se pročita", "Asnjë nga skedarët nuk mund të lexohej";
    HideReport: "Hide the report", "Sakrij izveštaj", "Fshih raportin";
    DropHere: "Drop articles or a folder to explore them here, in your browser", "Spustite članke ili fasciklu da ih istražite ovde, u svom pregledaču", "Lëshoni artikuj ose një dosje për t'i eksploruar këtu, në shfletuesin tuaj";
    CouldNotOpen: "Your articles could not be opened: {0}. Nothing was kept; try again.", "Vaši članci nisu mogli da se otvore: {0}. Ništa nije zadržano; pokušajte ponovo.", "Artikujt tuaj nuk mund të hapeshin: {0}. Asgjë nuk u mbajt; provoni përsëri.";

    // What ingestion says of a file (`model/remark.rs`): the report on a
    // reader's own articles, and the build's log in English.
    CannotReadFolder: "cannot read the folder: {0}", "fascikla ne može da se pročita: {0}", "dosja nuk mund të lexohet: {0}";
    CannotRead: "cannot read: {0}", "ne može da se pročita: {0}", "nuk mund të lexohet: {0}";
    NoArticles: "no articles (files ending in {0})", "nema članaka (datoteka sa nastavkom {0})", "asnjë artikull (skedarë që mbarojnë me {0})";
    LeftOutHidden: "left out: hidden", "izostavljeno: skrivena datoteka", "lënë jashtë: skedar i fshehur";
    LeftOutBackup: "left out: a backup or temporary file", "izostavljeno: rezervna ili privremena datoteka", "lënë jashtë: skedar rezervë ose i përkohshëm";
    LeftOutReadme: "left out: a README, not an article", "izostavljeno: `README`, a ne članak", "lënë jashtë: një README, jo artikull";
    LeftOutLinkOutside: "left out: a link to {0} outside the folder (not followed)", "izostavljeno: veza ka {0}, van fascikle (nije praćena)", "lënë jashtë: një lidhje te {0} jashtë dosjes (nuk u ndoq)";
    LeftOutLinkBack: "left out: a folder already read (a link back)", "izostavljeno: fascikla je već pročitana (veza unazad)", "lënë jashtë: një dosje e lexuar tashmë (lidhje prapa)";
    LeftOutNotAnArticle: "left out: not an article (only {0} files are read)", "izostavljeno: nije članak (čitaju se samo datoteke {0})", "lënë jashtë: nuk është artikull (lexohen vetëm skedarët {0})";
    NotValidText: "not valid {0} text", "nije ispravan tekst u kodiranju {0}", "nuk është tekst i vlefshëm {0}";
    NotUtf8: "not UTF-8 (first bad byte on line {0}): read as Windows-1252 (Latin-1); check its accents and quotes, or save it as UTF-8", "nije `UTF-8` (prvi neispravan bajt u redu {0}): pročitano kao `Windows-1252` (`Latin-1`); proverite slova sa znacima i navodnike ili je sačuvajte kao `UTF-8`", "nuk është UTF-8 (bajti i parë i gabuar në rreshtin {0}): u lexua si Windows-1252 (Latin-1); kontrolloni shkronjat me shenja dhe thonjëzat, ose ruajeni si UTF-8";
    SameId: "has the same id “{0}” as {1}; rename one of them", "ima isti identifikator „{0}“ kao {1}; preimenujte jednu od njih", "ka të njëjtin identifikues „{0}“ si {1}; riemërtoni njërin prej tyre";
    TooLargeForPage: "{0} MB of articles, more than the {1} MB a page opens at once: build them into an explorer of their own instead (cargo xtask dist --corpus FOLDER, see the guide), which opens an archive of any size", "{0} MB članaka, više od {1} MB koliko stranica otvara odjednom: napravite od njih zaseban istraživač (`cargo xtask dist --corpus FOLDER`, vidite vodič), koji otvara arhivu bilo koje veličine", "{0} MB artikuj, më shumë se {1} MB që një faqe hap njëherësh: ndërtoni prej tyre një eksplorues më vete (cargo xtask dist --corpus FOLDER, shihni udhëzuesin), i cili hap një arkiv të çdo madhësie";
    NeverClosed: "the front-matter header is never closed by a “{0}” line", "zaglavlje (`front matter`) nigde nije zatvoreno redom „{0}“", "koka (front matter) nuk mbyllet kurrë me një rresht „{0}“";
    GivenTwice: "“{0}” is given twice", "„{0}“ je navedeno dvaput", "„{0}“ jepet dy herë";
    NoValue: "“{0}” has no value; leave the line out instead", "„{0}“ nema vrednost; umesto toga izostavite red", "„{0}“ nuk ka vlerë; më mirë hiqeni rreshtin";
    NotKeyValue: "expected “key: value”, found “{0}”", "očekivan je red „ključ: vrednost“, a nađeno je „{0}“", "pritej „çelës: vlerë“, u gjet „{0}“";
    NotToml: "not valid TOML: {0}", "nije ispravan `TOML`: {0}", "nuk është TOML i vlefshëm: {0}";
    KeyIgnored: "“{0}” is not used by the explorer (ignored)", "istraživač ne koristi „{0}“ (zanemareno)", "„{0}“ nuk përdoret nga eksploruesi (u shpërfill)";
    StoryNoSteps: "a story needs at least one step: a [[step]] with a “view”", "priči je potreban bar jedan korak: `[[step]]` sa „`view`“", "një histori ka nevojë për të paktën një hap: një [[step]] me „view“";
    StepsNotTables: "“step” must be tables written [[step]], one per step", "„`step`“ moraju biti tabele `[[step]]`, po jedna za svaki korak", "„step“ duhet të jenë tabela [[step]], një për çdo hap";
    StepWithoutView: "step {0} has no “view”: write the link of what it shows, like “#q=kfor”", "korak {0} nema „`view`“: upišite vezu onoga što prikazuje, na primer „`#q=kfor`“", "hapi {0} nuk ka „view“: shkruani lidhjen e asaj që tregon, si „#q=kfor“";
    StepView: "step {0}: {1}", "korak {0}: {1}", "hapi {0}: {1}";
    AnswerWithoutQuestion: "step {0} has an “answer” but no “question”", "korak {0} ima „`answer`“, ali nema „`question`“", "hapi {0} ka „answer“ por jo „question“";
    KeyNotUsed: "line {0}: “{1}” is not used by the explorer (ignored)", "red {0}: istraživač ne koristi „{1}“ (zanemareno)", "rreshti {0}: „{1}“ nuk përdoret nga eksploruesi (u shpërfill)";
    NotTextInQuotes: "“{0}” must be text in quotes", "„{0}“ mora biti tekst pod navodnicima", "„{0}“ duhet të jetë tekst në thonjëza";
    KeyEmpty: "“{0}” is empty; leave the line out instead", "„{0}“ je prazno; umesto toga izostavite red", "„{0}“ është bosh; më mirë hiqeni rreshtin";
    BadLanguageTag: "“language” must be a language tag like “en”, “sr-Latn” or “sq”, found “{0}”", "„`language`“ mora biti oznaka jezika kao „`en`“, „`sr-Latn`“ ili „`sq`“, a nađeno je „{0}“", "„language“ duhet të jetë etiketë gjuhe si „en“, „sr-Latn“ ose „sq“, u gjet „{0}“";
    BadInterfaceSetting: "“interface” must be one of the interface's languages (“en”, “sr-Latn”, “sr-Cyrl”, “sq”), found “{0}”", "„`interface`“ mora biti jedan od jezika interfejsa („`en`“, „`sr-Latn`“, „`sr-Cyrl`“, „`sq`“), a nađeno je „{0}“", "„interface“ duhet të jetë një nga gjuhët e ndërfaqes („en“, „sr-Latn“, „sr-Cyrl“, „sq“), u gjet „{0}“";
    BadFileName: "“file_name” “{0}” has no letter or digit to name a file with", "„`file_name`“ „{0}“ nema ni slovo ni cifru od kojih bi se dalo ime datoteci", "„file_name“ „{0}“ nuk ka asnjë shkronjë a shifër për t'i dhënë emër një skedari";
    NotAWebAddress: "line {0}: “url” “{1}” is not a web address (https://…): no link to the original is shown", "red {0}: „`url`“ „{1}“ nije veb-adresa (`https://…`): veza ka originalu se ne prikazuje", "rreshti {0}: „url“ „{1}“ nuk është adresë interneti (https://…): nuk shfaqet lidhje me origjinalin";
    BadDateField: "“date” must be YYYY, YYYY-MM or YYYY-MM-DD (a real day, maybe with a time), found “{0}”", "„`date`“ mora biti `YYYY`, `YYYY-MM` ili `YYYY-MM-DD` (stvaran dan, možda sa vremenom), a nađeno je „{0}“", "„date“ duhet të jetë YYYY, YYYY-MM ose YYYY-MM-DD (një ditë e vërtetë, ndoshta me orë), u gjet „{0}“";
    BadDateBasis: "“date_basis” must be “stated” or “inferred”, found “{0}”", "„`date_basis`“ mora biti „`stated`“ ili „`inferred`“, a nađeno je „{0}“", "„date_basis“ duhet të jetë „stated“ ose „inferred“, u gjet „{0}“";
    InferredWithoutNote: "an inferred date needs a “date_note” saying from what text", "za procenjen datum potrebno je polje „`date_note`“ koje kaže iz kog teksta je izveden", "një datë e nxjerrë kërkon një „date_note“ që thotë nga cili tekst";
    BasisWithoutDate: "“date_basis” without a “date”", "„`date_basis`“ bez polja „`date`“", "„date_basis“ pa „date“";
    DatelineContradicts: "“date: {0}” contradicts the article's dateline {1}", "„`date: {0}`“ se ne slaže sa datumom u članku ({1})", "„date: {0}“ bie ndesh me datën në artikull ({1})";
    NewsDatelineDiffers: "the news dateline says {0}; the date kept is {1}", "agencijski datum u članku je {0}; zadržan je datum {1}", "data e agjencisë në artikull është {0}; u mbajt data {1}";
    DateFromDateline: "publication date {0} taken from the dateline", "datum objavljivanja {0} uzet je iz datuma u članku", "data e botimit {0} u mor nga data në artikull";
    DateFromNewsDateline: "publication date {0} taken from the news dateline", "datum objavljivanja {0} uzet je iz agencijskog datuma", "data e botimit {0} u mor nga data e agjencisë";
    BidiRemoved: "{n} bidirectional control character removed (embeddings, overrides, isolates: they can reverse the text around them)|{n} bidirectional control characters removed (embeddings, overrides, isolates: they can reverse the text around them)", "uklonjen je {n} znak za smer teksta (ugrađivanja, preinačenja, izolacije: mogu da obrnu tekst oko sebe)|uklonjena su {n} znaka za smer teksta (ugrađivanja, preinačenja, izolacije: mogu da obrnu tekst oko sebe)|uklonjeno je {n} znakova za smer teksta (ugrađivanja, preinačenja, izolacije: mogu da obrnu tekst oko sebe)", "u hoq {n} shenjë kontrolli e drejtimit (ngulitje, mbishkrime, izolime: mund ta kthejnë së prapthi tekstin përreth)|u hoqën {n} shenja kontrolli të drejtimit (ngulitje, mbishkrime, izolime: mund ta kthejnë së prapthi tekstin përreth)";
    SavedPage: "a saved page: Readability kept the article, {0} of the page's {1} words", "sačuvana stranica: `Readability` je zadržao članak, {0} od {1} reči stranice", "faqe e ruajtur: Readability mbajti artikullin, {0} nga {1} fjalët e faqes";
    PageUnreadable: "cannot read the page: {0}", "stranica ne može da se pročita: {0}", "faqja nuk mund të lexohet: {0}";
    NoArticleInPage: "no article found in the page: {0}", "na stranici nije nađen članak: {0}", "në faqe nuk u gjet artikull: {0}";
    PagesAtBuildOnly: "saved web pages are read when the explorer is built, not in the browser", "sačuvane veb-stranice se čitaju kada se istraživač pravi, ne u pregledaču", "faqet e ruajtura të internetit lexohen kur ndërtohet eksploruesi, jo në shfletues";
    OverrideUnused: "“{0}” matches no line of the article", "„{0}“ ne odgovara nijednom redu članka", "„{0}“ nuk përputhet me asnjë rresht të artikullit";
    NothingLeft: "nothing is left of the article after cleaning", "posle čišćenja od članka nije ostalo ništa", "pas pastrimit nuk mbeti asgjë nga artikulli";
    RemovedByShape: "cleaning removed {0}% of its words ({2} of {3}) as {1}, by shape alone", "čišćenje je uklonilo {0}% reči ({2} od {3}) kao {1}, samo po obliku", "pastrimi hoqi {0}% të fjalëve ({2} nga {3}) si {1}, vetëm nga forma";
    HeadlineNotFound: "headline not found in the text; the title comes from the front matter", "naslov nije nađen u tekstu; uzet je iz zaglavlja", "titulli nuk u gjet në tekst; merret nga koka";
    TitleFromFirstSentence: "no title: made from the first sentence", "nema naslova: napravljen je od prve rečenice", "pa titull: u krijua nga fjalia e parë";
    SameText: "probably one article twice: {0} has the same text as {1}", "verovatno isti članak dvaput: {0} ima isti tekst kao {1}", "ndoshta i njëjti artikull dy herë: {0} ka të njëjtin tekst si {1}";
    SameTitle: "probably one article twice: {0} has the same title as {1}", "verovatno isti članak dvaput: {0} ima isti naslov kao {1}", "ndoshta i njëjti artikull dy herë: {0} ka të njëjtin titull si {1}";
    NotAListLine: "expected “kind: Name | alias | …; description”", "očekivan je red „vrsta: Ime | drugi oblik | …; opis“", "pritej një rresht „lloji: Emri | formë tjetër | …; përshkrim“";
    EmptyName: "empty name", "prazno ime", "emër bosh";
    EmptyNameOrAlias: "empty name or alias", "prazno ime ili drugi oblik imena", "emër ose formë tjetër bosh";
    EmptyDescription: "empty description after “;”", "prazan opis posle „;“", "përshkrim bosh pas „;“";
    UnknownKind: "unknown kind “{0}” (person, organization, place, other, or not)", "nepoznata vrsta „{0}“ (`person`, `organization`, `place`, `other` ili `not`)", "lloj i panjohur „{0}“ (person, organization, place, other ose not)";
    AlreadyListed: "“{0}” is already listed on line {1}", "„{0}“ je već navedeno u redu {1}", "„{0}“ është renditur tashmë në rreshtin {1}";
    NoId: "“{0}” has no letter or digit to make an id from", "„{0}“ nema ni slovo ni cifru od kojih bi se napravio identifikator", "„{0}“ nuk ka shkronjë a shifër për të krijuar identifikues";
    SameEntityId: "“{0}” would have the id “{1}” of the entity on line {2}; spell them apart or merge them", "„{0}“ bi imalo identifikator „{1}“ entiteta iz reda {2}; napišite ih različito ili ih spojite", "„{0}“ do të kishte identifikuesin „{1}“ të entitetit në rreshtin {2}; shkruajini ndryshe ose bashkojini";
    ListedNotFound: "listed but in no article: {0}", "na spisku, a ni u jednom članku: {0}", "në listë, por në asnjë artikull: {0}";
    ListNotUsed: "{0} (the list was not used)", "{0} (spisak nije upotrebljen)", "{0} (lista nuk u përdor)";
    SettingsNotUsed: "{0} (the settings were not used)", "{0} (podešavanja nisu upotrebljena)", "{0} (parametrat nuk u përdorën)";
    // Why cleaning removed a line (`ingest/clean.rs`'s `Reason`).
    ReasonNavigation: "navigation", "navigacija", "navigim";
    ReasonPromotion: "promotion", "promocija", "promovim";
    ReasonUrl: "bare link", "gola veza", "lidhje e zhveshur";
    ReasonTimestamp: "relative timestamp", "relativno vreme", "kohë relative";
    ReasonCredit: "author/agency credit", "potpis autora ili agencije", "kredit i autorit a agjencisë";
    ReasonDateline: "dateline (used as the publication date)", "datum (upotrebljen kao datum objavljivanja)", "data (e përdorur si data e botimit)";
    ReasonByline: "byline (shown with the document)", "potpis (prikazan uz dokument)", "autori (shfaqet me dokumentin)";
    ReasonImageCredit: "image credit", "potpis uz fotografiju", "kredit i figurës";
    ReasonBeforeHeadline: "page furniture above the headline", "delovi stranice iznad naslova", "pjesë të faqes mbi titull";
    ReasonAltText: "image alt text", "alternativni tekst slike", "tekst alternativ i figurës";
    ReasonDuplicate: "repeated block", "ponovljen blok", "bllok i përsëritur";
    ReasonTeaser: "teaser repeated in full later", "najava kasnije ponovljena u celosti", "hyrje e përsëritur e plotë më pas";
    ReasonEmptySection: "heading without text (link to another story)", "podnaslov bez teksta (veza ka drugoj vesti)", "nëntitull pa tekst (lidhje me një lajm tjetër)";
    ReasonAfterArticle: "after the end of the article", "posle kraja članka", "pas fundit të artikullit";
    ReasonOverride: "front-matter drop", "uklonjeno redom `drop:` u zaglavlju", "hequr me „drop:“ në kokë";
    ReasonMarkup: "image, HTML or shortcode (not text)", "slika, `HTML` ili kratki kod (nije tekst)", "figurë, HTML ose kod i shkurtër (jo tekst)";
}
