extension MeetingSummary {
    /// The words of the two methods: LØFT's four columns, Signs of Safety's three questions and finer kinds, and
    /// the scale, with "trivsel" instead of "sikkerhed" when the meeting uses the wellbeing wording.
    struct Wording {
        let method: MeetingMethod
        let wellbeing: Bool

        init(meeting: Meeting) {
            method = meeting.method
            wellbeing = meeting.wellbeingWording
        }

        var methodName: String {
            switch method {
            case .loft: return "LØFT (løsningsfokuseret tilgang)"
            case .signsOfSafety: return wellbeing ? "Signs of Safety, med fokus på trivsel" : "Signs of Safety"
            }
        }

        func methodIntro(hasRatings: Bool) -> String {
            var text: String
            switch method {
            case .loft:
                text = "Vi talte om fire ting: bekymringer, det der fungerer, det der skal ske, og aftaler. "
                    + "Alle fik ordet i hver del."
            case .signsOfSafety:
                text = "Vi talte om tre spørgsmål: Hvad er vi bekymrede for? Hvad fungerer godt? Hvad skal der ske?"
                if wellbeing {
                    text += " Vi talte om barnets trivsel, fordi der ikke er en bekymring for barnets sikkerhed."
                }
            }
            if hasRatings { text += " Deltagerne gav også et tal fra 0 til 10." }
            return text + " Her står det med deltagernes egne ord."
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
            case (.loft, .worries): return "Bekymringer"
            case (.loft, .working): return "Det der fungerer"
            case (.loft, .mustHappen): return "Det der skal ske"
            case (.loft, .agreements): return "Aftaler"
            case (.signsOfSafety, .worries): return "Hvad er vi bekymrede for?"
            case (.signsOfSafety, .working): return "Hvad fungerer godt?"
            case (.signsOfSafety, .mustHappen): return "Hvad skal der ske?"
            case (.signsOfSafety, .agreements): return "Aftaler"
            }
        }

        func subheading(_ kind: SafetyCardKind) -> String {
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
            case .loft: return "Skalaspørgsmålet: fra 0 til 10"
            case .signsOfSafety: return wellbeing ? "Skala for trivsel: fra 0 til 10" : "Skala for sikkerhed: fra 0 til 10"
            }
        }

        var scaleExplanation: String {
            switch method {
            case .loft:
                return "10 betyder, at det går så godt, at der ikke er brug for mere hjælp. 0 betyder det modsatte."
            case .signsOfSafety where wellbeing:
                return "10 betyder, at barnet trives så godt, at sagen kan lukkes. 0 betyder det modsatte: "
                    + "at barnet slet ikke trives."
            case .signsOfSafety:
                return "10 betyder, at barnet er så sikkert, at sagen kan lukkes. 0 betyder det modsatte: "
                    + "at barnet slet ikke er sikkert."
            }
        }
    }
}
