"""Portal pages of the plans app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, path

from lotse.plans import views

app_name = "plans"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/plan/", views.questionnaire, name="questionnaire"),
    path("<slug:city>/plan/employer/", views.employer_questionnaire, name="employer"),
    path("<slug:city>/plan/<slug:token>/", views.plan_page, name="plan"),
    path("<slug:city>/plan/<slug:token>/edit/", views.plan_edit, name="edit"),
    path("<slug:city>/plan/<slug:token>/calendar.ics", views.plan_calendar, name="calendar"),
    path("<slug:city>/plan/<slug:token>/reminders/", views.plan_reminders, name="reminders"),
    path(
        "<slug:city>/plan-reminders/confirm/<str:key>/",
        views.reminders_confirm,
        name="reminders-confirm",
    ),
    path(
        "<slug:city>/plan-reminders/stop/<str:key>/",
        views.reminders_unsubscribe,
        name="reminders-unsubscribe",
    ),
]
