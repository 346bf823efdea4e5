from django.urls import path

from radar.consents import views

app_name = "partner"
urlpatterns = [
    path("", views.partner_list, name="list"),
    path("households/<dbid:pk>/", views.partner_detail, name="detail"),
    path("signals/", views.partner_signal_list, name="signals"),
    path("signals/new/", views.partner_signal_new, name="signal_new"),
]
urlpatterns += [
    path("referrals/<dbid:pk>/", views.partner_referral, name="referral"),
    path("referrals/<dbid:pk>/status/", views.partner_referral_status, name="referral_status"),
]
