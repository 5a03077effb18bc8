@testable import SammenUI

/// A frame edited at random for the diff and encoder tests: up to 11 pieces of text, each of up to 4 of `pieces`,
/// put at random places (one column off the left edge too) in random styles.
func randomlyEdited(_ start: Grid, pieces: [String], styles: [Style], random: inout SplitMix) -> Grid {
    var grid = start
    for _ in 0..<Int(random.next() % 12) {
        let text = (0..<Int(random.next() % 5)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        grid.put(text, x: Int(random.next() % 12) - 1, y: Int(random.next() % 3),
                 style: styles[Int(random.next() % UInt64(styles.count))])
    }
    return grid
}
