/// Database schema 2: the caseload opens without decoding JSON per family. Each row keeps its summary also as
/// index lines (SummaryLines, the file store's index format), read for the whole caseload in one piece on all
/// cores; and the record's schema version as a generated column, so no whole record is read to know it.
/// Rows written before (summary_lines NULL) are read through their JSON summary until they are next saved.
enum Migration2 {
    static let sql = #"""
    ALTER TABLE sammen.families
        ADD COLUMN summary_lines text,
        ADD COLUMN record_version numeric GENERATED ALWAYS AS (
            CASE WHEN jsonb_typeof(record -> 'schemaVersion') = 'number' THEN (record ->> 'schemaVersion')::numeric END
        ) STORED;
    """#
}
