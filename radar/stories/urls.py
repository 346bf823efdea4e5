"""Included in config/urls.py with: path("stories/", include("radar.stories.urls"))."""

from django.urls import path

from radar.stories import views

app_name = "stories"
urlpatterns = [
    path("", views.story_list, name="list"),
    path("new/", views.story_new, name="new"),
    path("book/", views.story_book, name="book"),
    path("rounds/new/", views.round_new, name="round_new"),
    path("rounds/<dbid:pk>/", views.round_detail, name="round"),
    path("<dbid:pk>/", views.story_detail, name="detail"),
    path("<dbid:pk>/feedback/", views.story_feedback, name="feedback"),
    path("<dbid:pk>/verify/", views.story_verify, name="verify"),
]
