/// The årshjul's kinds of activity in English, for the English handout and calendar.
extension ActivityKind {
    /// "Follow-up", "Network meeting"…: the same names as the English screens use.
    public var englishName: String {
        switch self {
        case .followUp: return "Follow-up"
        case .networkMeeting: return "Network meeting"
        case .childConversation: return "Child conversation"
        case .startMeeting: return "Start meeting"
        case .statusMeeting: return "Status meeting"
        case .deadline: return "Deadline"
        case .transition: return "Transition to adult life"
        case .agreement: return "Agreement"
        case .other: return "Other"
        }
    }

    public func name(in language: Language) -> String { language.pick(da: danishName, en: englishName) }

    /// What this kind of activity is for, in words a parent understands.
    public var englishParentExplanation: String {
        switch self {
        case .followUp:
            return "We talk about how things are going, about your goals and whether the help still fits. The follow-ups are fixed, so no one is forgotten."
        case .networkMeeting:
            return "Everyone around your child – e.g. school, day care, PPR and therapists – meets with you, so you do not have to coordinate it yourselves. We agree on who does what."
        case .childConversation:
            return "We talk with your child in the way that suits the child – with words, pictures or by spending time together – about what is good and what is hard."
        case .startMeeting:
            return "The first meeting, where we get to know each other and agree on how we work together."
        case .statusMeeting:
            return "We look back at what has been achieved and agree on what happens now."
        case .deadline:
            return "A date by which the municipality must by law have finished something, e.g. an investigation or the child's plan."
        case .transition:
            return "Preparing for life after 18: education, housing, work and the help that must be ready when your child becomes an adult."
        case .agreement:
            return "Something we agreed on at a meeting, to be done by the date at the latest."
        case .other:
            return "Other arrangements during the year."
        }
    }

    public func parentExplanation(in language: Language) -> String {
        language.pick(da: parentExplanation, en: englishParentExplanation)
    }
}
