/// The UI strings in Danish and English. `%@`-style holes are written `{0}`, `{1}` and filled by `text(_:_:)`.
enum Catalogue {
    static func table(_ language: Language) -> [UIText: String] {
        switch language {
        case .da: return allDanish
        case .en: return allEnglish
        }
    }

    /// The main tables with the screens' own tables added (each in its own file, so they change apart).
    static let allDanish = danish.merging(DetailsCatalogue.danish) { main, _ in main }
        .merging(TeamCatalogue.danish) { main, _ in main }
        .merging(ImportCatalogue.danish) { main, _ in main }
        .merging(MembersCatalogue.danish) { main, _ in main }
    static let allEnglish = english.merging(DetailsCatalogue.english) { main, _ in main }
        .merging(TeamCatalogue.english) { main, _ in main }
        .merging(ImportCatalogue.english) { main, _ in main }
        .merging(MembersCatalogue.english) { main, _ in main }
}

/// Looks up UI text; a missing entry shows its key in brackets (and a test fails before that ships).
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public subscript(_ key: UIText) -> String {
        Catalogue.table(language)[key] ?? "[\(key.rawValue)]"
    }

    public func text(_ key: UIText, _ values: String...) -> String {
        var result = self[key]
        for (i, value) in values.enumerated() { result = result.replacingOccurrences(of: "{\(i)}", with: value) }
        return result
    }

    /// A date the way the language writes it: 22.11.2026 in Danish, 2026-11-22 in English.
    public func date(_ date: LocalDate) -> String { language == .da ? date.danish : date.iso }

    /// Day and month only, for lists within a known year: "24.11" in Danish, "11-24" in English.
    public func shortDate(_ date: LocalDate) -> String {
        language == .da ? String(format: "%02d.%02d", date.day, date.month) : String(format: "%02d-%02d", date.month, date.day)
    }

    public func channel(_ channel: ContactChannel) -> String {
        switch channel {
        case .phone: return self[.channelPhone]
        case .sms: return self[.channelSms]
        case .email: return self[.channelEmail]
        case .meeting: return self[.channelMeeting]
        case .homeVisit: return self[.channelHomeVisit]
        case .video: return self[.channelVideo]
        case .digitalPost: return self[.channelDigitalPost]
        }
    }

    public func style(_ style: ContactStyle) -> String {
        switch style {
        case .close: return self[.styleClose]
        case .regular: return self[.styleRegular]
        case .room: return self[.styleRoom]
        }
    }

    public func cadence(_ cadence: Cadence) -> String {
        cadence == .sixWeeks ? self[.cadenceSixWeeks] : self[.cadenceThreeMonths]
    }

    /// "januar"; `short` gives "jan".
    public func month(_ month: Int, short: Bool = false) -> String {
        let keys: [UIText] = [.month1, .month2, .month3, .month4, .month5, .month6, .month7, .month8, .month9,
                              .month10, .month11, .month12]
        let name = self[keys[max(0, min(11, month - 1))]]
        return short ? String(name.prefix(3)) : name
    }

    public func activityKind(_ kind: ActivityKind) -> String {
        switch kind {
        case .followUp: return self[.kindFollowUp]
        case .networkMeeting: return self[.kindNetworkMeeting]
        case .childConversation: return self[.kindChildConversation]
        case .startMeeting: return self[.kindStartMeeting]
        case .statusMeeting: return self[.kindStatusMeeting]
        case .deadline: return self[.kindDeadline]
        case .transition: return self[.kindTransition]
        case .agreement: return self[.kindAgreement]
        case .other: return self[.kindOther]
        }
    }

    public func deadlineKind(_ kind: DeadlineKind) -> String {
        language == .da ? kind.danishName : kind.englishName
    }
}

import Foundation
import SammenCore
