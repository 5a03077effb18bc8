import SammenCore

/// The årshjul screen's state: which year and month, which activity, and what is in progress (moving an
/// activity, reviewing a proposed plan). The family itself lives in `AppState.family`.
public struct WheelView: Sendable, Equatable {
    /// The twelve months on the wheel: a calendar year, or from October the year ahead.
    public var period: PlanPeriod
    /// The selected month (inside `period`).
    public var year: Int
    public var month: Int
    /// Index into the month's activities (or into the proposals while reviewing them).
    public var selected = 0
    /// Moving the selected activity: ←/→ pick the new month, Enter drops it there.
    public var moving: AnnualActivity?
    /// A proposed plan under review: each can be accepted, moved or removed.
    public var proposals: [AnnualActivity]?
    /// Changes to the plan, newest last: the family before and after each, so `u` reverts only that change on the
    /// family as it is in the store then (a colleague's change merged since stays).
    public var undo: [RecordChange] = []

    public init(year: Int, month: Int) {
        self.init(period: .calendarYear(year), year: year, month: month)
    }

    public init(period: PlanPeriod, year: Int, month: Int) {
        self.period = period
        self.year = year
        self.month = month
    }

    /// The wheel as it opens on `today`: this month selected, in the calendar year, or from October in the twelve
    /// months ahead (in December the coming year, not the weeks that are left).
    public static func opening(today: LocalDate) -> WheelView {
        WheelView(period: .ahead(from: today), year: today.year, month: today.month)
    }

    /// Selects a month, moving the wheel to the next (or previous) twelve months when it lies outside them.
    public mutating func select(_ target: YearMonth) {
        year = target.year
        month = target.month
        period = period.containing(year: year, month: month)
    }

    /// `[` and `]`: the calendar years in order, with the year ahead (from October) between this year and the next.
    public static func step(_ period: PlanPeriod, by direction: Int, today: LocalDate) -> PlanPeriod {
        let ahead = PlanPeriod.ahead(from: today)
        let candidate: PlanPeriod = direction > 0 ? .calendarYear(period.year + 1)
            : .calendarYear(period.isCalendarYear ? period.year - 1 : period.year)
        if !ahead.isCalendarYear {
            let low = min(period.first, candidate.first), high = max(period.first, candidate.first)
            if ahead.first > low && ahead.first < high { return ahead }
        }
        return candidate
    }

    /// The selected month kept by number in another period (the period's first month when it is not there).
    public mutating func show(_ next: PlanPeriod) {
        period = next
        let slot = next.months.first { $0.month == month } ?? next.first
        year = slot.year
        month = slot.month
    }

    /// A month `step` months away, across the year's end: December + 1 is January of the next year.
    public static func shift(year: Int, month: Int, by step: Int) -> (Int, Int) {
        let index = year * 12 + (month - 1) + step
        return (index / 12, index % 12 + 1)
    }

    /// The activities of a month, dated ones first by date and time, then month-only ones by kind.
    public static func activities(in plan: [AnnualActivity], year: Int, month: Int) -> [AnnualActivity] {
        plan.filter { $0.year == year && $0.month == month }.sorted {
            ($0.date?.iso ?? "9999", $0.time ?? "99", $0.kind.rawValue, $0.id)
                < ($1.date?.iso ?? "9999", $1.time ?? "99", $1.kind.rawValue, $1.id)
        }
    }
}

/// The form that adds or edits an activity: kind, purpose, participants, and optionally a date and time.
public struct ActivityForm: Sendable, Equatable, TextFieldForm {
    public enum Field: Int, CaseIterable, Sendable { case kind, purpose, participants, date, time, location }

    /// nil when adding.
    public var editing: String?
    public var year: Int
    public var month: Int
    public var kind: ActivityKind = .followUp
    public var purpose = ""
    public var participants = ""
    public var dateText = ""
    public var timeText = ""
    /// Where it takes place: the invitation's LOCATION.
    public var location = ""
    public var focus: Field = .kind
    public var dirty = false
    public var error: String?
    public var purposeEditing = TextEditing(text: "", limit: TextLimits.description)
    public var participantsEditing = TextEditing(text: "", limit: TextLimits.description)
    public var dateEditing = TextEditing(text: "", limit: TextLimits.date)
    public var timeEditing = TextEditing(text: "", limit: 5)
    public var locationEditing = TextEditing(text: "", limit: TextLimits.address)

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    var focusedText: (text: WritableKeyPath<ActivityForm, String>, editing: WritableKeyPath<ActivityForm, TextEditing>)? {
        switch focus {
        case .kind: return nil
        case .purpose: return (\.purpose, \.purposeEditing)
        case .participants: return (\.participants, \.participantsEditing)
        case .date: return (\.dateText, \.dateEditing)
        case .time: return (\.timeText, \.timeEditing)
        case .location: return (\.location, \.locationEditing)
        }
    }

    public init(editing activity: AnnualActivity) {
        editing = activity.id
        year = activity.year
        month = activity.month
        kind = activity.kind
        purpose = activity.purpose
        participants = activity.participants.joined(separator: ", ")
        dateText = activity.date?.danish ?? ""
        timeText = activity.time ?? ""
        location = activity.location ?? ""
        locationEditing.reset(to: location)
        purposeEditing.reset(to: purpose)
        participantsEditing.reset(to: participants)
        dateEditing.reset(to: dateText)
        timeEditing.reset(to: timeText)
    }

    mutating func type(_ c: Character) {
        if focus == .kind { cycle(by: 1) } else { typeText(c) }
    }

    mutating func backspace() { backspaceText() }

    mutating func cycle(by step: Int) {
        guard focus == .kind else { return }
        let all = ActivityKind.allCases
        kind = all[((all.firstIndex(of: kind) ?? 0) + step + all.count) % all.count]
        dirty = true
    }

    mutating func moveFocus(by step: Int) {
        let all = Field.allCases
        focus = all[(focus.rawValue + step + all.count) % all.count]
    }

    /// The activity the form describes, or a message saying what is wrong (in the UI's language).
    func activity(id: String, keeping old: AnnualActivity?, strings: Strings) -> Result<AnnualActivity, FormError> {
        let text = purpose.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .failure(FormError(strings[.wheelNeedsPurpose])) }
        var date: LocalDate?
        if !dateText.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let d = LocalDate(lenient: dateText) else { return .failure(FormError(strings.text(.formInvalidDate, dateText))) }
            date = d
        }
        let time = timeText.trimmingCharacters(in: .whitespaces)
        if !time.isEmpty && !FamilyValidator.isClockTime(time) { return .failure(FormError(strings.text(.wheelInvalidTime, time))) }
        if !time.isEmpty && date == nil { return .failure(FormError(strings[.wheelTimeNeedsDate])) }
        var activity = old ?? AnnualActivity(id: id, year: year, month: month, kind: kind, purpose: text)
        activity.kind = kind
        activity.purpose = text
        activity.participants = participants.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        activity.date = date
        activity.time = time.isEmpty ? nil : time
        let place = location.trimmingCharacters(in: .whitespaces)
        activity.location = place.isEmpty ? nil : place
        if let date {
            activity.year = date.year
            activity.month = date.month
        }
        if old != nil && old != activity { activity.sequence += 1 }
        return .success(activity)
    }
}

import Foundation

/// What is wrong with a form, in the UI's language.
public struct FormError: Error, Equatable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
