from django.urls import path

from radar.registers import views

app_name = "registers"
urlpatterns = [
    path("import/", views.import_page, name="import"),
    path("template.xlsx", views.template_download, name="template"),
]
