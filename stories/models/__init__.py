from .consent import ConsentRequest, InterviewConsent  # noqa: F401
from .pages import InterviewPage, StoryIndexPage, StoryPage, StoryPageTag  # noqa: F401
from .site_settings import StorySettings  # noqa: F401
