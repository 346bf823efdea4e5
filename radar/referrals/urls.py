from django.urls import path

from radar.referrals import views

app_name = "referrals"
urlpatterns = [
    path("<dbid:pk>/referrals/", views.referral_list, name="list"),
    path("<dbid:pk>/referrals/new/", views.referral_new, name="new"),
    path("<dbid:pk>/referrals/<dbid:referral_pk>/", views.referral_detail, name="detail"),
    path("<dbid:pk>/referrals/<dbid:referral_pk>/status/", views.referral_move, name="move"),
    path("<dbid:pk>/referrals/<dbid:referral_pk>/letter.pdf", views.referral_letter, name="letter"),
    path("<dbid:pk>/lead-partner/", views.lead_partner, name="lead_partner"),
]
