// Nadia Kristensen's families (NKR). Nadia is the newest in the team and has taken over several cases.

extension TrainingCaseload.Kit {
    /// Sebastian, 16, autism and depression: taken over after many changes of caseworker; 16 for five months and no
    /// transition plan, so "overgang" is overdue; follow-up overdue by a week. Makker JOP.
    func f028() -> Family {
        let sebastian = born(16, 5, 3)
        let opened = date(months: -40)
        let nr = sagsnr(opened, 2518)
        var log = followUps(.sixWeeks, dueIn: -8, by: "NKR", since: opened, onTime: false, notes: [
            "Opfølgning (tidligere rådgiver): Sebastian går sjældent i skole og sover om dagen. Støttekontaktpersonen kommer to gange om ugen.",
            "Opfølgning pr. telefon (tidligere rådgiver): sagen skifter rådgiver igen. Forældrene er trætte af at fortælle historien forfra.",
            "Første opfølgning med Nadia, hjemmebesøg: Sebastian kom ud af værelset og viste sit tegneprogram. Forældrene spørger, hvad der sker, når han bliver 18.",
        ])
        for i in log.indices.dropLast() { log[i].by = nil }  // before the handover: former caseworkers, no longer in the team
        let meeting = meeting(
            "m1", day(-30), "14:00", .start, .loft,
            people: [person("mor", "Charlotte Frederiksen", "mor"), person("far", "Michael Frederiksen", "far"),
                     person("sebastian", "Sebastian", "barnet"), person("kontakt", "Emil Brandt", "støttekontaktperson"),
                     person("sb", "Nadia Kristensen", "sagsbehandler"), person("makker", "Jonas Poulsen", "makker")],
            cards: [
                worry("mor", "Vi har haft fire rådgivere på to år. Hver gang starter vi forfra."),
                worry("far", "Han bliver 18 om halvandet år, og ingen har talt om, hvad der så sker."),
                worry("sebastian", "Jeg gider ikke flere møder."),
                works("kontakt", "Vi tegner sammen; han fortæller mere, når vi sidder ved computeren."),
                works("sebastian", "Tegning. Og når folk ikke stiller for mange spørgsmål."),
                works("mor", "Han spiser med os igen om aftenen."),
                mustHappen("far", "En plan for voksenlivet – nu."),
                mustHappen("sebastian", "Færre møder. Og korte."),
                mustHappen("sb", "Én fast rådgiver og en makker, så I ikke starter forfra igen."),
                agreed("sb", "Nadia indkalder til det første møde om voksenlivet med Voksenhandicap."),
                agreed("kontakt", "Emil undersøger et tegnekursus på ungdomsskolen sammen med Sebastian."),
                agreed("makker", "Jonas er makker og kender sagen, hvis Nadia er væk."),
            ],
            agreements: [
                agreement("Nadia indkalder til det første møde om voksenlivet med Voksenhandicap", "NKR", due: day(13)),
                agreement("Emil undersøger et tegnekursus på ungdomsskolen sammen med Sebastian", "Støttekontaktperson Emil Brandt",
                          due: day(-9), done: day(-12)),
                agreement("Jonas læser sagen og bliver makker", "JOP", due: day(-23), done: day(-25)),
            ],
            summary: "Sebastian har det lidt bedre og tegner igen. Familien har haft mange skift; nu er der én fast rådgiver og en makker. Planen for voksenlivet begynder nu.")
        return family(
            "f-028", "Familien Frederiksen", address: "Nørrevænget 13, Søby",
            guardians: [guardian("Charlotte Frederiksen", "mor", "26 12 84 57"),
                        guardian("Michael Frederiksen", "far", "31 49 60 23")],
            prefers: ContactPreference(channel: .phone, style: .regular, note: "Sebastian svarer ikke, når man ringer; skriv til ham på sms."),
            children: [
                Child(id: "b1", name: "Sebastian", birthDate: sebastian, cpr: cpr(sebastian, 35, boy: true),
                      situation: "Autisme og depression. Meget skolefravær; går til enkelte timer på ungdomsskolen.",
                      cases: [sag(nr, "NKR", buddy: "JOP", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: mistrivsel og skolefravær", from: opened,
                                  to: date(months: -36)),
                          measure("m2", .support, "Støttekontaktperson 5 timer om ugen", from: date(months: -36), by: "Ungeindsatsen Søby"),
                      ])]),
            ],
            contacts: log + [contact("k1", -3, .sms, "Sms til Sebastian: husker du tegnekurset på torsdag? Svar: 'ja'.", by: "NKR")],
            goals: [
                goal("g1", child: "b1", "Sebastian er ude af huset 3 dage om ugen", .short, owner: byFamily("Sebastian"),
                     created: date(months: -6),
                     specific: "Sebastian går til noget uden for hjemmet tre dage om ugen – tegnekursus, tur med Emil eller skole",
                     measurable: "Emil og Sebastian skriver det i kalenderen", acceptedBy: "Sebastian, forældrene, Emil og Nadia",
                     realistic: "Han går allerede ud med Emil én dag om ugen", deadline: date(months: 3),
                     subGoals: [sub("Tegnekursus på ungdomsskolen", byPartner("Støttekontaktperson Emil Brandt"), due: day(-9), .achieved),
                                sub("Fast tur med Emil om tirsdagen", byPartner("Ungeindsatsen Søby"), .inProgress)],
                     revisions: [revised(day(-30), "Sebastian sagde, at skole hver dag var 'umuligt'; målet blev gjort mindre og bredere",
                                         was: "Sebastian kommer i skole hver dag", by: "NKR")]),
            ],
            network: [
                actor("n1", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", "Psykolog Maria Juhl", ring: 2, by: .caseworker),
                actor("n2", .other, "Ungeindsatsen Søby", "Støttekontaktperson Emil Brandt", ring: 1, by: .caseworker),
                actor("n3", .school, "Søby Ungdomsskole", "Vejleder Tina Lauesen", ring: 2, by: .family),
                actor("n4", .adultServices, "Voksenhandicap, Søby Kommune", ring: 3, by: .caseworker),
            ],
            meetings: [meeting],
            voices: [
                voice("v1", "b1", day(-50), .conversation,
                      "Jeg gider ikke flere nye mennesker. Jeg vil gerne lave computerspil, når jeg bliver stor.", by: "NKR"),
            ],
            challenges: [
                CollaborationChallenge(
                    id: "s1", opened: date(months: -4), between: ["Forældrene", "Kommunen"], about: .process, explicit: true,
                    description: "Forældrene har haft fire rådgivere på to år og oplever, at ingen kender Sebastian. Planen for voksenlivet er ikke begyndt, selv om han er fyldt 16.",
                    actions: [
                        ChallengeAction(date: day(-60), kind: .caseworkerChange, note: "Sagen er overdraget til Nadia Kristensen som fast rådgiver med Jonas Poulsen som makker."),
                        ChallengeAction(date: day(-30), kind: .expectationAlignment, note: "Startmøde: vi kortlagde forløbet frem til seneste skift og aftalte, hvad familien kan forvente."),
                    ],
                    status: .easing),
            ],
            secret: "Overtaget uden overleveringsmøde. Planen for voksenlivet mangler – Sebastian fyldte 16 for fem måneder siden. Far har nævnt at gå til pressen; teamlederen er orienteret.")
    }

    /// Ellen, 17, Down syndrome and a heart defect: no transition plan a year after 16, because her mother wants
    /// room; "overgang" is long overdue. A 3-month case.
    func f029() -> Family {
        let ellen = born(17, 0, 20)
        let opened = date(months: -200)
        let nr = sagsnr(opened, 133)
        let log = followUps(.threeMonths, dueIn: 28, by: "NKR", since: opened, notes: [
            "Opfølgning: Ellen er glad for skolen og for sin ledsager. Mor vil ikke tale om tiden efter skolen endnu.",
            "Opfølgning: hjertekontrollen var fin. Mor er træt, men vil ikke have aflastning.",
            "Opfølgning: mor har sagt ja til et første møde med Voksenhandicap, men vil have god tid til at forberede sig.",
        ])
        return family(
            "f-029", "Familien Nielsen", address: "Rådhusstræde 6, 3. th., Søby",
            guardians: [guardian("Kirsten Nielsen", "mor", "20 76 31 48")],
            prefers: ContactPreference(channel: .phone, style: .room,
                                       note: "Mor ønsker ro og kun de faste opfølgninger. Hun har sagt ja til et første møde om voksenlivet."),
            children: [
                Child(id: "b1", name: "Ellen", birthDate: ellen, cpr: cpr(ellen, 36, boy: false),
                      situation: "Downs syndrom og hjertefejl. Går i ungeafdelingen på Troldehøj Specialskole.",
                      cases: [sag(nr, "NKR", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kost, tøj og kørsel til hjerteambulatoriet", from: opened),
                          measure("m2", .escort, "Ledsagelse 8 timer om måneden", from: date(months: -40)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Troldehøj Specialskole, ungeafdelingen", "Lærer Ole Fisker", ring: 1, by: .family),
                actor("n2", .hospital, "Hjerteambulatoriet, Søby Sygehus", ring: 3, by: .family),
                actor("n3", .doctor, "Lægehuset ved Torvet", "Egen læge", ring: 3, by: .family),
            ])
    }

    /// Valdemar, 12, blind and autistic: SEL § 41 from before 2024 next to a new BL § 90.
    func f030() -> Family {
        let opened = date(months: -64)
        let nr = sagsnr(opened, 1288)
        let log = followUps(.threeMonths, dueIn: 45, by: "NKR", since: opened, notes: [
            "Opfølgning: Valdemar lærer punktskrift og er stolt af at kunne læse sit navn.",
            "Opfølgning: forældrene søger ledsagelse, så Valdemar kan gå til svømning uden dem.",
            "Opfølgning: ledsageren er fundet; Valdemar svømmer hver onsdag.",
        ])
        return family(
            "f-030", "Familien Bertelsen", address: "Vibevej 20, Søby",
            guardians: [guardian("Anja Bertelsen", "mor", "28 57 03 62"), guardian("Kim Bertelsen", "far", "42 61 88 15")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Valdemar", birthDate: born(12, 8, 1),
                      situation: "Blind fra fødslen og autisme. Går på Søby Skole med synsteamet.",
                      cases: [sag(nr, "NKR", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: punktskriftsmaterialer, kørsel og særligt legetøj", from: opened),
                          measure("m2", .escort, "Ledsagelse 8 timer om måneden", from: date(months: -6)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, synsteamet", "Synspædagog Ulla Brix", ring: 1, by: .family),
                actor("n2", .other, "Kommunikationscentret Søby", "Synskonsulent Per Hauge", ring: 2, by: .caseworker),
            ])
    }

    /// Maryam, 7, ADHD and possibly intellectual disability: an investigation running for three months; follow-up due
    /// within days.
    func f031() -> Family {
        let maryam = born(7, 2, 16)
        let opened = date(months: -3, days: -5)
        let nr = sagsnr(opened, 5950)
        let log = followUps(.sixWeeks, dueIn: 3, by: "NKR", since: opened, notes: [
            "Opfølgning med tolk til far: undersøgelsen er startet. Maryam har svært ved at følge med i 1. klasse.",
            "Opfølgning: PPR har testet Maryam. Forældrene er bekymrede for, hvad resultatet betyder.",
        ])
        return family(
            "f-031", "Familien Ali", address: "Kastanjevej 44, 2. mf., Søby",
            guardians: [guardian("Hodan Ali", "mor", "52 40 97 13"), guardian("Abdi Ali", "far", "71 83 25 60")],
            prefers: ContactPreference(channel: .meeting, style: .close, note: "Mor forstår dansk godt; far ønsker tolk (somali) ved møder."),
            children: [
                Child(id: "b1", name: "Maryam", birthDate: maryam, cpr: cpr(maryam, 37, boy: false),
                      situation: "ADHD; mistanke om udviklingshæmning. Går i 1. klasse.",
                      cases: [sag(nr, "NKR", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: Maryams udvikling og behov for støtte",
                                  from: date(months: -3)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 1.C", "Lærer Sara Møller", ring: 1, by: .family),
                actor("n2", .ppr, "PPR Søby", "Psykolog Karen Vinther", ring: 2, by: .caseworker),
                actor("n3", .doctor, "Lægehuset ved Torvet", "Egen læge", ring: 3, by: .family),
            ],
            voices: [
                voice("v1", "b1", day(-45), .observation,
                      "I klassen kiggede Maryam på sidemanden for at se, hvad hun skulle. Hun lyste op, da læreren viste billeder.", by: "NKR"),
            ])
    }

    /// Bertram, 13, and Theo, 10, both with Duchenne: two cases in one family, followed up together.
    func f032() -> Family {
        let bertram = born(13, 10, 9)
        let openedBertram = date(months: -80)
        let openedTheo = date(months: -40)
        let log = followUps(.threeMonths, dueIn: 22, by: "NKR", since: openedBertram, notes: [
            "Opfølgning: Bertram har fået el-kørestol. Theo går stadig, men bliver hurtigt træt.",
            "Opfølgning: far arbejder på nedsat tid; familien får hverdagen til at hænge sammen.",
            "Opfølgning: Theo har fået en aktivitetsstol i skolen. Bertram er blevet spejder.",
        ], channels: [.email, .homeVisit])
        return family(
            "f-032", "Familien Winther", address: "Skolevej 9, Søby",
            guardians: [guardian("Marianne Winther", "mor", "25 93 64 10"), guardian("Jesper Winther", "far", "30 18 47 92")],
            prefers: ContactPreference(channel: .email, style: .regular),
            children: [
                Child(id: "b1", name: "Bertram", birthDate: bertram, cpr: cpr(bertram, 38, boy: true),
                      situation: "Duchennes muskeldystrofi; el-kørestol. Går i 7. klasse.",
                      cases: [sag(sagsnr(openedBertram, 1095), "NKR", opened: openedBertram, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kørsel, tøj og medicin", from: openedBertram),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til far, 25 timer om ugen (begge drenge)", from: date(months: -60)),
                          measure("m3", .escort, "Ledsagelse 6 timer om måneden", from: date(months: -45)),
                      ])]),
                Child(id: "b2", name: "Theo", birthDate: born(10, 4, 27), situation: "Duchennes muskeldystrofi. Går i 4. klasse.",
                      cases: [sag(sagsnr(openedTheo, 2633), "NKR", opened: openedTheo, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kørsel til klinikken og ekstra tøj", from: openedTheo),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .hospital, "Neuromuskulær klinik, Søby Sygehus", "Overlæge Karen Friis", ring: 2, by: .family),
                actor("n2", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Katrine Bach", ring: 1, by: .family),
                actor("n3", .school, "Søby Skole", "Skoleleder Hans Ravn", ring: 1, by: .family),
            ])
    }

    /// Silje, 5, Dravet syndrome: an SEL § 41 from before 2024 and a newer BL § 87; a calm 3-month case.
    func f033() -> Family {
        let opened = date(months: -48)
        let nr = sagsnr(opened, 1730)
        let log = followUps(.threeMonths, dueIn: 65, by: "NKR", since: opened, notes: [
            "Opfølgning: Silje har haft mange anfald; mor er gået helt ned i tid.",
            "Opfølgning: den nye medicin virker; Silje er begyndt i børnehave to dage om ugen med en fast voksen.",
        ])
        return family(
            "f-033", "Familien Dahl", address: "Tjørnevej 1, Søby",
            guardians: [guardian("Cecilie Dahl", "mor", "23 47 81 06"), guardian("Rune Dahl", "far", "60 12 39 74")],
            prefers: ContactPreference(channel: .phone, style: .close),
            children: [
                Child(id: "b1", name: "Silje", birthDate: born(5, 6, 12),
                      situation: "Dravets syndrom (svær epilepsi). Går i børnehave to dage om ugen.",
                      cases: [sag(nr, "NKR", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: særlig kost, anfaldsalarm til sengen og kørsel", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, fuld tid", from: date(months: -20)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .dayCare, "Børnehuset Solsikken", "Pædagog Jannie Kirk", ring: 1, by: .family),
                actor("n2", .hospital, "Epilepsiklinikken, Søby Sygehus", "Overlæge Jakob Nyborg", ring: 2, by: .family),
            ])
    }

    /// Mikkel, 9, ADHD, in family treatment (6 weeks); his sister Agnes's case was closed six weeks ago.
    func f034() -> Family {
        let agnes = born(14, 7, 22)
        let openedMikkel = date(months: -4)
        let openedAgnes = date(months: -60)
        let log = followUps(.sixWeeks, dueIn: 33, by: "NKR", since: openedMikkel, notes: [
            "Opfølgning: forældrekurset er slut; forældrene vil gerne have mere hjælp hjemme. Familiebehandling er bevilget.",
            "Opfølgning hjemme: familiebehandleren er startet. Mikkel og far har lavet en aftale om skærmtid.",
        ])
        return family(
            "f-034", "Familien Vestergaard", address: "Digevej 25, Søby",
            guardians: [guardian("Susanne Vestergaard", "mor", "29 05 73 18"), guardian("Per Vestergaard", "far", "27 88 14 63")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Mikkel", birthDate: born(9, 11, 2), situation: "ADHD. Går i 3. klasse.",
                      cases: [sag(sagsnr(openedMikkel, 5811), "NKR", opened: openedMikkel, measures: [
                          measure("m1", .preventive, "Forebyggende: forældrekursus", from: openedMikkel, to: date(months: -2)),
                          measure("m2", .support, "Familiebehandling i et halvt år", from: date(months: -2), by: "Familiehuset Søby"),
                      ])]),
                Child(id: "b2", name: "Agnes", birthDate: agnes, cpr: cpr(agnes, 39, boy: false),
                      situation: "Høretab; cochlear implant. Klarer sig nu uden særlig hjælp.",
                      cases: [sag(sagsnr(openedAgnes, 1177), "NKR", opened: openedAgnes, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: høreudstyr og kørsel til Høreklinikken", from: openedAgnes, to: day(-45)),
                      ], closed: day(-45))]),
            ],
            contacts: log + [contact("k1", -45, .digitalPost, "Agnes' sag er lukket: hun har ikke længere merudgifter efter sit cochlear implant. Brev sendt.", by: "NKR")])
    }
}
