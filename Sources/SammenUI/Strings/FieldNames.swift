import SammenCore

/// The record's field names in words, for the choice after a colleague's change ("Kontaktlog › 01.10.2026
/// Status › Note"). A field not listed here shows its name as stored.
extension Strings {
    public func fieldName(_ key: String) -> String {
        guard let names = Self.fieldNames[key] else { return key }
        return language == .da ? names.0 : names.1
    }

    private static let fieldNames: [String: (String, String)] = [
        "name": ("Navn", "Name"), "address": ("Adresse", "Address"), "guardians": ("Forældre", "Parents"),
        "contactPreference": ("Kontaktform", "Contact preference"), "channel": ("Kanal", "Channel"),
        "style": ("Kontaktstil", "Contact style"), "note": ("Note", "Note"), "children": ("Børn", "Children"),
        "contacts": ("Kontaktlog", "Contact log"), "goals": ("Mål", "Goals"), "network": ("Netværk", "Network"),
        "annualPlan": ("Årshjul", "Annual wheel"), "meetings": ("Møder", "Meetings"),
        "childVoices": ("Barnets stemme", "The child's voice"), "challenges": ("Samarbejdsudfordringer", "Collaboration challenges"),
        "complaints": ("Klager", "Complaints"), "internalNotes": ("Interne noter", "Internal notes"),
        "date": ("Dato", "Date"), "kind": ("Slags", "Kind"), "caseNumber": ("Sagsnr.", "Case no."), "by": ("Af", "By"),
        "title": ("Titel", "Title"), "horizon": ("Tidshorisont", "Horizon"), "smart": ("SMART", "SMART"),
        "owner": ("Ansvarlig", "Responsible"), "status": ("Status", "Status"), "subGoals": ("Delmål", "Sub-goals"),
        "revisions": ("Revisioner", "Revisions"), "role": ("Rolle", "Role"), "organisation": ("Organisation", "Organisation"),
        "contactName": ("Kontaktperson", "Contact person"), "phone": ("Telefon", "Phone"), "email": ("E-mail", "E-mail"),
        "closeness": ("Nærhed", "Closeness"), "coordinatedBy": ("Koordineres af", "Coordinated by"), "year": ("År", "Year"),
        "month": ("Måned", "Month"), "purpose": ("Formål", "Purpose"), "participants": ("Deltagere", "Participants"),
        "time": ("Tidspunkt", "Time"), "durationMinutes": ("Varighed", "Duration"), "done": ("Udført", "Done"),
        "cards": ("Kort", "Cards"), "text": ("Tekst", "Text"), "column": ("Kolonne", "Column"), "author": ("Skrevet af", "Written by"),
        "ratings": ("Skalering", "Ratings"), "agreements": ("Aftaler", "Agreements"), "what": ("Hvad", "What"),
        "who": ("Hvem", "Who"), "due": ("Frist", "Due"), "summary": ("Kort fortalt", "In brief"),
        "cases": ("Sager", "Cases"), "primaryCaseworker": ("Primær sagsbehandler", "Primary caseworker"),
        "buddyCaseworker": ("Makker", "Buddy"), "measures": ("Indsatser", "Measures"), "provider": ("Leverandør", "Provider"),
        "started": ("Start", "Start"), "ended": ("Slut", "End"), "description": ("Beskrivelse", "Description"),
        "legalBasis": ("Lovgrundlag", "Legal basis"), "closed": ("Lukket", "Closed"), "cpr": ("CPR-nr.", "CPR no."),
        "birthDate": ("Fødselsdato", "Birth date"), "situation": ("Situation", "Situation"),
        "transitionSteps": ("Overgang til voksenlivet", "Transition to adult life"), "said": ("Barnet sagde", "The child said"),
        "method": ("Metode", "Method"), "about": ("Om", "About"), "received": ("Modtaget", "Received"),
        "reconsidered": ("Genvurderet", "Reconsidered"), "outcome": ("Udfald", "Outcome"), "relation": ("Relation", "Relation"),
        "actions": ("Handlinger", "Actions"), "between": ("Mellem", "Between"), "explicit": ("Udtalt", "Explicit"),
        "childPlanMade": ("Barnets plan lavet", "Child's plan made"), "value": ("Værdi", "Value"),
    ]
}
