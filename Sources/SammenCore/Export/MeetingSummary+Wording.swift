extension MeetingSummary {
    /// What 0 and 10 mean on the meeting's scale, for the rating dialog as for the summary.
    public static func scaleExplanation(for meeting: Meeting, language: Language) -> String {
        Wording(meeting: meeting, language: language).scaleExplanation
    }

    /// The words of the two methods: LØFT's four columns, Signs of Safety's three questions and finer kinds, and
    /// the scale, with "trivsel" instead of "sikkerhed" when the meeting uses the wellbeing wording. In Danish or
    /// English (the English board terms follow the English screens: Worries, Working, Must happen, Agreements).
    struct Wording {
        let method: MeetingMethod
        let wellbeing: Bool
        let language: Language

        init(meeting: Meeting, language: Language = .da) {
            method = meeting.method
            wellbeing = meeting.wellbeingWording
            self.language = language
        }

        private var en: Bool { language == .en }

        var methodName: String {
            switch method {
            case .loft: return en ? "LØFT (solution-focused approach)" : "LØFT (løsningsfokuseret tilgang)"
            case .signsOfSafety:
                if !wellbeing { return "Signs of Safety" }
                return en ? "Signs of Safety, with a focus on wellbeing" : "Signs of Safety, med fokus på trivsel"
            }
        }

        /// The round as the board shows it: "Alle fik ordet i hver del." only when everyone has a card in every
        /// column; else who did not speak where.
        func round(_ meeting: Meeting) -> String {
            let missing = meeting.unheard(in: columns)
            guard !meeting.participants.isEmpty else {
                return en ? "No participants were written down." : "Ingen deltagere er skrevet op."
            }
            if missing.isEmpty { return en ? "Everyone had their say in each part." : "Alle fik ordet i hver del." }
            let list = missing.map { entry -> String in
                let name = ExportText.oneLine(entry.participant.name)
                if entry.columns.count == columns.count { return en ? "\(name) (in no part)" : "\(name) (i ingen del)" }
                return "\(name) (\(entry.columns.map { heading($0).lowercased() }.joined(separator: ", ")))"
            }.joined(separator: "; ")
            return en ? "Not everyone had their say in each part; nothing is written down from: \(list)."
                      : "Ikke alle fik ordet i hver del; der er intet skrevet op fra: \(list)."
        }

        func methodIntro(hasRatings: Bool, meeting: Meeting) -> String {
            if en { return englishMethodIntro(hasRatings: hasRatings, meeting: meeting) }
            var text: String
            switch method {
            case .loft:
                text = "Vi talte om fire ting: bekymringer, det der fungerer, det der skal ske, og aftaler. "
                    + round(meeting)
            case .signsOfSafety:
                text = "Vi talte om tre spørgsmål: Hvad er vi bekymrede for? Hvad fungerer godt? Hvad skal der ske?"
                if wellbeing {
                    text += " Vi talte om barnets trivsel, fordi der ikke er en bekymring for barnets sikkerhed."
                }
            }
            if hasRatings { text += " Deltagerne gav også et tal fra 0 til 10." }
            return text + " Her står det med deltagernes egne ord."
        }

        private func englishMethodIntro(hasRatings: Bool, meeting: Meeting) -> String {
            var text: String
            switch method {
            case .loft:
                text = "We talked about four things: worries, what is working, what must happen, and agreements. "
                    + round(meeting)
            case .signsOfSafety:
                text = "We talked about three questions: What are we worried about? What is working well? "
                    + "What needs to happen?"
                if wellbeing {
                    text += " We talked about the child's wellbeing, because there is no worry about the child's safety."
                }
            }
            if hasRatings { text += " The participants also gave a number from 0 to 10." }
            return text + " Here it is in the participants' own words."
        }

        /// The columns in board order. Signs of Safety has no agreements column (its next steps are agreements),
        /// but cards filed there are still shown rather than lost.
        var columns: [BoardColumn] { [.worries, .working, .mustHappen, .agreements] }

        /// Whether an empty column is still shown ("Intet skrevet op."): every column of the method is.
        func alwaysShown(_ column: BoardColumn) -> Bool {
            method == .loft || column != .agreements
        }

        func heading(_ column: BoardColumn) -> String {
            switch (method, column) {
            case (.loft, .worries): return en ? "Worries" : "Bekymringer"
            case (.loft, .working): return en ? "What is working" : "Det der fungerer"
            case (.loft, .mustHappen): return en ? "What must happen" : "Det der skal ske"
            case (.loft, .agreements): return en ? "Agreements" : "Aftaler"
            case (.signsOfSafety, .worries): return en ? "What are we worried about?" : "Hvad er vi bekymrede for?"
            case (.signsOfSafety, .working): return en ? "What is working well?" : "Hvad fungerer godt?"
            case (.signsOfSafety, .mustHappen): return en ? "What needs to happen?" : "Hvad skal der ske?"
            case (.signsOfSafety, .agreements): return en ? "Agreements" : "Aftaler"
            }
        }

        func subheading(_ kind: SafetyCardKind) -> String {
            if en {
                let what = wellbeing ? "wellbeing" : "safety"
                switch kind {
                case .harm: return "Harm: what has happened"
                case .danger: return "Danger: what we are afraid may happen if nothing changes"
                case .complicatingFactor: return "Complicating factors: what makes it harder"
                case .strength: return "Strengths"
                case .existingSafety: return "Existing \(what): what already gives \(what)"
                case .goal: return "Goals for \(what)"
                case .nextStep: return "Next steps"
                }
            }
            let what = wellbeing ? "trivsel" : "sikkerhed"
            switch kind {
            case .harm: return "Det, der er sket"
            case .danger: return "Det, vi er bange for kan ske, hvis intet ændrer sig"
            case .complicatingFactor: return "Det, der gør det sværere"
            case .strength: return "Styrker"
            case .existingSafety: return "Det, der allerede giver \(what)"
            case .goal: return "Mål for \(what)"
            case .nextStep: return "Næste skridt"
            }
        }

        var scaleHeading: String {
            switch method {
            case .loft: return en ? "The scaling question: from 0 to 10" : "Skalaspørgsmålet: fra 0 til 10"
            case .signsOfSafety:
                if en { return wellbeing ? "Scale for wellbeing: from 0 to 10" : "Scale for safety: from 0 to 10" }
                return wellbeing ? "Skala for trivsel: fra 0 til 10" : "Skala for sikkerhed: fra 0 til 10"
            }
        }

        var scaleExplanation: String {
            switch method {
            case .loft:
                return en ? "10 means that things are going so well that no more help is needed. 0 means the opposite."
                    : "10 betyder, at det går så godt, at der ikke er brug for mere hjælp. 0 betyder det modsatte."
            case .signsOfSafety where wellbeing:
                return en ? "10 means that the child is doing so well that the case can be closed. 0 means the opposite: "
                    + "that the child is not doing well at all."
                    : "10 betyder, at barnet trives så godt, at sagen kan lukkes. 0 betyder det modsatte: "
                    + "at barnet slet ikke trives."
            case .signsOfSafety:
                return en ? "10 means that the child is so safe that the case can be closed. 0 means the opposite: "
                    + "that the child is not safe at all."
                    : "10 betyder, at barnet er så sikkert, at sagen kan lukkes. 0 betyder det modsatte: "
                    + "at barnet slet ikke er sikkert."
            }
        }
    }
}
