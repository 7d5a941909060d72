"""A new story index gets what the migration gave the existing ones: the review workflow and the
ambassadors' permission to add drafts under it."""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save

from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from ambassadors.roles import AMBASSADOR_GROUP, WORKFLOW_NAME


def prepare_story_index(index):
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is not None and not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
    group = Group.objects.filter(name=AMBASSADOR_GROUP).first()
    if group is not None:
        add = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
        GroupPagePermission.objects.get_or_create(group=group, page=index, permission=add)


def on_story_index_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        prepare_story_index(instance)


def connect():
    from stories.models import StoryIndexPage

    post_save.connect(on_story_index_saved, sender=StoryIndexPage, dispatch_uid="regio-story-index-review")
