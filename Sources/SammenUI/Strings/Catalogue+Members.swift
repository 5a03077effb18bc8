/// Texts for who has access to a team store: team.json's members (login → initials, leader) on the team screen.
enum MembersCatalogue {
    static let danish: [UIText: String] = [
        .helpGrantAccess: "giv et login adgang (medlem af teamet)", .helpRevokeAccess: "fjern den valgtes adgang",
        .helpToggleLeader: "gør den valgte til leder, eller ikke",
        .askRevokeAccess: "Fjern adgangen for «{0}» ({1})?", .askMakeLeader: "Gør «{0}» ({1}) til leder?",
        .askUnmakeLeader: "Skal «{0}» ({1}) ikke længere være leder?",
        .accessOnlyLeader: "Kun teamets leder eller IT-kontakten (root) kan give og fjerne adgang.",
        .accessNoLogin: "Den valgte sagsbehandler har intet login. Giv adgang med n.",
        .formMember: "Giv adgang", .fieldLogin: "Login", .fieldNameIfNew: "Navn hvis ny", .fieldLeader: "Leder",
        .nothingChanged: "Intet ændret.",
        .accessGranted: "«{0}» har adgang som {1} — u fortryder.",
        .accessGrantedLeader: "«{0}» har adgang som {1} (leder) — u fortryder.",
        .accessRevoked: "«{0}» ({1}) har ikke længere adgang til arkivet — u fortryder.",
        .leaderMade: "«{0}» ({1}) er leder — u fortryder.", .leaderUnmade: "«{0}» ({1}) er ikke længere leder — u fortryder.",
        .loginInvalid: "Skriv brugerens login på maskinen (bogstaver, tal, . _ -).",
        .memberInitialsInvalid: "Initialer er 1–6 bogstaver eller tal.",
        .teamLogin: "login {0}", .teamLeader: "leder", .teamNoAccess: "intet login",
        .teamAccessHeading: "Adgang: n giv · x fjern · L leder",
    ]

    static let english: [UIText: String] = [
        .helpGrantAccess: "give a login access (a team member)", .helpRevokeAccess: "take the selected one's access away",
        .helpToggleLeader: "make the selected one leader, or not",
        .askRevokeAccess: "Take away the access of «{0}» ({1})?", .askMakeLeader: "Make «{0}» ({1}) a leader?",
        .askUnmakeLeader: "Should «{0}» ({1}) no longer be a leader?",
        .accessOnlyLeader: "Only the team's leader or the IT contact (root) can give and take away access.",
        .accessNoLogin: "The selected caseworker has no login. Give access with n.",
        .formMember: "Give access", .fieldLogin: "Login", .fieldNameIfNew: "Name if new", .fieldLeader: "Leader",
        .nothingChanged: "Nothing changed.",
        .accessGranted: "«{0}» has access as {1} — u undoes.",
        .accessGrantedLeader: "«{0}» has access as {1} (leader) — u undoes.",
        .accessRevoked: "«{0}» ({1}) no longer has access to the store — u undoes.",
        .leaderMade: "«{0}» ({1}) is a leader — u undoes.", .leaderUnmade: "«{0}» ({1}) is no longer a leader — u undoes.",
        .loginInvalid: "Type the account's login on the machine (letters, digits, . _ -).",
        .memberInitialsInvalid: "Initials are 1–6 letters or digits.",
        .teamLogin: "login {0}", .teamLeader: "leader", .teamNoAccess: "no login",
        .teamAccessHeading: "Access: n give · x take away · L leader",
    ]
}
