// Jonas Poulsen's families (JOP), part 1.

extension TrainingCaseload.Kit {
    /// Lærke, 11, ADHD: school and parents see two different children (an unspoken disagreement on the assessment).
    /// An old SEL case (§§ 11, 50, 52); a LØFT network meeting; follow-up a few days overdue.
    func f013() -> Family {
        let laerke = born(11, 1, 8)
        let opened = date(months: -46)
        let nr = sagsnr(opened, 788)
        let log = followUps(.sixWeeks, dueIn: -5, by: "JOP", since: opened, notes: [
            "Opfølgning: aflastningsweekenderne går godt. Lærke kalder aflastningsfamilien 'weekendfamilien'.",
            "Opfølgning: skolen oplever Lærke som rolig, forældrene ser nedsmeltninger hver eftermiddag. Vi tager det op på et netværksmøde.",
            "Opfølgning hjemme: Lærke fortæller, at hun 'holder sig sammen' i skolen og er træt bagefter.",
            "Opfølgning: netværksmødet er planlagt; skolen og PPR kommer.",
        ])
        let meeting = meeting(
            "m1", day(-26), "14:30", .network, .loft,
            people: [person("mor", "Maria Olsen", "mor"), person("far", "Thomas Olsen", "far"),
                     person("laerke", "Lærke", "barnet"), person("laerer", "Kasper Juul", "lærer"),
                     person("ppr", "Rikke Storm", "PPR"), person("sb", "Jonas Poulsen", "sagsbehandler")],
            cards: [
                worry("mor", "Hun eksploderer, så snart hun kommer hjem."),
                worry("laerer", "Vi ser det ikke i skolen, så vi ved ikke, hvad vi skal gøre anderledes."),
                worry("laerke", "Jeg er træt i hovedet, når jeg kommer hjem."),
                works("laerer", "Hun er dygtig til at tegne og hjælper gerne de mindre."),
                works("far", "Weekenderne i aflastningen giver ro til os alle."),
                works("laerke", "Når jeg må tegne i frikvarteret."),
                works("ppr", "Lærke kan godt fortælle, hvad der er svært, når man spørger hende alene."),
                mustHappen("mor", "Skolen og vi skal se det samme barn."),
                mustHappen("ppr", "Hun skal have pauser i løbet af dagen, før hun bliver træt."),
                mustHappen("laerke", "Jeg vil have en pause efter frokost."),
                agreed("laerer", "Skolen laver en pauseplan sammen med Lærke."),
                agreed("mor", "Vi skriver i en fælles bog, hvordan eftermiddagene går."),
                agreed("sb", "Jonas følger op på pauseplanen ved næste opfølgning."),
            ],
            ratings: [("mor", 4), ("far", 5), ("laerke", 6), ("laerer", 6), ("ppr", 5), ("sb", 5)],
            agreements: [
                agreement("Skolen laver en pauseplan sammen med Lærke", "Søby Skole (Kasper Juul)", due: day(-12), done: day(-14)),
                agreement("Forældre og skole skriver i en fælles bog hver dag i fire uger", "Forældrene og skolen", due: day(5)),
                agreement("PPR observerer Lærke i skolen efter frokost", "PPR Søby (Rikke Storm)", due: day(12)),
            ],
            summary: "Lærke holder sig sammen i skolen og bliver træt derhjemme. Hun får pauser i skolen, og vi skriver i en fælles bog, så alle ser det samme barn.")
        return family(
            "f-013", "Familien Olsen", address: "Ahornvej 11, Søby",
            guardians: [guardian("Maria Olsen", "mor", "24 60 13 75"), guardian("Thomas Olsen", "far", "51 48 29 06")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Lærke", birthDate: laerke, cpr: cpr(laerke, 22, boy: false),
                      situation: "ADHD og indlæringsvanskeligheder. Går i 5. klasse på Søby Skole.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .preventive, "Forebyggende: forældrekursus om ADHD", from: opened, to: date(months: -42)),
                          measure("m2", .investigation, "Børnefaglig undersøgelse", from: date(months: -44), to: date(months: -40)),
                          measure("m3", .support, "Aflastning hver anden weekend i en aflastningsfamilie", from: date(months: -39),
                                  by: "Aflastningsfamilien Krogh"),
                      ])]),
                Child(id: "b2", name: "Oscar", birthDate: born(6, 3, 1)),
            ],
            contacts: log + [contact("k1", -20, .phone, "Mor ringer: den fælles bog er i gang, og eftermiddagene er lidt bedre.", by: "JOP")],
            goals: [
                goal("g1", child: "b1", "Lærke har overskud, når hun kommer hjem fra skole", .short, owner: byPartner("Søby Skole"),
                     created: date(months: -8),
                     specific: "Lærke får to pauser i skolen og kommer hjem uden nedsmeltning",
                     measurable: "Den fælles bog: målet er nået, når 4 ud af 5 eftermiddage er gode",
                     acceptedBy: "Lærke, forældrene, skolen og PPR", realistic: "Pauseplanen er lavet sammen med Lærke",
                     deadline: date(months: 2),
                     subGoals: [sub("Pauseplan", byPartner("Søby Skole"), due: day(-12), .achieved),
                                sub("Fælles bog hver dag", byFamily("Maria og Thomas"), .inProgress),
                                sub("PPR observerer efter frokost", byPartner("PPR Søby"), due: day(12))],
                     revisions: [revised(day(-26), "Skolen så ingen problemer i timerne; målet blev flyttet til eftermiddagene derhjemme",
                                         was: "Lærke sidder stille og arbejder i timerne", by: "JOP")]),
            ],
            network: [
                actor("n1", .school, "Søby Skole, 5.C", "Lærer Kasper Juul", ring: 1, by: .family, child: "b1"),
                actor("n2", .ppr, "PPR Søby", "Psykolog Rikke Storm", ring: 2, by: .caseworker, child: "b1"),
                actor("n3", .respiteCare, "Aflastningsfamilien Krogh", "Birthe Krogh", ring: 1, by: .caseworker, child: "b1"),
                actor("n4", .doctor, "Lægehuset ved Torvet", "Egen læge", ring: 3, by: .family),
            ],
            plan: wheel(log, .sixWeeks, people: ["Maria", "Thomas", "Jonas (sagsbehandler)"], network: day(-26),
                        networkPeople: ["Forældrene", "Lærke", "Søby Skole", "PPR Søby", "Jonas (sagsbehandler)"]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -3), .conversation,
                      "Jeg holder mig sammen i skolen, så ingen ser det. Derhjemme kan jeg ikke mere.", by: "JOP"),
            ],
            challenges: [
                CollaborationChallenge(
                    id: "s1", opened: date(months: -3), between: ["Skolen", "Forældrene"], about: .assessment, explicit: false,
                    description: "Skolen og forældrene ser ikke det samme barn: skolen oplever Lærke som rolig, forældrene ser nedsmeltninger hver dag. Ingen har sagt det højt, men forældrene føler sig ikke troet.",
                    actions: [
                        ChallengeAction(date: day(-26), kind: .knowledgeSharing, note: "Netværksmøde: alle fortalte, hvad de ser. Lærke fortalte selv, at hun holder sig sammen i skolen."),
                        ChallengeAction(date: day(-26), kind: .expectationAlignment, note: "Fælles bog mellem hjem og skole i fire uger."),
                    ],
                    status: .easing),
            ])
    }

    /// Elias, 17, Down syndrome: a transition plan with steps (some done) and a LØFT transition meeting, so no
    /// "overgang" deadline shows. BL § 122 next to a very old SEL § 41.
    func f014() -> Family {
        let elias = born(17, 2, 6)
        let opened = date(months: -190)
        let nr = sagsnr(opened, 214)
        let log = followUps(.threeMonths, dueIn: 35, by: "JOP", since: opened, notes: [
            "Opfølgning: overgangsplanen er begyndt; Elias vil gerne være med til møderne.",
            "Opfølgning: Elias spiller fodbold i G-klubben og har fået en ledsager. Han er stolt.",
            "Opfølgning med Elias og forældrene: overgangsmødet med Voksenhandicap er holdt. Forældrene overvejer værgemål.",
            "Opfølgning: Elias har været i praktik i et køkken og vil gerne være kok. STU-ansøgningen forberedes.",
        ])
        let meeting = meeting(
            "m1", date(months: -5), "13:00", .transition, .loft,
            people: [person("elias", "Elias", "barnet"), person("mor", "Birgitte Møller", "mor"),
                     person("far", "Henrik Møller", "far"), person("laerer", "Ole Fisker", "lærer"),
                     person("voksen", "Jens Bak", "rådgiver, voksenområdet"), person("sb", "Jonas Poulsen", "sagsbehandler")],
            cards: [
                worry("mor", "Hvem hjælper ham med penge og post, når han bliver 18?"),
                worry("far", "At han bliver ensom, når skolen slutter."),
                worry("elias", "Jeg vil ikke bo alene."),
                works("elias", "Fodbold og min ledsager Mads."),
                works("laerer", "Elias er glad for sin praktik og møder altid til tiden."),
                works("voksen", "Vi kender Elias nu, længe før han fylder 18."),
                mustHappen("elias", "Jeg vil være kok."),
                mustHappen("mor", "Vi skal vide, hvad et værgemål betyder."),
                mustHappen("voksen", "Boligen skal afklares i god tid."),
                agreed("voksen", "Voksenhandicap sender information om bofællesskaber."),
                agreed("sb", "Jonas sender information om værgemål til forældrene."),
                agreed("laerer", "Skolen hjælper Elias med STU-ansøgningen."),
            ],
            agreements: [
                agreement("Voksenhandicap sender information om bofællesskaber", "Voksenhandicap (Jens Bak)",
                          due: date(months: -4), done: date(months: -4, days: -2)),
                agreement("Jonas sender information om værgemål til forældrene", "JOP",
                          due: date(months: -5, days: 7), done: date(months: -5, days: 5)),
                agreement("Skolen hjælper Elias med STU-ansøgningen", "Troldehøj Specialskole (Ole Fisker)", due: date(months: 5)),
            ],
            summary: "Elias vil være kok og bo sammen med andre unge. Vi arbejder videre med STU, bolig og værgemål.")
        return family(
            "f-014", "Familien Møller", address: "Kirkestien 4, Søby",
            guardians: [guardian("Birgitte Møller", "mor", "30 52 17 84"), guardian("Henrik Møller", "far", "22 78 40 93")],
            prefers: ContactPreference(channel: .meeting, style: .regular, note: "Elias skal inviteres til alle møder om ham selv."),
            children: [
                Child(id: "b1", name: "Elias", birthDate: elias, cpr: cpr(elias, 23, boy: true),
                      situation: "Downs syndrom. Går i ungeafdelingen på Troldehøj Specialskole.",
                      cases: [sag(nr, "JOP", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kost, tøj og fodterapi", from: opened),
                          measure("m2", .transition, "Overgang til voksenlivet: tidlig koordinering med Voksenhandicap",
                                  from: date(months: -13)),
                          measure("m3", .escort, "Ledsagelse til fritidsaktiviteter, 10 timer om måneden", from: date(months: -9)),
                      ])],
                      transitionSteps: [
                          step("t1", "Første samtale med Elias om hans ønsker for fremtiden", due: date(months: -13), done: date(months: -13)),
                          step("t2", "Overleveringsmøde med Voksenhandicap", due: date(months: -5), done: date(months: -5)),
                          step("t3", "Forældrene afklarer værgemål med Familieretshuset", due: date(months: 3)),
                          step("t4", "Ansøgning om STU", due: date(months: 5)),
                          step("t5", "Afklaring af bolig: bofællesskab eller botilbud", due: date(months: 9)),
                      ]),
            ],
            contacts: log,
            goals: [
                goal("g1", child: "b1", "Elias har en hverdag efter 18, som han glæder sig til", .long,
                     owner: byFamily("Elias og forældrene"), created: date(months: -13),
                     specific: "Elias går på STU med køkkenlinje og bor i et bofællesskab med andre unge",
                     measurable: "STU og bolig er bevilget, før Elias fylder 18",
                     acceptedBy: "Elias, forældrene, Voksenhandicap og Jonas",
                     realistic: "Elias har været i køkkenpraktik, og Voksenhandicap er med", deadline: elias.adding(years: 18),
                     subGoals: [sub("STU-ansøgning", byPartner("Troldehøj Specialskole"), due: date(months: 5), .inProgress),
                                sub("Besøg i to bofællesskaber", byFamily("Elias og Henrik"), due: date(months: 4)),
                                sub("Afklaring af værgemål", byFamily("Birgitte og Henrik"), due: date(months: 3), .inProgress)]),
            ],
            network: [
                actor("n1", .school, "Troldehøj Specialskole, ungeafdelingen", "Lærer Ole Fisker", ring: 1, by: .family),
                actor("n2", .adultServices, "Voksenhandicap, Søby Kommune", "Rådgiver Jens Bak", ring: 2, by: .caseworker),
                actor("n3", .other, "Ungdommens Uddannelsesvejledning Søby", "UU-vejleder Ahmad Rahimi", ring: 2, by: .family),
                actor("n4", .other, "G-klubben Søby (fodbold)", "Ledsager Mads Bruun", ring: 1, by: .family),
            ],
            plan: wheel(log, .threeMonths, people: ["Elias", "Birgitte", "Henrik", "Jonas (sagsbehandler)"],
                        network: date(months: -5), networkPeople: ["Elias", "Forældrene", "Skolen", "Voksenhandicap", "Jonas (sagsbehandler)"],
                        extra: [activity(date(months: 5), .deadline, "STU-ansøgningen sendes", dated: false),
                                activity(elias.adding(months: 210), .transition,
                                         "Et halvt år til Elias fylder 18: afgørelserne om hjælp efter 18 skal være på plads", dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -13), .conversation,
                      "Jeg vil bo sammen med Mads og have en kæreste. Og jeg vil lave mad til mange mennesker.", by: "JOP"),
            ])
    }

    /// Karla, 7, and Anton, 4, both with autism: two cases in one family, followed up together every 3 months.
    func f015() -> Family {
        let karla = born(7, 7, 2)
        let openedKarla = date(months: -30)
        let openedAnton = date(months: -5, days: -10)
        let log = followUps(.threeMonths, dueIn: 22, by: "JOP", since: openedKarla, notes: [
            "Opfølgning: Karla er startet i skole med støtte. Far er gået ned i tid.",
            "Opfølgning: Anton har fået diagnosen autisme. Vi åbner en sag til ham og ser på merudgifter.",
            "Opfølgning på video: begge børn sover bedre. Forældrene ønsker et netværksmøde med skole og børnehave sammen.",
        ], channels: [.video, .homeVisit])
        return family(
            "f-015", "Familien Lauridsen", address: "Hybenvej 17, Søby",
            guardians: [guardian("Katrine Lauridsen", "mor", "28 14 93 50"), guardian("Morten Lauridsen", "far", "61 72 08 34")],
            prefers: ContactPreference(channel: .video, style: .regular, note: "Foretrækker videomøder, så far kan være med fra arbejdet."),
            children: [
                Child(id: "b1", name: "Karla", birthDate: karla, cpr: cpr(karla, 24, boy: false),
                      situation: "Autisme. Går i 1. klasse med støtte.",
                      cases: [sag(sagsnr(openedKarla, 2391), "JOP", opened: openedKarla, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kørsel og særligt tøj", from: openedKarla),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til far, 20 timer om ugen", from: date(months: -24)),
                      ])]),
                Child(id: "b2", name: "Anton", birthDate: born(4, 6, 21), situation: "Autisme og forsinket sprog. Går i børnehave.",
                      cases: [sag(sagsnr(openedAnton, 5877), "JOP", opened: openedAnton, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: bleer og sansemateriale", from: openedAnton),
                          measure("m3", .assessment, "Afdækning af Antons behov: sprog og sansning", from: openedAnton,
                                  to: openedAnton.adding(days: 30)),
                          measure("m2", .specialDayCare, "Særligt dagtilbud: plads i Troldehøjens specialgruppe", from: openedAnton),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 1.A", "Lærer Mona Friis", ring: 1, by: .family, child: "b1"),
                actor("n2", .dayCare, "Børnehuset Solsikken", "Pædagog Jannie Kirk", ring: 1, by: .family, child: "b2"),
                actor("n3", .ppr, "PPR Søby", "Psykolog Henrik Dam", ring: 2, by: .caseworker),
            ],
            plan: wheel(log, .threeMonths, people: ["Katrine", "Morten", "Jonas (sagsbehandler)"], network: date(months: 1),
                        networkPeople: ["Forældrene", "Søby Skole", "Solsikken", "PPR Søby", "Jonas (sagsbehandler)"]))
    }
}
