"""Portal pages of the international app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.international import views

# /<city>/international/…: partnerships, projects and their exports, staff measurements
international_pages = [
    path("", views.overview, name="overview"),
    path("projects.csv", views.export_csv, name="export_csv"),
    path("projects.json", views.export_json, name="export_json"),
    path("projects/<slug:key>/", views.project_page, name="project"),
    path("staff/", views.staff_measurement, name="staff"),
]

app_name = "international"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/international/", include(international_pages)),
    path("<slug:city>/associations/", views.associations, name="associations"),
    path("<slug:city>/attractions/", views.attractions, name="attractions"),
]
