from django.urls import path

from radar.contacts import views

app_name = "contacts"
urlpatterns = [
    path("<dbid:pk>/contacts/", views.contact_list, name="list"),
    path("<dbid:pk>/contacts/new/", views.contact_add, name="add"),
    path("<dbid:pk>/contacts/<dbid:contact_pk>/edit/", views.contact_edit, name="edit"),
    path("<dbid:pk>/contacts/<dbid:contact_pk>/remove/", views.contact_remove, name="remove"),
]
