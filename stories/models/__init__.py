from .consent import ConsentRequest, InterviewConsent  # noqa: F401
from .interviews import InterviewPage  # noqa: F401
from .pages import StoryIndexPage, StoryPage, StoryPageTag  # noqa: F401
from .site_settings import StorySettings  # noqa: F401
