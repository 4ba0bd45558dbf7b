import type { PoolClient } from 'pg';

/**
 * Users, invitations, matters and their members, the library rows that sync, and brief documents
 * (Yjs). Every row belongs to a matter, and row-level security lets the API role (`amicus_api`,
 * which owns nothing) see only the matters `app.user_id` is a member of, and write only where
 * that member is an owner or editor. Functions that must look past it (reading a token's user,
 * accepting an invitation, one's own role) are SECURITY DEFINER with a fixed search path.
 */
export async function up(db: PoolClient): Promise<void> {
  await db.query(`
    CREATE SEQUENCE change_seq;

    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
      token_hash bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE matters (
      id uuid PRIMARY KEY,
      data jsonb,
      version bigint NOT NULL DEFAULT 0,
      deleted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      CHECK ((data IS NULL) = (deleted_at IS NOT NULL))
    );

    CREATE TABLE memberships (
      matter_id uuid NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (matter_id, user_id)
    );
    CREATE INDEX memberships_by_user ON memberships(user_id);

    CREATE TABLE invitations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code_hash bytea NOT NULL UNIQUE CHECK (length(code_hash) = 32),
      matter_id uuid NOT NULL REFERENCES matters(id) ON DELETE CASCADE,
      role text NOT NULL CHECK (role IN ('owner', 'editor', 'reader')),
      invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      accepted_at timestamptz,
      accepted_by uuid REFERENCES users(id) ON DELETE SET NULL
    );

    CREATE TABLE library_rows (
      id uuid PRIMARY KEY,
      matter_id uuid NOT NULL REFERENCES matters(id),
      kind text NOT NULL CHECK (kind IN ('authority', 'fact', 'snippet', 'brief')),
      data jsonb,
      version bigint NOT NULL DEFAULT 0,
      deleted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users(id) ON DELETE SET NULL,
      CHECK ((data IS NULL) = (deleted_at IS NOT NULL)),
      UNIQUE (id, matter_id)
    );
    CREATE INDEX library_rows_by_matter_version ON library_rows(matter_id, version);

    -- Past versions of authorities: the base a field-by-field merge compares both sides with.
    CREATE TABLE row_history (
      row_id uuid NOT NULL,
      matter_id uuid NOT NULL,
      version bigint NOT NULL,
      data jsonb,
      PRIMARY KEY (row_id, version),
      FOREIGN KEY (row_id, matter_id) REFERENCES library_rows(id, matter_id)
    );

    CREATE TABLE conflicts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      row_id uuid NOT NULL,
      matter_id uuid NOT NULL,
      kind text NOT NULL,
      base_version bigint,
      data jsonb,
      fields text[] NOT NULL DEFAULT '{}',
      created_by uuid REFERENCES users(id) ON DELETE SET NULL,
      version bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      resolved_at timestamptz,
      resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
      FOREIGN KEY (row_id, matter_id) REFERENCES library_rows(id, matter_id)
    );
    CREATE INDEX conflicts_by_matter_version ON conflicts(matter_id, version);

    -- A brief's text: the compacted Yjs state, and the updates received since, each kept as it
    -- arrives so that a killed server loses nothing it acknowledged.
    CREATE TABLE brief_documents (
      brief_id uuid PRIMARY KEY,
      matter_id uuid NOT NULL,
      state bytea NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (brief_id, matter_id) REFERENCES library_rows(id, matter_id)
    );
    CREATE TABLE brief_updates (
      id bigserial PRIMARY KEY,
      brief_id uuid NOT NULL,
      matter_id uuid NOT NULL,
      "update" bytea NOT NULL,
      user_id uuid REFERENCES users(id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (brief_id, matter_id) REFERENCES library_rows(id, matter_id)
    );
    CREATE INDEX brief_updates_by_brief ON brief_updates(brief_id, id);

    -- Every write takes the next change number under one lock held to commit, so numbers
    -- become visible in order and a pull that has seen N has seen everything below N.
    CREATE FUNCTION take_change_number() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(7403318291);
      NEW.version := nextval('change_seq');
      NEW.updated_at := now();
      RETURN NEW;
    END $$;
    CREATE TRIGGER matters_change BEFORE INSERT OR UPDATE ON matters
      FOR EACH ROW EXECUTE FUNCTION take_change_number();
    CREATE TRIGGER library_rows_change BEFORE INSERT OR UPDATE ON library_rows
      FOR EACH ROW EXECUTE FUNCTION take_change_number();
    CREATE TRIGGER conflicts_change BEFORE INSERT OR UPDATE ON conflicts
      FOR EACH ROW EXECUTE FUNCTION take_change_number();

    CREATE FUNCTION app_user() RETURNS uuid LANGUAGE sql STABLE AS $$
      SELECT nullif(current_setting('app.user_id', true), '')::uuid
    $$;

    CREATE FUNCTION matter_role(m uuid) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT role FROM memberships WHERE matter_id = m AND user_id = app_user()
    $$;

    CREATE FUNCTION can_write(m uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT coalesce(matter_role(m) IN ('owner', 'editor'), false)
    $$;

    CREATE FUNCTION authenticate(hash bytea) RETURNS uuid
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      SELECT id FROM users WHERE token_hash = hash
    $$;

    -- Creates the user when user_id is null. Returns the user, matter and role, or nothing when
    -- the code is unknown, used or expired.
    CREATE FUNCTION accept_invitation(hash bytea, existing_user uuid, new_name text, new_token_hash bytea)
      RETURNS TABLE (user_id uuid, matter_id uuid, role text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      invitation invitations%ROWTYPE;
      member uuid := existing_user;
    BEGIN
      SELECT * INTO invitation FROM invitations i
        WHERE i.code_hash = hash AND i.accepted_at IS NULL AND i.expires_at > now()
        FOR UPDATE;
      IF NOT FOUND THEN RETURN; END IF;
      IF member IS NULL THEN
        INSERT INTO users (name, token_hash) VALUES (new_name, new_token_hash) RETURNING id INTO member;
      END IF;
      UPDATE invitations SET accepted_at = now(), accepted_by = member WHERE id = invitation.id;
      -- An invitation never lowers a role one already has.
      INSERT INTO memberships (matter_id, user_id, role)
        VALUES (invitation.matter_id, member, invitation.role)
        ON CONFLICT ON CONSTRAINT memberships_pkey DO UPDATE SET role = CASE
          WHEN memberships.role = 'owner' OR EXCLUDED.role = 'owner' THEN 'owner'
          WHEN memberships.role = 'editor' OR EXCLUDED.role = 'editor' THEN 'editor'
          ELSE 'reader' END;
      RETURN QUERY SELECT m.user_id, m.matter_id, m.role FROM memberships m
        WHERE m.matter_id = invitation.matter_id AND m.user_id = member;
    END $$;

    CREATE FUNCTION create_matter(new_id uuid, new_data jsonb) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF app_user() IS NULL THEN RAISE EXCEPTION 'no user'; END IF;
      INSERT INTO matters (id, data, updated_by) VALUES (new_id, new_data, app_user());
      INSERT INTO memberships (matter_id, user_id, role) VALUES (new_id, app_user(), 'owner');
    END $$;

    ALTER TABLE users ENABLE ROW LEVEL SECURITY;
    ALTER TABLE matters ENABLE ROW LEVEL SECURITY;
    ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
    ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
    ALTER TABLE library_rows ENABLE ROW LEVEL SECURITY;
    ALTER TABLE row_history ENABLE ROW LEVEL SECURITY;
    ALTER TABLE conflicts ENABLE ROW LEVEL SECURITY;
    ALTER TABLE brief_documents ENABLE ROW LEVEL SECURITY;
    ALTER TABLE brief_updates ENABLE ROW LEVEL SECURITY;

    -- Oneself, and the members of one's matters.
    CREATE POLICY users_seen ON users FOR SELECT USING (
      id = app_user() OR EXISTS (
        SELECT 1 FROM memberships m WHERE m.user_id = users.id AND matter_role(m.matter_id) IS NOT NULL));

    CREATE POLICY matters_read ON matters FOR SELECT USING (matter_role(id) IS NOT NULL);
    -- Editors may change a matter's details; only an owner may delete it.
    CREATE POLICY matters_write ON matters FOR UPDATE USING (can_write(id))
      WITH CHECK (can_write(id) AND (deleted_at IS NULL OR matter_role(id) = 'owner'));

    CREATE POLICY memberships_read ON memberships FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY memberships_insert ON memberships FOR INSERT WITH CHECK (matter_role(matter_id) = 'owner');
    CREATE POLICY memberships_update ON memberships FOR UPDATE
      USING (matter_role(matter_id) = 'owner') WITH CHECK (matter_role(matter_id) = 'owner');
    -- An owner removes anyone; a member may leave.
    CREATE POLICY memberships_delete ON memberships FOR DELETE
      USING (matter_role(matter_id) = 'owner' OR user_id = app_user());

    CREATE POLICY invitations_owner ON invitations FOR ALL
      USING (matter_role(matter_id) = 'owner') WITH CHECK (matter_role(matter_id) = 'owner');

    CREATE POLICY library_rows_read ON library_rows FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY library_rows_insert ON library_rows FOR INSERT WITH CHECK (can_write(matter_id));
    CREATE POLICY library_rows_update ON library_rows FOR UPDATE
      USING (can_write(matter_id)) WITH CHECK (can_write(matter_id));

    CREATE POLICY row_history_read ON row_history FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY row_history_insert ON row_history FOR INSERT WITH CHECK (can_write(matter_id));

    CREATE POLICY conflicts_read ON conflicts FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY conflicts_insert ON conflicts FOR INSERT WITH CHECK (can_write(matter_id));
    CREATE POLICY conflicts_update ON conflicts FOR UPDATE
      USING (can_write(matter_id)) WITH CHECK (can_write(matter_id));

    CREATE POLICY brief_documents_read ON brief_documents FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY brief_documents_insert ON brief_documents FOR INSERT WITH CHECK (can_write(matter_id));
    CREATE POLICY brief_documents_update ON brief_documents FOR UPDATE
      USING (can_write(matter_id)) WITH CHECK (can_write(matter_id));

    CREATE POLICY brief_updates_read ON brief_updates FOR SELECT USING (matter_role(matter_id) IS NOT NULL);
    CREATE POLICY brief_updates_insert ON brief_updates FOR INSERT WITH CHECK (can_write(matter_id));
    CREATE POLICY brief_updates_delete ON brief_updates FOR DELETE USING (can_write(matter_id));

    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
    REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
    GRANT USAGE ON SCHEMA public TO amicus_api;
    GRANT SELECT (id, name, created_at) ON users TO amicus_api;
    GRANT SELECT, UPDATE ON matters TO amicus_api;
    GRANT SELECT, INSERT, UPDATE, DELETE ON memberships TO amicus_api;
    GRANT SELECT, INSERT, UPDATE ON invitations TO amicus_api;
    GRANT SELECT, INSERT, UPDATE ON library_rows, conflicts TO amicus_api;
    GRANT SELECT, INSERT ON row_history TO amicus_api;
    GRANT SELECT, INSERT, UPDATE ON brief_documents TO amicus_api;
    GRANT SELECT, INSERT, DELETE ON brief_updates TO amicus_api;
    GRANT USAGE ON SEQUENCE change_seq, brief_updates_id_seq TO amicus_api;
    GRANT EXECUTE ON FUNCTION take_change_number(), app_user(), matter_role(uuid), can_write(uuid),
      authenticate(bytea), accept_invitation(bytea, uuid, text, bytea), create_matter(uuid, jsonb)
      TO amicus_api;
  `);
}
