"""Portal routes of online applications (inside the cases namespace, under the language)."""

from django.urls import URLPattern, URLResolver, path

from lotse.cases.applications import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/apply/<slug:service>/", views.apply, name="apply"),
    path("applications/<str:token>/", views.status, name="application_status"),
    path("applications/<str:token>/summary.pdf", views.summary, name="application_pdf"),
    path("staff/tasks/<int:task_id>/decide/", views.decide, name="application_decide"),
    path("staff/tasks/<int:task_id>/appointment/", views.schedule, name="application_schedule"),
]
