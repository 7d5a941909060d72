from .newsletter import MailingList, NewsletterIntro, Subscriber, SubscriberQuerySet
from .press import AssetKind, BrandAsset, PressKitPage, PressReleasePage, UsageTier
from .widgets import Partner, PartnerKind, Widget, WidgetStat

__all__ = [
    "AssetKind",
    "BrandAsset",
    "MailingList",
    "NewsletterIntro",
    "Partner",
    "PartnerKind",
    "PressKitPage",
    "PressReleasePage",
    "Subscriber",
    "SubscriberQuerySet",
    "UsageTier",
    "Widget",
    "WidgetStat",
]
