/// Database schema 4: what a role may do in this database is decided by this database's own `sammen.members`,
/// never by membership of a cluster-wide role (issue #18).
///
/// Roles belong to the whole server, so several units' databases on one server share `sammen_caseworker` and
/// `sammen_leader`. Schema 1 let `sammen_leader` read the access log and manage teams, and `set_leader` revoked
/// it when someone led no team *of that database*: a leader stepped down in one unit lost the leader's rights in
/// every other unit on the server, and a leader in one unit could read every other unit's log. Now:
/// - `sammen_caseworker` is only the set of privileges the program's roles need to use the tables and call the
///   functions; it is granted to every member and never revoked by a change in one database (a role cannot see
///   whether it is a member of another unit's database).
/// - Reading the log and leading are asked of this database (`sammen.is_leader()`, SECURITY DEFINER), so a leader
///   stepped down here loses the leader's rights here at once, and nowhere else.
/// - `sammen_leader` keeps no rights of its own here; it is left on the server for databases of an older schema.
/// - The tables without row-level security (settings, CSV column mapping) and adding log entries ask that the
///   role is a member of a team in this database, since the group role reaches every database on the server.
enum Migration4 {
    static let sql = #"""
    -- The access log: read by the leaders of this database's teams (the owner reads it by its own policy).
    DROP POLICY access_log_read ON sammen.access_log;
    REVOKE SELECT ON sammen.access_log FROM sammen_leader;
    GRANT SELECT ON sammen.access_log TO sammen_caseworker;
    CREATE POLICY access_log_read ON sammen.access_log FOR SELECT TO sammen_caseworker
        USING ((SELECT sammen.is_leader()));
    -- Entries are added by members of a team in this database, naming neither the user nor the time.
    ALTER POLICY access_log_add ON sammen.access_log
        WITH CHECK (role = session_user AND cardinality((SELECT sammen.my_teams())::text[]) > 0);

    -- The store's settings and the remembered CSV columns: for the members of this database.
    ALTER TABLE sammen.store_meta ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.store_meta FORCE ROW LEVEL SECURITY;
    CREATE POLICY store_meta_members ON sammen.store_meta FOR SELECT TO sammen_caseworker
        USING (cardinality((SELECT sammen.my_teams())::text[]) > 0);
    ALTER TABLE sammen.import_columns ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sammen.import_columns FORCE ROW LEVEL SECURITY;
    CREATE POLICY import_columns_members ON sammen.import_columns TO sammen_caseworker
        USING (cardinality((SELECT sammen.my_teams())::text[]) > 0)
        WITH CHECK (cardinality((SELECT sammen.my_teams())::text[]) > 0);
    -- The owner keeps everything (named, not CURRENT_USER: a superuser may be the one upgrading).
    DO $owner$
    DECLARE
        owner name := (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'store_meta');
    BEGIN
        EXECUTE format('CREATE POLICY store_meta_owner ON sammen.store_meta TO %I USING (true) WITH CHECK (true)', owner);
        EXECUTE format('CREATE POLICY import_columns_owner ON sammen.import_columns TO %I USING (true) WITH CHECK (true)', owner);
    END
    $owner$;

    -- Managing a team: each function asks this database whether the caller leads that team.
    REVOKE EXECUTE ON FUNCTION sammen.add_member(name, text, text, text, boolean), sammen.remove_member(name, text),
        sammen.set_leader(name, text, boolean) FROM sammen_leader;
    GRANT EXECUTE ON FUNCTION sammen.add_member(name, text, text, text, boolean), sammen.remove_member(name, text),
        sammen.set_leader(name, text, boolean) TO sammen_caseworker;

    -- Adding a member gives the role the group role (never taken back here: see above).
    CREATE OR REPLACE FUNCTION sammen.add_member(member name, team text, member_initials text, member_name text, is_leader boolean)
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
            EXECUTE format('GRANT sammen_caseworker TO %I', member);
            -- The team's change number moves, so open programs read its members again.
            UPDATE sammen.teams SET record = record WHERE id = team;
        END
        $$;

    -- Who leads is this database's members row; no group role is granted or revoked (another unit's database on
    -- the same server must keep its leaders).
    CREATE OR REPLACE FUNCTION sammen.set_leader(member name, team text, is_leader boolean) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = pg_catalog, sammen
        AS $$
        BEGIN
            IF session_user <> (SELECT tableowner FROM pg_tables WHERE schemaname = 'sammen' AND tablename = 'members')
               AND NOT EXISTS (SELECT FROM sammen.members WHERE role = session_user AND team_id = team AND leader) THEN
                RAISE EXCEPTION 'only the administrative role or a leader of the team changes who leads' USING ERRCODE = '42501';
            END IF;
            UPDATE sammen.members SET leader = is_leader WHERE role = member AND team_id = team;
            UPDATE sammen.teams SET record = record WHERE id = team;
        END
        $$;

    -- Members added by schema 1 as leaders hold only sammen_leader, which a database of an older schema on the
    -- same server may still revoke: each member gets sammen_caseworker itself.
    DO $members$
    DECLARE
        login name;
    BEGIN
        FOR login IN SELECT DISTINCT m.role FROM sammen.members m JOIN pg_roles r ON r.rolname = m.role
                     WHERE NOT EXISTS (SELECT FROM pg_auth_members a
                                       WHERE a.roleid = 'sammen_caseworker'::regrole AND a.member = r.oid) LOOP
            EXECUTE format('GRANT sammen_caseworker TO %I', login);
        END LOOP;
    END
    $members$;
    """#
}
