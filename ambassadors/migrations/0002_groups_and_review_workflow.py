"""The groups and the review workflow every install starts with.

- "Ambassadeurs": may create interviews and story drafts under every story
  index and edit only the pages they created; may not publish; logs their own
  activities; uploads and chooses images. Nothing else: no registrations, job
  alerts, imports, analytics or settings.
- "Redactie" (communication staff): review, edit and publish everything
  editorial; manage ambassadors and verify activities; see reach analytics.
- Workflow "Ambassadeursreview" with one group-approval task for "Redactie",
  on every story index (new story indexes get it too: ambassadors.signals).
"""

from django.db import migrations

AMBASSADOR_GROUP = "Ambassadeurs"
STAFF_GROUP = "Redactie"
WORKFLOW_NAME = "Ambassadeursreview"
TASK_NAME = "Review door de redactie"

AMBASSADOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("ambassadors", "activity", "add_activity"),
    ("ambassadors", "activity", "change_activity"),
    ("ambassadors", "activity", "delete_activity"),
    ("ambassadors", "activity", "view_activity"),
]
EDITORIAL_MODELS = [
    ("ambassadors", "ambassador"),
    ("ambassadors", "activity"),
    ("home", "fact"),
    ("home", "coremessage"),
    ("home", "targetgroup"),
    ("home", "theme"),
    ("home", "reason"),
    ("home", "municipality"),
    ("careers", "organisation"),
    ("events", "eventseries"),
]
STAFF_MODEL_PERMISSIONS = (
    [("wagtailadmin", "admin", "access_admin"), ("ambassadors", "activity", "verify_activity")]
    + [(app, model, f"{action}_{model}") for app, model in EDITORIAL_MODELS for action in ("add", "change", "delete", "view")]
    + [("careers", "applyclick", "view_applyclick")]
)
AMBASSADOR_PAGE_PERMISSIONS = ["add_page"]
STAFF_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
AMBASSADOR_COLLECTION_PERMISSIONS = [("wagtailimages", "image", "add_image"), ("wagtailimages", "image", "choose_image")]
STAFF_COLLECTION_PERMISSIONS = [
    (app, model, f"{action}_{model}")
    for app, model in (("wagtailimages", "image"), ("wagtaildocs", "document"))
    for action in ("add", "change", "choose", "delete")
]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return found


def create(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    ambassadors, _ = Group.objects.get_or_create(name=AMBASSADOR_GROUP)
    staff, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    ambassadors.permissions.add(*(permission(apps, *spec) for spec in AMBASSADOR_MODEL_PERMISSIONS))
    staff.permissions.add(*(permission(apps, *spec) for spec in STAFF_MODEL_PERMISSIONS))

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in STAFF_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=staff, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
            )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group, specs in ((ambassadors, AMBASSADOR_COLLECTION_PERMISSIONS), (staff, STAFF_COLLECTION_PERMISSIONS)):
            for spec in specs:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(apps, *spec)
                )

    # The review workflow: one task, approved by the staff group.
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, active=True, content_type=task_type)
    task.groups.add(staff)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    story_index_type = ContentType.objects.filter(app_label="stories", model="storyindexpage").first()
    if story_index_type is not None:
        add = permission(apps, "wagtailcore", "page", "add_page")
        for index in Page.objects.filter(content_type=story_index_type):
            GroupPagePermission.objects.get_or_create(group=ambassadors, page=index, permission=add)
            WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})


def remove(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name=TASK_NAME).delete()
    Group.objects.filter(name__in=[AMBASSADOR_GROUP, STAFF_GROUP]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ambassadors", "0001_initial"),
        ("stories", "0004_remove_interviewpage_interviewed_by"),
        ("careers", "0001_initial"),
        ("events", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create, remove)]
