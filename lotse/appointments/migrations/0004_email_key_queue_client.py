"""Limits count mailboxes, not spellings: `email_key` (the address normalised) on bookings and
waiting-list entries, one open waiting-list entry per mailbox; queue entries remember the client
address group and browser that knocked."""

from django.db import migrations, models

DOTLESS = {"gmail.com", "googlemail.com"}


def _normalise(email):
    # A frozen copy of services.limits.email_normalise (migrations never import app code).
    value = (email or "").strip().lower()
    local, sep, domain = value.rpartition("@")
    if not sep:
        return value
    if len(local) >= 2 and local.startswith('"') and local.endswith('"'):
        local = local[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    local = local.split("+", 1)[0]
    if domain == "googlemail.com":
        domain = "gmail.com"
    if domain in DOTLESS:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def fill_email_keys(apps, schema_editor):
    Booking = apps.get_model("appointments", "Booking")
    WaitlistEntry = apps.get_model("appointments", "WaitlistEntry")
    for model in (Booking, WaitlistEntry):
        for pk, email in model.objects.values_list("pk", "email").iterator():
            model.objects.filter(pk=pk).update(email_key=_normalise(email))
    # Aliases of one mailbox that wait twice for one type: the earliest entry stays open.
    seen = set()
    open_entries = WaitlistEntry.objects.filter(status__in=["waiting", "offered"]).order_by(
        "created_at", "id"
    )
    for pk, type_id, key in open_entries.values_list("pk", "type_id", "email_key"):
        if (type_id, key) in seen:
            WaitlistEntry.objects.filter(pk=pk).update(status="withdrawn")
        seen.add((type_id, key))


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0003_outgoing_mail_to_core"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="waitlistentry",
            name="waitlist_one_open_entry_per_email",
        ),
        migrations.AddField(
            model_name="booking",
            name="email_key",
            field=models.CharField(
                blank=True,
                db_index=True,
                help_text="The e-mail address normalised for limits (aliases of one mailbox are equal).",
                max_length=254,
            ),
        ),
        migrations.AddField(
            model_name="queueentry",
            name="address_hash",
            field=models.CharField(
                blank=True, help_text="Keyed hash of the client address group (caps).", max_length=64
            ),
        ),
        migrations.AddField(
            model_name="queueentry",
            name="client_hash",
            field=models.CharField(
                blank=True, help_text="Hash of the knocking browser's queue cookie.", max_length=64
            ),
        ),
        migrations.AddField(
            model_name="waitlistentry",
            name="address_hash",
            field=models.CharField(
                blank=True,
                help_text="Keyed hash of the registering client's address group.",
                max_length=64,
            ),
        ),
        migrations.AddField(
            model_name="waitlistentry",
            name="email_key",
            field=models.CharField(
                blank=True,
                help_text="The e-mail address normalised (one entry per mailbox).",
                max_length=254,
            ),
        ),
        migrations.RunPython(fill_email_keys, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name="queueentry",
            index=models.Index(fields=["status", "address_hash"], name="queue_status_address"),
        ),
        migrations.AddConstraint(
            model_name="waitlistentry",
            constraint=models.UniqueConstraint(
                condition=models.Q(("status__in", ["waiting", "offered"])),
                fields=("type", "email_key"),
                name="waitlist_one_open_entry_per_mailbox",
            ),
        ),
    ]
