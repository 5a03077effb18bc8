import SammenCore

/// Whether two names written for a meeting are the same person: the picker must not offer someone already in the
/// meeting again under a longer name ("Psykolog Henrik Dam" is "Henrik Dam"), so the 0–10 scale compares one person.
/// Two people who share only a first or a last name ("Mette Hansen", "Lone Hansen") stay two people.
enum SamePerson {
    /// Professional titles and roles written before a name in a network entry ("Lærer Anne Holt"). Family words
    /// (mor, far, barnet) are not titles: "Mor Familien Ahmed" and "Far Familien Ahmed" are two people.
    static let titles: Set<String> = {
        let family: Set<String> = ["mor", "far", "barnet", "plejeforælder", "anden"]
        var words = Set(ParticipantRoles.all.map { $0.da.lowercased() }.filter { !family.contains($0) })
        words.formUnion(["psykolog", "kontaktpædagog", "klasselærer", "skoleleder", "leder", "konsulent", "socialrådgiver",
                         "dr.", "dr", "cand.psych.", "sygeplejerske", "støttepædagog", "speciallærer", "aflastningspædagog"])
        return words
    }()

    /// The name's words, lower-cased, with any leading titles dropped.
    static func words(_ name: String) -> [String] {
        var words = name.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        while words.count > 1, titles.contains(words[0]) { words.removeFirst() }
        return words
    }

    /// The same name once titles are dropped, or one name ends with the whole of the other, which has at least a
    /// first and a last name ("Henrik Dam" in "Psykolog Henrik Dam"); a lone "Hansen" matches no longer name.
    static func matches(_ a: String, _ b: String) -> Bool {
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 2 && Array(long.suffix(short.count)) == short
    }
}
