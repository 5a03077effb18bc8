/// Database schema 6: the caseworker's own first rows found by index under row-level security (#18).
///
/// The first page for a caseworker asks for the rows whose caseworker or buddy equals their initials without case
/// (ASCII, as the server's "C" lower() does). As `lower(caseworker) = …` in the query, row-level security kept the
/// condition off any index (lower() is not leakproof, so it runs only after the policy), and a caseworker with few
/// of 115,137 rows waited 334 ms for a scan of every row. The folded initials are now columns of their own, kept by
/// the server, with indexes: the same query takes under a millisecond.
///
/// The check that every family's rows were written with it (`page_version`, `page_stamp`) had the same trouble:
/// under row-level security `IS DISTINCT FROM` is not leakproof either, so it read every family (216 ms at 100,000).
/// `sammen.open_cases_behind()` asks it as the schema's owner, with the partial index. It looks at every team's
/// families, not only the caller's: a family of another team written without its rows makes this open read
/// everything too (slower, never wrong), and it tells nothing about any family.
enum Migration6 {
    static let sql = #"""
    ALTER TABLE sammen.open_cases
        ADD COLUMN caseworker_folded text GENERATED ALWAYS AS (lower(caseworker COLLATE "C")) STORED,
        ADD COLUMN buddy_folded text GENERATED ALWAYS AS (lower(buddy COLLATE "C")) STORED;
    CREATE INDEX open_cases_caseworker_folded ON sammen.open_cases (caseworker_folded);
    CREATE INDEX open_cases_buddy_folded ON sammen.open_cases (buddy_folded);
    ANALYZE sammen.open_cases;

    CREATE FUNCTION sammen.open_cases_behind() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$ SELECT EXISTS (SELECT FROM sammen.families
                             WHERE page_version IS DISTINCT FROM version OR page_stamp IS DISTINCT FROM '\#(OpenCaseKeys.stamp)') $$;
    REVOKE ALL ON FUNCTION sammen.open_cases_behind() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sammen.open_cases_behind() TO sammen_caseworker;
    DO $owner$
    BEGIN
        EXECUTE format('ALTER FUNCTION sammen.open_cases_behind() OWNER TO %I',
                       (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'families'));
    END
    $owner$;
    """#
}
