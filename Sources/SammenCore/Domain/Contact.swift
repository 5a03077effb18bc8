/// One entry in the contact log: a follow-up or an informal contact with the family.
public struct Contact: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var date: LocalDate
    public var channel: ContactChannel
    public var kind: ContactKind
    /// The case it concerns; nil when it concerns all the family's cases (the usual follow-up).
    public var caseNumber: String?
    public var note: String
    /// Initials of who registered it.
    public var by: String?
    /// The login of the account that registered it (set by the store on save; absent before Sammen 0.2).
    public var byLogin: String?

    public init(id: String, date: LocalDate, channel: ContactChannel, kind: ContactKind, caseNumber: String? = nil,
                note: String = "", by: String? = nil) {
        self.id = id
        self.date = date
        self.channel = channel
        self.kind = kind
        self.caseNumber = caseNumber
        self.note = note
        self.by = by
    }

    /// Whether this entry is a follow-up of the given case under the model's cadence.
    public func followsUp(caseNumber number: String) -> Bool {
        kind == .followUp && (caseNumber == nil || caseNumber == number)
    }
}

public enum ContactKind: String, Codable, Sendable, CaseIterable {
    /// A planned follow-up under the model's cadence: it moves the next due date.
    case followUp
    /// An informal contact (a quick call, an sms): logged, but it does not replace the follow-up.
    case informal
}
