"""Portal pages of the ask app (mounted under the language prefix)."""

from django.urls import URLPattern, URLResolver, path

from lotse.ask import views

app_name = "ask"
urlpatterns: list[URLPattern | URLResolver] = [
    path("<slug:city>/search/", views.search_page, name="search"),
    path("<slug:city>/search/gaps/", views.gaps_page, name="gaps"),
    path("<slug:city>/search/feedback/", views.feedback, name="feedback"),
]
