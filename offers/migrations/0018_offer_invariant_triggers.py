"""Every offer has at least one category, and a place or a way to take part without one
(online, by phone): on PostgreSQL the database holds this too, checked when a transaction
commits (a deferred constraint trigger), so that a new offer may get its categories and
places after its own row within the same transaction. SQLite cannot defer a check to the
commit: there the write path (offers.services.invariants) alone keeps it."""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION offers_check_offer_complete(checked bigint) RETURNS void AS $$
BEGIN
    PERFORM 1 FROM offers_offer o WHERE o.id = checked AND (
        NOT EXISTS (SELECT 1 FROM offers_offercategory c WHERE c.offer_id = o.id)
        OR (NOT o.available_online AND NOT o.available_by_phone
            AND NOT EXISTS (SELECT 1 FROM offers_location l WHERE l.offer_id = o.id)));
    IF FOUND THEN
        RAISE EXCEPTION 'offer % needs at least one category, and a location or to be '
            'available online or by phone', checked USING ERRCODE = 'check_violation';
    END IF;
END
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION offers_offer_complete() RETURNS trigger AS $$
BEGIN
    IF TG_TABLE_NAME = 'offers_offer' THEN
        PERFORM offers_check_offer_complete(NEW.id);
    ELSE
        PERFORM offers_check_offer_complete(OLD.offer_id);
        IF TG_OP = 'UPDATE' THEN
            PERFORM offers_check_offer_complete(NEW.offer_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""
TRIGGERS = (
    ("offers_offer", "INSERT OR UPDATE"),
    ("offers_offercategory", "DELETE OR UPDATE"),
    ("offers_location", "DELETE OR UPDATE"),
)


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION, params=None)  # its % are PL/pgSQL, not placeholders
    for table, events in TRIGGERS:
        schema_editor.execute(
            f"CREATE CONSTRAINT TRIGGER {table}_complete AFTER {events} ON {table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION offers_offer_complete()"
        )


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, _events in TRIGGERS:
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_complete ON {table}")
    schema_editor.execute("DROP FUNCTION IF EXISTS offers_offer_complete()")
    schema_editor.execute("DROP FUNCTION IF EXISTS offers_check_offer_complete(bigint)")


class Migration(migrations.Migration):
    dependencies = [("offers", "0017_machine_translated")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
