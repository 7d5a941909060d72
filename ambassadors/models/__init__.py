from ambassadors.models.activity import Activity
from ambassadors.models.ambassador import Ambassador, AmbassadorSettings
from ambassadors.models.pages import AmbassadorIndexPage

__all__ = ["Activity", "Ambassador", "AmbassadorIndexPage", "AmbassadorSettings"]
