"""Database triggers that guard signed visits and the audit log, on SQLite and PostgreSQL.

The session hooks in ``guard.py`` stop the app's ORM writes; these triggers stop everything
else that reaches the database: a Core ``update()``, a ``text("UPDATE …")``, another program.
They refuse:

- UPDATE or DELETE of a signed visit, and INSERT, UPDATE or DELETE of its content rows (marks,
  zones, measures, record sections; every table in :data:`VISIT_CONTENT`);
- UPDATE or DELETE (and TRUNCATE on PostgreSQL) of audit entries, signatures and addenda, which
  are write-once (new addenda stay insertable).

On SQLite a table rebuilt by Alembic's batch mode loses its triggers: a migration that rebuilds
a guarded table calls ``create_guard_triggers(op.get_bind())`` at its end. Both functions are
idempotent and skip tables that do not exist (yet), so any migration may call them.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

#: Tables whose rows belong to a visit (``visit_id``) and freeze when it is signed.
VISIT_CONTENT: tuple[str, ...] = (
    "trigger_points",
    "pain_zones",
    "outcome_measures",
    "screenings",
    "consents",
    "needling_records",
    "adverse_events",
    "record_flags",
    "plans",
    "bilateral_thorax",
)
#: Tables whose rows never change once written.
WRITE_ONCE: tuple[str, ...] = ("audit_log", "visit_signatures", "addenda")
PREFIX = "bodymap_guard_"
_SIGNED = "(SELECT status FROM visits WHERE id = {row}.visit_id) = 'signed'"


def _sqlite_statements(tables: set[str]) -> list[str]:
    refuse = "BEGIN SELECT RAISE(ABORT, 'bodymap guard: {what}'); END"
    made: list[str] = []
    if "visits" in tables:
        for op in ("UPDATE", "DELETE"):
            made.append(
                f"CREATE TRIGGER {PREFIX}visits_{op.lower()} BEFORE {op} ON visits "
                "WHEN OLD.status = 'signed' "
                + refuse.format(what=f"{op} of a signed visit is refused; add an addendum")
            )
    for name in (t for t in VISIT_CONTENT if t in tables):
        what = f"{name} of a signed visit cannot change; add an addendum"
        conditions = {
            "INSERT": _SIGNED.format(row="NEW"),
            "UPDATE": f"{_SIGNED.format(row='OLD')} OR {_SIGNED.format(row='NEW')}",
            "DELETE": _SIGNED.format(row="OLD"),
        }
        for op, condition in conditions.items():
            made.append(
                f"CREATE TRIGGER {PREFIX}{name}_{op.lower()} BEFORE {op} ON {name} "
                f"WHEN {condition} " + refuse.format(what=what)
            )
    for name in (t for t in WRITE_ONCE if t in tables):
        for op in ("UPDATE", "DELETE"):
            made.append(
                f"CREATE TRIGGER {PREFIX}{name}_{op.lower()} BEFORE {op} ON {name} "
                + refuse.format(what=f"{name} rows are write-once; {op} refused")
            )
    return made


_PG_FUNCTIONS = (
    f"""CREATE OR REPLACE FUNCTION {PREFIX}refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'bodymap guard: % rows are write-once; % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'integrity_constraint_violation';
END $$""",
    f"""CREATE OR REPLACE FUNCTION {PREFIX}visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'bodymap guard: % of signed visit % is refused; add an addendum',
      TG_OP, OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$""",
    f"""CREATE OR REPLACE FUNCTION {PREFIX}content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP <> 'INSERT' AND EXISTS
        (SELECT 1 FROM visits WHERE id = OLD.visit_id AND status = 'signed'))
     OR (TG_OP <> 'DELETE' AND EXISTS
        (SELECT 1 FROM visits WHERE id = NEW.visit_id AND status = 'signed')) THEN
    RAISE EXCEPTION 'bodymap guard: % of signed visit content (%) is refused; add an addendum',
      TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$""",
)


def _pg_statements(tables: set[str]) -> list[str]:
    made = list(_PG_FUNCTIONS)
    if "visits" in tables:
        made.append(
            f"CREATE TRIGGER {PREFIX}visits BEFORE UPDATE OR DELETE ON visits "
            f"FOR EACH ROW EXECUTE FUNCTION {PREFIX}visit()"
        )
    for name in (t for t in VISIT_CONTENT if t in tables):
        made.append(
            f"CREATE TRIGGER {PREFIX}{name} BEFORE INSERT OR UPDATE OR DELETE ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION {PREFIX}content()"
        )
    for name in (t for t in WRITE_ONCE if t in tables):
        made.append(
            f"CREATE TRIGGER {PREFIX}{name} BEFORE UPDATE OR DELETE ON {name} "
            f"FOR EACH ROW EXECUTE FUNCTION {PREFIX}refuse()"
        )
        made.append(
            f"CREATE TRIGGER {PREFIX}{name}_truncate BEFORE TRUNCATE ON {name} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {PREFIX}refuse()"
        )
    return made


#: PostgreSQL's own catalogue (information_schema omits TRUNCATE triggers).
_PG_TRIGGERS = (
    "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
    "JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgname LIKE :p"
)


def _guarded_tables(connection: Connection) -> set[str]:
    present = set(inspect(connection).get_table_names())
    return present & {"visits", *VISIT_CONTENT, *WRITE_ONCE}


def guard_trigger_names(connection: Connection) -> list[str]:
    """The guard triggers present in the database (for checks and tests)."""
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE :p"
    else:
        query = _PG_TRIGGERS.replace("tgname, c.relname", "tgname")
    rows = connection.execute(text(query), {"p": f"{PREFIX}%"}).scalars()
    return sorted(str(r) for r in rows)


def drop_guard_triggers(connection: Connection) -> None:
    """Remove every guard trigger (before a migration rewrites guarded rows, say)."""
    if connection.dialect.name == "sqlite":
        for name in guard_trigger_names(connection):
            connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}"'))
        return
    query = text(_PG_TRIGGERS)
    for name, table_name in connection.execute(query, {"p": f"{PREFIX}%"}):
        connection.execute(text(f'DROP TRIGGER IF EXISTS "{name}" ON "{table_name}"'))


def create_guard_triggers(connection: Connection) -> None:
    """(Re)create every guard trigger for the guarded tables that exist; idempotent."""
    drop_guard_triggers(connection)
    tables = _guarded_tables(connection)
    build = _sqlite_statements if connection.dialect.name == "sqlite" else _pg_statements
    for statement in build(tables):
        connection.execute(text(statement))
