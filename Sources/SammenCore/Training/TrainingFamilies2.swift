// Mette Hansen's families (MHA), part 2.

extension TrainingCaseload.Kit {
    /// Yasmin, 5, cerebral palsy: two Signs of Wellbeing meetings half a year apart (ratings to compare), school start
    /// ahead. Follow-up due within a week.
    func f003() -> Family {
        let yasmin = born(5, 2, 9)
        let opened = date(months: -26)
        let nr = sagsnr(opened, 4420)
        let log = followUps(.threeMonths, dueIn: 6, by: "MHA", since: opened, notes: [
            "Opfølgning: mor er gået ned i tid, og træningen tre gange om ugen fungerer nu. Far er bekymret for økonomien.",
            "Opfølgning: Yasmin har fået nye skinner. Børnehaven har fået et arbejdsstativ, så hun kan stå ved bordet.",
            "Opfølgning efter netværksmødet: forældrene var glade for at blive spurgt om deres egen vurdering på skalaen.",
            "Opfølgning: vi forbereder skolestarten. PPR er med fra nu, og forældrene besøger Søby Skole og Troldehøj Specialskole.",
        ])
        let people = [person("mor", "Leila Hussein", "mor"), person("far", "Ahmed Hussein", "far"),
                      person("paed", "Jannie Kirk", "pædagog"), person("fys", "Line Østergaard", "fysioterapeut"),
                      person("sb", "Mette Hansen", "sagsbehandler")]
        let first = meeting(
            "m1", day(-35).adding(months: -6), "14:00", .network, .signsOfSafety, wellbeing: true, people: people,
            cards: [
                worry("mor", "Hun bliver ked af det, når de andre løber fra hende på legepladsen.", .complicatingFactor),
                worry("far", "Vi er bange for, at hun kommer i en skole, hvor hun ikke bliver udfordret.", .danger),
                worry("fys", "Hun sidder skævt på stolen i børnehaven; det kan give ondt i ryggen med tiden.", .complicatingFactor),
                works("paed", "Yasmin er glad og nysgerrig og siger selv til, når hun har brug for hjælp.", .strength),
                works("mor", "Træningen hjemme hver aften er blevet en hyggestund.", .existingSafety),
                works("fys", "Hun går 10 meter med rollator nu. Det kunne hun ikke for et år siden.", .strength),
                mustHappen("far", "Vi vil besøge skolerne i god tid og selv være med til at vælge.", .goal),
                mustHappen("paed", "Hun skal have en fast legekammerat med i frikvarteret.", .goal),
                mustHappen("sb", "En ny stol i børnehaven, før hun får ondt.", .nextStep),
            ],
            ratings: [("mor", 4), ("far", 3), ("paed", 5), ("fys", 6), ("sb", 4)],
            agreements: [
                agreement("Ergoterapeuten vurderer Yasmins stol i børnehaven", "Børneterapien",
                          due: day(-35).adding(months: -5), done: day(-38).adding(months: -5)),
                agreement("Mette sender ansøgning om kørsel til træning", "MHA",
                          due: day(-21).adding(months: -6), done: day(-25).adding(months: -6)),
            ],
            summary: "Vi er enige om, at Yasmin trives og udvikler sig. Bekymringen handler om stolen og om at være med i legen. Alle har givet et tal; vi ser på tallene igen ved næste møde.")
        let second = meeting(
            "m2", day(-35), "14:00", .network, .signsOfSafety, wellbeing: true,
            people: people + [person("ppr", "Henrik Dam", "PPR")],
            cards: [
                worry("mor", "Skolestarten: hvem hjælper hende på toilettet?", .danger),
                worry("ppr", "Vi kender ikke Yasmin endnu; vi skal se hende i børnehaven.", .complicatingFactor),
                works("paed", "Hun leger nu med Sofie og Ali hver dag – de venter på hende.", .strength),
                works("fys", "Den nye stol har hjulpet; hun sidder lige og orker mere.", .existingSafety),
                works("far", "Vi har besøgt begge skoler og ved, hvad vi vil spørge om.", .strength),
                mustHappen("mor", "En plan for toiletbesøg og pauser, før hun starter i skole.", .goal),
                mustHappen("ppr", "PPR observerer i børnehaven og laver en pædagogisk-psykologisk vurdering.", .nextStep),
                mustHappen("sb", "Skolen, fysioterapeuten og vi holder et overleveringsmøde i god tid.", .nextStep),
            ],
            ratings: [("mor", 7), ("far", 6), ("paed", 8), ("fys", 7), ("ppr", 6), ("sb", 6)],
            agreements: [
                agreement("PPR observerer Yasmin i børnehaven", "PPR Søby", due: day(25)),
                agreement("Forældrene sender deres spørgsmål til skolerne til Mette", "Leila og Ahmed",
                          due: day(-21), done: day(-25)),
                agreement("Mette indkalder til overleveringsmøde med den valgte skole", "MHA", due: date(months: 3)),
            ],
            summary: "Yasmin trives bedre end for et halvt år siden: alle tal er gået op. Næste skridt er skolestarten.")
        return family(
            "f-003", "Familien Hussein", address: "Rosenhaven 3, 2. th., Søby",
            guardians: [guardian("Leila Hussein", "mor", "22 61 09 43"), guardian("Ahmed Hussein", "far", "52 18 73 60")],
            prefers: ContactPreference(channel: .phone, style: .close, note: "Mor vil gerne ringes op hver anden uge frem til skolestarten."),
            children: [
                Child(id: "b1", name: "Yasmin", birthDate: yasmin, cpr: cpr(yasmin, 13, boy: false),
                      situation: "Cerebral parese (spastisk diplegi). Går med rollator; går i børnehave.",
                      cases: [sag(nr, "MHA", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: kørsel til træning, ekstra tøj og ortopædiske sko", from: opened),
                          measure("m2", .lostEarnings, "Tabt arbejdsfortjeneste til mor, 15 timer om ugen", from: date(months: -24)),
                      ])]),
                Child(id: "b2", name: "Adam", birthDate: born(9, 4, 20)),
            ],
            contacts: log + [
                contact("k1", -33, .phone, "Far ringede om kørsel til skolebesøg; henvist til befordring, link sendt på sms.", by: "MHA"),
                contact("k2", -2, .sms, "Påmindelse om opfølgningen i næste uge sendt til mor.", by: "MHA"),
            ],
            goals: [
                goal("g1", child: "b1", "Yasmin kan sidde selv og spise frokost i børnehaven", .short, owner: byPartner("Børnehuset Solsikken"),
                     status: .achieved, created: date(months: -7), specific: "Yasmin sidder på sin stol ved bordet og spiser selv",
                     measurable: "Pædagogen ser det ved frokosten hver dag i en uge", acceptedBy: "Forældrene og børnehaven",
                     realistic: "Kræver en stol med fodstøtte", deadline: date(months: -2),
                     subGoals: [sub("Ny stol med fodstøtte", byPartner("Børneterapien"), due: date(months: -5), .achieved)]),
                goal("g2", child: "b1", "Yasmin starter i en skole, hvor hun er med både i timerne og i frikvarteret", .long,
                     owner: byFamily("Leila og Ahmed"), created: day(-35),
                     specific: "Yasmin begynder i 0. klasse med den hjælp, hun har brug for, til toilet, pauser og leg",
                     measurable: "Skolen er valgt, og en plan for hjælpen er skrevet og læst af forældrene, før hun starter",
                     acceptedBy: "Forældrene, børnehaven, PPR og Mette",
                     realistic: "Der er god tid, og PPR og fysioterapeuten er allerede med", deadline: date(months: 9),
                     subGoals: [sub("PPR-vurdering", byPartner("PPR Søby"), due: day(25), .inProgress),
                                sub("Forældrene vælger skole", byFamily("Leila og Ahmed"), due: date(months: 3)),
                                sub("Overleveringsmøde mellem børnehave og skole", byCaseworker("MHA"), due: date(months: 6))]),
            ],
            network: [
                actor("n1", .dayCare, "Børnehuset Solsikken", "Pædagog Jannie Kirk", ring: 1, by: .family, child: "b1"),
                actor("n2", .physiotherapist, "Børneterapien, Søby Kommune", "Fysioterapeut Line Østergaard", ring: 1, by: .family, child: "b1"),
                actor("n3", .occupationalTherapist, "Børneterapien, Søby Kommune", "Ergoterapeut Mads Kofoed", ring: 2, by: .caseworker, child: "b1"),
                actor("n4", .hospital, "Børneafdelingen, Søby Sygehus", "Neuropædiater Eva Holst", ring: 3, by: .family, child: "b1"),
                actor("n5", .ppr, "PPR Søby", "Psykolog Henrik Dam", ring: 2, by: .caseworker, child: "b1"),
            ],
            plan: wheel(log, .threeMonths, people: ["Leila", "Ahmed", "Mette (sagsbehandler)"], network: day(-35),
                        networkPeople: ["Forældrene", "Solsikken", "Børneterapien", "PPR Søby", "Mette (sagsbehandler)"],
                        extra: [activity(date(months: 1), .childConversation,
                                         "Samtale med Yasmin i børnehaven: hvad glæder hun sig til i skolen?", dated: false),
                                activity(date(months: 3), .deadline,
                                         "Frist: skoleønsket afleveres, så Yasmin kan starte i den rigtige skole", dated: false)]),
            meetings: [first, second],
            voices: [
                voice("v1", "b1", day(-45), .observation,
                      "I børnehaven kravlede Yasmin hen til dukkekrogen og sagde: 'Jeg er mor!' Hun lo, når de andre ventede på hende.",
                      by: "MHA"),
            ])
    }

    /// Malthe, 10, ADHD and autism, not going to school: the investigation is past its 4 months, the complaint past its
    /// 4 weeks, an agreement overdue, the follow-up overdue. A makker (JOP) helps; the parents have lost patience.
    func f004() -> Family {
        let malthe = born(10, 5, 2)
        let opened = date(months: -30)
        let nr = sagsnr(opened, 2266)
        let log = followUps(.sixWeeks, dueIn: -20, by: "MHA", since: opened, onTime: false, notes: [
            "Opfølgning: Malthe har været hjemme fra skole i tre uger. Forældrene er udkørte. Vi aftaler en børnefaglig undersøgelse.",
            "Opfølgning hjemme: samtale med Malthe på hans værelse. Undersøgelsen er i gang; vi venter på PPR.",
            "Opfølgning: Malthe er i skole en time om dagen med sin støttepædagog. Mor er gået ned i tid og har søgt tabt arbejdsfortjeneste.",
        ])
        let meeting = meeting(
            "m1", day(-55), "08:30", .network, .loft,
            people: [person("mor", "Trine Jensen", "mor"), person("far", "Kenneth Jensen", "far"),
                     person("barn", "Malthe", "barnet"), person("laerer", "Birgitte Sand", "lærer"),
                     person("stotte", "Ali Hassan", "støttepædagog"), person("ppr", "Karen Vinther", "PPR"),
                     person("sb", "Mette Hansen", "sagsbehandler"), person("makker", "Jonas Poulsen", "makker")],
            cards: [
                worry("mor", "Han kaster op om morgenen, når han skal i skole."),
                worry("far", "Vi har ventet i månedsvis, og der sker ingenting."),
                worry("barn", "Der er for mange, der råber."),
                worry("laerer", "Klassen er for stor og larmende for ham."),
                works("stotte", "Når vi starter i det lille rum med Minecraft-opgaver, bliver han."),
                works("mor", "Han går gerne i skole, når det er Ali, der henter ham."),
                works("barn", "Jeg kan godt lide Ali og matematik."),
                works("ppr", "Han er god til at sige fra med ord, når han får tid."),
                mustHappen("far", "En plan med datoer, så vi ved, hvornår undersøgelsen er færdig."),
                mustHappen("ppr", "PPR's vurdering skal være færdig, før der besluttes et skoletilbud."),
                mustHappen("laerer", "Et fast lille rum og en fast voksen de første uger."),
                mustHappen("makker", "Ledelsen skal se på tidsplanen for undersøgelsen."),
                agreed("stotte", "Ali henter Malthe ved hoveddøren hver morgen kl. 8.15."),
                agreed("ppr", "PPR sender sin vurdering til Mette."),
                agreed("sb", "Mette sender en tidsplan for undersøgelsen til forældrene."),
            ],
            ratings: [("mor", 3), ("far", 2), ("laerer", 4), ("ppr", 4), ("sb", 4)],
            agreements: [
                agreement("Støttepædagogen henter Malthe ved hoveddøren hver morgen", "Søby Skole (Ali Hassan)",
                          due: day(-50), done: day(-52)),
                agreement("PPR sender sin pædagogisk-psykologiske vurdering", "PPR Søby (Karen Vinther)", due: day(-10)),
                agreement("Mette sender en tidsplan for undersøgelsen til forældrene", "MHA", due: day(-48), done: day(-47)),
            ],
            summary: "Malthe kommer i skole, når det er trygt og lille. Vi mangler PPR's vurdering for at kunne beslutte et skoletilbud. Mette sender en tidsplan.",
            secret: "Far var meget vred i starten; han faldt til ro, da tidsplanen kom op på tavlen.")
        return family(
            "f-004", "Familien Jensen", address: "Møllevej 22, Søby",
            guardians: [guardian("Trine Jensen", "mor", "29 44 10 72"), guardian("Kenneth Jensen", "far", "61 30 57 19")],
            prefers: ContactPreference(channel: .phone, style: .close,
                                       note: "Far vil ringes op; mor foretrækker mail. Begge skal have den samme besked."),
            children: [
                Child(id: "b1", name: "Malthe", birthDate: malthe, cpr: cpr(malthe, 14, boy: true),
                      situation: "ADHD og autisme. Skolevægring siden foråret; i skole en til to timer om dagen.",
                      cases: [sag(nr, "MHA", buddy: "JOP", opened: opened, measures: [
                          measure("m1", .additionalCosts, "Merudgifter: vægtdyne, høreværn og ekstra tøj", from: opened),
                          measure("m2", .investigation, "Børnefaglig undersøgelse: skolefravær og nedsmeltninger derhjemme",
                                  from: date(months: -4, days: -20)),
                      ])]),
                Child(id: "b2", name: "Nanna", birthDate: born(13, 1, 15)),
            ],
            contacts: log + [
                contact("k1", -45, .phone, "Far ringer vred over afslaget på tabt arbejdsfortjeneste. Klageadgangen forklaret; han klager.", by: "MHA"),
                contact("k2", -30, .email, "PPR rykket for den pædagogisk-psykologiske vurdering.", by: "JOP"),
                contact("k3", -12, .sms, "Mor skriver: Malthe var i skole to timer i dag og kom glad hjem.", by: "MHA"),
            ],
            goals: [
                goal("g1", child: "b1", "Malthe er i skole 2 timer hver dag", .short, owner: byPartner("Søby Skole"),
                     created: day(-90), specific: "Malthe er i skole fra kl. 8.15 til 10.15 i det lille rum sammen med Ali",
                     measurable: "Skolen noterer fremmødet. Målet er nået, når han er der 4 ud af 5 dage i fire uger",
                     acceptedBy: "Malthe, forældrene og skolen", realistic: "Han er der allerede en time de fleste dage",
                     deadline: day(30),
                     subGoals: [sub("Ali henter ved døren hver morgen", byPartner("Søby Skole"), .achieved),
                                sub("Morgenrutine med billedskema hjemme", byFamily("Trine og Kenneth"), .inProgress),
                                sub("Fremmødet gennemgås ved opfølgningen", byCaseworker("MHA"), due: day(14))],
                     revisions: [revised(day(-55), "Hele skoledage var et for stort skridt; Malthe kastede op hver morgen",
                                         was: "Malthe er i skole hele dagen igen", by: "MHA")]),
            ],
            network: [
                actor("n1", .school, "Søby Skole, 4.A", "Klasselærer Birgitte Sand", ring: 1, by: .family, child: "b1"),
                actor("n2", .school, "Søby Skole", "Støttepædagog Ali Hassan", ring: 1, by: .family, child: "b1"),
                actor("n3", .ppr, "PPR Søby", "Psykolog Karen Vinther", ring: 2, by: .caseworker, child: "b1"),
                actor("n4", .psychiatry, "Børne- og ungdomspsykiatrisk ambulatorium, Søby", "Læge Stine Brandt", ring: 3,
                      by: .caseworker, child: "b1"),
                actor("n5", .doctor, "Lægehuset ved Torvet", "Egen læge", ring: 3, by: .family),
            ],
            plan: wheel(log, .sixWeeks, people: ["Trine", "Kenneth", "Mette (sagsbehandler)"], network: day(-55),
                        networkPeople: ["Forældrene", "Søby Skole", "PPR Søby", "Mette og Jonas (sagsbehandlere)"],
                        extra: [activity(date(months: -4, days: -20).adding(months: 4), .deadline,
                                         "Den børnefaglige undersøgelse skal være færdig", done: false)]),
            meetings: [meeting],
            voices: [
                voice("v1", "b1", day(-101), .homeVisit,
                      "På sit værelse: 'I skolen er der for mange, der råber. Jeg vil gerne i skole, hvis det er stille.'", by: "MHA"),
            ],
            challenges: [
                CollaborationChallenge(
                    id: "s1", opened: day(-70), between: ["Forældrene", "Sagsbehandler", "PPR Søby"], about: .process,
                    explicit: true,
                    description: "Forældrene oplever, at undersøgelsen trækker ud, og at ingen tager ansvar for, at Malthe ikke kommer i skole.",
                    actions: [
                        ChallengeAction(date: day(-60), kind: .dialogue, note: "Møde med forældrene: vi gennemgik tidsplanen, og hvem der venter på hvem."),
                        ChallengeAction(date: day(-30), kind: .knowledgeSharing, note: "PPR rykket; psykologen deler sine foreløbige iagttagelser med forældrene."),
                        ChallengeAction(date: day(-15), kind: .leadershipInvolved, note: "Teamlederen deltog i mødet og lovede en afsluttet undersøgelse inden for 3 uger."),
                    ],
                    status: .open),
            ],
            complaints: [
                Complaint(id: "c1", caseNumber: nr, received: day(-38),
                          about: "Afslag på tabt arbejdsfortjeneste til mor (BL § 87)"),
            ],
            secret: "Undersøgelsen er forsinket: PPR's vurdering mangler, og Mette var syg i to uger. Klagen er ikke genvurderet til tiden og skal prioriteres. Teamlederen er orienteret; makker JOP tager over ved fravær.")
    }
}
