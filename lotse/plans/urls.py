"""Portal pages of the plans app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, include, path

from lotse.plans import views

# /<city>/plan/<token>/…: the plan behind its private link
plan_pages = [
    path("", views.plan_page, name="plan"),
    path("edit/", views.plan_edit, name="edit"),
    path("calendar.ics", views.plan_calendar, name="calendar"),
    path("reminders/", views.plan_reminders, name="reminders"),
]

# /<city>/plan-reminders/…: the links in the reminder mails
reminder_links = [
    path("confirm/<str:key>/", views.reminders_confirm, name="reminders-confirm"),
    path("stop/<str:key>/", views.reminders_unsubscribe, name="reminders-unsubscribe"),
]

app_name = "plans"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/plan/", views.questionnaire, name="questionnaire"),
    path("<slug:city>/plan/employer/", views.employer_questionnaire, name="employer"),
    path("<slug:city>/plan/<slug:token>/", include(plan_pages)),
    path("<slug:city>/plan-reminders/", include(reminder_links)),
]
