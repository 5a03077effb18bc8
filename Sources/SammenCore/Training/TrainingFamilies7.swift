// Sofie Bech Larsen's families (SBL), part 1.

extension TrainingCaseload.Kit {
    /// Sigurd, 11, autism and school refusal: a refusal of respite care, an explicit disagreement and a complaint
    /// received days ago (reconsideration due within 4 weeks). Follow-up three weeks overdue.
    func f021() -> Family {
        let sigurd = born(11, 6, 3)
        let opened = date(months: -16)
        let nr = sagsnr(opened, 4786)
        let log = followUps(.sixWeeks, dueIn: -24, by: "SBL", since: opened, notes: [
            "Opfølgning: familiebehandlingen er i gang. Sigurd kommer i skole to dage om ugen.",
            "Opfølgning hjemme: Sigurd har bygget en model af solsystemet og viste den stolt frem.",
            "Opfølgning: forældrene søger aflastning; de er udmattede efter mange måneder med skolevægring.",
            "Opfølgning på video: Sigurd er i skole tre dage om ugen i den lille gruppe.",
            "Opfølgning: afslaget på aflastning er sendt. Forældrene er uenige og overvejer at klage.",
        ])
        let meeting = meeting(
            "m1", day(-50), "09:00", .network, .loft,
            people: [person("mor", "Tanja Knudsen", "mor"), person("far", "Ole Knudsen", "far"),
                     person("laerer", "Pia Holt", "lærer"), person("ppr", "Henrik Dam", "PPR"),
                     person("beh", "Morten Skov", "familiebehandler"), person("sb", "Sofie Bech Larsen", "sagsbehandler")],
            cards: [
                worry("mor", "Vi er så trætte, at vi ikke kan mere. Vi har ingen pauser."),
                worry("far", "Vi er bange for, at han falder fra igen efter en ferie."),
                worry("laerer", "Mandagene er svære; han kommer sjældent."),
                works("laerer", "I den lille gruppe arbejder han koncentreret og spørger om planeter."),
                works("beh", "Morgenrutinen med fast vækning virker de fleste dage."),
                works("far", "Han går selv ud ad døren, når taxaen kommer."),
                mustHappen("mor", "Vi har brug for pauser – en weekend i ny og næ."),
                mustHappen("ppr", "En plan for mandagene, fx en blød start."),
                mustHappen("laerer", "Sigurd skal have en ven i gruppen."),
                agreed("laerer", "Skolen laver en blød mandagsstart."),
                agreed("sb", "Sofie behandler ansøgningen om aflastning."),
                agreed("beh", "Familiebehandleren kommer mandag morgen i fire uger."),
            ],
            agreements: [
                agreement("Skolen laver en blød mandagsstart", "Søby Skole (Pia Holt)", due: day(-36), done: day(-40)),
                agreement("Sofie behandler ansøgningen om aflastning", "SBL", due: day(-20), done: day(-22)),
                agreement("Familiebehandleren kommer mandag morgen i fire uger", "Familiehuset (Morten Skov)", due: day(-22), done: day(-22)),
                agreement("Skolen og forældrene lægger en plan for, hvordan Sigurd får en ven i gruppen", "Søby Skole og forældrene",
                          due: day(12)),
            ],
            summary: "Sigurd er glad for den lille gruppe og for planeterne. Mandagene er svære. Forældrene har brug for pauser; ansøgningen om aflastning behandles.")
        return family(
            "f-021", "Familien Knudsen", address: "Granvej 19, Søby",
            guardians: [guardian("Tanja Knudsen", "mor", "28 73 04 19"), guardian("Ole Knudsen", "far", "21 46 90 57")],
            prefers: ContactPreference(channel: .email, style: .regular, note: "Forældrene vil have alt på skrift efter møder."),
            children: [
                Child(id: "b1", name: "Sigurd", birthDate: sigurd, cpr: cpr(sigurd, 29, boy: true),
                      situation: "Autisme; skolevægring i et år. Går i en lille gruppe på Søby Skole.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: skolevægring", from: opened, to: date(months: -12)),
                          measure("m2", .support, "Familiebehandling med fokus på skolegang, 3 timer om ugen", from: date(months: -11),
                                  by: "Familiehuset Søby"),
                          measure("m3", .childsPlan, "Barnets plan", from: date(months: -11)),
                      ], planMade: date(months: -11))]),
            ],
            contacts: log + [
                contact("k1", -40, .email, "Far sender en lang mail om afslaget. Sofie svarer, at vi tager det op på et møde.", by: "SBL"),
                contact("k2", -9, .digitalPost, "Klage modtaget over afslaget på aflastning. Den genvurderes senest 4 uger efter modtagelsen.", by: "SBL"),
                contact("k3", -6, .phone, "Samtale med mor om klagen, og om hvad familien har brug for lige nu.", by: "SBL"),
            ],
            goals: [
                goal("g1", child: "b1", "Sigurd er i skole 4 dage om ugen i den lille gruppe", .short, owner: byPartner("Søby Skole"),
                     created: date(months: -10), specific: "Sigurd møder i den lille gruppe mandag til torsdag",
                     measurable: "Skolen noterer fremmødet hver uge",
                     acceptedBy: "Sigurd, forældrene, skolen og familiebehandleren", realistic: "Han kommer allerede tre dage om ugen",
                     deadline: date(months: 2),
                     subGoals: [sub("Blød mandagsstart", byPartner("Søby Skole"), due: day(-36), .achieved),
                                sub("Fast vækning og morgenmad kl. 7", byFamily("Tanja og Ole"), .inProgress),
                                sub("Familiebehandleren er med mandag morgen", byPartner("Familiehuset Søby"), .achieved)],
                     revisions: [revised(date(months: -5), "Tre dage om ugen var nået; næste trin er fire",
                                         was: "Sigurd er i skole 3 dage om ugen i den lille gruppe", by: "SBL")]),
                goal("g2", child: nil, "Forældrene har overskud i hverdagen", .long, owner: byFamily("Tanja og Ole"),
                     created: day(-50), specific: "Forældrene får faste pauser og sover igennem de fleste nætter",
                     measurable: "Forældrene giver et tal fra 0 til 10 for deres overskud ved hver opfølgning; målet er 6",
                     acceptedBy: "Forældrene og Sofie", realistic: "Afhænger af, hvilken hjælp der kan gives; klagen behandles nu",
                     deadline: date(months: 6)),
            ],
            network: [
                actor("n1", .school, "Søby Skole, den lille gruppe", "Lærer Pia Holt", ring: 1, by: .family),
                actor("n2", .ppr, "PPR Søby", "Psykolog Henrik Dam", ring: 2, by: .caseworker),
                actor("n3", .other, "Familiehuset Søby", "Familiebehandler Morten Skov", ring: 1, by: .caseworker),
                actor("n4", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", ring: 3, by: .family),
            ],
            plan: wheel(log, .sixWeeks, people: ["Tanja", "Ole", "Sofie (sagsbehandler)"], network: day(-50),
                        networkPeople: ["Forældrene", "Søby Skole", "PPR Søby", "Familiehuset", "Sofie (sagsbehandler)"],
                        extra: [activity(date(months: 1), .deadline, "Barnets plan gennemgås, et år efter den blev lavet", dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -5), .homeVisit,
                      "På sit værelse: 'Skolen er for larmende. Jeg kan godt lide at lære om planeter. Mandag er den værste dag.'", by: "SBL"),
            ],
            challenges: [
                CollaborationChallenge(
                    id: "s1", opened: day(-66), between: ["Forældrene", "Sagsbehandler"], about: .decision, explicit: true,
                    description: "Forældrene er uenige i afslaget på aflastning. De oplever, at kommunen ikke ser, hvor slidte de er.",
                    actions: [
                        ChallengeAction(date: day(-50), kind: .dialogue, note: "LØFT-møde: forældrenes bekymringer skrevet op med deres egne ord."),
                        ChallengeAction(date: day(-6), kind: .dialogue, note: "Samtale med mor om klagen; vi ser på andre muligheder, mens klagen behandles."),
                    ],
                    status: .open),
            ],
            complaints: [
                Complaint(id: "c1", caseNumber: nr, received: day(-9), about: "Afslag på aflastning (BL § 32)"),
            ])
    }

    /// Frida, 6, Down syndrome and hearing loss: an old SEL case that runs quietly; tegn til tale.
    func f022() -> Family {
        let opened = date(months: -70)
        let nr = sagsnr(opened, 905)
        let log = followUps(.threeMonths, dueIn: 60, by: "SBL", since: opened, notes: [
            "Opfølgning: Frida har fået nye høreapparater og bruger flere tegn.",
            "Opfølgning: skolestarten i 0. klasse er forberedt; støttepædagogen kan tegn til tale.",
            "Opfølgning: Frida er glad for skolen. Aflastningen fortsætter uændret.",
        ])
        return family(
            "f-022", "Familien Madsen", address: "Solvej 8, Søby",
            guardians: [guardian("Lotte Madsen", "mor", "26 31 57 80"), guardian("Anders Madsen", "far", "23 64 12 95")],
            prefers: ContactPreference(channel: .phone, style: .regular),
            children: [
                Child(id: "b1", name: "Frida", birthDate: born(6, 5, 17),
                      situation: "Downs syndrom og høretab; bruger høreapparater og tegn til tale. Går i 0. klasse.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: batterier til høreapparater, tøj og kørsel", from: opened),
                          measure("m2", .personalHelp, "Aflastning én weekend om måneden", from: date(months: -50),
                                  by: "Aflastningen Lærkereden"),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 0.B", "Støttepædagog Lise Kure", ring: 1, by: .family),
                actor("n2", .speechTherapist, "PPR Søby, tale- og høreteamet", "Talepædagog Marie Lykke", ring: 2, by: .caseworker),
                actor("n3", .hospital, "Høreklinikken, Søby Sygehus", ring: 3, by: .family),
                actor("n4", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 2, by: .caseworker),
            ],
            voices: [
                voice("v1", "b1", day(-80), .alternativeCommunication,
                      "Med tegn til tale: 'skole' – 'glad' – 'Ellie ven'. Om eftermiddagen viste hun tegnet for 'træt'.", by: "SBL"),
            ])
    }

    /// Alfred, 4, autism, no speech: pictograms and tegn til tale; follow-up due within two weeks; one agreement open.
    func f023() -> Family {
        let alfred = born(4, 0, 11)
        let opened = date(months: -22)
        let nr = sagsnr(opened, 3580)
        let log = followUps(.threeMonths, dueIn: 9, by: "SBL", since: opened, notes: [
            "Opfølgning: Alfred er startet i specialbørnehaven Regnbuen. Mor er gået ned i tid.",
            "Opfølgning: talepædagogen har indført billeder ved måltiderne. Alfred peger selv.",
            "Opfølgning: forældrene vil gerne have alle omkring Alfred samlet. Vi planlægger et netværksmøde.",
            "Opfølgning efter netværksmødet: alle bruger nu de samme billeder hjemme og i børnehaven.",
        ])
        let meeting = meeting(
            "m1", day(-100), "13:00", .network, .loft,
            people: [person("mor", "Nanna Kjær", "mor"), person("far", "Simon Kjær", "far"),
                     person("paed", "Bo Lindberg", "pædagog"), person("tale", "Marie Lykke", "talepædagog"),
                     person("ppr", "Rikke Storm", "PPR"), person("sb", "Sofie Bech Larsen", "sagsbehandler")],
            cards: [
                worry("mor", "Han kan ikke sige, når han har ondt."),
                worry("far", "Vi er bange for, at han aldrig kommer til at tale."),
                worry("paed", "Skiftene – fra leg til mad – giver nedsmeltninger."),
                works("tale", "Han peger på billeder ved måltiderne og bliver glad, når vi forstår ham."),
                works("paed", "Han elsker gyngen og falder til ro der."),
                works("mor", "Tegn til tale hjemme: han laver tegnet for 'mere'."),
                mustHappen("tale", "De samme billeder hjemme og i børnehaven."),
                mustHappen("ppr", "En billedtavle for smerte og ubehag."),
                mustHappen("far", "Vi vil lære flere tegn."),
                agreed("tale", "Talepædagogen laver en billedmappe til hjemmet."),
                agreed("ppr", "PPR laver en smertetavle sammen med børnehaven."),
                agreed("sb", "Sofie finder et kursus i tegn til tale til forældrene."),
            ],
            agreements: [
                agreement("Talepædagogen laver en billedmappe til hjemmet", "PPR Søby (Marie Lykke)", due: day(-80), done: day(-85)),
                agreement("PPR laver en smertetavle sammen med børnehaven", "PPR Søby (Rikke Storm)", due: day(-60), done: day(-58)),
                agreement("Sofie finder et kursus i tegn til tale til forældrene", "SBL", due: day(10)),
            ],
            summary: "Alfred forstår og viser mere, end vi troede. Alle bruger de samme billeder. Forældrene skal på kursus i tegn til tale.")
        return family(
            "f-023", "Familien Kjær", address: "Æblehaven 5, Søby",
            guardians: [guardian("Nanna Kjær", "mor", "30 84 26 71"), guardian("Simon Kjær", "far", "53 19 77 02")],
            prefers: ContactPreference(channel: .sms, style: .room, note: "Sms er bedst. Ring ikke uden aftale."),
            children: [
                Child(id: "b1", name: "Alfred", birthDate: alfred,
                      situation: "Autisme; taler ikke, bruger billeder og tegn til tale. Går i specialbørnehave.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: bleer, sansemateriale og ekstra tøj", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, 20 timer om ugen", from: date(months: -20)),
                      ])]),
            ],
            contacts: log,
            goals: [
                goal("g1", child: "b1", "Alfred kan vise med billeder, hvad han vil spise", .short, owner: byPartner("Specialbørnehaven Regnbuen"),
                     status: .achieved, created: date(months: -8), specific: "Alfred peger på billedet af det, han vil have, ved hvert måltid",
                     measurable: "Pædagogen og forældrene ser det ved de fleste måltider i to uger",
                     acceptedBy: "Forældrene, børnehaven og talepædagogen", realistic: "Han peger allerede nogle gange",
                     deadline: date(months: -4)),
                goal("g2", child: "b1", "Alfred kan vise, når han har ondt eller er ked af det", .long, owner: byFamily("Nanna og Simon"),
                     created: day(-100), specific: "Alfred bruger smertetavlen eller et tegn, når noget gør ondt",
                     measurable: "Forældre og børnehave skriver ned, hver gang han viser det selv",
                     acceptedBy: "Forældrene, børnehaven, PPR og Sofie", realistic: "Tavlen findes i børnehaven",
                     deadline: date(months: 8),
                     subGoals: [sub("Smertetavle i børnehaven", byPartner("PPR Søby"), due: day(-60), .achieved),
                                sub("Smertetavle hjemme", byFamily("Nanna og Simon"), .inProgress),
                                sub("Kursus i tegn til tale", byCaseworker("SBL"), due: day(10))]),
            ],
            network: [
                actor("n1", .dayCare, "Specialbørnehaven Regnbuen", "Pædagog Bo Lindberg", ring: 1, by: .family),
                actor("n2", .speechTherapist, "PPR Søby, tale- og høreteamet", "Talepædagog Marie Lykke", ring: 1, by: .caseworker),
                actor("n3", .ppr, "PPR Søby", "Psykolog Rikke Storm", ring: 2, by: .caseworker),
                actor("n4", .occupationalTherapist, "Børneterapien, Søby Kommune", "Ergoterapeut Mads Kofoed", ring: 3, by: .caseworker),
            ],
            plan: wheel(log, .threeMonths, people: ["Nanna", "Simon", "Sofie (sagsbehandler)"], network: day(-100),
                        networkPeople: ["Forældrene", "Regnbuen", "PPR Søby", "Sofie (sagsbehandler)"]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -8), .observation,
                      "I Regnbuen sad Alfred i sansegyngen i 20 minutter og nynnede. Ved skiftet til frokost lagde han sig på gulvet.", by: "SBL"),
                voice("v2", "b1", day(-82), .alternativeCommunication,
                      "Alfred viste med piktogram, at han ville på gyngen, og tog mors hånd, da hun svarede 'ja'.", by: "SBL"),
            ])
    }

    /// Josefine, 14, Tourette and ADHD: preventive measures and financial support (BL §§ 30, 35); a 3-month case.
    func f024() -> Family {
        let opened = date(months: -9)
        let nr = sagsnr(opened, 5402)
        let log = followUps(.threeMonths, dueIn: 40, by: "SBL", since: opened, notes: [
            "Opfølgning: Josefine er startet i klatreklubben og har fået en veninde der.",
            "Opfølgning: ungegruppen hjælper; Josefine siger, at hun ikke længere er 'den eneste med tics'.",
        ])
        return family(
            "f-024", "Familien Mikkelsen",
            guardians: [guardian("Heidi Mikkelsen", "mor", "22 09 58 36")],
            prefers: ContactPreference(channel: .sms, style: .regular),
            children: [
                Child(id: "b1", name: "Josefine", birthDate: born(14, 2, 9),
                      situation: "Tourettes syndrom og ADHD. Går i 8. klasse.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .financialSupport, "Økonomisk støtte til klatreklub og buskort, så Josefine kommer ud blandt jævnaldrende",
                                  from: date(months: -8)),
                          measure("m2", .preventive, "Forebyggende: ungegruppe for unge med Tourette", from: date(months: -6)),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .school, "Søby Skole, 8.A", "Lærer Nikolaj Vinter", ring: 1, by: .family),
                actor("n2", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", ring: 2, by: .family),
            ],
            voices: [
                voice("v1", "b1", date(months: -4), .conversation,
                      "Jeg vil bare være ligesom de andre. I klatreklubben er der ingen, der glor.", by: "SBL"),
            ])
    }
}
