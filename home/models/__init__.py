from .facts import CoreMessage, Fact  # noqa: F401
from .images import RegioImage, RegioRendition  # noqa: F401
from .mail import OutgoingMail  # noqa: F401
from .pages import ContentPage, FactsPosterPage, HomePage, PosterFact, RegionStoryPage  # noqa: F401
from .site_settings import RegioSettings  # noqa: F401
from .vocabulary import (  # noqa: F401
    Municipality,
    PostcodeRange,
    Reason,
    TargetGroup,
    Theme,
)
