"""'Interviewed by' was free text; it becomes a link to the Ambassador of that name.

Each interview whose name matches an ambassador (case and spaces ignored) is
linked, in the page and in its revisions, so that editing or reverting keeps the
link. A name without a match is left unlinked, kept in the interview notes, and
reported on the console.
"""

from django.db import migrations


def normalise(name):
    return " ".join((name or "").split()).casefold()


def link(apps, schema_editor):
    Ambassador = apps.get_model("ambassadors", "Ambassador")
    InterviewPage = apps.get_model("stories", "InterviewPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    by_name = {normalise(a.name): a.pk for a in Ambassador.objects.all()}
    unmatched = []
    for interview in InterviewPage.objects.exclude(interviewed_by="").order_by("pk"):
        name = interview.interviewed_by
        ambassador_id = by_name.get(normalise(name)) or by_name.get(normalise(name.split(",")[0]))
        if ambassador_id:
            interview.ambassador_id = ambassador_id
            interview.save(update_fields=["ambassador"])
        else:
            note = f"Geïnterviewd door: {name}"
            interview.notes = f"{note}\n{interview.notes}".strip()
            interview.save(update_fields=["notes"])
            unmatched.append((interview.pk, interview.title, name))
        for revision in Revision.objects.filter(
            object_id=str(interview.pk), base_content_type__app_label="wagtailcore", base_content_type__model="page"
        ):
            content = revision.content
            if "interviewed_by" not in content:
                continue
            if ambassador_id:
                content["ambassador"] = ambassador_id
            else:
                content["notes"] = f"Geïnterviewd door: {name}\n{content.get('notes', '')}".strip()
            revision.save(update_fields=["content"])
    if unmatched:
        print(f"\n  {len(unmatched)} interview(s) kept 'interviewed by' without a matching ambassador:")
        for pk, title, name in unmatched:
            print(f"    #{pk} {title!r}: no ambassador named {name!r} (kept in the interview notes)")


def unlink(apps, schema_editor):
    InterviewPage = apps.get_model("stories", "InterviewPage")
    for interview in InterviewPage.objects.exclude(ambassador=None).select_related("ambassador"):
        interview.interviewed_by = interview.ambassador.name[:120]
        interview.save(update_fields=["interviewed_by"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_ambassadors_and_consent_online"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(link, unlink)]
