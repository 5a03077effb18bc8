/// Database schema 6: the caseworker's own first rows found by index under row-level security (#18).
///
/// The first page for a caseworker asks for the rows whose caseworker or buddy equals their initials without case
/// (ASCII, as the server's "C" lower() does). As `lower(caseworker) = …` in the query, row-level security kept the
/// condition off any index (lower() is not leakproof, so it runs only after the policy), and a caseworker with few
/// of 115,137 rows waited 334 ms for a scan of every row. The folded initials are now columns of their own, kept by
/// the server, with indexes: the same query takes under a millisecond.
enum Migration6 {
    static let sql = #"""
    ALTER TABLE sammen.open_cases
        ADD COLUMN caseworker_folded text GENERATED ALWAYS AS (lower(caseworker COLLATE "C")) STORED,
        ADD COLUMN buddy_folded text GENERATED ALWAYS AS (lower(buddy COLLATE "C")) STORED;
    CREATE INDEX open_cases_caseworker_folded ON sammen.open_cases (caseworker_folded);
    CREATE INDEX open_cases_buddy_folded ON sammen.open_cases (buddy_folded);
    ANALYZE sammen.open_cases;
    """#
}
