/// A family's id: lower-case letters, digits and '-', never a name or a CPR number (it is a file name).
public typealias FamilyID = String

/// One family: the unit Sammen plans around. Stored as one file, `families/<id>.json`.
public struct Family: Codable, Sendable, Equatable, Identifiable {
    public var schemaVersion: Int = StoreFormat.currentSchemaVersion
    public var id: FamilyID
    /// How the family is known in the unit, e.g. "Familien Nørgaard".
    public var name: String
    public var address: String?
    @DefaultEmpty public var guardians: [Guardian]
    public var contactPreference: ContactPreference = ContactPreference()
    @DefaultEmpty public var children: [Child]
    /// The contact and follow-up log (kontaktlog).
    @DefaultEmpty public var contacts: [Contact]
    /// The shared goal picture (fælles målbillede).
    @DefaultEmpty public var goals: [Goal]
    /// The actors around the family (netværkskort).
    @DefaultEmpty public var network: [NetworkActor]
    /// The årshjul (annual wheel): the year's activities placed by month.
    @DefaultEmpty public var annualPlan: [AnnualActivity]
    @DefaultEmpty public var meetings: [Meeting]
    @DefaultEmpty public var childVoices: [ChildVoice]
    @DefaultEmpty public var challenges: [CollaborationChallenge]
    @DefaultEmpty public var complaints: [Complaint]
    /// Internal notes: never printed for the family, never projected.
    public var internalNotes: String?
    /// The meeting invitations sent to partners, per activity and recipient (`SentInvitation`). Left out of the
    /// file until the first one is sent.
    public var invitations: [SentInvitation]?
    /// The case system's own key for the family (an export's family-key column). It lets a later import join
    /// a new case to this family; a family name alone never does.
    public var caseSystemKey: String?

    public init(id: FamilyID, name: String, address: String? = nil, guardians: [Guardian] = [],
                contactPreference: ContactPreference = ContactPreference(), children: [Child] = []) {
        self.id = id
        self.name = name
        self.address = address
        self.guardians = guardians
        self.contactPreference = contactPreference
        self.children = children
    }

    /// All cases of all children.
    public var cases: [ChildCase] { children.flatMap(\.cases) }

    public func child(withCase number: String) -> Child? {
        children.first { $0.cases.contains { $0.number == number } }
    }

    /// Whether a family id is safe as a file name.
    public static func isValidID(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { isValidID(bytes: $0) }
    }

    /// The same check on the bytes of a name (for 10,000 files per open, before any String is made).
    static func isValidID(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every allowed character is one ASCII byte.
        !bytes.isEmpty && bytes.count <= 64 && bytes.first != UInt8(ascii: "-")
            && bytes.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") }
    }
}

/// A parent or guardian.
public struct Guardian: Codable, Sendable, Equatable {
    public var name: String
    /// "mor", "far", "plejemor", "værge"…
    public var relation: String
    public var phone: String?
    public var email: String?

    public init(name: String, relation: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.relation = relation
        self.phone = phone
        self.email = email
    }
}

/// How and how often a family wants contact: the model asks for differentiated contact.
public struct ContactPreference: Codable, Sendable, Equatable {
    public var channel: ContactChannel = .phone
    public var style: ContactStyle = .regular
    public var note: String?

    public init(channel: ContactChannel = .phone, style: ContactStyle = .regular, note: String? = nil) {
        self.channel = channel
        self.style = style
        self.note = note
    }
}

public enum ContactStyle: String, Codable, Sendable, CaseIterable {
    /// Wants close and frequent contact.
    case close
    /// The cadence as planned.
    case regular
    /// Wants room: contact at the cadence, not more.
    case room
}

public enum ContactChannel: String, Codable, Sendable, CaseIterable {
    case phone, sms, email, meeting, homeVisit, video, digitalPost
}
