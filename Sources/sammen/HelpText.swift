import SammenCore

/// The help texts. Danish here (the default); English in HelpText+English.swift, with the same layout.
enum HelpText {
    /// The help for `command` (the overview for nil or an unknown command) in `language`.
    static func text(for command: String?, in language: Language) -> String {
        switch language {
        case .da: return command.flatMap(forCommand) ?? overview
        case .en: return command.flatMap(English.forCommand) ?? English.overview
        }
    }

    static let overview = """
    sammen — opfølgning, årshjul og netværksmøder efter modellen »Sammen om familien«

    Brug:
      sammen [--store MAPPE] [--read-only] [--lang en] [--today DATO]
                                                Åbn sagsstammen (skærmbilledet)
      sammen demo [--reset] [--init MAPPE] [--print]
                                                Øvelsesarkivet (fiktive familier) til kurser og afprøvning
      sammen tour [--restart]                   Rundvisning i programmet på øvelsesarkivet
      sammen init MAPPE [--group GRUPPE]        Opret et tomt arkiv: privat, eller teamets (gruppe, 2770/0660)
      sammen team [add LOGIN INITIALER [--name NAVN] [--leader] | remove LOGIN | new NAVN] [--team ID]
                                                Teamets medlemmer (login → initialer); root eller en leder
      sammen store copy FRA TIL                 Kopiér et helt arkiv (mappe ↔ PostgreSQL) til et tomt arkiv
      sammen due [--today DATO] [--caseworker INITIALER] [--within DAGE | --all] [--json]
                                                Opfølgninger og frister, de første først
      sammen families [--json]                  Familierne og deres sager
      sammen followup FAMILIE [--date DATO] [--channel KANAL] [--note TEKST] [--case SAGSNR] [--informal]
                                                Registrér en opfølgning (flytter næste frist)
      sammen import csv FIL [--law sel|bl] [--map K=OVERSKRIFT;…] [--dry-run]
                                                Indlæs en sagsstamme fra sagssystemet (CSV)
      sammen export ics|wheel|meeting|handover --family F [--format …] [--out FIL]
                                                Kalender (.ics), årshjul til forældrene, mødets
                                                opsummering, overlevering til ny sagsbehandler
      sammen invite FAMILIE [--dry-run] [--out MAPPE]
                                                Send mødeindkaldelser, ændringer og aflysninger
                                                til netværket (eller skriv dem som .eml-filer)
      sammen check                              Kontrollér arkivet; hver fejl med fil og position
      sammen log [--family F] [--json]          Adgangsloggen, eller hvad den har om én familie
      sammen render SKÆRM [--size 80x24] [--family F] [--lang en]
                                                Skriv et skærmbillede som tekst (dashboard, leader,
                                                family, followup, wheel, meetings, board,
                                                present, record, help)

    Fælles tilvalg:
      --store MAPPE   arkivets mappe eller en PostgreSQL-adresse (postgresql://…), ellers $SAMMEN_STORE,
                      ellers ~/.local/share/sammen
      --user NAVN     hvem du er, til adgangsloggen (ellers $SAMMEN_USER eller dit login);
                      i et teamarkiv er du altid dit login, og --user afvises
      --lang da|en    sproget (ellers engelsk, når LC_ALL, LC_MESSAGES eller LANG begynder med en; ellers dansk)
      --help          hjælp til en kommando;  --version  udgaven

    Afslutningskoder:
      0  udført
      1  kommandoen fandt problemer (check fandt fejl, import afviste rækker)
      2  kommandolinjen var forkert
      3  arkivet kunne ikke åbnes eller skrives (mangler, er låst, disken er fuld, ingen adgang)
      4  svaret er ufuldstændigt: en familiefil kunne ikke læses og er ikke med (due, families; det står også i svaret)
    """

    private static func forCommand(_ command: String) -> String? {
        switch command {
        case "due": return due
        case "import": return importCSV
        case "check": return check
        case "log": return log
        case "families": return families
        case "demo": return demo
        case "followup": return followup
        case "render": return render
        case "tour": return tour
        case "init": return initStore
        case "team": return team
        case "store": return store
        case "export": return export
        case "invite": return invite
        default: return nil
        }
    }

    static let due = """
    sammen due — opfølgninger og frister, de første først

      --today DATO            regn fra denne dato (ÅÅÅÅ-MM-DD); ellers dags dato i Danmark
      --caseworker INITIALER  kun de sager, hvor denne sagsbehandler er primær
      --within DAGE           kun det, der forfalder inden for så mange dage (standard: 30), og alt forfaldent
      --all                   alle frister, uanset hvornår
      --json                  maskinlæsbart: en liste af objekter med case, family, family_id, child,
                              caseworker, buddy, kind, due, overdue_days, rule og detail

    Slags (kind): opfoelgning (modellens faste opfølgning), overgang (16 år), undersoegelse (4 måneder),
    genvurdering (klage, 4 uger), aftale (fra et møde).
    """

    static let importCSV = """
    sammen import csv FIL — indlæs en sagsstamme fra sagssystemet

    Filen har en overskriftsrække; skilletegn ; eller , (findes selv); UTF-8 (med eller uden BOM) eller
    Windows-1252; højst 10 MB.
    Kolonner (store/små bogstaver er lige meget; æ/ø/å eller ae/oe/aa; engelske navn i parentes):
      sagsnr (case_id), familie (family), barn (child), fødselsdato (birthdate; kan tages fra cpr),
      sagsbehandler (caseworker), paragraffer (legal_basis), åbnet (opened),
      seneste_opfølgning (last_follow_up, må være tom), cpr (valgfri; vises altid maskeret),
      undersøgelse_afsluttet (investigation_ended, valgfri), familienøgle (family_key, valgfri)
    Datoer: ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ eller DD.MM.ÅÅÅÅ. Paragraffer adskilt af , ; eller +,
    fx "SEL § 50, SEL § 52" eller "BL § 86 + BL § 90".

      --law sel|bl   hvilken lov en paragraf uden lov (»§ 50«) hører til
      --map K=O;…    udtrækkets overskrift O for Sammens kolonne K; huskes i arkivet
      --dry-run      vis pr. familie, hvad der tilføjes, ændres og lades i fred, men skriv intet

    Et nyt udtræk opdaterer de sager, hvis sagsnr findes (paragraffer, sagsbehandler, barnets data),
    tilføjer nye og lister dem, der mangler (intet slettes). Opfølgninger, årshjul, møder, mål og netværk
    røres aldrig. Familiens navn alene knytter aldrig en række til en familie i Sammen.
    Alt eller intet: er der fejl i én række, indlæses intet, og hver fejl vises med linjenummer.
    """

    static let check = """
    sammen check — kontrollér arkivet

    Læser hver fil og melder hver fejl med fil, linje og kolonne. Ingen fil bliver ændret.
    Afslutningskode 0 når alt er i orden, 1 når der er fejl.
    """

    static let log = """
    sammen log — adgangsloggen: hvem har læst, søgt, ændret og eksporteret hvad og hvornår

      --family F   kun linjerne om én familie (id, sagsnr eller navn) og de søgninger, der nævnte den;
                   til en borgers indsigtsanmodning. Familien må gerne være slettet (skriv da dens id).
      --json       maskinlæsbart
    Udtrækket bliver selv skrevet i loggen. Loggen holder aldrig et CPR-nummer i klar tekst.
    """

    static let initStore = """
    sammen init MAPPE [--group GRUPPE] [--name TEAMNAVN] [--initials INITIALER] — opret et tomt arkiv

      (uden --group)     et privat arkiv: kun din bruger kan læse det (mapper 0700, filer 0600)
      --group GRUPPE     teamets arkiv: mapper 2770 ejet af gruppen (setgid), filer 0660, intet for andre,
                         uanset umask. Kun root eller et medlem af gruppen; et medlem bliver første leder.
      --name TEAMNAVN    teamets navn
      --initials INIT    dine initialer, når du selv er det første medlem
    Et arkiv, som andre kan læse, bliver ikke åbnet; meddelelsen siger hvilken fil og hvordan det rettes.
    Arkivet skal ligge på serverens egen disk (ikke NFS/SMB). Se docs/it-kontakt.md.
    sammen init postgresql://… lægger Sammens skema i en tom database; dér bestemmer databasens roller,
    hvem der har adgang (ikke --group). Se docs/it-postgresql.md.
    """

    static let team = """
    sammen team — teamets medlemmer: hvilke brugere må bruge teamarkivet, og med hvilke initialer

      sammen team                                 listen: login, initialer, navn, leder (--json)
      sammen team add LOGIN INITIALER [--name NAVN] [--leader]
                                                  kobl et login til initialer; --leader må selv tilføje og fjerne
      sammen team remove LOGIN                    tag et login ud; det kan derefter intet se
      sammen team new NAVN                        et team mere i en database (IT-afdelingens administrative rolle)
      --team ID                                   i en database med flere teams: hvilket team (fx handicap-syd)
    Kun root (teamets IT-kontakt) og en leder kan ændre listen. I et teamarkiv er du det login, du er
    logget ind som: --user og $SAMMEN_USER afvises, og en bruger uden for gruppen eller teamet kan intet se.
    """

    static let store = """
    sammen store copy FRA TIL — kopiér et helt arkiv over i et tomt arkiv

      FRA, TIL   en mappe eller en PostgreSQL-adresse (postgresql://… eller postgres://…)
    Alle familier, teamet og adgangsloggen kopieres i ét stykke. TIL skal være tomt (uden familier) eller
    ikke findes endnu (en mappe oprettes; en database skal først have «sammen init ADRESSE»). Et arkiv med
    familier, der ikke kan læses, kopieres ikke (ret dem først, se «sammen check»). Bagefter læses kopien
    igen og sammenlignes med originalen; kommandoen siger kun «stemmer», når hver familie er ens.
    Kopien står i begge arkivers adgangslog. Originalen ændres ikke.
    """

    static let families = """
    sammen families — familierne og deres sager

      --json   maskinlæsbart
      --today DATO  regn næste opfølgning fra denne dato
    """

    static let followup = """
    sammen followup FAMILIE — registrér en opfølgning eller en uformel kontakt

    FAMILIE er familiens id, et sagsnr eller navnet (»Familien Holm« eller »Holm«).
      --date DATO       hvornår (standard: i dag)
      --channel KANAL   telefon, sms, mail, møde, hjemmebesøg, video eller digitalpost (standard: telefon)
      --note TEKST      hvad der blev talt om
      --case SAGSNR     kun denne sag (standard: alle familiens sager)
      --informal        en uformel kontakt; den flytter ikke næste opfølgning
    """

    static let export = """
    sammen export — dokumenter til kalenderen, forældrene, mødedeltagerne og den næste sagsbehandler

      sammen export ics --family F [--year ÅR] [--out FIL]
          Årshjulets daterede aktiviteter som kalender (RFC 5545). En ny eksport opdaterer de samme
          aftaler i kalenderen i stedet for at lave dubletter.
      sammen export wheel --family F --format svg|html|txt [--year ÅR] [--out FIL]
          Årshjulet til forældrene på almindeligt dansk, med aftalerne fra møderne: svg er én A4-side
          (hjulet), html hjulet og listen måned for måned (oftest to sider). Intet CPR-nummer, ingen interne noter.
      sammen export meeting --family F [--meeting DATO] --format md|html|txt [--out FIL]
          Mødets fælles opsummering: deltagere, kolonnerne med deltagernes egne ord, skalaen og aftalerne.
      sammen export handover --family F --format md|html|txt [--no-internal-notes] [--out FIL]
          Overlevering til en ny sagsbehandler (eller voksenområdet ved 18).

    F er familiens id, et sagsnr eller navnet. Uden --year: kalenderåret, fra oktober de næste 12 måneder
    (som årshjulet). --out - skriver til standardud. Uden --out skrives filen i den aktuelle mappe med
    slags, år og tidspunkt i navnet (aldrig id, navn eller CPR-nummer). Eksporten logges.
    """

    static let invite = """
    sammen invite — mødeindkaldelser til forældre og netværk fra årshjulet

      sammen invite FAMILIE [--dry-run] [--out MAPPE] [--today DATO]

    Hver dateret aktivitet fra i dag og frem med deltagere bliver en indkaldelse (METHOD:REQUEST) til de
    deltagere, der har en brugbar e-mailadresse: én mail pr. modtager og møde, med en kort tekst og en
    kalenderdel, der lægger mødet i modtagerens kalender. Flyttes mødet, sendes en ændring; slettes det,
    fjernes datoen, eller tages en deltager af listen, sendes en aflysning (METHOD:CANCEL). Kun det, der er
    ændret siden sidst, sendes. Afsender er familiens primære sagsbehandler (e-mail fra teamet); uden den
    sendes intet. Deltagere uden brugbar adresse nævnes; de udelades aldrig i stilhed.

      --dry-run      vis hvad der ville blive sendt; intet sendes eller markeres
      --out MAPPE    skriv beskederne som .eml-filer i MAPPE i stedet for at sende dem (de markeres som
                     »skrevet som fil«); åbn dem i dit postprogram
      --today DATO   regn fra denne dato

    Postprogrammet er et »sendmail -t«-kompatibelt program (fx msmtp): $SAMMEN_SENDMAIL, ellers
    »sendmail« i ~/.config/sammen/config.json, ellers /usr/sbin/sendmail. En modtager, der ikke kunne
    sendes til, nævnes med grunden og venter til næste gang; intet markeres som sendt, som ikke blev det.
    Øvelsesarkivet sender aldrig mail: det skriver beskederne som filer (i invitationer-ID i den aktuelle
    mappe eller $SAMMEN_EXPORT_DIR) og siger det. Hver besked logges i adgangsloggen. Afslutningskode 1,
    når noget ikke blev sendt, eller en deltager mangler en adresse.
    """

    static let tour = """
    sammen tour — en rundvisning i programmet på øvelsesarkivet

    Et par trin, der viser modellens kerneelementer i programmet: sagsstammens kadencer, en families
    årshjul, et LØFT-møde og det fælles målbillede. Enter går videre, ← tilbage, Esc afslutter.
    Næste gang fortsætter rundvisningen, hvor du slap.
      --restart   start forfra
    """

    static let render = """
    sammen render SKÆRM — et skærmbillede som ren tekst, præcis som programmet tegner det

    SKÆRM: dashboard, leader, family, followup, wheel (årshjulet), meetings, board (familiens nyeste
    møde), present (tavlen på lærredet), record (journalen; --tab 1–6) eller help.
      --size BxH          størrelse, fx 80x24 (standard) eller 160x48
      --family F          familien (id, sagsnr eller navn) til family og followup
      --today DATO        dagen, der regnes fra
      --caseworker INIT   sagsstammen for én sagsbehandler (eller »alle«)
      --search TEKST      som at skrive TEKST efter /
      --lang en           på engelsk
      --tab N             journalens afsnit 1–6 (record)
    Arkivet åbnes skrivebeskyttet; intet ændres og intet logges.
    """

    static let demo = """
    sammen demo — øvelsesarkivet til kurser og afprøvning

    Åbner en frisk kopi af et fiktivt arkiv (ingen rigtige personer). Alt vises med mærket ØVELSE.
      --reset        start forfra med en ny kopi
      --print        skriv de næste frister som tekst i stedet for at åbne skærmbilledet
      --init MAPPE   skriv øvelsesarkivet til MAPPE (fx til kursets bærbare)
    """
}
