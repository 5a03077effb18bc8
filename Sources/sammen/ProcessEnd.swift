/// What a command that ends the process hands over instead of freeing: at 10,000 families a store's index and
/// a caseload's deadlines are hundreds of thousands of small objects, and releasing them one by one just before
/// `exit` took ~10 ms of `sammen due` (#19) for memory the kernel takes back at once anyway.
enum ProcessEnd {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `objects` alive until the process exits. Only for a command's last big values; nothing is ever
    /// given back, so an interactive session must not use it.
    static func keep(_ objects: Any...) {
        kept.append(contentsOf: objects)
    }
}
