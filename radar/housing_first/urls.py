from django.urls import path

from radar.housing_first import views

app_name = "housing_first"
family = "households/<dbid:pk>/housing-first/"
urlpatterns = [
    path("housing-first/", views.index, name="index"),
    path("housing-first/figures/", views.figures_page, name="figures"),
    path("housing-first/commissions/<dbid:commission_pk>/", views.commission_detail,
         name="commission"),
    path("housing-first/meetings/<dbid:meeting_pk>/", views.meeting_detail, name="meeting"),
    path("housing-first/meetings/<dbid:meeting_pk>/agenda/", views.meeting_agenda,
         name="meeting_agenda"),
    path("housing-first/meetings/<dbid:meeting_pk>/attendance/", views.meeting_attendance,
         name="meeting_attendance"),
    path("housing-first/meetings/<dbid:meeting_pk>/items/<dbid:item_pk>/decision/",
         views.meeting_decide, name="decide"),
    path("housing-first/meetings/<dbid:meeting_pk>/minutes.pdf", views.meeting_minutes,
         name="minutes"),
    path(family + "candidacies/new/", views.candidacy_new, name="candidacy_new"),
    path(family + "candidacies/<dbid:candidacy_pk>/", views.candidacy_detail, name="candidacy"),
    path(family + "candidacies/<dbid:candidacy_pk>/edit/", views.candidacy_edit,
         name="candidacy_edit"),
    path(family + "candidacies/<dbid:candidacy_pk>/status/", views.candidacy_move,
         name="candidacy_move"),
    path(family + "tenancies/new/", views.tenancy_new, name="tenancy_new"),
    path(family + "tenancies/<dbid:tenancy_pk>/", views.tenancy_detail, name="tenancy"),
    path(family + "tenancies/<dbid:tenancy_pk>/edit/", views.tenancy_edit, name="tenancy_edit"),
    path(family + "tenancies/<dbid:tenancy_pk>/events/", views.tenancy_event,
         name="tenancy_event"),
]  # fmt: skip
