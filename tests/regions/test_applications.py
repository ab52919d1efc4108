"""Applying to a call for inspiration regions, and the programme office's review."""

import datetime
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from members.factories import SuperUserFactory, UserFactory
from regions.applications import create_draft_region
from regions.factories import CallPageFactory, get_region_index
from regions.models import ApplicationStatus, RegionApplication, RegionPage
from tests.agenda.test_registrations import FormTokenMixin


def application_data(**overrides):
    data = {
        "applicant": "Gemeente Deventer",
        "province": "overijssel",
        "municipalities": "Deventer, Olst-Wijhe",
        "contact_name": "Sanne Jansen",
        "contact_role": "beleidsadviseur jeugd",
        "email": "s.jansen@deventer.example.nl",
        "contact_phone": "",
        "partners_education": "Samenwerkingsverband IJssel\nOBS De Linde",
        "partners_care": "GGD IJsselland",
        "partners_youth": "Sociaal wijkteam Deventer",
        "partners_other": "",
        "motivation": "We willen leren hoe we thuiszitters sneller terug naar school helpen.",
        "website": "",
    }
    data.update(overrides)
    return data


def pdf(name="plan.pdf", size=None):
    content = b"%PDF-1.4\n% plan van aanpak\n" + (b"0" * (size or 0))
    return SimpleUploadedFile(name, content, content_type="application/pdf")


class TestApplying(FormTokenMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallPageFactory()

    def test_open_call_shows_the_form(self):
        response = self.client.get(self.call.url)
        self.assertContains(response, "Aanmelden als inspiratieregio")
        self.assertContains(response, 'enctype="multipart/form-data"')

    def test_application_with_attachment_is_stored_privately_and_acknowledged(self):
        data = application_data(attachments=[pdf(), pdf("begroting.pdf")])
        response = self.post_form(self.call.url, data, follow=True)
        self.assertContains(response, "We hebben jullie aanmelding ontvangen")
        # No empty form below the thanks (an invitation to send twice); a link instead.
        self.assertNotContains(response, "Aanmelding versturen")
        self.assertContains(response, "Nog een aanmelding versturen")
        application = RegionApplication.objects.get()
        self.assertEqual(application.status, ApplicationStatus.RECEIVED)
        self.assertEqual(application.contact_email, "s.jansen@deventer.example.nl")
        self.assertEqual(
            sorted(a.original_name for a in application.attachments.all()),
            ["begroting.pdf", "plan.pdf"],
        )
        stored = Path(application.attachments.first().file.path).resolve()
        self.assertTrue(stored.is_file())
        self.assertTrue(str(stored).startswith(str(Path(settings.PRIVATE_MEDIA_ROOT).resolve())))
        self.assertFalse(str(stored).startswith(str(Path(settings.MEDIA_ROOT).resolve())))
        [ack] = mail.outbox
        self.assertEqual(ack.to, ["s.jansen@deventer.example.nl"])
        self.assertIn("Ontvangen: jullie aanmelding", ack.subject)
        self.assertIn("Beste Sanne Jansen,", ack.body)

    def test_missing_fields_are_explained_and_the_input_kept(self):
        response = self.post_form(
            self.call.url, application_data(motivation="", email="s.jansen@"), follow=True
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Niet alles is goed ingevuld")
        self.assertContains(response, "Vul een geldig e-mailadres in")
        self.assertContains(response, 'value="Gemeente Deventer"')
        self.assertContains(response, "Samenwerkingsverband IJssel")
        self.assertFalse(RegionApplication.objects.exists())

    def test_wrong_file_type_and_too_many_files_are_refused(self):
        exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
        response = self.post_form(self.call.url, application_data(attachments=[exe]))
        self.assertContains(response, "Het bestandstype &#x27;exe&#x27; kunnen we niet aannemen")
        self.assertContains(response, "Kies je bijlagen opnieuw")
        many = [pdf(f"deel{n}.pdf") for n in range(6)]
        response = self.post_form(self.call.url, application_data(attachments=many))
        self.assertContains(response, "Je kunt hoogstens 5 bijlagen meesturen")
        self.assertFalse(RegionApplication.objects.exists())

    def test_too_large_file_is_refused(self):
        from regions import forms

        response = self.post_form(
            self.call.url,
            application_data(attachments=[pdf(size=forms.MAX_ATTACHMENT_SIZE + 1)]),
        )
        self.assertContains(response, "is te groot")
        self.assertFalse(RegionApplication.objects.exists())

    def test_closed_call_says_so_and_accepts_nothing(self):
        now = timezone.now()
        closed = CallPageFactory(
            opens_at=now - datetime.timedelta(days=60), closes_at=now - datetime.timedelta(days=1)
        )
        response = self.client.get(closed.url)
        self.assertContains(response, "Deze oproep is gesloten")
        self.assertNotContains(response, 'name="motivation"')
        response = self.client.post(closed.url, application_data())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Je aanmelding is niet verstuurd")
        self.assertFalse(RegionApplication.objects.exists())

    def test_upcoming_call_accepts_nothing_yet(self):
        now = timezone.now()
        upcoming = CallPageFactory(
            opens_at=now + datetime.timedelta(days=3), closes_at=now + datetime.timedelta(days=30)
        )
        self.assertContains(self.client.get(upcoming.url), "Het aanmeldformulier verschijnt hier")
        response = self.client.post(upcoming.url, application_data())
        self.assertContains(response, "Deze oproep is nog niet open")
        self.assertFalse(RegionApplication.objects.exists())


class TestReview(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.call = CallPageFactory()
        cls.application = RegionApplication.objects.create(
            call=cls.call,
            applicant="Regio Drechtsteden",
            province="zuid-holland",
            municipalities="Dordrecht, Zwijndrecht",
            contact_name="Kees de Boer",
            contact_email="kees@drechtsteden.example.nl",
            partners_education="Swv Drechtsteden",
            partners_care="GGD Zuid-Holland Zuid",
            partners_youth="Jeugdteam Dordrecht",
            motivation="Samen met ouders.\n\nTweede alinea.",
        )
        attachment = cls.application.attachments.model(
            application=cls.application, original_name="plan.pdf", size=10
        )
        attachment.file.save("plan.pdf", pdf(), save=True)
        cls.attachment = attachment
        cls.superuser = SuperUserFactory()

    def test_attachments_are_not_under_media_and_served_only_with_permission(self):
        url = reverse("region_application:attachment", args=[self.attachment.pk])
        self.assertFalse(self.attachment.file.path.startswith(os.path.abspath(settings.MEDIA_ROOT)))
        self.assertEqual(self.client.get(url).status_code, 302)  # to the login
        staff = UserFactory(is_staff=True)
        staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(staff)
        refused = self.client.get(url)  # Wagtail sends people without permission home
        self.assertRedirects(refused, reverse("wagtailadmin_home"), fetch_redirect_response=False)

        office = Group.objects.create(name="Programmabureau test")
        office.permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_regionapplication"),
        )
        staff.groups.add(office)
        self.client.force_login(staff)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn(b"%PDF", b"".join(response.streaming_content))
        self.assertIn("attachment", response["Content-Disposition"])

    def test_index_export_and_inspect(self):
        self.client.force_login(self.superuser)
        index = reverse("region_application:index")
        response = self.client.get(index)
        self.assertContains(response, "Regio Drechtsteden")
        self.assertContains(
            response, reverse("region_application:draft", args=[self.application.pk])
        )
        response = self.client.get(index, {"export": "csv"})
        self.assertIn("Regio Drechtsteden", b"".join(response.streaming_content).decode())
        inspect = reverse("region_application:inspect", args=[self.application.pk])
        self.assertContains(self.client.get(inspect), "plan.pdf")

    def test_status_is_set_in_the_admin(self):
        self.client.force_login(self.superuser)
        url = reverse("region_application:edit", args=[self.application.pk])
        response = self.client.post(url, {"status": "in_beoordeling", "review_notes": "Sterk"})
        self.assertEqual(response.status_code, 302)
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.IN_REVIEW)

    def test_make_draft_region_page(self):
        self.client.force_login(self.superuser)
        url = reverse("region_application:draft", args=[self.application.pk])
        self.assertContains(self.client.get(url), "Maak concept-regiopagina")
        response = self.client.post(url)
        page = RegionPage.objects.get(title="Regio Drechtsteden")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertFalse(page.live)
        self.assertEqual(page.get_parent().specific, get_region_index())
        self.assertEqual(page.province, "zuid-holland")
        self.assertIn("GGD Zuid-Holland Zuid", page.coalition_partners())
        self.assertEqual(page.contact_email, "kees@drechtsteden.example.nl")
        self.assertEqual(page.intro, "<p>Samen met ouders.</p>")
        self.application.refresh_from_db()
        self.assertEqual(self.application.status, ApplicationStatus.SELECTED)
        self.assertEqual(self.application.region_page_id, page.pk)
        self.assertEqual(self.client.get(page.url or "/regio/regio-drechtsteden/").status_code, 404)

        _page, created = create_draft_region(self.application)
        self.assertFalse(created)
        self.assertEqual(RegionPage.objects.filter(title="Regio Drechtsteden").count(), 1)

    def test_ordinary_user_cannot_make_a_draft(self):
        user = UserFactory(is_staff=True)
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        url = reverse("region_application:draft", args=[self.application.pk])
        refused = self.client.post(url)  # Wagtail sends people without permission home
        self.assertRedirects(refused, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertFalse(RegionPage.objects.filter(title="Regio Drechtsteden").exists())
