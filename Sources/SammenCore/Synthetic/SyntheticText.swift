/// Word and phrase banks for the synthetic municipality: made-up Danish names, places and caseworkers' notes,
/// combined at random so 10,000 families do not read like one family copied.
enum SyntheticText {
    static let surnames = [
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
        "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen", "Laursen", "Henriksen", "Lund",
        "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen",
        "Jeppesen", "Mogensen", "Jacobsen", "Vestergaard", "Nørgaard", "Bech", "Dam", "Skov", "Kjær", "Bak",
        "Lauridsen", "Østergaard", "Bruun", "Friis", "Dahl", "Winther", "Krogh", "Lind", "Ahmed", "Yilmaz", "Hussein",
        "Ali", "Nowak", "Kowalski", "Abdi", "Haddad", "Toft", "Bundgaard", "Storm", "Gade", "Hald", "Juhl",
    ]
    static let girls = [
        "Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia", "Karla", "Anna", "Laura", "Agnes", "Olivia",
        "Josefine", "Luna", "Mathilde", "Esther", "Asta", "Ellen", "Liva", "Nora", "Maja", "Aya", "Yasmin", "Zeynep",
    ]
    static let boys = [
        "William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Alfred", "Emil", "Malthe", "Frederik", "Aksel",
        "Valdemar", "August", "Magnus", "Elias", "Anton", "Theo", "Otto", "Arthur", "Mikkel", "Adam", "Omar", "Yusuf",
    ]
    static let mothers = [
        "Camilla", "Maria", "Louise", "Sarah", "Julie", "Mette", "Anne", "Stine", "Line", "Christina", "Pernille",
        "Katrine", "Signe", "Tina", "Helle", "Fatima", "Amina", "Marta", "Rikke", "Trine",
    ]
    static let fathers = [
        "Rasmus", "Martin", "Thomas", "Jesper", "Anders", "Søren", "Morten", "Jakob", "Mads", "Kasper", "Henrik",
        "Michael", "Lars", "Peter", "Nikolaj", "Ahmad", "Tomasz", "Kenneth", "Brian", "Simon",
    ]
    static let streets = [
        "Engvej", "Skolegade", "Birkevej", "Kirkevej", "Møllevænget", "Ahornvej", "Havnegade", "Stationsvej",
        "Rosenvænget", "Bøgevej", "Lærkevej", "Parkvej", "Vestergade", "Østergade", "Søndergade", "Markvej",
    ]
    static let towns = ["Søby", "Søby Strand", "Nørre Søby", "Lyngby Mark", "Vesterhede", "Holmstrup", "Egeskov"]

    static let situations = [
        "Autisme; taler lidt og bruger piktogrammer. Går i specialklasse.",
        "Cerebral parese; bruger kørestol og har brug for hjælp til forflytning.",
        "Udviklingshæmning og epilepsi; anfald flere gange om ugen.",
        "ADHD og angst; svært ved skiftene mellem hjem og skole.",
        "Downs syndrom; går i almindelig børnehave med støttepædagog.",
        "Sjælden muskelsygdom; har brug for ventilation om natten.",
        "Hørenedsættelse; bruger tegn til tale og har CI-implantat.",
        "Svær ADHD; medicineret, stor uro om eftermiddagen.",
        "Generel indlæringsvanskelighed og sprogforstyrrelse.",
        "Spiseforstyrrelse efter lang indlæggelse; følges af børnepsykiatrien.",
    ]
    static let routine = [
        "Opfølgning: aftalerne er gennemgået, og hjælpen passer stadig. Ingen ændringer.",
        "Opfølgning: kort status på målene. Familien oplever, at hverdagen fungerer nogenlunde.",
        "Opfølgning: bevillingerne er gennemgået og fortsætter uændret.",
        "Opfølgning: forældrene fortalte om de seneste uger; der er ikke opstået nye behov.",
        "Opfølgning: status fra skole eller institution gennemgået sammen med forældrene.",
        "Opfølgning: vi talte om, hvad der går godt, og hvad der skal tages op næste gang.",
        "Opfølgning hjemme: aflastningen fungerer, men weekenderne er stadig hårde for søskende.",
        "Opfølgning: mor fortæller om bedre nætter; far er bekymret for overgangen til ny klasse.",
        "Opfølgning på video: merudgifterne gennemgået; der søges om ny kørestol via hjælpemiddelteamet.",
        "Opfølgning: forældrene ønsker mere tid mellem møderne; kadencen forklaret og accepteret.",
    ]
    static let informal = [
        "Mor ringede: barnet har haft en god uge i skolen og glæder sig til ferien.",
        "Sms fra far: spørger til ansøgningen om merudgifter; svar sendt samme dag.",
        "Skolen ringede om en svær dag; aftalt at tage det op ved næste opfølgning.",
        "Referat fra netværksmødet sendt til forældrene og alle deltagere.",
        "Mor skriver, at aflastningen er flyttet til en anden weekend i denne måned.",
        "Kort snak med PPR om den nye observation; rapport følger.",
        "Far har ringet: bilen til transport er gået i stykker, spørger om kørsel.",
        "Lægen har sendt statusbrev; lagt på sagen og nævnt for forældrene.",
    ]
    static let worries = [
        "Aftenerne går i stykker, fordi barnet er så træt efter skole.",
        "Frikvartererne er svære – barnet står alene ved hegnet.",
        "Vi ved ikke, hvordan weekenderne i aflastningen går.",
        "Søskende får for lidt af vores tid og opmærksomhed.",
        "Overgangen til ny klasse kan blive for meget på én gang.",
        "Nætterne er urolige, og vi sover selv for lidt.",
        "Hjælpemidlerne kommer for sent, og ventetiden slider på os.",
        "Der er for mange forskellige voksne omkring barnet i løbet af ugen.",
    ]
    static let working = [
        "Piktogramdagsordenen virker; barnet går selv hen til pauserummet.",
        "Barnet falder til ro med vægtdynen og sin musik.",
        "Weekenderne med aflastning giver os kræfter til hverdagen.",
        "Barnet viser tydeligt med kortene, hvad det vil og ikke vil.",
        "Den faste voksne i skolen gør morgenerne meget lettere.",
        "Forældrene og skolen skriver sammen hver dag i kontaktbogen.",
        "Fysioterapien har givet mere styrke i benene.",
        "Barnet har fået en ven i klassen, som det leger med hver dag.",
    ]
    static let mustHappen = [
        "Et fast frikvartersprogram med en voksen, barnet kender.",
        "En lille besked fra aflastningen efter hver weekend.",
        "Samme sovekort hjemme og i aflastningen.",
        "PPR skal se barnet i frikvarteret, før der foreslås noget nyt.",
        "Skolen og hjemmet bruger de samme ord om de svære situationer.",
        "Ansøgningen om hjælpemidler behandles, før vinteren kommer.",
        "Forældrene skal have en aften om ugen, hvor de kan hvile.",
    ]
    static let agreements = [
        "Skolen laver et frikvartersprogram med en fast voksen",
        "PPR observerer barnet og giver forældrene en tilbagemelding",
        "Aflastningen skriver i kontaktbogen efter hver weekend",
        "Sagsbehandleren indkalder til næste netværksmøde",
        "Forældrene fører søvndagbog frem til næste opfølgning",
        "Fysioterapeuten laver et træningsprogram til hjemmet",
        "Hjælpemiddelteamet afprøver en ny stol i hjemmet",
    ]
    static let summaries = [
        "Vi arbejder videre med skoledagen og søvnen. Næste netværksmøde om ca. et halvt år.",
        "Hjælpen passer stadig. Forældrene oplever mere ro i hverdagen; aftalerne følges op næste gang.",
        "Alle er enige om, at frikvartererne er det vigtigste nu. Skolen og PPR går i gang i næste uge.",
        "Aflastningen fortsætter. Vi ser på overgangen til ny klasse ved næste møde.",
    ]
    static let goals = [
        ("sover i sin egen seng hele natten", "Forældrene skriver i søvndagbogen hver morgen; 5 nætter ud af 7 i fire uger"),
        ("har en skoledag, der er til at overskue", "Højst 2 nedsmeltninger om ugen i skolen (lærerens skema)"),
        ("kan selv tage bussen til skole", "Barnet tager bussen alene 4 dage om ugen i en måned"),
        ("har en fritidsaktivitet sammen med andre børn", "Deltager i en aktivitet hver uge i tre måneder"),
        ("kan fortælle, hvad det har brug for", "Bruger kortene eller tegn til tale ved hvert måltid"),
        ("spiser sammen med familien", "Sidder med ved aftensmaden 5 dage om ugen"),
    ]
    static let subGoals = [
        "Lave et sovekort med billeder sammen med barnet", "Aflastningen bruger det samme sovekort",
        "Gennemgå skemaet ved opfølgningen", "Afprøve ruten sammen med en voksen", "Finde en klub i nærheden",
        "Øve de vigtigste tegn hjemme hver dag", "Skolen laver et visuelt dagsskema",
    ]
    static let revisionReasons = [
        "Målet var for stort at starte med; det skal nås i mindre skridt",
        "Forældrene ønskede at lægge vægt på noget andet efter sommerferien",
        "Skolen har fået en ny klasselærer; tidsplanen er rykket",
    ]
    static let voices = [
        "Jeg kan godt lide, når det er den samme voksne om morgenen.",
        "Det er for larmende i frikvarteret.",
        "Viste med kortene: glad for svømning, ked af bussen.",
        "Jeg vil gerne sove hjemme hver weekend.",
    ]
    static let measures: [(rule: FictionalRule, what: String)] = [
        (.additionalCosts, "Merudgifter: ble, ekstra tøj og kørsel til træning"),
        (.lostEarnings, "Tabt arbejdsfortjeneste: mor 20 timer om ugen"),
        (.personalHelp, "Aflastning én weekend om måneden"),
        (.support, "Familiebehandling hver uge i hjemmet"),
        (.support, "Kontaktperson til barnet to eftermiddage om ugen"),
        (.familyGuide, "Familievejleder: forløb på 12 måneder"),
        (.preventive, "Forældrekursus om autisme"),
    ]
}

