"""Many live pages at once, for scale tests and benchmarks (careers/bulk.py, bench/scale.py).

Writes the page tree rows directly, without revisions or the search index, so 10,000 pages
take seconds, not hours. Not for content: editors and imports go through Wagtail.
"""

BATCH = 500


def bulk_pages(index, model, count, prefix, build):
    """``count`` live pages of ``model`` under ``index``; ``build(number)`` gives each page's own fields."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from wagtail.models import Page

    index = Page.objects.get(pk=index.pk)
    content_type = ContentType.objects.get_for_model(model)
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    now = timezone.now()
    created = []
    for start in range(0, count, BATCH):
        pages = []
        for number in range(start, min(count, start + BATCH)):
            fields = build(number)
            slug = f"{prefix}-{number}"
            pages.append(
                model(
                    draft_title=fields["title"],
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(index.path, index.depth + 1, step + number),
                    depth=index.depth + 1,
                    numchild=0,
                    url_path=f"{index.url_path}{slug}/",
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    locale_id=index.locale_id,
                    **fields,
                )
            )
        Page.objects.bulk_create(pages)
        for page in pages:
            page.page_ptr_id = page.id
            page.save_base(raw=True)
        created += pages
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    return created
