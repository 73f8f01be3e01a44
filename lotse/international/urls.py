"""Portal pages of the international app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, path

from lotse.international import views

app_name = "international"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/international/", views.overview, name="overview"),
    path("<slug:city>/international/projects.csv", views.export_csv, name="export_csv"),
    path("<slug:city>/international/projects.json", views.export_json, name="export_json"),
    path("<slug:city>/international/projects/<slug:key>/", views.project_page, name="project"),
    path("<slug:city>/international/staff/", views.staff_measurement, name="staff"),
    path("<slug:city>/associations/", views.associations, name="associations"),
    path("<slug:city>/attractions/", views.attractions, name="attractions"),
]
