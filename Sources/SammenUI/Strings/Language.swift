import SammenCore

/// The language enum lives in SammenCore (the exports and store messages need it too); the UI keeps its name.
public typealias Language = SammenCore.Language
