"""The fixed vocabularies of careers. The values appear in URLs and import files."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    VACANCY = "vacature", _("Vacancy")
    INTERNSHIP = "stage", _("Internship")
    TRAINEESHIP = "traineeship", _("Traineeship")
    WORK_STUDY = "werkleerplek", _("Work-study place")
    STUDY_ROUTE = "opleiding", _("Study route")


class EducationLevel(models.TextChoices):
    VMBO = "vmbo", "vmbo"
    MBO_1 = "mbo-1", "mbo 1"
    MBO_2 = "mbo-2", "mbo 2"
    MBO_3 = "mbo-3", "mbo 3"
    MBO_4 = "mbo-4", "mbo 4"
    HBO = "hbo", "hbo"
    WO = "wo", "wo"


class Contract(models.TextChoices):
    PERMANENT = "vast", _("Permanent contract")
    FIXED_TERM = "tijdelijk", _("Fixed-term contract")
    FREELANCE = "freelance", _("Freelance")
    INTERNSHIP = "stageovereenkomst", _("Internship agreement")
    APPRENTICESHIP = "bbl", _("Work-study agreement (BBL)")
    NONE = "geen", _("No contract (study)")


class SalaryUnit(models.TextChoices):
    HOUR = "HOUR", _("per hour")
    MONTH = "MONTH", _("per month")
    YEAR = "YEAR", _("per year")


# Hours-per-week ranges for the filter: (value, label, from, to). A career
# matches every range its own hours overlap (from inclusive, to exclusive).
HOURS_RANGES = (
    ("tot-16", _("Up to 16 hours"), 0, 16),
    ("16-24", _("16 to 24 hours"), 16, 24),
    ("24-32", _("24 to 32 hours"), 24, 32),
    ("32-plus", _("32 hours or more"), 32, 1000),
)

# Google for Jobs wants an education category, not a Dutch level.
CREDENTIAL_CATEGORY = {
    EducationLevel.VMBO: "high school",
    EducationLevel.MBO_1: "high school",
    EducationLevel.MBO_2: "associate degree",
    EducationLevel.MBO_3: "associate degree",
    EducationLevel.MBO_4: "associate degree",
    EducationLevel.HBO: "bachelor degree",
    EducationLevel.WO: "postgraduate degree",
}

FULL_TIME_HOURS = 36
