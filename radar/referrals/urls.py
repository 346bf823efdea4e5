from django.urls import path

from radar.referrals import views

app_name = "referrals"
urlpatterns = [
    path("<int:pk>/referrals/", views.referral_list, name="list"),
    path("<int:pk>/referrals/new/", views.referral_new, name="new"),
    path("<int:pk>/referrals/<int:referral_pk>/", views.referral_detail, name="detail"),
    path("<int:pk>/referrals/<int:referral_pk>/status/", views.referral_move, name="move"),
    path("<int:pk>/referrals/<int:referral_pk>/letter.pdf", views.referral_letter, name="letter"),
    path("<int:pk>/lead-partner/", views.lead_partner, name="lead_partner"),
]
