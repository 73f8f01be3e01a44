"""Portal URLs; mounted under a language prefix (/de/, /en/, /ar/ …)."""

from django.urls import path

from lotse.portal import staff_views, views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    # Before "<slug:city>/": the staff start page and audit log are not a city.
    path("staff/", staff_views.staff_start, name="staff_start"),
    path("staff/audit-log/", staff_views.staff_audit, name="staff_audit"),
    path("<slug:city>/", views.city_home, name="city"),
    path("<slug:city>/services/", views.service_index, name="services"),
    path("<slug:city>/life/<slug:situation>/", views.life_situation, name="life"),
    path("<slug:city>/start/<slug:entry>/", views.entry_point, name="entry"),
    path("<slug:city>/services/<slug:key>/", views.service_page, name="service"),
    path("<slug:city>/offices/", views.office_index, name="offices"),
    path("<slug:city>/offices/<slug:key>/", views.office_page, name="office"),
]
