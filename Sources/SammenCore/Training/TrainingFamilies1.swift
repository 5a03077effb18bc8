// Mette Hansen's families (MHA), part 1. Mette has the team's largest caseload; it shows in her follow-ups.

extension TrainingCaseload.Kit {
    /// Emil, 7, autism: a calm 3-month case that works. A LØFT network meeting, pictograms, the årshjul.
    func f001() -> Family {
        let emil = born(7, 3, 12)
        let opened = date(months: -46)
        let nr = sagsnr(opened, 3012)
        let log = followUps(.threeMonths, dueIn: 40, by: "MHA", since: opened, notes: [
            "Opfølgning: aflastningen i Lærkereden er kommet godt i gang. Emil sover dårligt efter weekenderne der; mor sender hans sovekort med.",
            "Opfølgning hjemme: skolestarten er gået bedre end frygtet. Piktogramdagsordenen bruges både hjemme og i skolen.",
            "Opfølgning: merudgifterne gennemgået – vægtdyne og ekstra tøj fortsætter. Far spørger efter en søskendegruppe til Clara.",
            "Opfølgning: færre nedsmeltninger om morgenen. Frikvartererne er stadig svære; vi tager det op på netværksmødet.",
        ])
        let meeting = meeting(
            "m1", day(-38), "13:00", .network, .loft,
            people: [person("mor", "Camilla Nørgaard", "mor"), person("far", "Rasmus Nørgaard", "far"),
                     person("laerer", "Anne Holt", "lærer"), person("ppr", "Henrik Dam", "PPR"),
                     person("aflast", "Mia Lund", "aflastningspædagog"), person("sb", "Mette Hansen", "sagsbehandler")],
            cards: [
                worry("mor", "Emil er så træt efter skole, at aftenerne går i stykker."),
                worry("laerer", "Frikvartererne er svære – han står alene ved hegnet."),
                worry("far", "Vi ved ikke, hvordan weekenderne i aflastningen går."),
                works("laerer", "Piktogramdagsordenen virker. Han går selv hen til pauserummet."),
                works("aflast", "Emil falder til ro med sin vægtdyne og sin musik."),
                works("mor", "Weekenderne med aflastning giver os kræfter til Clara."),
                works("ppr", "Emil viser tydeligt med kortene, hvad han vil og ikke vil."),
                mustHappen("mor", "Et fast frikvartersprogram med en voksen, han kender."),
                mustHappen("ppr", "Vi skal se ham i frikvarteret, før vi foreslår noget."),
                mustHappen("far", "En lille besked fra Lærkereden efter hver weekend."),
                mustHappen("sb", "Sovekortet skal bruges på samme måde hjemme og i aflastningen."),
                agreed("laerer", "Skolen laver et frikvartersprogram med en fast voksen."),
                agreed("aflast", "Lærkereden skriver tre linjer i kontaktbogen efter hver weekend."),
                agreed("sb", "Mette indkalder til næste netværksmøde om et halvt år."),
            ],
            ratings: [("mor", 6), ("far", 6), ("laerer", 7), ("sb", 6)],
            agreements: [
                agreement("Skolen laver et frikvartersprogram med en fast voksen", "Søby Skole (Anne Holt)",
                          due: day(-24), done: day(-26)),
                agreement("PPR observerer Emil i frikvarteret og giver forældrene en tilbagemelding", "PPR Søby",
                          due: day(20)),
                agreement("Lærkereden skriver i kontaktbogen efter hver weekend", "Aflastningen Lærkereden",
                          due: day(-31), done: day(-31)),
            ],
            summary: "Emil har det bedre om morgenen. Vi arbejder videre med frikvartererne og søvnen. Næste netværksmøde om ca. et halvt år.")
        return family(
            "f-001", "Familien Nørgaard", address: "Engvej 14, Søby",
            guardians: [guardian("Camilla Nørgaard", "mor", "28 41 67 90"),
                        guardian("Rasmus Nørgaard", "far", "31 75 22 08")],
            prefers: ContactPreference(channel: .sms, style: .room,
                                       note: "Skriv en sms først; mor ringer tilbage efter kl. 14. Ønsker ikke mere kontakt end de faste opfølgninger."),
            children: [
                Child(id: "b1", name: "Emil", birthDate: emil, cpr: cpr(emil, 11, boy: true),
                      situation: "Autisme; taler lidt og bruger piktogrammer. Går i 1. klasse med støtte.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: vægtdyne, ekstra tøj og kørsel til træning", from: opened),
                          measure("m2", .personalHelp, "Aflastning én weekend om måneden", from: date(months: -40),
                                  by: "Aflastningen Lærkereden"),
                      ])]),
                Child(id: "b2", name: "Clara", birthDate: born(4, 1, 3)),
            ],
            contacts: log + [
                contact("k1", -36, .email, "Referat fra netværksmødet sendt til forældrene og alle deltagere.", by: "MHA"),
                contact("k2", -10, .sms, "Mor skriver: Emil har sovet i sin egen seng fire nætter i træk.", by: "MHA"),
            ],
            goals: [
                goal("g1", child: "b1", "Emil sover i sin egen seng hele natten", .short, owner: byFamily("Camilla og Rasmus"),
                     created: date(months: -5), specific: "Emil falder i søvn i sin egen seng og bliver der til kl. 6",
                     measurable: "Mor skriver i søvndagbogen hver morgen. Målet er nået, når det går 5 nætter ud af 7 i fire uger",
                     acceptedBy: "Mor, far og Emil (med piktogram)",
                     realistic: "Vægtdynen og sovekortet virker allerede nogle nætter", deadline: date(months: 2),
                     subGoals: [sub("Lave et sovekort med billeder sammen med Emil", byFamily("Camilla"), due: date(months: -4), .achieved),
                                sub("Lærkereden bruger det samme sovekort", byPartner("Aflastningen Lærkereden"), due: date(months: -1), .inProgress),
                                sub("Søvndagbogen gennemgås ved opfølgningen", byCaseworker("MHA"), due: day(40))],
                     revisions: [revised(date(months: -2), "Alle ugens nætter var for meget at starte med; Emil skal først vænne sig til sovekortet",
                                         was: "Emil sover i sin egen seng alle ugens nætter", by: "MHA")]),
                goal("g2", child: "b1", "Emil har en skoledag, han kan overskue", .long, owner: byPartner("Søby Skole"),
                     created: date(months: -14),
                     specific: "Emil ved hver morgen, hvad dagen byder på, og har et sted at gå hen, når det bliver for meget",
                     measurable: "Højst 2 nedsmeltninger om ugen i skolen (lærerens skema)",
                     acceptedBy: "Forældrene, skolen og PPR", realistic: "Piktogramdagsorden og pauserum findes allerede",
                     deadline: date(months: 8),
                     subGoals: [sub("Piktogramdagsorden på Emils bord hver morgen", byPartner("Søby Skole"), .achieved),
                                sub("Pauserum med kuglepude", byPartner("Søby Skole"), .achieved),
                                sub("PPR observerer Emil i frikvarteret", byPartner("PPR Søby"), due: day(20), .inProgress)]),
            ],
            network: [
                actor("n1", .school, "Søby Skole, 1.B", "Lærer Anne Holt", ring: 1, by: .family, child: "b1", phone: "72 34 60 10"),
                actor("n2", .dayCare, "Børnehuset Solsikken", "Pædagog Jannie Kirk", ring: 2, by: .family, child: "b2"),
                actor("n3", .ppr, "PPR Søby", "Psykolog Henrik Dam", ring: 2, by: .caseworker, child: "b1", email: "ppr@soeby.dk"),
                actor("n4", .respiteCare, "Aflastningen Lærkereden", "Kontaktpædagog Mia Lund", ring: 1, by: .caseworker, child: "b1"),
                actor("n5", .doctor, "Lægerne i Søby", "Egen læge", ring: 3, by: .family),
            ],
            plan: wheel(log, .threeMonths, people: ["Camilla", "Rasmus", "Mette (sagsbehandler)"], network: day(-38),
                        networkPeople: ["Forældrene", "Søby Skole", "PPR Søby", "Lærkereden", "Mette (sagsbehandler)"],
                        extra: [activity(date(months: 2), .childConversation,
                                         "Børnesamtale med Emil med piktogrammer: hvad er godt, og hvad er svært?", dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -7), .observation,
                      "Emil sad alene og sorterede klodser efter farve; roligt, men han så ikke op, når andre børn kom hen.", by: "MHA"),
                voice("v2", "b1", day(-40), .alternativeCommunication,
                      "Emil pegede på piktogrammerne 'gynge', 'iPad' og 'mor'. Ved 'skolegård' rystede han på hovedet og lagde kortet væk.",
                      by: "MHA"),
            ])
    }

    /// Oliver, 16, Duchenne: transition planning under way (steps, some done); follow-up 12 days overdue.
    func f002() -> Family {
        let oliver = born(16, 9, 4)
        let opened = date(months: -110)
        let nr = sagsnr(opened, 1187)
        let log = followUps(.threeMonths, dueIn: -12, by: "MHA", since: opened, onTime: false, notes: [
            "Opfølgning: ny el-kørestol leveret. Oliver er glad for selv at kunne køre rundt på gymnasiet.",
            "Opfølgning: Oliver er fyldt 16. Vi talte om voksenlivet; han vil gerne bo tæt på sine venner. Overgangsplanen er startet.",
            "Opfølgning med Oliver alene først, så med forældrene: ledsagelsen bruges til koncerter og til håndbold som tilskuer.",
            "Opfølgning: overleveringsmødet med Voksenhandicap er holdt. Mor er bekymret for, hvem der hjælper om natten efter 18.",
        ])
        return family(
            "f-002", "Familien Andersen-Lund", address: "Skovbrynet 7, Søby",
            guardians: [guardian("Hanne Andersen", "mor", "40 12 88 31"), guardian("Peter Lund", "far", "26 90 14 57")],
            prefers: ContactPreference(channel: .email, style: .regular, note: "Oliver vil have kopi af alt, der handler om ham."),
            children: [
                Child(id: "b1", name: "Oliver", birthDate: oliver, cpr: cpr(oliver, 12, boy: true),
                      situation: "Duchennes muskeldystrofi; kørestolsbruger. Går i 2.g.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: medicin, ekstra tøj og kørsel til Neuromuskulær klinik", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, 30 timer om ugen", from: date(months: -62)),
                          measure("m3", .escort, "Ledsagelse 10 timer om måneden", from: date(months: -14)),
                          measure("m4", .transition, "Overgang til voksenlivet: hjælpen efter 18 forberedes med Voksenhandicap",
                                  from: date(months: -8)),
                      ])],
                      transitionSteps: [
                          step("t1", "Samtale med Oliver om hans ønsker til voksenlivet", due: date(months: -8), done: date(months: -8)),
                          step("t2", "Overleveringsmøde med Voksenhandicap, Søby Kommune", due: date(months: -4), done: date(months: -4, days: 5)),
                          step("t3", "Afklaring af bolig og hjælpere efter 18 (BPA eller bofællesskab)", due: date(months: 4)),
                          step("t4", "Ansøgning om hjælp efter 18 sendt til voksenområdet", due: date(months: 8)),
                          step("t5", "Hjælpemidlerne overdrages til voksenområdet", due: oliver.adding(years: 18)),
                      ]),
            ],
            contacts: log + [
                contact("k1", -20, .email, "Mor spørger, hvornår næste opfølgning bliver; den er ikke i kalenderen. Mette vender tilbage i næste uge.", by: "MHA"),
                contact("k2", -5, .sms, "Oliver skriver selv: han har fået plads på en sommerlejr for unge med muskelsvind.", by: "MHA"),
            ],
            goals: [
                goal("g1", child: "b1", "Oliver bor i sin egen bolig med hjælpere, når han er 19", .long,
                     owner: byFamily("Oliver og forældrene"), created: date(months: -8),
                     specific: "Oliver flytter i en bolig tæt på sine venner, med hjælp døgnet rundt, som han selv er med til at vælge",
                     measurable: "Bolig og hjælp er bevilget, før Oliver fylder 19",
                     acceptedBy: "Oliver, Hanne og Peter", realistic: "Voksenhandicap er med fra nu, og boligen søges i god tid",
                     deadline: oliver.adding(years: 19),
                     subGoals: [sub("Oliver besøger to bofællesskaber", byFamily("Oliver og Peter"), due: date(months: 3)),
                                sub("Voksenhandicap vurderer behovet for hjælp om natten", byPartner("Voksenhandicap"),
                                    due: date(months: 4), .inProgress)],
                     revisions: [revised(date(months: -4), "Oliver sagde på overleveringsmødet, at han ikke vil bo hjemme efter gymnasiet",
                                         was: "Oliver bor hjemme, til han er færdig med gymnasiet", by: "MHA")]),
                goal("g2", child: "b1", "Oliver kører selv med handicapkørsel til gymnasiet", .short, owner: byFamily("Oliver"),
                     status: .achieved, created: date(months: -7), specific: "Oliver bestiller og tager selv kørslen hver morgen",
                     measurable: "Mor kører ham ikke længere", acceptedBy: "Oliver og forældrene",
                     realistic: "Han har telefonen og appen", deadline: date(months: -3)),
            ],
            network: [
                actor("n1", .hospital, "Neuromuskulær klinik, Søby Sygehus", "Overlæge Karen Friis", ring: 2, by: .caseworker),
                actor("n2", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Line Østergaard", ring: 1, by: .family),
                actor("n3", .school, "Søby Gymnasium", "Studievejleder Peter Krogh", ring: 2, by: .family),
                actor("n4", .adultServices, "Voksenhandicap, Søby Kommune", "Rådgiver Jens Bak", ring: 2, by: .caseworker,
                      email: "voksenhandicap@soeby.dk"),
            ],
            plan: wheel(log, .threeMonths, people: ["Oliver", "Hanne", "Peter", "Mette (sagsbehandler)"],
                        network: date(months: -4), networkPeople: ["Oliver", "Forældrene", "Voksenhandicap", "Mette (sagsbehandler)"],
                        extra: [activity(oliver.adding(years: 17), .transition,
                                         "Oliver fylder 17: status på overgangsplanen sammen med Voksenhandicap", dated: false)]),
            voices: [
                voice("v1", "b1", date(months: -8), .conversation,
                      "Jeg vil gerne bo tæt på mine venner og selv bestemme, hvem der hjælper mig. Mor skal ikke vende mig om natten, når jeg er voksen.",
                      by: "MHA"),
            ])
    }
}
