// Sofie Bech Larsen's families (SBL), part 2.

extension TrainingCaseload.Kit {
    /// Johan, 9, cerebral palsy and epilepsy, with his twin sister: an old SEL case with § 52a financial support for
    /// visits to his father.
    func f025() -> Family {
        let twins = born(9, 1, 23)
        let opened = date(months: -96)
        let nr = sagsnr(opened, 611)
        let log = followUps(.threeMonths, dueIn: 40, by: "SBL", since: opened, notes: [
            "Opfølgning: forældrene er gået fra hinanden; far er flyttet til Aarhus. Vi ser på støtte til transport til samvær.",
            "Opfølgning: samværet med far fungerer; Johan glæder sig til togturen med ledsager.",
            "Opfølgning: mor spørger, om Marie kan komme i en søskendegruppe. Henvist til Lærkeredens søskendetilbud.",
        ])
        return family(
            "f-025", "Familien Eriksen", address: "Lærkevej 15, Søby",
            guardians: [guardian("Dorthe Eriksen", "mor", "27 62 19 45"), guardian("Lars Eriksen", "far", "20 47 83 16")],
            prefers: ContactPreference(channel: .phone, style: .regular, note: "Forældrene er skilt; begge skal have referaterne."),
            children: [
                Child(id: "b1", name: "Johan", birthDate: twins, cpr: cpr(twins, 31, boy: true),
                      situation: "Cerebral parese og epilepsi. Går i specialklasse. Tvilling med Marie.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kørsel, ekstra tøj og medicin", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, 15 timer om ugen", from: date(months: -90)),
                          measure("m3", .financialSupport, "Økonomisk støtte til transport, så Johan kan være hos sin far i Aarhus hver anden weekend",
                                  from: date(months: -38)),
                      ])]),
                Child(id: "b2", name: "Marie", birthDate: twins),
            ],
            contacts: log + [contact("k1", -16, .email, "Far spørger, om han også får referatet fra sidste opfølgning. Sendt.", by: "SBL")])
    }

    /// Lily, 12, fetal alcohol syndrome and ADHD, placed in a foster family (BL § 46): a Signs of Safety meeting about
    /// safe visits with her mother. Internal notes that must never reach the foster family or the school.
    func f026() -> Family {
        let lily = born(12, 4, 5)
        let opened = date(months: -34)
        let nr = sagsnr(opened, 4140)
        let log = followUps(.sixWeeks, dueIn: 18, by: "SBL", since: opened, notes: [
            "Opfølgning i plejefamilien: Lily er faldet til og kalder plejemor 'Bente'. Samvær med mor hver anden uge.",
            "Opfølgning: skolen melder om konflikter i frikvartererne. Plejefamilien er slidt; vi taler om aflastning til dem.",
            "Opfølgning med Lily alene: hun glæder sig til samvær med mor, men er ked af det bagefter.",
            "Opfølgning: samværet er flyttet til Familiehuset med samværsstøtte. Lily sover bedre efter samvær.",
        ])
        let meeting = meeting(
            "m1", date(months: -3), "15:00", .network, .signsOfSafety,
            people: [person("plejemor", "Bente Schmidt", "plejemor"), person("plejefar", "Jens Schmidt", "plejefar"),
                     person("mor", "Jeanette Holt", "mor"), person("lily", "Lily", "barnet"),
                     person("laerer", "Mikkel Strand", "lærer"), person("sb", "Sofie Bech Larsen", "sagsbehandler")],
            cards: [
                worry("plejemor", "Lily er urolig og slår ud i flere dage efter samvær.", .complicatingFactor),
                worry("sb", "Når samværet går skævt, bliver Lily utryg og tager ansvar for mor.", .harm),
                worry("laerer", "Hun kommer op at slås i frikvarteret, når hun er træt.", .complicatingFactor),
                worry("mor", "Jeg er bange for, at Lily glemmer mig.", .danger),
                works("lily", "Jeg kan godt lide at bage med Bente og spille fodbold.", .strength),
                works("mor", "Jeg kommer til alle samvær og vil gerne gøre det godt.", .strength),
                works("plejefar", "Lily har fået to venner i klassen.", .strength),
                works("plejemor", "Fast aftenrutine; hun sover igennem de fleste nætter.", .existingSafety),
                mustHappen("sb", "Samvær med samværsstøtte i Familiehuset, så Lily er tryg.", .goal),
                mustHappen("mor", "Jeg vil gerne have mere tid med hende, når det går godt.", .goal),
                mustHappen("lily", "At mor er glad, når hun kommer.", .goal),
                mustHappen("laerer", "En voksen, hun kan gå til i frikvarteret.", .nextStep),
            ],
            ratings: [("plejemor", 6), ("plejefar", 6), ("mor", 5), ("lily", 6), ("laerer", 5), ("sb", 5)],
            agreements: [
                agreement("Samværet flyttes til Familiehuset med samværsstøtte", "SBL",
                          due: date(months: -3, days: 14), done: date(months: -3, days: 10)),
                agreement("Skolen finder en fast voksen til frikvartererne", "Søby Skole (Mikkel Strand)",
                          due: date(months: -2), done: date(months: -2, days: -5)),
                agreement("Samværet vurderes igen på næste møde", "SBL", due: date(months: 3)),
            ],
            summary: "Lily trives i plejefamilien og har fået venner. Samværet skal være trygt for hende; det foregår nu i Familiehuset. Vi vurderer samværet igen om tre måneder.",
            secret: "Mor virkede påvirket ved mødets start; talt med hende bagefter. Ikke nævnt i referatet.")
        return family(
            "f-026", "Familien Schmidt (plejefamilie)", address: "Egebakken 2, Søby",
            guardians: [guardian("Bente Schmidt", "plejemor", "21 90 35 62"), guardian("Jens Schmidt", "plejefar", "40 26 71 08"),
                        guardian("Jeanette Holt", "mor", "50 88 13 27", email: false)],
            prefers: ContactPreference(channel: .phone, style: .regular,
                                       note: "Plejefamilien er kontakten i hverdagen; Lilys mor får referater med digital post."),
            children: [
                Child(id: "b1", name: "Lily", birthDate: lily, cpr: cpr(lily, 33, boy: false),
                      situation: "Føtalt alkoholsyndrom (FAS) og ADHD. Anbragt i forstærket plejefamilie. Går i 6. klasse.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse", from: opened, to: date(months: -31)),
                          measure("m2", .placement, "Anbringelse i forstærket plejefamilie", from: date(months: -30),
                                  by: "Plejefamilien Schmidt"),
                          measure("m3", .childsPlan, "Barnets plan", from: date(months: -29)),
                      ], planMade: date(months: -29))]),
            ],
            contacts: log + [contact("k1", -12, .phone, "Plejemor ringer: godt samvær i Familiehuset i weekenden; Lily var glad bagefter.", by: "SBL")],
            goals: [
                goal("g1", child: "b1", "Lily er tryg før og efter samvær med sin mor", .long, owner: byFamily("Bente og Jens"),
                     created: date(months: -3),
                     specific: "Samværet foregår i Familiehuset, og Lily falder til ro samme aften",
                     measurable: "Plejeforældrene skriver i samværsbogen efter hvert samvær; målet er ro samme aften 3 ud af 4 gange",
                     acceptedBy: "Plejeforældrene, Lilys mor og Sofie", realistic: "Samværsstøtten er på plads",
                     deadline: date(months: 3),
                     subGoals: [sub("Samværsstøtte i Familiehuset", byCaseworker("SBL"), due: date(months: -3, days: 14), .achieved),
                                sub("Samværsbog efter hvert samvær", byFamily("Bente og Jens"), .inProgress),
                                sub("Mor og samværsstøtten planlægger en aktivitet til hvert samvær", byFamily("Jeanette"), .inProgress)]),
            ],
            network: [
                actor("n1", .school, "Søby Skole, 6.A", "Lærer Mikkel Strand", ring: 1, by: .family),
                actor("n2", .other, "Familieplejen Søby", "Familieplejekonsulent Karin Hald", ring: 2, by: .caseworker),
                actor("n3", .other, "Familiehuset Søby", "Samværsstøtte Dorte Munk", ring: 2, by: .caseworker),
                actor("n4", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", ring: 3, by: .caseworker),
            ],
            plan: wheel(log, .sixWeeks, people: ["Bente", "Jens", "Lily", "Sofie (sagsbehandler)"], network: date(months: -3),
                        networkPeople: ["Plejeforældrene", "Lilys mor", "Søby Skole", "Familieplejen", "Sofie (sagsbehandler)"],
                        extra: [activity(date(months: 1), .childConversation, "Samtale med Lily alene om samværet", dated: false),
                                activity(date(months: 2), .deadline, "Barnets plan gennemgås sammen med jer", dated: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", date(months: -2), .conversation,
                      "Jeg bor godt hos Bente og Jens. Jeg vil gerne se mor, men ikke når hun er træt og ked af det.", by: "SBL"),
            ],
            secret: "Mor er i behandling for et misbrug. Det må ikke stå i noget, der sendes til plejefamilien eller skolen.")
    }

    /// Arthur, 2, born in week 26 with signs of cerebral palsy: a brand-new case, an investigation just started and no
    /// follow-up yet, so the first one falls due 6 weeks after the case was opened (within days).
    func f027() -> Family {
        let arthur = born(2, 6, 14)
        let opened = day(-35)
        let nr = sagsnr(opened, 6355)
        let log = [
            contact("k1", -35, .phone, "Henvendelse fra sygehuset: Arthur, født i uge 26, har tegn på cerebral parese. Forældrene ønsker hjælp.", by: "SBL"),
            contact("k2", -30, .homeVisit, "Første hjemmebesøg: forældrene fortæller om månederne på neonatal. Undersøgelse og familievejleder aftalt.", by: "SBL"),
            contact("k3", -10, .sms, "Mor skriver: Arthur er begyndt hos fysioterapeuten og er glad for det.", by: "SBL"),
        ]
        return family(
            "f-027", "Familien Clausen", address: "Pilevej 30, Søby",
            guardians: [guardian("Signe Clausen", "mor", "24 38 06 91"), guardian("Mathias Clausen", "far", "61 05 42 78")],
            prefers: ContactPreference(channel: .phone, style: .close),
            children: [
                Child(id: "b1", name: "Arthur", birthDate: arthur, cpr: cpr(arthur, 34, boy: true),
                      situation: "Født i uge 26; hjerneskade med tegn på cerebral parese. Går i vuggestue.",
                      cases: [sag(nr, "SBL", opened: opened, measures: [
                          measure("m1", .investigation, "Børnefaglig undersøgelse: Arthurs udvikling og familiens behov", from: day(-30)),
                          measure("m2", .familyGuide, "Familievejleder", from: day(-30), by: "Familievejlederordningen, Søby Kommune"),
                      ])]),
            ],
            contacts: log,
            network: [
                actor("n1", .hospital, "Neonatalafdelingen, Søby Sygehus (opfølgning)", "Overlæge Lars Winge", ring: 2, by: .family),
                actor("n2", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Line Østergaard", ring: 1, by: .family),
                actor("n3", .healthVisitor, "Sundhedsplejen Søby", "Sundhedsplejerske Gitte Bruun", ring: 2, by: .family),
                actor("n4", .familyGuide, "Familievejlederordningen, Søby Kommune", "Familievejleder Anette Rosendahl", ring: 1, by: .family),
            ],
            plan: wheel(log, .sixWeeks, people: ["Signe", "Mathias", "Sofie (sagsbehandler)"], opened: opened,
                        extra: [activity(day(-30).adding(months: 4), .deadline,
                                         "Den børnefaglige undersøgelse er færdig, og I får den at læse", done: false)]))
    }
}
