// Mette Hansen's families (MHA), part 3.

extension TrainingCaseload.Kit {
    /// Ida, 3, Down syndrome: a quiet compensation case with a follow-up far ahead.
    func f005() -> Family {
        let ida = born(3, 1, 6)
        let opened = date(months: -34)
        let nr = sagsnr(opened, 5031)
        let log = followUps(.threeMonths, dueIn: 70, by: "MHA", since: opened, notes: [
            "Opfølgning: Ida er startet i vuggestue. Far arbejder på nedsat tid; det hænger sammen for familien.",
            "Opfølgning: talepædagogen er startet med tegn til tale. Ida bruger ti tegn.",
            "Opfølgning: overgangen til børnehave planlægges. Forældrene ønsker Solsikken, hvor der er en støttepædagog.",
        ])
        return family(
            "f-005", "Familien Larsen", address: "Kløvervej 9, Søby",
            guardians: [guardian("Sara Larsen", "mor", "23 55 81 04"), guardian("Mikkel Larsen", "far", "42 18 60 33")],
            prefers: ContactPreference(channel: .email, style: .regular),
            children: [
                Child(id: "b1", name: "Ida", birthDate: ida, cpr: cpr(ida, 15, boy: false),
                      situation: "Downs syndrom; lille hjertefejl, opereret. Går i vuggestue.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: ekstra tøj, bleer og kørsel til fysioterapi", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til far, 18 timer om ugen", from: date(months: -30)),
                      ])]),
            ],
            contacts: log + [contact("k1", -30, .email, "Far sender kvitteringer for kørsel; videresendt til udbetaling.", by: "MHA")],
            network: [
                actor("n1", .dayCare, "Vuggestuen Mælkebøtten", "Pædagog Sidsel Frank", ring: 1, by: .family),
                actor("n2", .speechTherapist, "PPR Søby, tale- og høreteamet", "Talepædagog Marie Lykke", ring: 2, by: .caseworker),
                actor("n3", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Line Østergaard", ring: 2, by: .family),
                actor("n4", .healthVisitor, "Sundhedsplejen Søby", "Sundhedsplejerske Gitte Bruun", ring: 3, by: .family),
            ],
            voices: [
                voice("v1", "b1", day(-60), .alternativeCommunication,
                      "Ida viste tegnene for 'mere' og 'spise' og lo, da mor svarede med tegn.", by: "MHA"),
            ])
    }

    /// Noah, 12, epilepsy and intellectual disability, with a single mother: an old SEL case (§§ 41, 44) that runs well.
    func f006() -> Family {
        let noah = born(12, 0, 18)
        let opened = date(months: -70)
        let nr = sagsnr(opened, 877)
        let log = followUps(.threeMonths, dueIn: 25, by: "MHA", since: opened, notes: [
            "Opfølgning: Noah har haft færre anfald efter den nye medicin. Mor er træt; aflastningen er vigtig for hende og Lucas.",
            "Opfølgning: aflastningen fungerer. Lucas har fået plads i en søskendegruppe.",
            "Opfølgning: merudgifterne er genberegnet; hjelmen var ikke kommet med. Efterregulering sendt.",
            "Opfølgning hjemme: Noah har lært at cykle på trehjulet cykel. Mor ønsker en samtale om skolen efter 6. klasse.",
        ])
        return family(
            "f-006", "Familien Mortensen", address: "Bakkedraget 31, Søby",
            guardians: [guardian("Tina Mortensen", "mor", "20 93 47 15")],
            prefers: ContactPreference(channel: .phone, style: .regular,
                                       note: "Alene med to børn. Ring efter kl. 9, når Noah er hentet af skolebussen."),
            children: [
                Child(id: "b1", name: "Noah", birthDate: noah, cpr: cpr(noah, 16, boy: true),
                      situation: "Epilepsi og moderat udviklingshæmning. Går på Troldehøj Specialskole.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: bleer, hjelm og ekstra vask", from: opened),
                          measure("m2", .personalHelp, "Aflastning hver 3. weekend", from: date(months: -50),
                                  by: "Aflastningen Lærkereden"),
                      ])]),
                Child(id: "b2", name: "Lucas", birthDate: born(9, 6, 2)),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Troldehøj Specialskole", "Lærer Jens Vang", ring: 1, by: .family, child: "b1"),
                actor("n2", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 1, by: .caseworker, child: "b1"),
                actor("n3", .hospital, "Epilepsiklinikken, Søby Sygehus", "Overlæge Jakob Nyborg", ring: 2, by: .family, child: "b1"),
            ],
            plan: wheel(log, .threeMonths, people: ["Tina", "Mette (sagsbehandler)"],
                        extra: [activity(date(months: 4), .statusMeeting,
                                         "Statusmøde med Troldehøj Specialskole om skolen efter 6. klasse", dated: false,
                                         with: ["Tina", "Troldehøj Specialskole", "Mette (sagsbehandler)"])]))
    }

    /// Alma, 15, autism and anxiety: turns 16 within two months and has no transition plan yet, so "overgang" shows.
    /// A 6-week case (SEL § 52 contact person) with its follow-up due within two weeks.
    func f007() -> Family {
        let alma = born(15, 10, 10)
        let sixteen = alma.adding(years: 16)
        let opened = date(months: -38)
        let nr = sagsnr(opened, 2750)
        let log = followUps(.sixWeeks, dueIn: 10, by: "MHA", since: opened, notes: [
            "Opfølgning: Alma og kontaktpersonen går tur to gange om ugen. Hun har været i skole alle dage i denne måned.",
            "Opfølgning med Alma alene: hun vil gerne tale om, hvad hun skal efter 10. klasse, men bliver urolig, når det handler om at flytte.",
            "Opfølgning: Alma har været i praktik på en rideskole i tre dage og var glad. Forældrene er overraskede.",
            "Opfølgning: vi aftaler at begynde overgangsplanen, når Alma fylder 16. Alma vil selv være med til mødet.",
        ])
        let meeting = meeting(
            "m1", day(-32), "15:00", .status, .loft,
            people: [person("alma", "Alma", "barnet"), person("mor", "Louise Pedersen", "mor"),
                     person("far", "Jakob Pedersen", "far"), person("kontakt", "Jonas Frost", "kontaktperson"),
                     person("laerer", "Sanne Dahl", "lærer"), person("sb", "Mette Hansen", "sagsbehandler")],
            cards: [
                worry("alma", "Jeg ved ikke, hvad jeg skal, når skolen er slut."),
                worry("mor", "Hun klarer sig godt nu, men hvad sker der, når kontaktpersonen stopper?"),
                worry("laerer", "Hun bliver stille og går hjem, når der er vikar."),
                works("alma", "Turene med Jonas. Og hestene."),
                works("kontakt", "Alma siger selv til nu, når noget er svært."),
                works("far", "Hun tager selv bussen til skole de fleste dage."),
                mustHappen("alma", "Jeg vil i praktik ved hestene igen."),
                mustHappen("laerer", "En plan for vikardage, så hun ved, hvem hun kan gå til."),
                mustHappen("sb", "Vi begynder planen for voksenlivet, når Alma fylder 16."),
                agreed("kontakt", "Jonas hjælper Alma med at finde en ny praktik."),
                agreed("sb", "Mette indkalder til et overgangsmøde efter Almas fødselsdag."),
            ],
            ratings: [("alma", 7), ("mor", 6), ("far", 7), ("kontakt", 7), ("sb", 6)],
            agreements: [
                agreement("Jonas hjælper Alma med at finde en ny praktik", "Kontaktperson Jonas Frost", due: day(20)),
                agreement("Skolen laver en plan for vikardage", "Troldehøj Specialskole (Sanne Dahl)", due: day(-18), done: day(-20)),
                agreement("Mette indkalder til det første overgangsmøde", "MHA", due: sixteen.adding(days: 14)),
            ],
            summary: "Alma har det bedre i skolen og glæder sig til praktik. Planen for voksenlivet begynder, når hun fylder 16.")
        return family(
            "f-007", "Familien Pedersen", address: "Fasanvej 5, Søby",
            guardians: [guardian("Louise Pedersen", "mor", "27 80 36 14"), guardian("Jakob Pedersen", "far", "50 64 21 98")],
            prefers: ContactPreference(channel: .sms, style: .regular, note: "Alma vil selv have besked på sms om møder, hvor hun er med."),
            children: [
                Child(id: "b1", name: "Alma", birthDate: alma, cpr: cpr(alma, 17, boy: false),
                      situation: "Autisme og angst. Går i 10. klasse på Troldehøj Specialskole.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: angst og skolefravær", from: opened,
                                  to: date(months: -34)),
                          measure("m2", .support, "Fast kontaktperson 4 timer om ugen", from: date(months: -33), by: "Ungeindsatsen Søby"),
                          measure("m3", .childsPlan, "Handleplan: skolegang, venner og fremtid", from: date(months: -33)),
                          measure("m4", .additionalCosts, "Merudgifter: kørsel og høretelefoner med støjreduktion", from: date(months: -20)),
                      ], planMade: date(months: -33))]),
            ],
            contacts: log + [contact("k1", -8, .sms, "Alma skriver: 'Jeg har fået lov at komme i praktik igen!'", by: "MHA")],
            goals: [
                goal("g1", child: "b1", "Alma har en plan for, hvad hun skal efter 10. klasse", .long, owner: byFamily("Alma"),
                     created: day(-32),
                     specific: "Alma og hendes forældre ved, hvilken uddannelse eller STU hun skal begynde på, og har besøgt stedet",
                     measurable: "Ansøgningen er sendt", acceptedBy: "Alma, forældrene, UU-vejlederen og Mette",
                     realistic: "Alma har været i praktik og ved, hvad hun kan lide", deadline: date(months: 7),
                     subGoals: [sub("Ny praktik ved heste", byPartner("Kontaktperson Jonas Frost"), due: day(20), .inProgress),
                                sub("Samtale med UU-vejlederen", byFamily("Alma og Louise"), due: date(months: 2)),
                                sub("Første møde om voksenlivet", byCaseworker("MHA"), due: sixteen.adding(days: 14))]),
                goal("g2", child: "b1", "Alma tager selv bussen til skole 3 dage om ugen", .short, owner: byFamily("Alma"),
                     status: .achieved, created: date(months: -6),
                     specific: "Alma tager bus 12 alene mandag, onsdag og fredag", measurable: "Alma krydser af i sin kalender",
                     acceptedBy: "Alma og forældrene", realistic: "Hun har prøvet turen med Jonas mange gange",
                     deadline: date(months: -2),
                     revisions: [revised(date(months: -4), "Hver dag var for meget; Alma ville hellere starte med tre dage og klare dem",
                                         was: "Alma tager selv bussen til skole hver dag", by: "MHA")]),
            ],
            network: [
                actor("n1", .school, "Troldehøj Specialskole, 10. klasse", "Lærer Sanne Dahl", ring: 1, by: .family, child: "b1"),
                actor("n2", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", "Psykolog Maria Juhl", ring: 3,
                      by: .caseworker, child: "b1"),
                actor("n3", .other, "Ungeindsatsen Søby", "Kontaktperson Jonas Frost", ring: 1, by: .caseworker, child: "b1",
                      phone: "72 34 70 31"),
                actor("n4", .other, "Ungdommens Uddannelsesvejledning Søby", "UU-vejleder Ahmad Rahimi", ring: 2, by: .family, child: "b1"),
            ],
            plan: wheel(log, .sixWeeks, people: ["Alma", "Louise", "Jakob", "Mette (sagsbehandler)"],
                        extra: [activity(sixteen, .transition, "Alma fylder 16: vi begynder planen for overgangen til voksenlivet"),
                                activity(date(months: 3), .childConversation, "Samtale med Alma om hendes ønsker for fremtiden",
                                         dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", day(-46), .conversation,
                      "Jeg vil gerne på en STU med heste. Jeg vil ikke flytte hjemmefra endnu.", by: "MHA"),
            ])
    }

    /// Victor, 8, hearing loss: the family moved away; the case is closed and handed over. No deadlines.
    func f008() -> Family {
        let victor = born(8, 2, 25)
        let opened = date(months: -40)
        let nr = sagsnr(opened, 2904)
        let log = followUps(.threeMonths, dueIn: 40, by: "MHA", since: opened, notes: [
            "Opfølgning: Victor har fået cochlear implant på begge ører. Han taler mere og mere.",
            "Opfølgning: familien flytter til Aarhus, fordi mor har fået nyt job. Vi aftaler en overlevering.",
            "Opfølgning: sidste opfølgning før flytningen. Sagen overdrages til Aarhus Kommune.",
        ])
        return family(
            "f-008", "Familien Rasmussen", address: "Fraflyttet til Aarhus Kommune",
            guardians: [guardian("Maja Rasmussen", "mor", "31 02 47 66"), guardian("Nicolai Rasmussen", "far", "28 19 55 70")],
            prefers: ContactPreference(channel: .digitalPost, style: .regular),
            children: [
                Child(id: "b1", name: "Victor", birthDate: victor, cpr: cpr(victor, 18, boy: true),
                      situation: "Svært høretab på begge ører; cochlear implant.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: batterier, ekstra udstyr og kørsel til Høreklinikken",
                                  from: opened, to: day(-20)),
                      ], closed: day(-20))]),
            ],
            contacts: log + [
                contact("k1", -25, .video, "Overleveringsmøde med Aarhus Kommune og familien. Alle papirer er sendt.", by: "MHA"),
                contact("k2", -20, .digitalPost, "Brev om lukning af sagen sendt til familien.", by: "MHA"),
            ])
    }
}
