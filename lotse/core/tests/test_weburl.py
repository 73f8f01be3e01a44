"""Issue 13, item 8: non-http(s) links typed in the back office are refused there and never
rendered as links on the public pages."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory

from lotse.catalog.admin import OfficeAdmin, ServiceTextAdmin, SourceInline
from lotse.catalog.models import Office, Service, ServiceText, Source, TextModule
from lotse.core.weburl import is_web_url, safe_href
from lotse.international.admin import AssociationAdmin, PartnershipAdmin
from lotse.international.models import Association, Partnership

BAD = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/file",
    "//evil.example/path",
    "https://",
    "https://exa mple.org",
]


@pytest.mark.parametrize("url", BAD)
def test_only_http_and_https_urls_count_as_web_urls(url):
    assert not is_web_url(url)
    assert safe_href(url) == ""


@pytest.mark.parametrize("url", ["https://www.dortmund.de/", "http://example.org/a?b=c#d"])
def test_http_and_https_urls_pass(url):
    assert is_web_url(url) and safe_href(url) == url


def test_site_relative_paths_may_be_links_but_protocol_relative_ones_not():
    assert safe_href("/en/dortmund/") == "/en/dortmund/"
    assert safe_href("//evil.example/") == ""
    assert safe_href("/\\evil.example/") == ""


@pytest.fixture
def admin_request(db):
    request = RequestFactory().get("/admin/")
    request.user = User.objects.create_superuser("root", "root@example.org", "pw-root-long-1")
    return request


@pytest.mark.parametrize(
    ("admin_class", "model", "field"),
    [
        (OfficeAdmin, Office, "website"),
        (OfficeAdmin, Office, "appointment_url"),
        (AssociationAdmin, Association, "website"),
    ],
)
def test_back_office_url_fields_refuse_javascript_urls(admin_request, admin_class, model, field):
    model_admin = admin_class(model, admin.site)
    form_field = model_admin.formfield_for_dbfield(model._meta.get_field(field), admin_request)
    with pytest.raises(ValidationError):
        form_field.clean("javascript:alert(1)")
    with pytest.raises(ValidationError):
        form_field.clean("ftp://example.org/")
    assert form_field.clean("https://www.dortmund.de/") == "https://www.dortmund.de/"


def test_back_office_source_urls_refuse_javascript_urls(admin_request):
    inline = SourceInline(Service, admin.site)
    form_field = inline.formfield_for_dbfield(Source._meta.get_field("url"), admin_request)
    with pytest.raises(ValidationError):
        form_field.clean("javascript:alert(1)")
    with pytest.raises(ValidationError):
        form_field.clean("ftp://example.org/checked.pdf")


def test_back_office_json_source_lists_refuse_javascript_urls(admin_request):
    model_admin = PartnershipAdmin(Partnership, admin.site)
    for name in ("sources", "contacts"):
        form_field = model_admin.formfield_for_dbfield(
            Partnership._meta.get_field(name), admin_request
        )
        with pytest.raises(ValidationError):
            form_field.clean('[{"url": "javascript:alert(1)", "title": "x"}]')
        assert form_field.clean('[{"url": "https://a.example/", "title": "x"}]')


@pytest.mark.parametrize(
    ("module", "text"),
    [
        (TextModule.ONLINE_SERVICE, "javascript:alert(1)"),
        (TextModule.FORMS, "Anmeldeformular | javascript:alert(1)"),
    ],
)
def test_back_office_service_link_texts_refuse_javascript_urls(admin_request, module, text):
    service = Service.objects.filter(city__slug="dortmund").first()
    form_class = ServiceTextAdmin(ServiceText, admin.site).get_form(admin_request)
    form = form_class(
        data={"service": service.pk, "module": module, "language": "de", "text": text}
    )
    assert not form.is_valid()
    assert "text" in form.errors


@pytest.mark.django_db
def test_a_stored_javascript_url_is_never_rendered_as_a_link():
    """Data that reached the database another way (an old row, a raw update) shows as text."""
    office = Office.objects.get(city__slug="dortmund", key="buergerdienste")
    Office.objects.filter(pk=office.pk).update(
        website="javascript:alert(1)", appointment_url="javascript:alert(2)"
    )
    Source.objects.filter(office=office).update(url="javascript:alert(3)")
    service = Service.objects.get(city__slug="dortmund", key="residence-registration")
    Source.objects.filter(service=service).update(url="javascript:alert(4)")
    ServiceText.objects.update_or_create(
        service=service, module=TextModule.ONLINE_SERVICE, language="en",
        defaults={"text": "javascript:alert(5)", "status": "original"},
    )  # fmt: skip
    client = Client()
    for url in (
        "/en/dortmund/offices/buergerdienste/",
        "/en/dortmund/services/residence-registration/",
        "/en/dortmund/offices/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "javascript:" not in response.content.decode(), url
