import SammenCore

/// The family record: the model's core elements as sections, and which item is selected in the section.
public struct RecordView: Sendable, Equatable {
    public enum Tab: Int, CaseIterable, Sendable { case involvement, network, goals, followUp, collaboration, buddy }

    /// Something in a section that keys act on.
    public enum Item: Sendable, Equatable {
        case preference
        case voice(String)
        case actor(String)
        case goal(String)
        case contact(String)
        case challenge(String)
        case complaint(String)
        case caseBuddy(String)
        case child(String)
        case step(childID: String, stepID: String)
    }

    public var tab: Tab = .involvement
    public var selected = 0
    public init(tab: Tab = .involvement) { self.tab = tab }
}
