from django.urls import path

from careers import alerts

app_name = "careers"

urlpatterns = [
    path("bevestigen/<str:token>/", alerts.confirm, name="alert_confirm"),
    path("afmelden/<str:token>/", alerts.unsubscribe, name="alert_unsubscribe"),
]
