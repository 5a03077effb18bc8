import SammenCore

/// The guiding questions of each board column, one key away on the board (LØFT and Signs of Safety).
public enum GuidingQuestions {
    public static func questions(_ column: BoardColumn, method: MeetingMethod, wellbeing: Bool, language: Language) -> [String] {
        let safety = language == .da ? (wellbeing ? "trivsel" : "sikkerhed") : (wellbeing ? "wellbeing" : "safety")
        switch (method, column, language) {
        case (.loft, .worries, .da):
            return ["Hvad er I bekymrede for?", "Hvad kunne gå galt, hvis intet ændrer sig?", "Hvornår er bekymringen størst?"]
        case (.loft, .working, .da):
            return ["Hvad går godt lige nu?", "Hvornår var problemet mindre? Hvad var anderledes da?", "Hvad har I selv gjort, som hjalp?"]
        case (.loft, .mustHappen, .da):
            return ["Hvad skal der til, for at det bliver bedre?", "Hvad er det mindste skridt, der gør en forskel?",
                    "Hvor er I på en skala fra 0 til 10, og hvad skal der til for at rykke ét trin?"]
        case (.loft, .agreements, .da):
            return ["Hvem gør hvad, og hvornår?", "Hvordan ved vi, at det er sket?", "Hvornår følger vi op?"]
        case (.signsOfSafety, .worries, .da):
            return ["Hvad er der sket, som gør os bekymrede?", "Hvad er vi bange for vil ske, hvis intet ændrer sig?",
                    "Hvad gør situationen sværere (komplicerende faktorer)?"]
        case (.signsOfSafety, .working, .da):
            return ["Hvad fungerer godt for barnet?", "Hvilken \(safety) er der allerede?", "Hvem i netværket støtter familien?"]
        case (.signsOfSafety, .mustHappen, .da):
            return ["Hvad skal der ske, for at vi er mindre bekymrede?", "Hvad vil forældrene gøre anderledes?",
                    "Hvad vil barnet opleve, og hvad vil de professionelle se?"]
        case (.signsOfSafety, .agreements, .da):
            return ["Hvad er de næste skridt?", "Hvem gør hvad, og hvornår?", "Hvornår ses vi igen?"]
        case (.loft, .worries, .en):
            return ["What are you worried about?", "What could go wrong if nothing changes?", "When is the worry greatest?"]
        case (.loft, .working, .en):
            return ["What is going well right now?", "When was the problem smaller? What was different then?", "What have you done that helped?"]
        case (.loft, .mustHappen, .en):
            return ["What would make it better?", "What is the smallest step that makes a difference?",
                    "Where are you on a scale from 0 to 10, and what would move you one step up?"]
        case (.loft, .agreements, .en):
            return ["Who does what, and when?", "How will we know it has happened?", "When do we follow up?"]
        case (.signsOfSafety, .worries, .en):
            return ["What has happened that worries us?", "What are we afraid will happen if nothing changes?",
                    "What makes the situation harder (complicating factors)?"]
        case (.signsOfSafety, .working, .en):
            return ["What is working well for the child?", "What \(safety) is already there?", "Who in the network supports the family?"]
        case (.signsOfSafety, .mustHappen, .en):
            return ["What needs to happen for us to be less worried?", "What will the parents do differently?",
                    "What will the child experience, and what will the professionals see?"]
        case (.signsOfSafety, .agreements, .en):
            return ["What are the next steps?", "Who does what, and when?", "When do we meet again?"]
        }
    }
}
