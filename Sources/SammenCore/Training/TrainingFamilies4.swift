// Mette Hansen's families (MHA), part 4.

extension TrainingCaseload.Kit {
    /// Zainab, 6, Angelman syndrome: follow-up about two months overdue (interpreter cancelled, caseworker ill); an
    /// unspoken lack of trust; a complaint sent on to Ankestyrelsen. Makker SBL.
    func f009() -> Family {
        let zainab = born(6, 8, 11)
        let opened = date(months: -28)
        let nr = sagsnr(opened, 3398)
        let received = date(months: -5, days: -10)
        let log = followUps(.threeMonths, dueIn: -60, by: "MHA", since: opened, onTime: false, notes: [
            "Opfølgning med tolk: aflastningen er startet. Far er skeptisk, mor er lettet.",
            "Opfølgning med tolk: Zainab sover dårligt; forældrene skiftes til at være vågne. Vi spørger VISO til råds.",
            "Opfølgning: forældrene har klaget over antallet af aflastningsdøgn. Vi gennemgår afgørelsen sammen med tolk.",
        ])
        return family(
            "f-009", "Familien Ahmadi", address: "Vestergade 40, 1. tv., Søby",
            guardians: [guardian("Farida Ahmadi", "mor", "71 24 90 38", email: false),
                        guardian("Javid Ahmadi", "far", "53 87 12 64")],
            prefers: ContactPreference(channel: .meeting, style: .close, note: "Altid med fremmødetolk (dari). Ring hellere end at skrive."),
            children: [
                Child(id: "b1", name: "Zainab", birthDate: zainab, cpr: cpr(zainab, 19, boy: false),
                      situation: "Angelmans syndrom og epilepsi. Taler ikke; bruger talemaskine. Sover dårligt.",
                      cases: [sag(nr, "MHA", buddy: "SBL", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: bleer, særlig kost og kørsel til Epilepsiklinikken", from: opened),
                          measure("m2", .personalHelp, "Døgnaflastning 6 døgn om måneden", from: date(months: -20),
                                  by: "Aflastningen Lærkereden"),
                      ])]),
                Child(id: "b2", name: "Omid", birthDate: born(11, 2, 7)),
                Child(id: "b3", name: "Ali", birthDate: born(2, 3, 19)),
            ],
            contacts: log + [
                contact("k1", -95, .phone, "Planlagt opfølgning aflyst: tolken kom ikke. Ny tid aftales.", by: "MHA"),
                contact("k2", -64, .phone, "Opfølgningen aflyst igen, Mette er syg. Sofie ringer til far med tolk og aftaler ny tid.", by: "SBL"),
                contact("k3", -14, .meeting, "Mor kom forbi rådhuset med spørgsmål om aflastning i skoleferien. Mette ringer tilbage med tolk.", by: "MHA"),
            ],
            goals: [
                goal("g1", child: "b1", "Zainab sover igennem mindst 4 nætter om ugen", .short, owner: byFamily("Farida og Javid"),
                     created: date(months: -3), specific: "Zainab sover fra kl. 20 til kl. 5 uden at vågne",
                     measurable: "Forældrene udfylder søvnskemaet; Lærkereden gør det samme i aflastningen",
                     acceptedBy: "Forældrene, Lærkereden og Epilepsiklinikken",
                     realistic: "VISO's råd om aftenrutine og lys er lige taget i brug", deadline: date(months: 2),
                     subGoals: [sub("Fast aftenrutine med dæmpet lys og musik", byFamily("Farida"), .inProgress),
                                sub("Søvnskema i Lærkereden", byPartner("Aflastningen Lærkereden"), .inProgress),
                                sub("Epilepsiklinikken ser på medicinen om aftenen", byPartner("Epilepsiklinikken"), due: day(30))]),
            ],
            network: [
                actor("n1", .school, "Troldehøj Specialskole", "Lærer Jens Vang", ring: 1, by: .family, child: "b1"),
                actor("n2", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 1, by: .caseworker, child: "b1"),
                actor("n3", .hospital, "Epilepsiklinikken, Søby Sygehus", "Overlæge Jakob Nyborg", ring: 2, by: .family, child: "b1"),
                actor("n4", .viso, "VISO", "Specialist i søvn hos børn med handicap", ring: 3, by: .caseworker, child: "b1"),
            ],
            voices: [
                voice("v1", "b1", date(months: -4), .observation,
                      "I Lærkereden pegede Zainab på billedet af bassinet og smilede; hun rakte armene frem mod kontaktpædagogen.", by: "MHA"),
                voice("v2", "b1", day(-14), .alternativeCommunication,
                      "Zainab trykkede på sin talemaskine: 'mor' og 'musik', og klappede, da musikken kom.", by: "MHA"),
            ],
            challenges: [
                CollaborationChallenge(
                    id: "s1", opened: date(months: -6), between: ["Far", "Sagsbehandler"], about: .process, explicit: false,
                    description: "Far svarer kort og aflyser møder. Dårlige oplevelser med kommunen og misforståelser med telefontolk har skadet tilliden.",
                    actions: [
                        ChallengeAction(date: date(months: -5), kind: .dialogue, note: "Møde med fremmødetolk: far fortalte om sin oplevelse af forløbet."),
                        ChallengeAction(date: date(months: -3), kind: .viso, note: "VISO-rådgivning om søvn og epilepsi; rådene er delt med forældrene og Lærkereden."),
                        ChallengeAction(date: day(-64), kind: .other, note: "Makker SBL tager kontakten ved Mettes fravær, så aftaler ikke bliver aflyst."),
                    ],
                    status: .easing),
            ],
            complaints: [
                Complaint(id: "c1", caseNumber: nr, received: received, about: "Antallet af aflastningsdøgn (BL § 90)",
                          reconsidered: received.adding(days: 23), outcome: .sentToAppealsBoard),
            ],
            secret: "Opfølgningen er sprunget over to gange (aflyst tolk, sygdom). Brug altid fremmødetolk (dari) – telefontolk har givet misforståelser. Far er vred over en tidligere sag i en anden kommune; tag den kun op, hvis han selv gør.")
    }

    /// Magnus, 2, newly diagnosed with spinal muscular atrophy: a new case with a family guide (BL § 81).
    func f010() -> Family {
        let magnus = born(2, 1, 4)
        let opened = day(-50)
        let nr = sagsnr(opened, 6112)
        let log = followUps(.threeMonths, dueIn: 55, by: "MHA", since: opened, notes: [
            "Startmøde hjemme: forældrene er i chok over diagnosen. Vi lægger en plan for de første måneder og tilbyder en familievejleder.",
        ])
        return family(
            "f-010", "Familien Christensen", address: "Lindealle 2, Søby",
            guardians: [guardian("Julie Christensen", "mor", "25 17 46 80"), guardian("Nikolaj Christensen", "far", "60 33 92 15")],
            prefers: ContactPreference(channel: .phone, style: .close, note: "Har lige fået diagnosen; ring gerne hver 14. dag i starten."),
            children: [
                Child(id: "b1", name: "Magnus", birthDate: magnus,
                      situation: "Spinal muskelatrofi (SMA type 2), diagnosticeret for nylig. Går i vuggestue.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .familyGuide, "Familievejleder: samtaler om livet med et barn med SMA", from: day(-40),
                                  by: "Familievejlederordningen, Søby Kommune"),
                          measure("m2", .additionalCosts, "Merudgifter: kørsel til behandling på sygehuset", from: day(-30)),
                      ])]),
            ],
            contacts: log + [
                contact("k1", -50, .phone, "Sygehusets socialrådgiver ringer: ny diagnose (SMA type 2). Familien ønsker kontakt.", by: "MHA"),
                contact("k2", -20, .sms, "Far skriver: tak for hjælpen med kørslen. Magnus er begyndt på medicinen.", by: "MHA"),
            ],
            network: [
                actor("n1", .hospital, "Neuropædiatrisk afdeling, Søby Sygehus", "Socialrådgiver Pia Thorsen", ring: 2, by: .caseworker),
                actor("n2", .familyGuide, "Familievejlederordningen, Søby Kommune", "Familievejleder Anette Rosendahl", ring: 1, by: .family),
                actor("n3", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Line Østergaard", ring: 1, by: .family),
                actor("n4", .healthVisitor, "Sundhedsplejen Søby", "Sundhedsplejerske Gitte Bruun", ring: 2, by: .family),
            ],
            plan: wheel(log, .threeMonths, people: ["Julie", "Nikolaj", "Mette (sagsbehandler)"], opened: opened,
                        network: date(months: 2), networkPeople: ["Forældrene", "Sygehuset", "Børneterapien", "Vuggestuen", "Mette (sagsbehandler)"],
                        extra: [activity(day(-40), .deadline, "Familievejleder tilbudt (skal ske senest 3 måneder efter diagnosen)")]))
    }

    /// Asta, 9, Prader-Willi syndrome: a family that wants room; an old SEL § 41 and a newer BL § 90 side by side.
    func f011() -> Family {
        let opened = date(months: -58)
        let nr = sagsnr(opened, 1530)
        let log = followUps(.threeMonths, dueIn: 20, by: "MHA", since: opened, onTime: false, notes: [
            "Opfølgning: Asta har taget 2 kilo på. Skolen og hjemmet bruger nu den samme madplan.",
            "Opfølgning: forældrene er slidte; vi søger aflastning. Asta glæder sig til 'sit eget værelse et andet sted'.",
            "Opfølgning: aflastningen fungerer. Forældrene har været i biografen for første gang i to år.",
        ], channels: [.meeting, .email])
        return family(
            "f-011", "Familien Thomsen",
            guardians: [guardian("Anne Thomsen", "mor", "26 70 18 52"), guardian("Søren Thomsen", "far", "40 91 33 27")],
            prefers: ContactPreference(channel: .email, style: .room, note: "Ønsker kun kontakt ved de faste opfølgninger. Skriv en mail først."),
            children: [
                Child(id: "b1", name: "Asta", birthDate: born(9, 0, 27),
                      situation: "Prader-Willis syndrom. Går i specialklasse på Søby Skole.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: diætkost og lås på køleskab og skabe", from: opened),
                          measure("m2", .personalHelp, "Aflastning én weekend om måneden", from: date(months: -10)),
                      ])]),
            ],
            contacts: log)
    }

    /// William, 14, cerebral palsy: placed at Kastanjegården (BL § 46), a 6-week case with the child's plan; a
    /// Signs of Wellbeing meeting with one agreement overdue.
    func f012() -> Family {
        let william = born(14, 4, 16)
        let opened = date(months: -60)
        let nr = sagsnr(opened, 1009)
        let log = followUps(.sixWeeks, dueIn: 30, by: "MHA", since: opened, onTime: false, notes: [
            "Opfølgning på Kastanjegården: William er faldet godt til. Forældrene besøger ham to gange om ugen og har ham hjemme hver anden weekend.",
            "Opfølgning: forældrene savner at vide, hvordan hans dage er. Vi aftaler en dagbog.",
            "Opfølgning hjemme hos forældrene: mor har det svært med, at William bor et andet sted. Hun får tilbudt samtaler.",
            "Opfølgning på Kastanjegården: øjenstyringen virker; William vælger selv musik.",
        ])
        let meeting = meeting(
            "m1", day(-25), "10:00", .network, .signsOfSafety, wellbeing: true,
            people: [person("mor", "Sanne Holm", "mor"), person("far", "Kristian Holm", "far"),
                     person("william", "William", "barnet"), person("kontakt", "Peter Nøhr", "kontaktpædagog"),
                     person("laerer", "Susanne Kragh", "lærer"), person("fys", "Katrine Bach", "fysioterapeut"),
                     person("sb", "Mette Hansen", "sagsbehandler")],
            cards: [
                worry("mor", "Vi ved ikke nok om hans hverdag; dagbogen kommer ikke.", .complicatingFactor),
                worry("fys", "Hans hofter skal følges tæt; han står for lidt i ståstativet.", .danger),
                worry("far", "Vikarerne kender ikke hans tegn for smerte.", .danger),
                works("kontakt", "William griner, når vi spiller hans musik; han vælger selv med øjenstyringen.", .strength),
                works("laerer", "Han vælger mellem to ting på skærmen hver dag.", .strength),
                works("mor", "Weekenderne hjemme er gode og rolige.", .existingSafety),
                works("william", "(med øjenstyring) 'glad' – 'musik' – 'mor'.", .strength),
                mustHappen("far", "Alle vikarer skal læse hans smerteskema.", .goal),
                mustHappen("fys", "Ståstativ to gange om dagen, også i weekenden.", .goal),
                mustHappen("mor", "En ugentlig dagbog fra Kastanjegården.", .nextStep),
            ],
            ratings: [("mor", 5), ("far", 5), ("kontakt", 7), ("laerer", 7), ("fys", 6), ("sb", 6)],
            agreements: [
                agreement("Kastanjegården sender en ugentlig dagbog til forældrene", "Kastanjegården (Peter Nøhr)", due: day(-6)),
                agreement("Smerteskemaet lægges forrest i Williams mappe, og alle vikarer læser det", "Kastanjegården",
                          due: day(-15), done: day(-18)),
                agreement("Fysioterapeuten laver et træningsprogram til weekenderne hjemme", "Børneterapien (Katrine Bach)", due: day(10)),
            ],
            summary: "William trives på Kastanjegården og i skolen. Forældrene skal vide mere om hans hverdag, og alle skal kende hans tegn for smerte.")
        return family(
            "f-012", "Familien Holm", address: "Strandvejen 88, Søby",
            guardians: [guardian("Sanne Holm", "mor", "21 36 58 09"), guardian("Kristian Holm", "far", "29 07 64 41")],
            prefers: ContactPreference(channel: .meeting, style: .regular),
            children: [
                Child(id: "b1", name: "William", birthDate: william, cpr: cpr(william, 21, boy: true),
                      situation: "Cerebral parese (kvadriplegi); taler ikke, bruger øjenstyret computer; sondeernæret. Bor på Kastanjegården.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .personalHelp, "Aflastning 8 døgn om måneden", from: opened, to: date(months: -20),
                                  by: "Aflastningen Lærkereden"),
                          measure("m2", .investigation, "Børnefaglig undersøgelse før anbringelse", from: date(months: -24),
                                  to: date(months: -20)),
                          measure("m3", .placement, "Anbringelse på Bostedet Kastanjegården (døgntilbud for børn med handicap)",
                                  from: date(months: -20), by: "Bostedet Kastanjegården"),
                          measure("m4", .additionalCosts, "Merudgifter: kørsel til og fra Kastanjegården ved samvær", from: date(months: -20)),
                          measure("m5", .childsPlan, "Barnets plan", from: date(months: -19)),
                      ], planMade: date(months: -19))]),
            ],
            contacts: log + [contact("k1", -4, .email, "Mor skriver: dagbogen er stadig ikke kommet. Mette rykker Kastanjegården.", by: "MHA")],
            goals: [
                goal("g1", child: "b1", "William kan fortælle andre, hvad han vil, med sin øjenstyring", .long,
                     owner: byPartner("Troldehøj Specialskole"), created: date(months: -10),
                     specific: "William bruger øjenstyringen til at vælge mad, musik og aktivitet, i skolen, på Kastanjegården og hjemme",
                     measurable: "Alle tre steder skriver, hvor mange valg han selv træffer om dagen",
                     acceptedBy: "Forældrene, skolen og Kastanjegården", realistic: "Han vælger allerede mellem to ting i skolen",
                     deadline: date(months: 6),
                     subGoals: [sub("To valg på skærmen hver dag", byPartner("Troldehøj Specialskole"), .achieved),
                                sub("Det samme ordforråd på Kastanjegården og hjemme", byPartner("Kastanjegården"), .inProgress),
                                sub("Forældrene lærer at lægge nye ord ind", byFamily("Sanne og Kristian"), due: date(months: 2))],
                     revisions: [revised(date(months: -4), "William kunne allerede vælge mellem to ting; målet blev gjort større",
                                         was: "William kan vælge mellem to ting med sin øjenstyring", by: "MHA")]),
            ],
            network: [
                actor("n1", .residentialCare, "Bostedet Kastanjegården", "Kontaktpædagog Peter Nøhr", ring: 1, by: .caseworker, phone: "72 34 80 12"),
                actor("n2", .school, "Troldehøj Specialskole", "Lærer Susanne Kragh", ring: 1, by: .caseworker),
                actor("n3", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Katrine Bach", ring: 2, by: .caseworker),
                actor("n4", .hospital, "Børneafdelingen, Søby Sygehus", "Overlæge Eva Holst", ring: 2, by: .family),
                actor("n5", .speechTherapist, "Kommunikationscentret Søby", "ASK-konsulent Nina Winther", ring: 2, by: .caseworker),
            ],
            plan: wheel(log, .sixWeeks, people: ["Sanne", "Kristian", "Kastanjegården", "Mette (sagsbehandler)"], network: day(-25),
                        networkPeople: ["Forældrene", "Kastanjegården", "Troldehøj Specialskole", "Børneterapien", "Mette (sagsbehandler)"],
                        extra: [activity(date(months: 5), .deadline, "Barnets plan gennemgås og revideres sammen med jer", dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -3), .observation,
                      "På Kastanjegården lyttede William opmærksomt, da kontaktpædagogen sang, og smilede, da hans navn blev nævnt.", by: "MHA"),
                voice("v2", "b1", day(-25), .alternativeCommunication,
                      "Med øjenstyringen valgte William 'glad', 'musik' og 'mor'. Ved 'bad' kiggede han væk.", by: "MHA"),
            ])
    }
}
