// Jonas Poulsen's families (JOP), part 2.

extension TrainingCaseload.Kit {
    /// Mathias, 13, ADHD and violent outbursts towards his little brother: a real safety concern. Two Signs of Safety
    /// meetings half a year apart (ratings rise); a complaint the municipality changed its decision on; makker SBL.
    func f016() -> Family {
        let mathias = born(13, 3, 22)
        let opened = date(months: -26)
        let nr = sagsnr(opened, 4015)
        let log = followUps(.sixWeeks, dueIn: -14, by: "JOP", since: opened, notes: [
            "Opfølgning hjemme: sikkerhedsplanen hænger på køleskabet. Silas ved, at han må gå ind til naboen.",
            "Opfølgning: Mathias har ikke slået i fem uger. Familiebehandleren arbejder med 'rød – gul – grøn'.",
            "Opfølgning: et nyt udbrud efter en dårlig uge i skolen. Forældrene brugte planen, og Silas gik til naboen.",
            "Opfølgning på video med begge forældre: aflastningen hver anden weekend gør en forskel; mor sover bedre.",
            "Opfølgning hjemme: Mathias har fået ny medicin. Skolen melder om færre konflikter.",
        ])
        let people = [person("mor", "Stine Johansen", "mor"), person("far", "Kasper Johansen", "far"),
                      person("mathias", "Mathias", "barnet"), person("laerer", "Henriette Bay", "lærer"),
                      person("beh", "Morten Skov", "familiebehandler"), person("sb", "Jonas Poulsen", "sagsbehandler"),
                      person("makker", "Sofie Bech Larsen", "makker")]
        let firstDate = day(-45).adding(months: -6)
        let first = meeting(
            "m1", firstDate, "16:00", .network, .signsOfSafety, people: people,
            cards: [
                worry("mor", "Mathias har slået Silas flere gange, når han er blevet vred.", .harm),
                worry("beh", "Hvis intet ændrer sig, er vi bekymrede for, at Silas kommer til skade og bliver bange for at være hjemme.", .danger),
                worry("far", "Vi er så trætte, at vi selv kommer til at råbe.", .complicatingFactor),
                worry("laerer", "Frikvartererne er svære; han kommer op at slås.", .complicatingFactor),
                works("mor", "Vi lader aldrig Silas være alene med Mathias, når han er vred.", .existingSafety),
                works("mathias", "Jeg er god til fodbold, og Silas er god til at bygge Lego.", .strength),
                works("beh", "Forældrene kommer til alle samtaler og vil gerne lære.", .strength),
                works("far", "Mormor tager Silas, når det er slemt.", .existingSafety),
                mustHappen("beh", "Silas skal være tryg derhjemme – ingen slag.", .goal),
                mustHappen("mor", "En plan for, hvad vi gør, når han bliver vred.", .nextStep),
                mustHappen("mathias", "At de ikke råber.", .goal),
                mustHappen("sb", "Aflastning, så forældrene får hvilet.", .nextStep),
            ],
            ratings: [("mor", 3), ("far", 2), ("mathias", 5), ("laerer", 3), ("beh", 3), ("sb", 3)],
            agreements: [
                agreement("Sikkerhedsplanen laves med familiebehandleren og hænges op", "Familiehuset (Morten Skov)",
                          due: firstDate.adding(days: 14), done: firstDate.adding(days: 10)),
                agreement("Mormor er 'sikker voksen' for Silas og kan altid ringes op", "Stine og Kasper",
                          due: firstDate.adding(days: 7), done: firstDate.adding(days: 3)),
                agreement("Jonas behandler ansøgningen om mere aflastning", "JOP",
                          due: firstDate.adding(days: 28), done: firstDate.adding(days: 24)),
            ],
            summary: "Vi er bekymrede for Silas' sikkerhed, når Mathias bliver vred. Forældrene beskytter ham allerede. Vi laver en sikkerhedsplan og ser på aflastning. Tallene er lave; vi spørger igen om et halvt år.")
        let second = meeting(
            "m2", day(-45), "16:00", .network, .signsOfSafety, people: people,
            cards: [
                worry("beh", "Udbruddene kommer stadig, når Mathias har haft en dårlig dag i skolen.", .complicatingFactor),
                worry("mor", "Vi er bange for at miste overskuddet igen, hvis aflastningen stopper.", .danger),
                works("far", "Vi har brugt sikkerhedsplanen tre gange, og den virkede.", .existingSafety),
                works("mathias", "Jeg går ind på mit værelse og spiller, når jeg bliver gul.", .existingSafety),
                works("laerer", "Færre slåskampe i frikvarteret efter den nye medicin.", .strength),
                works("beh", "Silas fortæller selv, at han er mindre bange.", .existingSafety),
                mustHappen("laerer", "Skolen giver besked efter hårde dage, så I er forberedte.", .nextStep),
                mustHappen("beh", "Familiebehandlingen fortsætter et halvt år mere.", .nextStep),
                mustHappen("mathias", "Jeg vil blive ved med at komme i Lærkereden.", .goal),
            ],
            ratings: [("mor", 6), ("far", 5), ("mathias", 7), ("laerer", 5), ("beh", 6), ("sb", 5)],
            agreements: [
                agreement("Skolen sender en sms til forældrene efter hårde dage", "Søby Skole (Henriette Bay)", due: day(-30), done: day(-38)),
                agreement("Jonas forlænger familiebehandlingen", "JOP", due: day(-20), done: day(-28)),
                agreement("Familiebehandleren laver 'de tre huse' med Silas igen", "Familiehuset (Morten Skov)", due: day(15)),
            ],
            summary: "Det går bedre: sikkerhedsplanen virker, og alle tal er gået op. Silas er mindre bange. Familiebehandling og aflastning fortsætter.")
        return family(
            "f-016", "Familien Johansen", address: "Birkelunden 6, Søby",
            guardians: [guardian("Stine Johansen", "mor", "26 48 71 39"), guardian("Kasper Johansen", "far", "20 58 36 17")],
            prefers: ContactPreference(channel: .homeVisit, style: .close, note: "Hjemmebesøg om eftermiddagen, når begge forældre er hjemme."),
            children: [
                Child(id: "b1", name: "Mathias", birthDate: mathias, cpr: cpr(mathias, 25, boy: true),
                      situation: "ADHD med voldsomme vredesudbrud. Går i 7. klasse.",
                      cases: [sag(nr, "JOP", buddy: "SBL", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: vold mod lillebror og forældrenes overskud",
                                  from: opened, to: date(months: -22)),
                          measure("m2", .support, "Familiebehandling, 2 timer om ugen", from: date(months: -21), by: "Familiehuset Søby"),
                          measure("m3", .childsPlan, "Barnets plan", from: date(months: -21)),
                          measure("m4", .support, "Aflastning, efter genvurderingen hver anden weekend", from: date(months: -20),
                                  by: "Aflastningen Lærkereden"),
                      ], planMade: date(months: -21))]),
                Child(id: "b2", name: "Silas", birthDate: born(8, 9, 13)),
            ],
            contacts: log + [contact("k1", -3, .sms, "Mor skriver: hård weekend, men planen holdt. Vil gerne have besøg snart.", by: "JOP")],
            goals: [
                goal("g1", child: "b2", "Silas er tryg derhjemme", .long, owner: byFamily("Stine og Kasper"),
                     created: firstDate,
                     specific: "Der er ingen slag derhjemme, og Silas ved, hvad han gør, hvis Mathias bliver vred",
                     measurable: "Forældrene og familiebehandleren skriver hver uge; Silas giver et tal fra 0 til 10 for, hvor tryg han er",
                     acceptedBy: "Forældrene, Mathias, familiebehandleren og Jonas",
                     realistic: "Sikkerhedsplanen og aflastningen er på plads", deadline: date(months: 3),
                     subGoals: [sub("Sikkerhedsplan på køleskabet", byFamily(), .achieved),
                                sub("Mormor er sikker voksen", byFamily("Mormor"), .achieved),
                                sub("Silas giver sit tal hver uge", byPartner("Familiehuset Søby"), .inProgress)],
                     revisions: [revised(day(-45), "Målet var nået i tre måneder; nu skal det holde, også på hårde dage",
                                         was: "Ingen slag i tre måneder", by: "JOP")]),
                goal("g2", child: "b1", "Mathias går selv fra, når han bliver 'gul'", .short, owner: byFamily("Mathias"),
                     created: date(months: -5), specific: "Mathias går ind på sit værelse, når han mærker vreden komme",
                     measurable: "Forældrene og familiebehandleren tæller, hvor tit han selv går", acceptedBy: "Mathias og forældrene",
                     realistic: "Han har gjort det flere gange allerede", deadline: date(months: 2)),
            ],
            network: [
                actor("n1", .school, "Søby Skole, 7.B", "Lærer Henriette Bay", ring: 1, by: .caseworker, child: "b1"),
                actor("n2", .other, "Familiehuset Søby", "Familiebehandler Morten Skov", ring: 1, by: .caseworker),
                actor("n3", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 2, by: .caseworker, child: "b1"),
                actor("n4", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", "Læge Stine Brandt", ring: 3, by: .family, child: "b1"),
                actor("n5", .relative, "Mormor", "Inger Lassen", ring: 1, by: .family, phone: "40 55 12 87"),
            ],
            plan: wheel(log, .sixWeeks, people: ["Stine", "Kasper", "Jonas (sagsbehandler)"], network: day(-45),
                        networkPeople: ["Forældrene", "Mathias", "Søby Skole", "Familiehuset", "Jonas og Sofie (sagsbehandlere)"],
                        extra: [activity(date(months: 1), .childConversation, "Samtale med Mathias og med Silas hver for sig", dated: false)]),
            meetings: [first, second],
            voices: [
                voice("v1", "b1", firstDate.adding(days: -7), .conversation,
                      "De tre huse – bekymringshuset: 'når far råber', 'når jeg slår Silas og bliver ked af det'. Det gode hus: 'fodbold', 'mormor'. Drømmehuset: 'at vi alle sammen tager i Legoland'.",
                      by: "JOP"),
                voice("v2", "b2", day(-50), .conversation,
                      "Jeg er ikke så bange mere. Hvis Mathias bliver rød i hovedet, går jeg til naboen eller ringer til mormor.", by: "JOP"),
            ],
            complaints: [
                Complaint(id: "c1", caseNumber: nr, received: firstDate.adding(days: 40),
                          about: "Afgørelsen om aflastning: én weekend om måneden var for lidt",
                          reconsidered: firstDate.adding(days: 60), outcome: .changed),
            ],
            secret: "Underretning fra skolen for 8 måneder siden om blå mærker på Silas; vurderet straks og fulgt op med sikkerhedsplanen. Følg op på planen ved hvert besøg. Makker SBL deltager i alle møder med Signs of Safety.")
    }

    /// Liva, 1, 22q11 deletion syndrome and a heart defect: a new case with a family guide; father on lost earnings.
    func f017() -> Family {
        let liva = born(1, 3, 8)
        let opened = day(-75)
        let nr = sagsnr(opened, 6240)
        let log = followUps(.threeMonths, dueIn: 75, by: "JOP", since: opened, notes: [
            "Opfølgning: far er gået hjem på tabt arbejdsfortjeneste. Liva har det godt efter hjerteoperationen.",
        ])
        return family(
            "f-017", "Familien Sørensen", address: "Havrevænget 21, Søby",
            guardians: [guardian("Amalie Sørensen", "mor", "31 66 20 58"), guardian("Frederik Sørensen", "far", "42 03 85 71")],
            prefers: ContactPreference(channel: .phone, style: .close),
            children: [
                Child(id: "b1", name: "Liva", birthDate: liva, cpr: cpr(liva, 26, boy: false),
                      situation: "22q11-deletionssyndrom; hjertefejl, opereret. Passes hjemme af far.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .familyGuide, "Familievejleder ved ny diagnose", from: day(-70),
                                  by: "Familievejlederordningen, Søby Kommune"),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til far, fuld tid i et halvt år", from: day(-50)),
                      ])]),
            ],
            contacts: log + [
                contact("k1", -75, .phone, "Sundhedsplejersken ringer: Liva har fået påvist 22q11-deletionssyndrom. Forældrene vil gerne kontaktes.", by: "JOP"),
                contact("k2", -70, .homeVisit, "Første besøg sammen med familievejlederen. Forældrene har mange spørgsmål om fremtiden.", by: "JOP"),
            ],
            network: [
                actor("n1", .hospital, "Børnekardiologisk ambulatorium, Søby Sygehus", "Sygeplejerske Lene Vad", ring: 2, by: .family),
                actor("n2", .healthVisitor, "Sundhedsplejen Søby", "Sundhedsplejerske Gitte Bruun", ring: 1, by: .family),
                actor("n3", .familyGuide, "Familievejlederordningen, Søby Kommune", "Familievejleder Anette Rosendahl", ring: 1, by: .family),
            ])
    }

    /// Aksel, 10, spina bifida: an old SEL case (§§ 41, 42) with the follow-up a month away.
    func f018() -> Family {
        let opened = date(months: -110)
        let nr = sagsnr(opened, 1402)
        let log = followUps(.threeMonths, dueIn: 30, by: "JOP", since: opened, notes: [
            "Opfølgning: Aksel er begyndt at kateterisere sig selv i skolen med hjælp fra en voksen.",
            "Opfølgning: mor vil gerne op i tid igen. Vi ser på at sætte timerne ned.",
            "Opfølgning: timerne er uændrede indtil videre; Aksel er blevet opereret og er hjemme i fire uger.",
        ])
        return family(
            "f-018", "Familien Berg", address: "Toftevej 3, Søby",
            guardians: [guardian("Pernille Berg", "mor", "23 90 41 66"), guardian("Mads Berg", "far", "27 35 61 04")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Aksel", birthDate: born(10, 9, 14),
                      situation: "Spina bifida; kørestol og kateter. Går i 4. klasse.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kateterposer, ekstra tøj og kørsel", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, 12 timer om ugen", from: date(months: -100)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 4.B", "Lærer Lone Aagaard", ring: 1, by: .family),
                actor("n2", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Katrine Bach", ring: 2, by: .family),
                actor("n3", .occupationalTherapist, "Børneterapien, Søby Kommune", "Ergoterapeut Mads Kofoed", ring: 2, by: .caseworker),
                actor("n4", .hospital, "Børnekirurgisk ambulatorium, Søby Sygehus", ring: 3, by: .family),
            ])
    }

    /// Ella, 8, ADHD and maybe autism, single mother: the child investigation must be finished within days.
    func f019() -> Family {
        let ella = born(8, 4, 28)
        let opened = date(months: -5)
        let nr = sagsnr(opened, 5690)
        let log = followUps(.sixWeeks, dueIn: 25, by: "JOP", since: opened, notes: [
            "Opfølgning: undersøgelsen er i gang. Mor er glad for forældrekurset.",
            "Opfølgning: samtale med Ella i skolen. PPR har observeret; børnepsykiatrien har indkaldt til udredning.",
            "Opfølgning: undersøgelsen skal være færdig om få uger. Mor er spændt på konklusionen og bekymret for, om hun kan få hjælp i hverdagen.",
        ])
        return family(
            "f-019", "Familien Lund", address: "Søndergade 12, st., Søby",
            guardians: [guardian("Line Lund", "mor", "50 21 67 93")],
            prefers: ContactPreference(channel: .sms, style: .close, note: "Mor arbejder på skiftehold. Skriv en sms, så ringer hun."),
            children: [
                Child(id: "b1", name: "Ella", birthDate: ella, cpr: cpr(ella, 27, boy: false),
                      situation: "ADHD; mistanke om autisme, under udredning. Går i 2. klasse.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .preventive, "Forebyggende: forældrekursus om børn med ADHD", from: opened, to: date(months: -1)),
                          measure("m2", .investigation, "Børnefaglig undersøgelse: mistanke om autisme og mors overskud",
                                  from: day(6).adding(months: -4)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 2.A", "Lærer Maja Nord", ring: 1, by: .family),
                actor("n2", .ppr, "PPR Søby", "Psykolog Rikke Storm", ring: 2, by: .caseworker),
                actor("n3", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", "Læge Stine Brandt", ring: 2, by: .caseworker),
            ],
            voices: [
                voice("v1", "b1", day(-56), .conversation,
                      "Jeg kan godt lide skolen, men ikke når de andre larmer. Mor er sød, men hun er træt.", by: "JOP"),
            ])
    }

    /// Storm, 15, epilepsy and intellectual disability: turns 16 in about five months with no plan yet, so "overgang"
    /// is listed ahead of time.
    func f020() -> Family {
        let storm = born(15, 7, 0)
        let opened = date(months: -140)
        let nr = sagsnr(opened, 402)
        let log = followUps(.threeMonths, dueIn: 50, by: "JOP", since: opened, notes: [
            "Opfølgning: Storm har haft et langt anfald i skolen; ny akutmedicin. Forældrene er rystede.",
            "Opfølgning: færre anfald. Storm er glad for aflastningen og har fået en ven der.",
            "Opfølgning: forældrene spørger, hvad der sker, når Storm bliver voksen. Vi taler om det, når han nærmer sig 16.",
        ])
        return family(
            "f-020", "Familien Jakobsen", address: "Mosevej 27, Søby",
            guardians: [guardian("Rikke Jakobsen", "mor", "29 83 05 46"), guardian("Brian Jakobsen", "far", "24 17 59 82")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Storm", birthDate: storm, cpr: cpr(storm, 28, boy: true),
                      situation: "Epilepsi og udviklingshæmning. Går på Troldehøj Specialskole.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: hjelm, bleer og særlig kost", from: opened),
                          measure("m2", .personalHelp, "Aflastning to weekender om måneden", from: date(months: -80),
                                  by: "Aflastningen Lærkereden"),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Troldehøj Specialskole", "Lærer Jens Vang", ring: 1, by: .family),
                actor("n2", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 1, by: .caseworker),
                actor("n3", .hospital, "Epilepsiklinikken, Søby Sygehus", "Overlæge Jakob Nyborg", ring: 2, by: .family),
            ],
            plan: wheel(log, .threeMonths, people: ["Rikke", "Brian", "Jonas (sagsbehandler)"],
                        extra: [activity(storm.adding(years: 16), .transition,
                                         "Storm fylder 16: vi begynder planen for overgangen til voksenlivet", dated: false)]))
    }
}
