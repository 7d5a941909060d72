"""Serializers for the ``api_fields`` of page models (the partner API, partners/api.py)."""

from rest_framework import serializers

from wagtail.images.api.fields import ImageRenditionField


def slugs():
    """A many-to-many relation to shared content as the slugs of its Dutch originals."""
    return serializers.SlugRelatedField(slug_field="slug", read_only=True, many=True)


def slug():
    return serializers.SlugRelatedField(slug_field="slug", read_only=True)


def name_of(source):
    return serializers.CharField(source=source, read_only=True, default="")


def picture(source="hero_image"):
    """A web-sized rendition of an image (never the original file)."""
    return ImageRenditionField("fill-1200x675|format-webp", source=source)
