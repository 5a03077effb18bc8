/// Database schema 1: the tables, the roles' rights and the row-level security (docs/it-postgresql.md).
///
/// Run by the administrative role (`sammen init`), which then owns every object. The program's day-to-day roles
/// are members of two group roles made here when missing (roles belong to the whole cluster):
/// `sammen_caseworker` (the caseload of their teams) and `sammen_leader` (the unit; reads the access log).
/// Who someone is comes from `session_user`, mapped to initials and teams by `sammen.members`.
enum Migration1 {
    static let sql = #"""
    -- Roles belong to the whole cluster: two databases made at the same moment may both find a role missing, and
    -- the second CREATE then fails on the role the first just made. That role is the one wanted, so it is kept.
    DO $roles$
    BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sammen_caseworker') THEN
            BEGIN
                CREATE ROLE sammen_caseworker NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sammen_leader') THEN
            BEGIN
                CREATE ROLE sammen_leader NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END;
        END IF;
        BEGIN
            GRANT sammen_caseworker TO sammen_leader;
        EXCEPTION WHEN unique_violation THEN NULL;
        END;
    END
    $roles$;

    REVOKE ALL ON SCHEMA sammen FROM PUBLIC;
    GRANT USAGE ON SCHEMA sammen TO sammen_caseworker;
    -- Every program checks the database's schema version before it reads anything else.
    GRANT SELECT ON sammen.schema_migrations TO sammen_caseworker;

    -- The store's settings (StoreMeta as JSON): one row.
    CREATE TABLE sammen.store_meta (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        meta jsonb NOT NULL
    );
    GRANT SELECT ON sammen.store_meta TO sammen_caseworker;

    -- A team: its settings (the Team record without members, as JSON) and a version for the optimistic check.
    CREATE TABLE sammen.teams (
        id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
        record jsonb NOT NULL,
        version bigint NOT NULL DEFAULT 1,
        change_number bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by name NOT NULL DEFAULT session_user
    );

    -- Who may use the store: a login role, the initials the records use, its team, and whether it leads.
    CREATE TABLE sammen.members (
        role name NOT NULL,
        team_id text NOT NULL REFERENCES sammen.teams ON UPDATE CASCADE,
        initials text NOT NULL CHECK (initials <> ''),
        name text,
        leader boolean NOT NULL DEFAULT false,
        PRIMARY KEY (role, team_id)
    );

    -- The teams the connected role belongs to, and whether it leads: what every policy asks.
    -- SECURITY DEFINER so the policies can read members whatever the caller may read.
    CREATE FUNCTION sammen.my_teams() RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$ SELECT coalesce(array_agg(team_id), '{}') FROM sammen.members WHERE role = session_user $$;
    CREATE FUNCTION sammen.is_leader() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$ SELECT EXISTS (SELECT FROM sammen.members WHERE role = session_user AND leader) $$;
    CREATE FUNCTION sammen.my_initials() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$ SELECT initials FROM sammen.members WHERE role = session_user ORDER BY leader DESC, team_id LIMIT 1 $$;
    GRANT EXECUTE ON FUNCTION sammen.my_teams(), sammen.is_leader(), sammen.my_initials() TO sammen_caseworker;

    -- The change counter: one row, incremented under its row lock inside the saving transaction, so the numbers
    -- commit in the order they are given (a sequence does not: a later number can commit first and be missed).
    CREATE TABLE sammen.change_counter (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last bigint NOT NULL
    );
    INSERT INTO sammen.change_counter VALUES (true, 0);
    CREATE FUNCTION sammen.next_change() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$ UPDATE sammen.change_counter SET last = last + 1 RETURNING last $$;
    REVOKE ALL ON FUNCTION sammen.next_change() FROM PUBLIC;

    -- One row per family: the whole record as the record codec writes it, the dashboard's summary beside it.
    CREATE TABLE sammen.families (
        id text PRIMARY KEY,
        team_id text NOT NULL REFERENCES sammen.teams ON UPDATE CASCADE,
        record jsonb NOT NULL,
        summary jsonb,
        version bigint NOT NULL DEFAULT 1,
        change_number bigint NOT NULL DEFAULT 0,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by name NOT NULL DEFAULT session_user
    );
    CREATE INDEX families_change_number ON sammen.families (change_number);
    CREATE INDEX families_team ON sammen.families (team_id);
    GRANT SELECT, INSERT, UPDATE ON sammen.families TO sammen_caseworker;

    -- The version, the change number and who changed it are the server's, never the client's.
    CREATE FUNCTION sammen.stamp_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                NEW.version := OLD.version + 1;
            ELSE
                NEW.version := 1;
            END IF;
            NEW.change_number := sammen.next_change();
            NEW.changed_at := now();
            NEW.changed_by := session_user;
            PERFORM pg_notify('sammen_changes', TG_TABLE_NAME || ' ' || NEW.change_number);
            RETURN NEW;
        END
        $$;
    CREATE TRIGGER families_stamp BEFORE INSERT OR UPDATE ON sammen.families
        FOR EACH ROW EXECUTE FUNCTION sammen.stamp_change();
    CREATE TRIGGER teams_stamp BEFORE INSERT OR UPDATE ON sammen.teams
        FOR EACH ROW EXECUTE FUNCTION sammen.stamp_change();

    -- A family is seen and changed by the members of its team, and by the unit's leaders.
    ALTER TABLE sammen.families ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.families FORCE ROW LEVEL SECURITY;
    CREATE POLICY families_team ON sammen.families TO sammen_caseworker
        USING (team_id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()))
        WITH CHECK (team_id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()));
    CREATE POLICY families_owner ON sammen.families TO CURRENT_USER USING (true) WITH CHECK (true);

    ALTER TABLE sammen.teams ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.teams FORCE ROW LEVEL SECURITY;
    GRANT SELECT ON sammen.teams TO sammen_caseworker;
    -- A team's settings (its caseworkers, target caseload) are changed by its members, as team.json is.
    GRANT UPDATE (record) ON sammen.teams TO sammen_caseworker;
    CREATE POLICY teams_read ON sammen.teams FOR SELECT TO sammen_caseworker
        USING (id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()));
    CREATE POLICY teams_write ON sammen.teams FOR UPDATE TO sammen_caseworker
        USING (id = ANY ((SELECT sammen.my_teams())::text[]));
    CREATE POLICY teams_owner ON sammen.teams TO CURRENT_USER USING (true) WITH CHECK (true);

    ALTER TABLE sammen.members ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.members FORCE ROW LEVEL SECURITY;
    GRANT SELECT ON sammen.members TO sammen_caseworker;
    CREATE POLICY members_read ON sammen.members FOR SELECT TO sammen_caseworker
        USING (team_id = ANY ((SELECT sammen.my_teams())::text[]) OR (SELECT sammen.is_leader()));
    CREATE POLICY members_owner ON sammen.members TO CURRENT_USER USING (true) WITH CHECK (true);

    -- The access log: who (session_user) and when (now()) are filled by the server. The program's roles may
    -- only add entries, naming neither; only leaders read it; nobody updates it; only old entries can go, and
    -- only through sammen.purge_access_log (owned by the administrative role).
    CREATE TABLE sammen.access_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        role name DEFAULT session_user,
        initials text,
        action text NOT NULL,
        family_id text,
        detail text
    );
    CREATE INDEX access_log_at ON sammen.access_log (at);
    CREATE INDEX access_log_family ON sammen.access_log (family_id);
    GRANT INSERT (action, family_id, detail) ON sammen.access_log TO sammen_caseworker;
    GRANT USAGE ON SEQUENCE sammen.access_log_id_seq TO sammen_caseworker;
    GRANT SELECT ON sammen.access_log TO sammen_leader;
    REVOKE UPDATE, DELETE, TRUNCATE ON sammen.access_log FROM PUBLIC;

    CREATE FUNCTION sammen.stamp_log() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            -- Only the owner (copying a whole store's log with its own times) may name the time and the user.
            IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'access_log')
               OR NEW.initials IS NULL THEN
                NEW.at := now();
                NEW.role := session_user;
                NEW.initials := coalesce(sammen.my_initials(), session_user);
            END IF;
            RETURN NEW;
        END
        $$;
    CREATE TRIGGER access_log_stamp BEFORE INSERT ON sammen.access_log
        FOR EACH ROW EXECUTE FUNCTION sammen.stamp_log();

    CREATE FUNCTION sammen.refuse_log_change() RETURNS trigger LANGUAGE plpgsql
        AS $$
        BEGIN
            IF TG_OP = 'DELETE' AND TG_LEVEL = 'ROW' AND OLD.at < now() - interval '180 days' THEN
                RETURN OLD;
            END IF;
            RAISE EXCEPTION 'the access log is append-only: entries are never changed, and removed only after 180 days'
                USING ERRCODE = '42501';
        END
        $$;
    CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON sammen.access_log
        FOR EACH ROW EXECUTE FUNCTION sammen.refuse_log_change();
    CREATE TRIGGER access_log_never_emptied BEFORE TRUNCATE ON sammen.access_log
        FOR EACH STATEMENT EXECUTE FUNCTION sammen.refuse_log_change();
    -- Even the owner keeps only what the purge needs (it could grant itself more: that is a deliberate act).
    REVOKE UPDATE, TRUNCATE ON sammen.access_log FROM CURRENT_USER;

    ALTER TABLE sammen.access_log ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.access_log FORCE ROW LEVEL SECURITY;
    CREATE POLICY access_log_add ON sammen.access_log FOR INSERT TO sammen_caseworker
        WITH CHECK (role = session_user);
    CREATE POLICY access_log_read ON sammen.access_log FOR SELECT TO sammen_leader USING (true);
    CREATE POLICY access_log_owner ON sammen.access_log TO CURRENT_USER USING (true) WITH CHECK (true);

    -- Entries past the retention (180 days, as for the file store) go; newer ones cannot (the trigger above).
    CREATE FUNCTION sammen.purge_access_log() RETURNS bigint LANGUAGE sql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        WITH gone AS (DELETE FROM sammen.access_log WHERE at < now() - interval '180 days' RETURNING 1)
        SELECT count(*) FROM gone
        $$;
    REVOKE ALL ON FUNCTION sammen.purge_access_log() FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sammen.purge_access_log() TO sammen_caseworker;

    -- Adding a member: the administrative role, or a leader of that team. Gives the role its group role.
    CREATE FUNCTION sammen.add_member(member name, team text, member_initials text, member_name text, is_leader boolean)
        RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'members')
               AND NOT EXISTS (SELECT FROM sammen.members WHERE role = session_user AND team_id = team AND leader) THEN
                RAISE EXCEPTION 'only the administrative role or a leader of the team adds members' USING ERRCODE = '42501';
            END IF;
            INSERT INTO sammen.members (role, team_id, initials, name, leader)
                VALUES (member, team, member_initials, member_name, is_leader);
            EXECUTE format('GRANT %I TO %I', CASE WHEN is_leader THEN 'sammen_leader' ELSE 'sammen_caseworker' END, member);
            -- The team's change number moves, so open programs read its members again.
            UPDATE sammen.teams SET record = record WHERE id = team;
        END
        $$;
    CREATE FUNCTION sammen.remove_member(member name, team text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'members')
               AND NOT EXISTS (SELECT FROM sammen.members WHERE role = session_user AND team_id = team AND leader) THEN
                RAISE EXCEPTION 'only the administrative role or a leader of the team removes members' USING ERRCODE = '42501';
            END IF;
            DELETE FROM sammen.members WHERE role = member AND team_id = team;
            UPDATE sammen.teams SET record = record WHERE id = team;
        END
        $$;
    CREATE FUNCTION sammen.set_leader(member name, team text, is_leader boolean) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'members')
               AND NOT EXISTS (SELECT FROM sammen.members WHERE role = session_user AND team_id = team AND leader) THEN
                RAISE EXCEPTION 'only the administrative role or a leader of the team changes who leads' USING ERRCODE = '42501';
            END IF;
            UPDATE sammen.members SET leader = is_leader WHERE role = member AND team_id = team;
            IF is_leader THEN
                EXECUTE format('GRANT sammen_leader TO %I', member);
            ELSIF NOT EXISTS (SELECT FROM sammen.members WHERE role = member AND leader) THEN
                EXECUTE format('REVOKE sammen_leader FROM %I', member);
                EXECUTE format('GRANT sammen_caseworker TO %I', member);
            END IF;
            UPDATE sammen.teams SET record = record WHERE id = team;
        END
        $$;
    REVOKE ALL ON FUNCTION sammen.add_member(name, text, text, text, boolean), sammen.remove_member(name, text),
        sammen.set_leader(name, text, boolean) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION sammen.add_member(name, text, text, text, boolean), sammen.remove_member(name, text),
        sammen.set_leader(name, text, boolean) TO sammen_leader;

    -- The CSV column mapping `sammen import csv` remembers (JSON), one per store.
    CREATE TABLE sammen.import_columns (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        mapping jsonb NOT NULL
    );
    GRANT SELECT, INSERT, UPDATE ON sammen.import_columns TO sammen_caseworker;
    """#
}
