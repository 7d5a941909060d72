"""Demo stories and interviews for Midden-Limburg. People are fictional."""

from .interviews import INTERVIEWS, REASONS
from .stories import STORIES

__all__ = ["INTERVIEWS", "REASONS", "STORIES"]
