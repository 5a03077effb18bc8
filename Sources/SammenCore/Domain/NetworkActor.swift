/// Someone around the family: school, PPR, a therapist… (netværkskort).
public struct NetworkActor: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var role: ActorRole
    public var organisation: String
    public var contactName: String?
    public var phone: String?
    public var email: String?
    /// 1 = closest ring, 3 = outer ring on the network map.
    public var closeness: Int
    /// The "contract": who coordinates with this actor, the family or the caseworker.
    public var coordinatedBy: Coordinator
    /// The child this actor works with; nil for the whole family.
    public var childID: String?

    public init(id: String, role: ActorRole, organisation: String, contactName: String? = nil,
                phone: String? = nil, email: String? = nil, closeness: Int = 2,
                coordinatedBy: Coordinator = .caseworker, childID: String? = nil) {
        self.id = id
        self.role = role
        self.organisation = organisation
        self.contactName = contactName
        self.phone = phone
        self.email = email
        self.closeness = closeness
        self.coordinatedBy = coordinatedBy
        self.childID = childID
    }
}

public enum Coordinator: String, Codable, Sendable, CaseIterable {
    case family, caseworker
}

public enum ActorRole: String, Codable, Sendable, CaseIterable {
    case school, dayCare, ppr, physiotherapist, occupationalTherapist, speechTherapist, healthVisitor,
         doctor, hospital, psychiatry, viso, respiteCare, residentialCare, familyGuide, adultServices,
         relative, other
}
