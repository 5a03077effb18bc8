/// The words the exported documents use for the domain's kinds, in Danish (the default) or English, in one place.
/// Functions, not extensions, so they never collide with names the screens give the same types. The English words
/// follow the English screens (`Catalogue.english`).
enum ExportVocabulary {
    static func meetingKind(_ kind: MeetingKind, in language: Language = .da) -> String {
        switch kind {
        case .network: return language.pick(da: "Netværksmøde", en: "Network meeting")
        case .followUp: return language.pick(da: "Opfølgningsmøde", en: "Follow-up meeting")
        case .start: return language.pick(da: "Startmøde", en: "Start meeting")
        case .status: return language.pick(da: "Statusmøde", en: "Status meeting")
        case .transition: return language.pick(da: "Overgangsmøde", en: "Transition meeting")
        }
    }

    /// "netværksmødet", "the network meeting": the meeting kind in the definite form, for running text.
    static func meetingKindDefinite(_ kind: MeetingKind, in language: Language = .da) -> String {
        language == .da ? meetingKind(kind).lowercased() + "t" : "the " + meetingKind(kind, in: .en).lowercased()
    }

    static func channel(_ channel: ContactChannel, in language: Language = .da) -> String {
        switch channel {
        case .phone: return language.pick(da: "Telefon", en: "Phone")
        case .sms: return language.pick(da: "Sms", en: "Text message")
        case .email: return "E-mail"
        case .meeting: return language.pick(da: "Møde", en: "Meeting")
        case .homeVisit: return language.pick(da: "Hjemmebesøg", en: "Home visit")
        case .video: return "Video"
        case .digitalPost: return language.pick(da: "Digital post", en: "Digital post")
        }
    }

    static func contactStyle(_ style: ContactStyle, in language: Language = .da) -> String {
        switch style {
        case .close: return language.pick(da: "ønsker tæt og hyppig kontakt", en: "wants close and frequent contact")
        case .regular: return language.pick(da: "kontakt som planlagt", en: "contact as planned")
        case .room:
            return language.pick(da: "ønsker luft: kontakt ved de faste opfølgninger, ikke mere",
                                 en: "wants room: contact at the regular follow-ups, no more")
        }
    }

    static func contactKind(_ kind: ContactKind, in language: Language = .da) -> String {
        switch kind {
        case .followUp: return language.pick(da: "Opfølgning", en: "Follow-up")
        case .informal: return language.pick(da: "Uformel kontakt", en: "Informal contact")
        }
    }

    static func actorRole(_ role: ActorRole, in language: Language = .da) -> String {
        switch role {
        case .school: return language.pick(da: "Skole", en: "School")
        case .dayCare: return language.pick(da: "Dagtilbud", en: "Day care")
        case .ppr: return "PPR"
        case .physiotherapist: return language.pick(da: "Fysioterapeut", en: "Physiotherapist")
        case .occupationalTherapist: return language.pick(da: "Ergoterapeut", en: "Occupational therapist")
        case .speechTherapist: return language.pick(da: "Talepædagog", en: "Speech therapist")
        case .healthVisitor: return language.pick(da: "Sundhedsplejerske", en: "Health visitor")
        case .doctor: return language.pick(da: "Læge", en: "Doctor")
        case .hospital: return "Hospital"
        case .psychiatry: return language.pick(da: "Psykiatri", en: "Psychiatry")
        case .viso: return "VISO"
        case .respiteCare: return language.pick(da: "Aflastning", en: "Respite care")
        case .residentialCare: return language.pick(da: "Døgntilbud", en: "Residential care")
        case .familyGuide: return language.pick(da: "Familievejleder", en: "Family guide")
        case .adultServices: return language.pick(da: "Voksenområdet", en: "Adult services")
        case .relative: return language.pick(da: "Familie og netværk", en: "Relatives and network")
        case .other: return language.pick(da: "Andre", en: "Others")
        }
    }

    static func coordinator(_ c: Coordinator, in language: Language = .da) -> String {
        switch c {
        case .family: return language.pick(da: "Familien", en: "The family")
        case .caseworker: return language.pick(da: "Sagsbehandleren", en: "The caseworker")
        }
    }

    static func goalStatus(_ status: GoalStatus, in language: Language = .da) -> String {
        switch status {
        case .notStarted: return language.pick(da: "Ikke startet", en: "Not started")
        case .inProgress: return language.pick(da: "I gang", en: "In progress")
        case .achieved: return language.pick(da: "Nået", en: "Achieved")
        case .abandoned: return language.pick(da: "Opgivet", en: "Abandoned")
        }
    }

    static func horizon(_ horizon: GoalHorizon, in language: Language = .da) -> String {
        switch horizon {
        case .short: return language.pick(da: "Kortsigtet mål", en: "Short-term goal")
        case .long: return language.pick(da: "Langsigtet mål", en: "Long-term goal")
        }
    }

    static func voiceMethod(_ method: ChildVoiceMethod, in language: Language = .da) -> String {
        switch method {
        case .conversation: return language.pick(da: "Børnesamtale", en: "Child conversation")
        case .observation: return "Observation"
        case .homeVisit: return language.pick(da: "Hjemmebesøg", en: "Home visit")
        case .alternativeCommunication: return language.pick(da: "Alternativ kommunikation", en: "Alternative communication")
        }
    }

    static func challengeTopic(_ topic: ChallengeTopic, in language: Language = .da) -> String {
        switch topic {
        case .process: return language.pick(da: "forløbet", en: "the process")
        case .assessment: return language.pick(da: "vurderingen", en: "the assessment")
        case .decision: return language.pick(da: "afgørelsen", en: "the decision")
        }
    }

    static func challengeStatus(_ status: ChallengeStatus, in language: Language = .da) -> String {
        switch status {
        case .open: return language.pick(da: "Åben", en: "Open")
        case .easing: return language.pick(da: "På vej til at blive løst", en: "Easing")
        case .resolved: return language.pick(da: "Løst", en: "Resolved")
        }
    }

    static func challengeAction(_ kind: ChallengeActionKind, in language: Language = .da) -> String {
        switch kind {
        case .dialogue: return language.pick(da: "Dialog", en: "Dialogue")
        case .expectationAlignment: return language.pick(da: "Forventningsafstemning", en: "Expectation alignment")
        case .knowledgeSharing: return language.pick(da: "Videndeling", en: "Knowledge sharing")
        case .leadershipInvolved: return language.pick(da: "Ledelsen inddraget", en: "Leadership involved")
        case .viso: return language.pick(da: "Rådgivning fra VISO", en: "Advice from VISO")
        case .caseworkerChange: return language.pick(da: "Skift af sagsbehandler", en: "Change of caseworker")
        case .other: return language.pick(da: "Andet", en: "Other")
        }
    }

    static func complaintOutcome(_ outcome: ComplaintOutcome?, in language: Language = .da) -> String {
        switch outcome {
        case .changed: return language.pick(da: "Kommunen ændrede afgørelsen", en: "The municipality changed the decision")
        case .sentToAppealsBoard:
            return language.pick(da: "Afgørelsen fastholdt; sendt til Ankestyrelsen",
                                 en: "The decision upheld; sent to Ankestyrelsen (the appeals board)")
        case .withdrawn: return language.pick(da: "Klagen er trukket tilbage", en: "The complaint was withdrawn")
        case nil: return language.pick(da: "Afventer genvurdering", en: "Awaiting reconsideration")
        }
    }

    /// "Mette Hansen (MHA)" from the team, or the initials when the team does not know them.
    static func caseworker(_ initials: String, in team: Team) -> String {
        guard let cw = team.caseworker(initials) else { return initials }
        return "\(cw.name) (\(cw.initials))"
    }

    /// Who is responsible, in words: the named person, the caseworker's name, or the family.
    static func responsible(_ r: Responsible, in team: Team, language: Language = .da) -> String {
        let name = r.name.map(ExportText.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        switch r.kind {
        case .family: return name ?? language.pick(da: "Familien", en: "The family")
        case .caseworker:
            guard let name else { return language.pick(da: "Sagsbehandleren", en: "The caseworker") }
            return team.caseworker(name).map { "\($0.name) (\(language.pick(da: "sagsbehandler", en: "caseworker")))" } ?? name
        case .partner: return name ?? language.pick(da: "Samarbejdspartner", en: "Partner")
        }
    }

    /// "5. april 2026", "5 April 2026"
    static func long(_ date: LocalDate, in language: Language = .da) -> String { language.longDate(date) }

    /// "søndag den 5. april 2026", "Sunday 5 April 2026"
    static func longWithWeekday(_ date: LocalDate, in language: Language = .da) -> String {
        language == .da ? DanishCalendarNames.longWithWeekday(date) : EnglishCalendarNames.longWithWeekday(date)
    }

    /// " kl. 10.00", " at 10:00": a time after a date.
    static func at(_ hhmm: String, in language: Language = .da) -> String {
        language == .da ? " kl. " + DanishCalendarNames.time(hhmm) : " at " + hhmm
    }

    /// "7 år", "1 år", "8 måneder" on `today`; "7 years", "1 year", "8 months".
    static func age(born: LocalDate, on today: LocalDate, in language: Language = .da) -> String {
        let years = born.age(on: today)
        if years >= 1 { return language == .da ? "\(years) år" : (years == 1 ? "1 year" : "\(years) years") }
        var months = (today.year - born.year) * 12 + today.month - born.month
        if today.day < born.day { months -= 1 }
        months = max(0, months)
        if language == .en { return months == 1 ? "1 month" : "\(months) months" }
        return months == 1 ? "1 måned" : "\(months) måneder"
    }

    /// "i dag", "om 3 dage", "1 dag over fristen", "12 dage over fristen"; "today", "in 3 days", "1 day overdue".
    static func relative(_ due: LocalDate, to today: LocalDate, in language: Language = .da) -> String {
        let days = today.days(until: due)
        if language == .en {
            switch days {
            case 0: return "today"
            case 1: return "tomorrow"
            case 2...: return "in \(days) days"
            case -1: return "1 day overdue"
            default: return "\(-days) days overdue"
            }
        }
        switch days {
        case 0: return "i dag"
        case 1: return "i morgen"
        case 2...: return "om \(days) dage"
        case -1: return "1 dag over fristen"
        default: return "\(-days) dage over fristen"
        }
    }
}
