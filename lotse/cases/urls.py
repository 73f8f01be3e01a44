"""Portal pages of the cases app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.cases import views

# /staff/cases/<case_id>/…: one case
case_pages = [
    path("", views.case_detail, name="case_detail"),
    path("summary/", views.case_summary, name="case_summary"),
    path("export/", views.case_export, name="case_export"),
    path("erase/", views.case_erase, name="case_erase"),
]

# /staff/cases/…: the caseworker's cases
cases_pages: list[URLPattern | URLResolver] = [
    path("", views.case_list, name="case_list"),
    path("new/", views.case_new, name="case_new"),
    path("<int:case_id>/", include(case_pages)),
]

# /staff/tasks/…: the offices' tasks
task_pages = [
    path("", views.task_list, name="task_list"),
    path("<int:task_id>/", views.task_detail, name="task_detail"),
]

app_name = "cases"
urlpatterns: list[URLPattern | URLResolver] = [
    path("staff/login/", views.staff_login, name="login"),
    path("staff/logout/", views.staff_logout, name="logout"),
    path("staff/two-factor/", views.second_factor, name="second_factor"),
    path("staff/cases/", include(cases_pages)),
    path("staff/inbox/", views.inbox, name="inbox"),
    path("staff/tasks/", include(task_pages)),
    path("staff/documents/<int:document_id>/", views.document_download, name="document"),
    path("staff/dashboard/", views.dashboard, name="dashboard"),
    path("staff/audit/", views.audit_log, name="audit"),
    path("my-case/<str:token>/", views.newcomer, name="newcomer"),
    path("", include("lotse.cases.applications.urls")),
]
