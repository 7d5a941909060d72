"""Fictional organisations, careers and pathways of Midden-Limburg for the demo."""

from .organisations import ORGANISATIONS, ROLES
from .pathways import GROUPS_FOR_KIND, PATHWAYS, STUDY_ROUTES
from .texts import OFFERS, ROLE_COPY, STUDY_COPY

__all__ = ["GROUPS_FOR_KIND", "OFFERS", "ORGANISATIONS", "PATHWAYS", "ROLES", "ROLE_COPY", "STUDY_COPY", "STUDY_ROUTES"]
