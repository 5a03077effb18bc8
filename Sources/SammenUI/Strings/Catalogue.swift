/// The UI strings in Danish and English. `%@`-style holes are written `{0}`, `{1}` and filled by `text(_:_:)`.
enum Catalogue {
    static let danish: [UIText: String] = [
        .appName: "Sammen", .training: " ØVELSE ", .readOnly: "SKRIVEBESKYTTET", .tabCaseload: "1 Sagsstamme",
        .tabLeader: "2 Ledervisning", .helpHint: "? hjælp",
        .colFamily: "Familie", .colChild: "Barn", .colCaseworker: "Sagsb.", .colCadence: "Kadence",
        .colLast: "Seneste", .colNext: "Næste", .colOverdue: "Over", .colFlags: "Flag",
        .filterAll: "alle sager", .filterSixWeeks: "6 uger", .filterThreeMonths: "3 mdr.", .filterOverdue: "forfaldne",
        .filterFlagged: "med flag", .caseworkerAll: "alle", .caseworkerLabel: "Sagsbehandler", .kindLabel: "Vis",
        .sortLabel: "Sortering", .searchLabel: "Søg", .rowsShown: "{0} af {1} sager", .overdueCount: "forfaldne: {0}",
        .noRows: "Ingen sager passer til filteret.", .flagLegend: "M makker · K klage · O overgang · S samarbejde · A aftale forfalder",
        .daysShort: "d", .today: "i dag", .never: "aldrig",
        .leaderTitle: "Ledervisning — følges familierne op som planlagt?", .colInitials: "Init.", .colName: "Navn",
        .colCases: "Sager", .colTarget: "Mål", .colOverdueFollowUps: "Forfaldne", .colOnTime: "Til tiden 12 mdr.",
        .colBuddy: "Makker", .nextStopOp: "Næste stop op-møde: {0}", .noStopOp: "Intet stop op-møde registreret endnu",
        .learningGoals: "Læringsmål", .teamTarget: "Teamets mål: {0} sager pr. sagsbehandler",
        .leaderFootnote: "Forfaldne = forfaldne opfølgninger efter modellens kadence (slags «opfoelgning» i «sammen due»). Til tiden = holdt senest på fristen.",
        .familyGuardians: "Forældre", .familyContactPreference: "Kontakt", .familyChildrenAndCases: "Børn og sager",
        .familyDeadlines: "Frister", .familyContacts: "Seneste kontakter", .familyAgreements: "Åbne aftaler",
        .familyPlanSummary: "Årshjul {0}: {1} aktiviteter, {2} udført", .familyNoContacts: "Ingen kontakter registreret.",
        .familyNoAgreements: "Ingen åbne aftaler.", .familyNoDeadlines: "Ingen frister.",
        .familyCaseLine: "Sag {0} · {1}", .familyBuddy: "makker {0}", .familyAge: "{0} år",
        .familyMeasures: "Indsatser", .familyChallenges: "{0} åbne samarbejdsudfordringer",
        .familyComplaints: "{0} klager venter på genvurdering", .familyTransition: "Overgang til voksenliv",
        .familyRegisterHint: "f opfølgning · å årshjul · m møder · r journal · Tab afsnit · Esc",
        .familyYearAndCollaboration: "Årshjul og samarbejde",
        .formTitle: "Registrér opfølgning — {0}", .formDate: "Dato", .formChannel: "Kanal", .formKind: "Type",
        .formCase: "Sag", .formNote: "Note", .formAllCases: "alle familiens sager", .formSave: "Enter gem",
        .formCancel: "Esc fortryd", .formPreference: "Familien foretrækker: {0}, {1}",
        .formSaved: "Opfølgning registreret for {0}. Næste opfølgning: {1}.",
        .formInvalidDate: "Datoen «{0}» findes ikke (skriv DD.MM.ÅÅÅÅ).", .formKindFollowUp: "opfølgning (flytter fristen)",
        .formKindInformal: "uformel kontakt",
        .confirmQuit: "Afslut uden at gemme registreringen?", .confirmDiscard: "Kassér den ufærdige registrering?",
        .yesNo: "j ja · n nej", .saveFailed: "Ikke gemt: {0} Registreringen er bevaret; prøv igen med Enter.",
        .cannotSaveReadOnly: "Arkivet er skrivebeskyttet her; intet kan gemmes.",
        .familyUnreadable: "Familien kan ikke åbnes: {0}", .helpTitle: "Hjælp — taster",
        .helpFooter: "Esc eller ? lukker hjælpen", .lockedBy: "i brug af {0}",
        .helpMove: "flyt op/ned", .helpPage: "side op/ned", .helpOpen: "åbn familien", .helpBack: "tilbage",
        .helpTab: "næste felt eller rude", .helpSearch: "søg (skriv, Enter beholder, Esc rydder)", .helpHelp: "vis/skjul hjælp",
        .helpQuit: "afslut", .helpSort: "skift sorteringskolonne", .helpSortReverse: "vend sorteringen",
        .helpCaseworker: "skift sagsbehandler", .helpKind: "skift visning (alle, 6 uger, 3 mdr., forfaldne, flag)",
        .helpCaseload: "sagsstammen", .helpLeader: "ledervisningen", .helpRegister: "registrér opfølgning",
        .helpMouse: "klik vælger en række; hjulet ruller", .helpTop: "første række", .helpBottom: "sidste række",
        .channelPhone: "telefon", .channelSms: "sms", .channelEmail: "mail", .channelMeeting: "møde",
        .channelHomeVisit: "hjemmebesøg", .channelVideo: "video", .channelDigitalPost: "digital post",
        .styleClose: "tæt kontakt", .styleRegular: "kontakt som planlagt", .styleRoom: "ønsker luft",
        .cadenceSixWeeks: "6 uger", .cadenceThreeMonths: "3 mdr.",
        .meetingsTitle: "Møder — {0}", .meetingsEmpty: "Ingen møder endnu. Tryk n for at oprette et.",
        .meetingsHints: "↑↓ vælg · Enter åbn tavlen · n nyt møde · Esc tilbage", .meetingNetwork: "Netværksmøde",
        .meetingFollowUp: "Opfølgningsmøde", .meetingStart: "Opstartsmøde", .meetingStatus: "Statusmøde",
        .meetingTransition: "Overgangsmøde", .methodLoft: "LØFT", .methodSignsOfSafety: "Signs of Safety",
        .newMeetingTitle: "Nyt møde", .fieldDate: "Dato", .fieldKind: "Slags", .fieldMethod: "Metode", .fieldWording: "Ordlyd",
        .wordingSafety: "sikkerhed", .wordingWellbeing: "trivsel", .participantTitle: "Ny deltager", .fieldName: "Navn",
        .fieldRole: "Rolle", .fieldEmail: "E-mail", .cardTitle: "Nyt kort i «{0}»", .cardEditTitle: "Ret kort",
        .fieldWords: "Ordene", .fieldSaidBy: "Sagt af", .fieldCardKind: "Slags", .agreementTitle: "Aftale",
        .fieldWhat: "Hvad", .fieldWho: "Hvem", .fieldByWhen: "Senest", .ratingTitle: "Skala 0–10 — {0}", .fieldRating: "Tal (0–10)",
        .loftWorries: "Bekymringer", .loftWorking: "Fungerer", .loftMustHappen: "Skal ske", .loftAgreements: "Aftaler",
        .sosWorries: "Hvad er vi bekymrede for?", .sosWorking: "Hvad fungerer godt?", .sosMustHappen: "Hvad skal der ske?",
        .sosAgreements: "Næste skridt", .turn: "Ordet har: {0}", .nobodyYet: "tilføj deltagere med p", .coverage: "Hvem har talt hvor",
        .scale: "Skala 0–10", .lastTime: "sidst {0}",
        .boardHints: "←→ kolonne · ↑↓ kort · a kort · o ordet videre · p deltager · s skala · i spørgsmål · F5 lærred · ? hjælp",
        .presentationHints: "F5 eller v forlader lærredet · o ordet videre", .questionsTitle: "Spørgsmål til «{0}»",
        .boardEmptyColumn: "(tom)", .needsParticipant: "Tilføj først deltagerne (p).", .needsWords: "Skriv ordene på kortet.",
        .needsWhatWho: "En aftale skal have hvad, hvem og senest hvornår.", .ratingRange: "Skalaen går fra 0 til 10.",
        .redone: "Gentaget.", .nothingToRedo: "Intet at gentage.", .cardSaved: "Kortet er gemt.", .cardDeleted: "Kortet er slettet — u fortryder.",
        .participantAdded: "Deltager tilføjet: {0}", .meetingCreated: "Mødet er oprettet.", .ratingSaved: "{0}: {1} på skalaen.",
        .agreementsHeading: "Aftaler", .everyoneHeard: "Alle har talt i alle kolonner.", .helpMeetings: "møder og tavler",
        .helpBoard: "åbn tavlen", .helpColumn: "forrige/næste kolonne", .helpCard: "nyt kort (aftale i sidste kolonne)",
        .helpPass: "giv ordet videre", .helpParticipant: "ny deltager", .helpRate: "skala 0–10 for den, der har ordet",
        .helpQuestions: "kolonnens hjælpespørgsmål", .helpPresent: "lærredsvisning til projektor", .helpMoveCard: "flyt kortet til forrige/næste kolonne",
        .helpReorder: "flyt kortet op/ned", .helpRedo: "gentag", .helpSummary: "skriv mødets fælles opsummering", .helpNewMeeting: "nyt møde",
        .safetyHarm: "skade", .safetyDanger: "fare", .safetyComplicating: "komplicerende faktor", .safetyStrength: "styrke",
        .safetyExisting: "eksisterende sikkerhed", .safetyGoal: "mål", .safetyNextStep: "næste skridt", .safetyNone: "–",
        .recordTitle: "Journal — {0}", .tabInvolvement: "Inddragelse", .tabNetwork: "Netværk", .tabGoals: "Målbillede",
        .tabFollowUp: "Opfølgning", .tabCollaboration: "Samarbejde", .tabBuddy: "Makker/overgang",
        .recordHints: "Tab afsnit · ↑↓ vælg · a tilføj · e ret · d status · Esc tilbage · ? hjælp",
        .childVoiceHeading: "Barnets stemme", .childVoiceEmpty: "Ingen børnesamtaler eller observationer endnu (a tilføjer).",
        .contractHeading: "Kontrakten: hvem koordinerer med hvem", .contractFamily: "familien", .contractCaseworker: "sagsbehandleren",
        .preferenceHeading: "Familiens ønske til kontakt", .voiceConversation: "børnesamtale", .voiceObservation: "observation",
        .voiceHomeVisit: "hjemmebesøg", .voiceAlternative: "alternativ kommunikation", .networkEmpty: "Ingen aktører i netværket endnu (a tilføjer).",
        .networkRings: "Netværkskort (inderst: tættest på familien)", .lastNetworkMeeting: "Seneste netværksmøde: {0}",
        .nextNetworkMeeting: "Næste netværksmøde senest: {0} (hver 6. måned)", .noNetworkMeeting: "Intet netværksmøde holdt endnu.",
        .goalsEmpty: "Ingen mål endnu (a tilføjer).", .goalShort: "kort sigt", .goalLong: "langt sigt", .goalOwner: "ansvarlig",
        .goalStatusNotStarted: "ikke startet", .goalStatusInProgress: "i gang", .goalStatusAchieved: "nået", .goalStatusAbandoned: "opgivet",
        .subGoalsHeading: "Delmål", .revisionsHeading: "Historik", .smartSpecific: "Konkret", .smartMeasurable: "Målbart",
        .smartAccepted: "Accepteret af", .smartRealistic: "Realistisk", .smartDeadline: "Tidsfrist",
        .followUpCadence: "Kadence: {0}", .followUpWhy: "Fordi: {0}", .followUpNext: "Næste opfølgning: {0}",
        .followUpCompliance: "Til tiden de seneste 12 måneder: {0}", .followUpLog: "Kontaktlog", .followUpOccasion: "frist {0}: {1}",
        .challengesHeading: "Samarbejdsudfordringer", .challengesEmpty: "Ingen samarbejdsudfordringer registreret.",
        .complaintsHeading: "Klager", .complaintsEmpty: "Ingen klager.", .challengeBetween: "mellem {0}", .challengeAbout: "om {0}",
        .topicProcess: "processen", .topicAssessment: "vurderingen", .topicDecision: "afgørelsen", .explicitYes: "udtalt",
        .explicitNo: "uudtalt", .statusOpen: "åben", .statusEasing: "på vej", .statusResolved: "løst",
        .complaintPending: "genvurderes senest {0}", .complaintDone: "genvurderet {0}", .buddyHeading: "Makkerskab",
        .buddyNone: "ingen makker", .transitionHeading: "Overgang til voksenlivet (fra 16 år)",
        .transitionEmpty: "Ingen trin endnu (a tilføjer et trin for det valgte barn).", .transitionNotYet: "fylder 16 den {0}",
        .formVoice: "Barnets stemme", .formActor: "Aktør i netværket", .formGoal: "Nyt mål", .formSubGoal: "Nyt delmål",
        .formRevision: "Revidér målet", .formChallenge: "Samarbejdsudfordring", .formAction: "Hvad blev gjort", .formComplaint: "Klage",
        .formStep: "Trin i overgangen", .fieldChild: "Barn", .fieldHow: "Hvordan", .fieldSaid: "Barnet sagde",
        .fieldOrganisation: "Organisation", .fieldContactName: "Kontaktperson", .fieldPhone: "Telefon", .fieldCloseness: "Ring",
        .fieldCoordinates: "Koordinerer", .fieldTitle: "Titel", .fieldHorizon: "Sigt", .fieldOwnerName: "Ansvarlig",
        .fieldStatus: "Status", .fieldReason: "Hvorfor", .fieldParties: "Mellem", .fieldAbout: "Om", .fieldExplicit: "Udtalt",
        .fieldDescription: "Beskrivelse", .fieldActionKind: "Handling", .fieldNote: "Note", .fieldReceived: "Modtaget", .fieldCase: "Sag",
        .recordSaved: "Gemt.", .needsText: "Udfyld de første felter.", .reconsideredToday: "Klagen er markeret som genvurderet i dag.",
        .buddySet: "Makker: {0}", .buddyCleared: "Ingen makker på sagen.", .stepDone: "Trinnet er markeret.", .actorRemoved: "Aktøren er fjernet — u fortryder ikke her; tilføj igen med a.",
        .helpRecord: "journalen (modellens kerneelementer)", .helpTabs: "næste/forrige afsnit", .helpAddRecord: "tilføj i afsnittet",
        .helpEditRecord: "ret / revidér", .helpStatus: "skift status / udført / makker", .helpSubGoal: "delmål til målet",
        .helpRevise: "revidér målet (historikken gemmes)", .helpAction: "handling på udfordringen",
        .roleSchool: "skole", .roleDayCare: "dagtilbud", .rolePPR: "PPR", .rolePhysio: "fysioterapeut", .roleOT: "ergoterapeut",
        .roleSpeech: "talepædagog", .roleHealthVisitor: "sundhedsplejerske", .roleDoctor: "læge", .roleHospital: "hospital",
        .rolePsychiatry: "psykiatri", .roleVISO: "VISO", .roleRespite: "aflastning", .roleResidential: "døgntilbud",
        .roleFamilyGuide: "familievejleder", .roleAdultServices: "voksenområdet", .roleRelative: "familie/netværk", .roleOther: "andet",
        .actionDialogue: "dialog", .actionExpectations: "forventningsafstemning", .actionKnowledge: "videndeling",
        .actionLeadership: "ledelsen inddraget", .actionVISO: "VISO", .actionChange: "skift af sagsbehandler", .actionOther: "andet",
        .tourTitle: "Rundvisning {0}/{1}", .tourKeys: "Enter/→ næste · ← forrige · Esc afslut (fortsæt senere: sammen tour)",
        .tourStep1: "Det her er sagsstammen: én række pr. sag. Modellen »Sammen om familien« følger op med faste intervaller: hver 6. uge, når der er en børnefaglig undersøgelse eller støttende indsatser (SEL §§ 50, 52 / BL §§ 20, 32), ellers hver 3. måned. Forfaldne sager står øverst i rødt, så ingen familie bliver glemt.",
        .tourStep2: "Enter åbner familiens overblik: forældrene og hvordan de vil kontaktes, børnene, sagerne med paragraffer i begge numre (Serviceloven og Barnets Lov), fristerne og de seneste kontakter. Tryk f for at registrere en opfølgning; næste frist flytter sig med det samme.",
        .tourStep3: "Årshjulet (tryk å): årets aktiviteter placeret i måneder — opfølgninger, netværksmøder, børnesamtaler. Tryk p, og Sammen foreslår årets plan ud fra reglerne. Årshjulet kan lægges i kalenderen (i) og gives til forældrene (w).",
        .tourStep4: "Møder (tryk m): en LØFT-tavle med fire kolonner — Bekymringer, Fungerer, Skal ske, Aftaler. »Ordet har« viser, hvis tur det er, og oversigten viser, hvem der endnu ikke har talt i hvilken kolonne. F5 viser tavlen alene på lærredet.",
        .tourStep5: "Journalen (tryk r) rummer modellens kerneelementer. Her er det fælles målbillede: mål på kort og langt sigt, beskrevet SMART, med delmål og en historik over hver ændring.",
        .tourStep6: "Ledervisningen (tryk 2): for hver sagsbehandler sager mod teamets mål, forfaldne opfølgninger og hvor stor en del, der blev holdt til tiden det seneste år.",
        .tourStep7: "Det var rundvisningen. Tryk ? på enhver skærm for at se tasterne. Øvelsesarkivet kan altid startes forfra med «sammen demo --reset». God fornøjelse!",
        .month1: "januar", .month2: "februar", .month3: "marts", .month4: "april", .month5: "maj", .month6: "juni",
        .month7: "juli", .month8: "august", .month9: "september", .month10: "oktober", .month11: "november",
        .month12: "december",
        .kindFollowUp: "Opfølgning", .kindNetworkMeeting: "Netværksmøde", .kindChildConversation: "Børnesamtale",
        .kindStartMeeting: "Opstartsmøde", .kindStatusMeeting: "Statusmøde", .kindDeadline: "Frist",
        .kindTransition: "Overgang", .kindAgreement: "Aftale", .kindOther: "Andet",
        .wheelTitle: "Årshjul {0} — {1}", .wheelEmptyMonth: "Ingen aktiviteter i {0}. Tryk a for at tilføje.",
        .wheelNeedsPurpose: "Skriv hvad aktiviteten er til (formål).", .wheelInvalidTime: "Klokkeslættet «{0}» skal skrives TT:MM.",
        .wheelTimeNeedsDate: "Et klokkeslæt kræver en dato.",
        .wheelHints: "←→ måned · ↑↓ vælg · a ny · e ret · m flyt · d udført · x slet · u fortryd · p forslag · i/w eksport · Esc",
        .wheelMoving: "Flyt «{0}»: ←→ vælg måned, Enter flyt hertil, Esc fortryd",
        .wheelProposalTitle: "Forslag til {0} ({1})", .wheelProposalHints: "Enter tag med · x spring over · ←→ flyt måned · A tag alle · Esc luk",
        .wheelProposalEmpty: "Ingen forslag: årets plan dækker allerede kadencen og fristerne.",
        .wheelAdded: "Tilføjet: {0}", .wheelDeleted: "Slettet: {0} — tryk u for at fortryde", .wheelUndone: "Fortrudt.",
        .wheelNothingToUndo: "Intet at fortryde.", .wheelMovedTo: "Flyttet til {0}.", .wheelMarkedDone: "Markeret som udført.",
        .wheelMarkedNotDone: "Markeret som ikke udført.", .wheelSaved: "Gemt.",
        .wheelUnsaved: "IKKE GEMT: {0} Ændringen er bevaret her; Ctrl-S prøver igen.",
        .activityNewTitle: "Ny aktivitet i {0}", .activityEditTitle: "Ret aktivitet", .activityKind: "Slags",
        .activityPurpose: "Formål", .activityParticipants: "Deltagere", .activityDate: "Dato", .activityTime: "Kl.",
        .activityDone: "udført", .activityNoDate: "uden dato", .helpWheel: "årshjulet", .helpMonth: "forrige/næste måned",
        .helpAdd: "ny aktivitet", .helpEdit: "ret aktiviteten", .helpMove2: "flyt til en anden måned", .helpDone: "udført / ikke udført",
        .helpDelete: "slet (kan fortrydes)", .helpUndo: "fortryd", .helpPropose: "forslag til årets plan",
        .helpYear: "forrige/næste år", .helpExportCalendar: "eksportér til kalender (.ics)", .helpExportHandout: "årshjul til forældrene (.html, .svg, .txt)",
        .exported: "Skrevet: {0}", .exportFailed: "Eksport mislykkedes: {0}", .wheelWarnings: "Bemærk: {0}", .helpRetry: "prøv at gemme igen", .unreadableFiles: "⚠ {0} problem(er) i arkivet (sammen check)",
    ]

    static let english: [UIText: String] = [
        .appName: "Sammen", .training: " TRAINING ", .readOnly: "READ-ONLY", .tabCaseload: "1 Caseload",
        .tabLeader: "2 Leader view", .helpHint: "? help",
        .colFamily: "Family", .colChild: "Child", .colCaseworker: "Worker", .colCadence: "Cadence",
        .colLast: "Last", .colNext: "Next", .colOverdue: "Over", .colFlags: "Flags",
        .filterAll: "all cases", .filterSixWeeks: "6 weeks", .filterThreeMonths: "3 months", .filterOverdue: "overdue",
        .filterFlagged: "flagged", .caseworkerAll: "all", .caseworkerLabel: "Caseworker", .kindLabel: "Show",
        .sortLabel: "Sort", .searchLabel: "Search", .rowsShown: "{0} of {1} cases", .overdueCount: "overdue: {0}",
        .noRows: "No case matches the filter.", .flagLegend: "M buddy · K complaint · O transition · S collaboration · A agreement due",
        .daysShort: "d", .today: "today", .never: "never",
        .leaderTitle: "Leader view — are families followed up as planned?", .colInitials: "Init.", .colName: "Name",
        .colCases: "Cases", .colTarget: "Target", .colOverdueFollowUps: "Overdue", .colOnTime: "On time 12 mo.",
        .colBuddy: "Buddy", .nextStopOp: "Next stop-op meeting: {0}", .noStopOp: "No stop-op meeting recorded yet",
        .learningGoals: "Learning goals", .teamTarget: "Team target: {0} cases per caseworker",
        .leaderFootnote: "Overdue = overdue follow-ups at the model's cadence (kind «opfoelgning» in «sammen due»). On time = held by the due date.",
        .familyGuardians: "Parents", .familyContactPreference: "Contact", .familyChildrenAndCases: "Children and cases",
        .familyDeadlines: "Deadlines", .familyContacts: "Recent contacts", .familyAgreements: "Open agreements",
        .familyPlanSummary: "Annual wheel {0}: {1} activities, {2} done", .familyNoContacts: "No contacts registered.",
        .familyNoAgreements: "No open agreements.", .familyNoDeadlines: "No deadlines.",
        .familyCaseLine: "Case {0} · {1}", .familyBuddy: "buddy {0}", .familyAge: "age {0}",
        .familyMeasures: "Measures", .familyChallenges: "{0} open collaboration challenges",
        .familyComplaints: "{0} complaints awaiting reconsideration", .familyTransition: "Transition to adulthood",
        .familyRegisterHint: "f follow-up · a wheel · m meetings · r record · Tab section · Esc",
        .familyYearAndCollaboration: "Year plan and collaboration",
        .formTitle: "Register follow-up — {0}", .formDate: "Date", .formChannel: "Channel", .formKind: "Kind",
        .formCase: "Case", .formNote: "Note", .formAllCases: "all the family's cases", .formSave: "Enter save",
        .formCancel: "Esc cancel", .formPreference: "The family prefers: {0}, {1}",
        .formSaved: "Follow-up registered for {0}. Next follow-up: {1}.",
        .formInvalidDate: "The date «{0}» does not exist (write DD.MM.YYYY).", .formKindFollowUp: "follow-up (moves the due date)",
        .formKindInformal: "informal contact",
        .confirmQuit: "Quit without saving the registration?", .confirmDiscard: "Discard the unfinished registration?",
        .yesNo: "y yes · n no", .saveFailed: "Not saved: {0} The registration is kept; press Enter to retry.",
        .cannotSaveReadOnly: "The store is read-only here; nothing can be saved.",
        .familyUnreadable: "The family cannot be opened: {0}", .helpTitle: "Help — keys",
        .helpFooter: "Esc or ? closes help", .lockedBy: "in use by {0}",
        .helpMove: "move up/down", .helpPage: "page up/down", .helpOpen: "open the family", .helpBack: "back",
        .helpTab: "next field or pane", .helpSearch: "search (type, Enter keeps, Esc clears)", .helpHelp: "show/hide help",
        .helpQuit: "quit", .helpSort: "change sort column", .helpSortReverse: "reverse the sort",
        .helpCaseworker: "change caseworker", .helpKind: "change view (all, 6 weeks, 3 months, overdue, flagged)",
        .helpCaseload: "the caseload", .helpLeader: "the leader view", .helpRegister: "register a follow-up",
        .helpMouse: "click selects a row; the wheel scrolls", .helpTop: "first row", .helpBottom: "last row",
        .channelPhone: "phone", .channelSms: "text message", .channelEmail: "e-mail", .channelMeeting: "meeting",
        .channelHomeVisit: "home visit", .channelVideo: "video", .channelDigitalPost: "digital post",
        .styleClose: "close contact", .styleRegular: "contact as planned", .styleRoom: "wants room",
        .cadenceSixWeeks: "6 wks", .cadenceThreeMonths: "3 mo.",
        .meetingsTitle: "Meetings — {0}", .meetingsEmpty: "No meetings yet. Press n to create one.",
        .meetingsHints: "↑↓ select · Enter open the board · n new meeting · Esc back", .meetingNetwork: "Network meeting",
        .meetingFollowUp: "Follow-up meeting", .meetingStart: "Start meeting", .meetingStatus: "Status meeting",
        .meetingTransition: "Transition meeting", .methodLoft: "LØFT", .methodSignsOfSafety: "Signs of Safety",
        .newMeetingTitle: "New meeting", .fieldDate: "Date", .fieldKind: "Kind", .fieldMethod: "Method", .fieldWording: "Wording",
        .wordingSafety: "safety", .wordingWellbeing: "wellbeing", .participantTitle: "New participant", .fieldName: "Name",
        .fieldRole: "Role", .fieldEmail: "E-mail", .cardTitle: "New card in «{0}»", .cardEditTitle: "Edit card",
        .fieldWords: "Words", .fieldSaidBy: "Said by", .fieldCardKind: "Kind", .agreementTitle: "Agreement",
        .fieldWhat: "What", .fieldWho: "Who", .fieldByWhen: "By", .ratingTitle: "Scale 0–10 — {0}", .fieldRating: "Number (0–10)",
        .loftWorries: "Worries", .loftWorking: "Working", .loftMustHappen: "Must happen", .loftAgreements: "Agreements",
        .sosWorries: "What are we worried about?", .sosWorking: "What is working well?", .sosMustHappen: "What needs to happen?",
        .sosAgreements: "Next steps", .turn: "Speaking: {0}", .nobodyYet: "add participants with p", .coverage: "Who has spoken where",
        .scale: "Scale 0–10", .lastTime: "last {0}",
        .boardHints: "←→ column · ↑↓ card · a card · o pass the word · p participant · s scale · i questions · F5 projector · ? help",
        .presentationHints: "F5 or v leaves the projector view · o pass the word", .questionsTitle: "Questions for «{0}»",
        .boardEmptyColumn: "(empty)", .needsParticipant: "Add the participants first (p).", .needsWords: "Write the words on the card.",
        .needsWhatWho: "An agreement needs what, who and by when.", .ratingRange: "The scale goes from 0 to 10.",
        .redone: "Redone.", .nothingToRedo: "Nothing to redo.", .cardSaved: "The card is saved.", .cardDeleted: "The card is deleted — u undoes.",
        .participantAdded: "Participant added: {0}", .meetingCreated: "The meeting is created.", .ratingSaved: "{0}: {1} on the scale.",
        .agreementsHeading: "Agreements", .everyoneHeard: "Everyone has spoken in every column.", .helpMeetings: "meetings and boards",
        .helpBoard: "open the board", .helpColumn: "previous/next column", .helpCard: "new card (agreement in the last column)",
        .helpPass: "pass the word", .helpParticipant: "new participant", .helpRate: "scale 0–10 for the speaker",
        .helpQuestions: "the column's guiding questions", .helpPresent: "projector view", .helpMoveCard: "move the card to the previous/next column",
        .helpReorder: "move the card up/down", .helpRedo: "redo", .helpSummary: "write the meeting's shared summary", .helpNewMeeting: "new meeting",
        .safetyHarm: "harm", .safetyDanger: "danger", .safetyComplicating: "complicating factor", .safetyStrength: "strength",
        .safetyExisting: "existing safety", .safetyGoal: "goal", .safetyNextStep: "next step", .safetyNone: "–",
        .recordTitle: "Record — {0}", .tabInvolvement: "Involvement", .tabNetwork: "Network", .tabGoals: "Goals",
        .tabFollowUp: "Follow-up", .tabCollaboration: "Collaboration", .tabBuddy: "Buddy and transition",
        .recordHints: "Tab section · ↑↓ select · a add · e edit · d status · Esc back · ? help",
        .childVoiceHeading: "The child's voice", .childVoiceEmpty: "No child conversations or observations yet (a adds).",
        .contractHeading: "The contract: who coordinates with whom", .contractFamily: "the family", .contractCaseworker: "the caseworker",
        .preferenceHeading: "How the family wants contact", .voiceConversation: "conversation", .voiceObservation: "observation",
        .voiceHomeVisit: "home visit", .voiceAlternative: "alternative communication", .networkEmpty: "No actors in the network yet (a adds).",
        .networkRings: "Network map (innermost: closest to the family)", .lastNetworkMeeting: "Last network meeting: {0}",
        .nextNetworkMeeting: "Next network meeting by: {0} (every 6 months)", .noNetworkMeeting: "No network meeting held yet.",
        .goalsEmpty: "No goals yet (a adds).", .goalShort: "short term", .goalLong: "long term", .goalOwner: "owner",
        .goalStatusNotStarted: "not started", .goalStatusInProgress: "in progress", .goalStatusAchieved: "achieved", .goalStatusAbandoned: "abandoned",
        .subGoalsHeading: "Sub-goals", .revisionsHeading: "History", .smartSpecific: "Specific", .smartMeasurable: "Measurable",
        .smartAccepted: "Accepted by", .smartRealistic: "Realistic", .smartDeadline: "Deadline",
        .followUpCadence: "Cadence: {0}", .followUpWhy: "Because: {0}", .followUpNext: "Next follow-up: {0}",
        .followUpCompliance: "On time over the last 12 months: {0}", .followUpLog: "Contact log", .followUpOccasion: "due {0}: {1}",
        .challengesHeading: "Collaboration challenges", .challengesEmpty: "No collaboration challenges recorded.",
        .complaintsHeading: "Complaints", .complaintsEmpty: "No complaints.", .challengeBetween: "between {0}", .challengeAbout: "about {0}",
        .topicProcess: "the process", .topicAssessment: "the assessment", .topicDecision: "the decision", .explicitYes: "explicit",
        .explicitNo: "unspoken", .statusOpen: "open", .statusEasing: "easing", .statusResolved: "resolved",
        .complaintPending: "reconsider by {0}", .complaintDone: "reconsidered {0}", .buddyHeading: "Buddy caseworker",
        .buddyNone: "no buddy", .transitionHeading: "Transition to adult life (from 16)",
        .transitionEmpty: "No steps yet (a adds a step for the selected child).", .transitionNotYet: "turns 16 on {0}",
        .formVoice: "The child's voice", .formActor: "Network actor", .formGoal: "New goal", .formSubGoal: "New sub-goal",
        .formRevision: "Revise the goal", .formChallenge: "Collaboration challenge", .formAction: "What was done", .formComplaint: "Complaint",
        .formStep: "Transition step", .fieldChild: "Child", .fieldHow: "How", .fieldSaid: "The child said",
        .fieldOrganisation: "Organisation", .fieldContactName: "Contact", .fieldPhone: "Phone", .fieldCloseness: "Ring",
        .fieldCoordinates: "Coordinates", .fieldTitle: "Title", .fieldHorizon: "Horizon", .fieldOwnerName: "Owner",
        .fieldStatus: "Status", .fieldReason: "Why", .fieldParties: "Between", .fieldAbout: "About", .fieldExplicit: "Explicit",
        .fieldDescription: "Description", .fieldActionKind: "Action", .fieldNote: "Note", .fieldReceived: "Received", .fieldCase: "Case",
        .recordSaved: "Saved.", .needsText: "Fill in the first fields.", .reconsideredToday: "The complaint is marked reconsidered today.",
        .buddySet: "Buddy: {0}", .buddyCleared: "No buddy on the case.", .stepDone: "The step is marked.", .actorRemoved: "The actor is removed — add again with a.",
        .helpRecord: "the record (the model's core elements)", .helpTabs: "next/previous section", .helpAddRecord: "add in the section",
        .helpEditRecord: "edit / revise", .helpStatus: "change status / done / buddy", .helpSubGoal: "sub-goal for the goal",
        .helpRevise: "revise the goal (history is kept)", .helpAction: "action on the challenge",
        .roleSchool: "school", .roleDayCare: "day care", .rolePPR: "PPR", .rolePhysio: "physiotherapist", .roleOT: "occupational therapist",
        .roleSpeech: "speech therapist", .roleHealthVisitor: "health visitor", .roleDoctor: "doctor", .roleHospital: "hospital",
        .rolePsychiatry: "psychiatry", .roleVISO: "VISO", .roleRespite: "respite care", .roleResidential: "residential care",
        .roleFamilyGuide: "family guide", .roleAdultServices: "adult services", .roleRelative: "relatives/network", .roleOther: "other",
        .actionDialogue: "dialogue", .actionExpectations: "expectation alignment", .actionKnowledge: "knowledge sharing",
        .actionLeadership: "leadership involved", .actionVISO: "VISO", .actionChange: "change of caseworker", .actionOther: "other",
        .tourTitle: "Tour {0}/{1}", .tourKeys: "Enter/→ next · ← back · Esc end (continue later: sammen tour)",
        .tourStep1: "This is the caseload: one row per case. The model \"Sammen om familien\" follows up at fixed intervals: every 6 weeks when there is a child investigation or support measures (SEL §§ 50, 52 / BL §§ 20, 32), otherwise every 3 months. Overdue cases come first, in red, so no family is forgotten.",
        .tourStep2: "Enter opens the family overview: the parents and how they want contact, the children, the cases with their legal basis in both numberings, the deadlines and recent contacts. Press f to register a follow-up; the next due date moves at once.",
        .tourStep3: "The annual wheel (press å or a): the year's activities placed by month — follow-ups, network meetings, child conversations. Press p and Sammen proposes the year's plan from the rules. Export it to a calendar (i) or print it for the parents (w).",
        .tourStep4: "Meetings (press m): a LØFT board with four columns — Worries, Working, Must happen, Agreements. \"Speaking\" shows whose turn it is; the coverage shows who has not yet spoken on which column. F5 shows the board alone on the projector.",
        .tourStep5: "The record (press r) holds the model's core elements. Here is the shared goal picture: short- and long-term goals, described SMART, with sub-goals and the history of every change.",
        .tourStep6: "The leader view (press 2): per caseworker, cases against the team's target, overdue follow-ups, and the share held on time over the last year.",
        .tourStep7: "That was the tour. Press ? on any screen for the keys. The training caseload can always start over with «sammen demo --reset». Enjoy!",
        .month1: "January", .month2: "February", .month3: "March", .month4: "April", .month5: "May", .month6: "June",
        .month7: "July", .month8: "August", .month9: "September", .month10: "October", .month11: "November",
        .month12: "December",
        .kindFollowUp: "Follow-up", .kindNetworkMeeting: "Network meeting", .kindChildConversation: "Child conversation",
        .kindStartMeeting: "Start meeting", .kindStatusMeeting: "Status meeting", .kindDeadline: "Deadline",
        .kindTransition: "Transition", .kindAgreement: "Agreement", .kindOther: "Other",
        .wheelTitle: "Annual wheel {0} — {1}", .wheelEmptyMonth: "No activities in {0}. Press a to add one.",
        .wheelNeedsPurpose: "Write what the activity is for (purpose).", .wheelInvalidTime: "The time «{0}» must be HH:MM.",
        .wheelTimeNeedsDate: "A time needs a date.",
        .wheelHints: "←→ month · ↑↓ select · a new · e edit · m move · d done · x delete · u undo · p propose · i/w export · Esc",
        .wheelMoving: "Move «{0}»: ←→ choose month, Enter move here, Esc cancel",
        .wheelProposalTitle: "Proposal for {0} ({1})", .wheelProposalHints: "Enter accept · x skip · ←→ move month · A accept all · Esc close",
        .wheelProposalEmpty: "Nothing to propose: the year's plan already covers the cadence and the deadlines.",
        .wheelAdded: "Added: {0}", .wheelDeleted: "Deleted: {0} — press u to undo", .wheelUndone: "Undone.",
        .wheelNothingToUndo: "Nothing to undo.", .wheelMovedTo: "Moved to {0}.", .wheelMarkedDone: "Marked as done.",
        .wheelMarkedNotDone: "Marked as not done.", .wheelSaved: "Saved.",
        .wheelUnsaved: "NOT SAVED: {0} The change is kept here; Ctrl-S tries again.",
        .activityNewTitle: "New activity in {0}", .activityEditTitle: "Edit activity", .activityKind: "Kind",
        .activityPurpose: "Purpose", .activityParticipants: "People", .activityDate: "Date", .activityTime: "Time",
        .activityDone: "done", .activityNoDate: "no date", .helpWheel: "the annual wheel", .helpMonth: "previous/next month",
        .helpAdd: "new activity", .helpEdit: "edit the activity", .helpMove2: "move to another month", .helpDone: "done / not done",
        .helpDelete: "delete (can be undone)", .helpUndo: "undo", .helpPropose: "propose the year's plan",
        .helpYear: "previous/next year", .helpExportCalendar: "export to calendar (.ics)", .helpExportHandout: "wheel for the parents (.html, .svg, .txt)",
        .exported: "Written: {0}", .exportFailed: "Export failed: {0}", .wheelWarnings: "Note: {0}", .helpRetry: "try saving again", .unreadableFiles: "⚠ {0} problem(s) in the store (sammen check)",
    ]

    static func table(_ language: Language) -> [UIText: String] {
        switch language {
        case .da: return danish
        case .en: return english
        }
    }
}

/// Looks up UI text; a missing entry shows its key in brackets (and a test fails before that ships).
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public subscript(_ key: UIText) -> String {
        Catalogue.table(language)[key] ?? "[\(key.rawValue)]"
    }

    public func text(_ key: UIText, _ values: String...) -> String {
        var result = self[key]
        for (i, value) in values.enumerated() { result = result.replacingOccurrences(of: "{\(i)}", with: value) }
        return result
    }

    /// A date the way the language writes it: 22.11.2026 in Danish, 2026-11-22 in English.
    public func date(_ date: LocalDate) -> String { language == .da ? date.danish : date.iso }

    public func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .phone: return self[.channelPhone]
        case .sms: return self[.channelSms]
        case .email: return self[.channelEmail]
        case .meeting: return self[.channelMeeting]
        case .homeVisit: return self[.channelHomeVisit]
        case .video: return self[.channelVideo]
        case .digitalPost: return self[.channelDigitalPost]
        }
    }

    public func style(_ style: ContactStyle) -> String {
        switch style {
        case .close: return self[.styleClose]
        case .regular: return self[.styleRegular]
        case .room: return self[.styleRoom]
        }
    }

    public func cadence(_ cadence: Cadence) -> String {
        cadence == .sixWeeks ? self[.cadenceSixWeeks] : self[.cadenceThreeMonths]
    }

    /// "januar"; `short` gives "jan".
    public func month(_ month: Int, short: Bool = false) -> String {
        let keys: [UIText] = [.month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9,
                              .month10, .month11, .month12]
        let name = self[keys[max(0, min(11, month - 1))]]
        return short ? String(name.prefix(3)) : name
    }

    public func activityKind(_ kind: ActivityKind) -> String {
        switch kind {
        case .followUp: return self[.kindFollowUp]
        case .networkMeeting: return self[.kindNetworkMeeting]
        case .childConversation: return self[.kindChildConversation]
        case .startMeeting: return self[.kindStartMeeting]
        case .statusMeeting: return self[.kindStatusMeeting]
        case .deadline: return self[.kindDeadline]
        case .transition: return self[.kindTransition]
        case .agreement: return self[.kindAgreement]
        case .other: return self[.kindOther]
        }
    }

    public func deadlineKind(_ kind: DeadlineKind) -> String {
        language == .da ? kind.danishName : kind.englishName
    }
}

import Foundation
import SammenCore
