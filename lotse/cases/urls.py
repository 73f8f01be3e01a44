"""Portal pages of the cases app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.cases import views

app_name = "cases"
urlpatterns: list[URLPattern | URLResolver] = [
    path("staff/login/", views.staff_login, name="login"),
    path("staff/logout/", views.staff_logout, name="logout"),
    path("staff/two-factor/", views.second_factor, name="second_factor"),
    path("staff/cases/", views.case_list, name="case_list"),
    path("staff/cases/new/", views.case_new, name="case_new"),
    path("staff/cases/<int:case_id>/", views.case_detail, name="case_detail"),
    path("staff/cases/<int:case_id>/summary/", views.case_summary, name="case_summary"),
    path("staff/inbox/", views.inbox, name="inbox"),
    path("staff/cases/<int:case_id>/export/", views.case_export, name="case_export"),
    path("staff/cases/<int:case_id>/erase/", views.case_erase, name="case_erase"),
    path("staff/tasks/", views.task_list, name="task_list"),
    path("staff/tasks/<int:task_id>/", views.task_detail, name="task_detail"),
    path("staff/documents/<int:document_id>/", views.document_download, name="document"),
    path("staff/dashboard/", views.dashboard, name="dashboard"),
    path("staff/audit/", views.audit_log, name="audit"),
    path("my-case/<str:token>/", views.newcomer, name="newcomer"),
    path("", include("lotse.cases.applications.urls")),
]
