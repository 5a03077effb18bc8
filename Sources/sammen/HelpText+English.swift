extension HelpText {
    /// The help texts in English (`--lang en` or LANG=en*), line for line as the Danish ones.
    enum English {
        static let overview = """
        sammen — follow-up, annual wheel and network meetings in the model »Sammen om familien«

        Usage:
          sammen [--store FOLDER] [--read-only] [--lang en] [--today DATE]
                                                    Open the caseload (the screen)
          sammen demo [--reset] [--init FOLDER] [--print]
                                                    The training store (fictional families) for courses and trials
          sammen tour [--restart]                   A tour of the program on the training store
          sammen init FOLDER [--group GROUP]        Create an empty store: private, or the team's (group, 2770/0660)
          sammen team [add LOGIN INITIALS [--name NAME] [--leader] | remove LOGIN | new NAME] [--team ID]
                                                    The team's members (login → initials); root or a leader
          sammen store copy FROM TO                 Copy a whole store (folder ↔ PostgreSQL) into an empty store
          sammen due [--today DATE] [--caseworker INITIALS] [--within DAYS | --all] [--json]
                                                    Follow-ups and deadlines, soonest first
          sammen families [--json]                  The families and their cases
          sammen followup FAMILY [--date DATE] [--channel CHANNEL] [--note TEXT] [--case CASE] [--informal]
                                                    Register a follow-up (moves the next due date)
          sammen import csv FILE [--law sel|bl] [--map C=HEADER;…] [--dry-run]
                                                    Import a caseload from the case system (CSV)
          sammen export ics|wheel|meeting|handover --family F [--format …] [--out FILE]
                                                    Calendar (.ics), annual wheel for the parents, the
                                                    meeting's summary, handover to a new caseworker
          sammen invite FAMILY [--dry-run] [--out FOLDER]
                                                    Send meeting invitations, updates and cancellations
                                                    to the network (or write them as .eml files)
          sammen check                              Check the store; every error with file and position
          sammen log [--family F] [--json]          The access log, or what it holds about one family
          sammen render SCREEN [--size 80x24] [--family F] [--lang en]
                                                    Print a screen as text (dashboard, leader,
                                                    family, followup, wheel, meetings, board,
                                                    present, record, help)

        Common options:
          --store FOLDER  the store's folder or a PostgreSQL address (postgresql://…), else $SAMMEN_STORE,
                          else ~/.local/share/sammen
          --user NAME     who you are, for the access log (else $SAMMEN_USER or your login);
                          in a team store you are always your login, and --user is refused
          --lang da|en    the language (else English when LC_ALL, LC_MESSAGES or LANG starts with en; else Danish)
          --help          help on a command;  --version  the version

        Exit codes:
          0  done
          1  the command found problems (check found errors, import refused rows)
          2  the command line was wrong
          3  the store could not be opened or written (missing, locked, disk full, no access)
          4  the answer is incomplete: a family file could not be read and is left out (due, families; the answer says so too)
        """

        static func forCommand(_ command: String) -> String? {
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

        static let initStore = """
        sammen init FOLDER [--group GROUP] [--name TEAMNAME] [--initials INITIALS] — create an empty store

          (without --group)  a private store: only your account can read it (folders 0700, files 0600)
          --group GROUP      the team's store: folders 2770 owned by the group (setgid), files 0660, nothing for
                             others, whatever the umask. Root or a member of the group only; a member becomes the
                             first leader.
          --name TEAMNAME    the team's name
          --initials INIT    your initials, when you are the first member yourself
        A store others can read is not opened; the message says which file and how to fix it.
        Keep the store on the server's own disk (not NFS/SMB). See docs/it-kontakt.md.
        sammen init postgresql://… puts Sammen's schema into an empty database; there the database's roles
        decide who has access (not --group). See docs/it-postgresql.md.
        """

        static let team = """
        sammen team — the team's members: which accounts may use the team store, and with which initials

          sammen team                                 the list: login, initials, name, leader (--json)
          sammen team add LOGIN INITIALS [--name NAME] [--leader]
                                                      map a login to initials; --leader may add and remove too
          sammen team remove LOGIN                    take a login out; it can then see nothing
          sammen team new NAME                        another team in a database (the IT department's admin role)
          --team ID                                   in a database with several teams: which team (e.g. handicap-syd)
        Only root (the team's IT contact) and a leader can change the list. In a team store you are the
        account you are logged in as: --user and $SAMMEN_USER are refused, and an account outside the
        group or the team can see nothing.
        """

        static let store = """
        sammen store copy FROM TO — copy a whole store into an empty store

          FROM, TO   a folder or a PostgreSQL address (postgresql://… or postgres://…)
        Every family, the team and the access log are copied in one piece. TO must be empty (no families) or
        not exist yet (a folder is created; a database needs «sammen init ADDRESS» first). A store with family
        records that cannot be read is not copied (correct them first, see «sammen check»). Afterwards the copy
        is read back and compared with the original; the command only says «matches» when every family is equal.
        The copy is in both stores' access logs. The original is not changed.
        """

        static let due = """
        sammen due — follow-ups and deadlines, soonest first

          --today DATE            count from this date (YYYY-MM-DD); else today's date in Denmark
          --caseworker INITIALS   only the cases where this caseworker is primary
          --within DAYS           only what falls due within so many days (default: 30), and everything overdue
          --all                   every deadline, whenever it is
          --json                  for programs: a list of objects with case, family, family_id, child,
                                  caseworker, buddy, kind, due, overdue_days, rule and detail
                                  (the same keys and values in every language)

        Kinds (kind): opfoelgning (the model's regular follow-up), overgang (age 16), undersoegelse (4 months),
        genvurdering (complaint, 4 weeks), aftale (from a meeting).
        """

        static let importCSV = """
        sammen import csv FILE — import a caseload from the case system

        The file has a header row; separator ; or , (found by itself); UTF-8 (with or without BOM) or
        Windows-1252; at most 10 MB.
        Columns (case does not matter; æ/ø/å or ae/oe/aa; English name in brackets):
          sagsnr (case_id), familie (family), barn (child), fødselsdato (birthdate; may come from cpr),
          sagsbehandler (caseworker), paragraffer (legal_basis), åbnet (opened),
          seneste_opfølgning (last_follow_up, may be empty), cpr (optional; always shown masked),
          undersøgelse_afsluttet (investigation_ended, optional), familienøgle (family_key, optional)
        Dates: YYYY-MM-DD, DD-MM-YYYY or DD.MM.YYYY. Legal bases separated by , ; or +,
        e.g. "SEL § 50, SEL § 52" or "BL § 86 + BL § 90".

          --law sel|bl   which law a section without a law (»§ 50«) belongs to
          --map C=H;…    the export's header H for Sammen's column C; remembered in the store
          --dry-run      show per family what is added, changed and left alone, but write nothing

        A later export updates the cases whose sagsnr exists (legal bases, caseworker, the child's data),
        adds new ones and lists the missing ones (nothing is deleted). Follow-ups, the annual wheel, meetings,
        goals and the network are never touched. A family's name alone never joins a row to a family in Sammen.
        All or nothing: if one row has an error, nothing is imported, and every error is shown with its line number.
        """

        static let check = """
        sammen check — check the store

        Reads every file and reports every error with file, line and column. No file is changed.
        Exit code 0 when all is in order, 1 when there are errors.
        """

        static let log = """
        sammen log — the access log: who read, searched, changed and exported what, and when

          --family F   only the lines about one family (id, case number or name) and the searches that named it;
                       for a citizen's subject access request. The family may have been deleted (then give its id).
          --json       for programs
        The extract is itself written to the log. The log never holds a CPR number in clear.
        """

        static let families = """
        sammen families — the families and their cases

          --json   for programs
          --today DATE  count the next follow-up from this date
        """

        static let followup = """
        sammen followup FAMILY — register a follow-up or an informal contact

        FAMILY is the family's id, a case number or the name (»Familien Holm« or »Holm«).
          --date DATE         when (default: today)
          --channel CHANNEL   phone, sms, email, meeting, homevisit, video or digitalpost (default: phone;
                              the Danish names work too)
          --note TEXT         what was talked about
          --case CASE         only this case (default: all the family's cases)
          --informal          an informal contact; it does not move the next follow-up
        """

        static let invite = """
        sammen invite — meeting invitations to the parents and the network from the annual wheel

          sammen invite FAMILY [--dry-run] [--out FOLDER] [--today DATE]

        Every dated activity from today on with participants becomes an invitation (METHOD:REQUEST) to the
        participants with a usable e-mail address: one mail per recipient and meeting, with a short text and a
        calendar part that puts the meeting in the recipient's calendar. A moved meeting sends an update; a
        deleted one, one without a date, or a participant taken off the list gets a cancellation
        (METHOD:CANCEL). Only what changed since last time is sent. The sender is the family's primary
        caseworker (e-mail from the team); without one nothing is sent. Participants without a usable address
        are named; they are never left out in silence.

          --dry-run      show what would be sent; nothing is sent or marked
          --out FOLDER   write the messages as .eml files in FOLDER instead of sending them (they are marked
                         "written as file"); open them in your mail program
          --today DATE   count from this date

        The mail program is a "sendmail -t" compatible program (e.g. msmtp): $SAMMEN_SENDMAIL, else
        "sendmail" in ~/.config/sammen/config.json, else /usr/sbin/sendmail. A recipient that could not be
        sent to is named with the reason and stays pending; nothing is marked sent that was not. The training
        store never sends mail: it writes the messages as files (in invitationer-ID in the current folder or
        $SAMMEN_EXPORT_DIR) and says so. Every message is logged in the access log. Exit code 1 when
        something was not sent or a participant has no address.
        """

        static let export = """
        sammen export — documents for the calendar, the parents, the meeting's participants and the next caseworker

          sammen export ics --family F [--year YEAR] [--out FILE]
              The annual wheel's dated activities as a calendar (RFC 5545). A new export updates the same
              events in the calendar instead of making duplicates.
          sammen export wheel --family F --format svg|html|txt [--year YEAR] [--out FILE]
              The annual wheel for the parents in plain words, with the meetings' agreements: svg is one A4 page
              (the wheel), html the wheel and the month-by-month list (mostly two pages). No CPR number, no
              internal notes.
          sammen export meeting --family F [--meeting DATE] --format md|html|txt [--out FILE]
              The meeting's shared summary: participants, the columns in the participants' own words, the scale
              and the agreements.
          sammen export handover --family F --format md|html|txt [--no-internal-notes] [--out FILE]
              Handover to a new caseworker (or to adult services at 18).

        F is the family's id, a case number or the name. Without --year: the calendar year, from October the
        next 12 months (as the annual wheel). --out - writes to standard output. Without --out the file is
        written in the current folder with the kind, year and time in its name (never an id, name or CPR number).
        The export is logged. --lang en writes the document in English.
        """

        static let tour = """
        sammen tour — a tour of the program on the training store

        A few steps that show the model's core elements in the program: the caseload's cadences, a family's
        annual wheel, a LØFT meeting and the shared goal picture. Enter goes on, ← back, Esc ends.
        Next time the tour resumes where you left it.
          --restart   start over
        """

        static let render = """
        sammen render SCREEN — a screen as plain text, exactly as the program draws it

        SCREEN: dashboard, leader, family, followup, wheel (the annual wheel), meetings, board (the family's
        latest meeting), present (the board on the projector), record (the record; --tab 1–6) or help.
          --size WxH          size, e.g. 80x24 (default) or 160x48
          --family F          the family (id, case number or name) for family and followup
          --today DATE        the day to count from
          --caseworker INIT   the caseload of one caseworker (or »alle«/»all«)
          --search TEXT       as typing TEXT after /
          --lang en           in English
          --tab N             the record's section 1–6 (record)
        The store is opened read-only; nothing is changed and nothing is logged.
        """

        static let demo = """
        sammen demo — the training store for courses and trials

        Opens a fresh copy of a fictional store (no real people). Everything is marked ØVELSE (training).
          --reset          start over with a new copy
          --print          print the next deadlines as text instead of opening the screen
          --init FOLDER    write the training store to FOLDER (e.g. for the course's laptops)
        """
    }
}
