from careers.models.activity import ApplyClick, JobAlert  # noqa: F401
from careers.models.career import CareerPage  # noqa: F401
from careers.models.organisation import Organisation  # noqa: F401
from careers.models.pages import CareerIndexPage, CareerPathwayPage  # noqa: F401
