/// The import preview's words: the file form and the screen that shows, per family, what an import will do.
enum ImportCatalogue {
    static let danish: [UIText: String] = [
        .importTitle: "Indlæs sagsstammen: {0}",
        .importFileForm: "Indlæs sagsstammen fra sagssystemet",
        .importFileField: "CSV-fil",
        .importFileNeeded: "Skriv stien til CSV-filen.",
        .importFileEnter: "Enter vis, hvad der indlæses (intet skrives endnu)",
        .importDryRun: "Prøvekørsel — intet er skrevet endnu. Sådan bliver det:",
        .importFooterReady: "Enter indlæs · Esc fortryd · ↑↓ PgUp PgDn bladr",
        .importFooterRefused: "Esc tilbage · ↑↓ PgUp PgDn bladr",
        .importRefused: "Intet indlæses: {0} fejl i filen. Ret filen og prøv igen.",
        .importDone: "Indlæst: {0}",
        .importFailed: "Indlæsningen blev ikke gemt: {0}",
        .importNothing: "Udtrækket ændrer intet i Sammen.",
    ]

    static let english: [UIText: String] = [
        .importTitle: "Import the caseload: {0}",
        .importFileForm: "Import the caseload from the case system",
        .importFileField: "CSV file",
        .importFileNeeded: "Type the path of the CSV file.",
        .importFileEnter: "Enter show what will be imported (nothing written yet)",
        .importDryRun: "Dry run — nothing is written yet. This is what will happen:",
        .importFooterReady: "Enter import · Esc cancel · ↑↓ PgUp PgDn scroll",
        .importFooterRefused: "Esc back · ↑↓ PgUp PgDn scroll",
        .importRefused: "Nothing is imported: {0} problem(s) in the file. Correct the file and try again.",
        .importDone: "Imported: {0}",
        .importFailed: "The import was not saved: {0}",
        .importNothing: "The export changes nothing in Sammen.",
    ]
}
