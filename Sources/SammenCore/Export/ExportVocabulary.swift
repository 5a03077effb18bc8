/// The Danish words the exported documents use for the domain's kinds, in one place. Functions, not extensions,
/// so they never collide with names the screens give the same types.
enum ExportVocabulary {
    static func meetingKind(_ kind: MeetingKind) -> String {
        switch kind {
        case .network: return "Netværksmøde"
        case .followUp: return "Opfølgningsmøde"
        case .start: return "Startmøde"
        case .status: return "Statusmøde"
        case .transition: return "Overgangsmøde"
        }
    }

    /// "netværksmødet", "startmødet": the meeting kind in the definite form, for running text.
    static func meetingKindDefinite(_ kind: MeetingKind) -> String {
        meetingKind(kind).lowercased() + "t"
    }

    static func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .phone: return "Telefon"
        case .sms: return "Sms"
        case .email: return "E-mail"
        case .meeting: return "Møde"
        case .homeVisit: return "Hjemmebesøg"
        case .video: return "Video"
        case .digitalPost: return "Digital post"
        }
    }

    static func contactStyle(_ style: ContactStyle) -> String {
        switch style {
        case .close: return "ønsker tæt og hyppig kontakt"
        case .regular: return "kontakt som planlagt"
        case .room: return "ønsker luft: kontakt ved de faste opfølgninger, ikke mere"
        }
    }

    static func contactKind(_ kind: ContactKind) -> String {
        switch kind {
        case .followUp: return "Opfølgning"
        case .informal: return "Uformel kontakt"
        }
    }

    static func actorRole(_ role: ActorRole) -> String {
        switch role {
        case .school: return "Skole"
        case .dayCare: return "Dagtilbud"
        case .ppr: return "PPR"
        case .physiotherapist: return "Fysioterapeut"
        case .occupationalTherapist: return "Ergoterapeut"
        case .speechTherapist: return "Talepædagog"
        case .healthVisitor: return "Sundhedsplejerske"
        case .doctor: return "Læge"
        case .hospital: return "Hospital"
        case .psychiatry: return "Psykiatri"
        case .viso: return "VISO"
        case .respiteCare: return "Aflastning"
        case .residentialCare: return "Døgntilbud"
        case .familyGuide: return "Familievejleder"
        case .adultServices: return "Voksenområdet"
        case .relative: return "Familie og netværk"
        case .other: return "Andre"
        }
    }

    static func coordinator(_ c: Coordinator) -> String {
        switch c {
        case .family: return "Familien"
        case .caseworker: return "Sagsbehandleren"
        }
    }

    static func goalStatus(_ status: GoalStatus) -> String {
        switch status {
        case .notStarted: return "Ikke startet"
        case .inProgress: return "I gang"
        case .achieved: return "Nået"
        case .abandoned: return "Opgivet"
        }
    }

    static func horizon(_ horizon: GoalHorizon) -> String {
        switch horizon {
        case .short: return "Kortsigtet mål"
        case .long: return "Langsigtet mål"
        }
    }

    static func voiceMethod(_ method: ChildVoiceMethod) -> String {
        switch method {
        case .conversation: return "Børnesamtale"
        case .observation: return "Observation"
        case .homeVisit: return "Hjemmebesøg"
        case .alternativeCommunication: return "Alternativ kommunikation"
        }
    }

    static func challengeTopic(_ topic: ChallengeTopic) -> String {
        switch topic {
        case .process: return "forløbet"
        case .assessment: return "vurderingen"
        case .decision: return "afgørelsen"
        }
    }

    static func challengeStatus(_ status: ChallengeStatus) -> String {
        switch status {
        case .open: return "Åben"
        case .easing: return "På vej til at blive løst"
        case .resolved: return "Løst"
        }
    }

    static func challengeAction(_ kind: ChallengeActionKind) -> String {
        switch kind {
        case .dialogue: return "Dialog"
        case .expectationAlignment: return "Forventningsafstemning"
        case .knowledgeSharing: return "Videndeling"
        case .leadershipInvolved: return "Ledelsen inddraget"
        case .viso: return "Rådgivning fra VISO"
        case .caseworkerChange: return "Skift af sagsbehandler"
        case .other: return "Andet"
        }
    }

    static func complaintOutcome(_ outcome: ComplaintOutcome?) -> String {
        switch outcome {
        case .changed: return "Kommunen ændrede afgørelsen"
        case .sentToAppealsBoard: return "Afgørelsen fastholdt; sendt til Ankestyrelsen"
        case .withdrawn: return "Klagen er trukket tilbage"
        case nil: return "Afventer genvurdering"
        }
    }

    /// "Mette Hansen (MHA)" from the team, or the initials when the team does not know them.
    static func caseworker(_ initials: String, in team: Team) -> String {
        guard let cw = team.caseworker(initials) else { return initials }
        return "\(cw.name) (\(cw.initials))"
    }

    /// Who is responsible, in words: the named person, the caseworker's name, or the family.
    static func responsible(_ r: Responsible, in team: Team) -> String {
        let name = r.name.map(ExportText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        switch r.kind {
        case .family: return name ?? "Familien"
        case .caseworker:
            guard let name else { return "Sagsbehandleren" }
            return team.caseworker(name).map { "\($0.name) (sagsbehandler)" } ?? name
        case .partner: return name ?? "Samarbejdspartner"
        }
    }

    /// "5. april 2026"
    static func long(_ date: LocalDate) -> String { DanishCalendarNames.long(date) }

    /// "7 år", "1 år", "8 måneder" on `today`.
    static func age(born: LocalDate, on today: LocalDate) -> String {
        let years = born.age(on: today)
        if years >= 1 { return "\(years) år" }
        var months = (today.year - born.year) * 12 + today.month - born.month
        if today.day < born.day { months -= 1 }
        months = max(0, months)
        return months == 1 ? "1 måned" : "\(months) måneder"
    }

    /// "i dag", "om 3 dage", "1 dag over fristen", "12 dage over fristen".
    static func relative(_ due: LocalDate, to today: LocalDate) -> String {
        let days = today.days(until: due)
        switch days {
        case 0: return "i dag"
        case 1: return "i morgen"
        case 2...: return "om \(days) dage"
        case -1: return "1 dag over fristen"
        default: return "\(-days) dage over fristen"
        }
    }
}
