/// Texts for working in one caseload with colleagues: a colleague's change merged in, the choice when both
/// changed the same thing, a family that changed underneath a form.
enum TeamCatalogue {
    static let danish: [UIText: String] = [
        .conflictTitle: "En kollega har ændret det samme", .conflictIntro: "Du og en kollega har ændret det samme i {0}. Vælg for hvert punkt, hvad der skal gemmes. Alt andet er flettet sammen.",
        .conflictMine: "Din", .conflictTheirs: "Kollegas", .conflictRemoved: "(fjernet)", .conflictEmpty: "(tom)",
        .conflictKeys: "← 1 din · → 2 kollegas · ↑↓ næste · Enter gem · Esc senere", .conflictCount: "{0} af {1}",
        .conflictStatus: "IKKE GEMT ENDNU: en kollega har ændret det samme. Vælg, hvad der skal gemmes.",
        .conflictLater: "IKKE GEMT: din ændring er bevaret her; Ctrl-S viser valget igen.",
        .savedMerged: "{0} En kollegas ændring af familien er flettet ind.",
        .changedUnderneath: "En kollega har ændret familien imens. Din ændring flettes ind, når du gemmer.",
        .familyRefreshed: "Familien er opdateret med en kollegas ændring.",
        .familyGone: "{0} er slettet eller flyttet af en kollega.",
        .helpChooseMine: "behold din ændring", .helpChooseTheirs: "behold kollegaens ændring",
        .helpSaveChoices: "gem med dine valg", .helpChoiceLater: "luk uden at gemme; Ctrl-S viser valget igen",
    ]

    static let english: [UIText: String] = [
        .conflictTitle: "A colleague changed the same thing", .conflictIntro: "You and a colleague changed the same thing in {0}. Choose what to save for each point. Everything else is merged.",
        .conflictMine: "Yours", .conflictTheirs: "Colleague's", .conflictRemoved: "(removed)", .conflictEmpty: "(empty)",
        .conflictKeys: "← 1 yours · → 2 colleague's · ↑↓ next · Enter save · Esc later", .conflictCount: "{0} of {1}",
        .conflictStatus: "NOT SAVED YET: a colleague changed the same thing. Choose what to save.",
        .conflictLater: "NOT SAVED: your change is kept here; Ctrl-S shows the choice again.",
        .savedMerged: "{0} A colleague's change to the family is merged in.",
        .changedUnderneath: "A colleague changed this family meanwhile. Yours is merged in when you save.",
        .familyRefreshed: "The family is updated with a colleague's change.",
        .familyGone: "{0} was deleted or moved by a colleague.",
        .helpChooseMine: "keep your change", .helpChooseTheirs: "keep the colleague's change",
        .helpSaveChoices: "save with your choices", .helpChoiceLater: "close without saving; Ctrl-S shows the choice again",
    ]
}
