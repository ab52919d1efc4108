"""No URL the project serves shows another space's secrets, by construction.

Every URL pattern is taken from the resolver (recursively), its ids are filled with
those of space B's secrets (tests/leaks_world.py: a members-only page, a draft, an
unpublished revision, a private document and an image, each with its own marker word)
and it is requested with GET by each role that is *not* a member of space B. No marker
may appear anywhere in the answer: status line aside, headers and (streamed) body.

Wagtail serves the site's pages through one pattern: for it, every live page of the
world (one of every index, so every listing, feed and calendar) is requested with every
filter and facet name our views read filled with B's ids, and every sub-route of a
routable page (feeds, iCal, attendee lists) with its ids filled.

A new URL pattern with an id kwarg this module does not know how to fill fails
`test_every_pattern_is_filled_or_skipped`; patterns that cannot be filled are in SKIPPED.
KNOWN_LEAKS would list leaks reported but not failing: it is empty, keep it so. Server
errors (exceptions, 5xx) are collected separately. `test_the_probe_sees_what_it_looks_for`
shows the markers do appear where they belong, so a silent probe means something.
"""

import itertools
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from django.conf import settings
from django.db import transaction
from django.test import TestCase
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import RegexPattern, RoutePattern
from django.utils.regex_helper import normalize
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from tests.leaks_world import MARKERS, ROLES, SEARCH_WORD, build_leak_world

# kwarg name -> kind of id in the world (see leaks_world.ids)
ID_KWARGS = {
    "page_id": "page",
    "parent_page_id": "page",
    "page_to_move_id": "page",
    "page_pk": "page",
    "destination_id": "page",
    "space_id": "space",
    "document_id": "document",
    "doc_id": "document",
    "image_id": "image",
    "revision_id": "revision",
    "collection_id": "collection",
    "page_view_restriction_id": "page_restriction",
    "restriction_id": "collection_restriction",
    "thread_id": "thread",
    "post_id": "post",
}
# a `pk` in these namespaces is of this kind; elsewhere a `pk` tries every id
PK_KINDS = {
    "wagtailadmin_pages": "page",
    "wagtailadmin_api:pages": "page",
    "wagtaildocs": "document",
    "wagtaildocs_chooser": "document",
    "wagtailimages": "image",
    "wagtailimages_chooser": "image",
}
# non-id string kwargs we can fill with a fixed value
STRING_KWARGS = {
    "content_type_app_name": ["cop"],
    "content_type_model_name": ["spacepage"],
    "filter_spec": ["original", "max-165x165"],
    "revision_id_a": ["earliest"],
    "revision_id_b": ["latest"],
    # the site settings (wagtailsettings:edit): hold no secret of a space, but are asked
    "app_name": ["core"],
    "model_name": ["sitesettings"],
}
# patterns with positional groups, filled by hand (see `fixed_urls`)
BY_HAND = {"wagtail_serve", "wagtaildocs_serve"}

SKIPPED = {
    "wagtailadmin_pages:workflow_action": "needs a task state of a running workflow",
    "wagtailadmin_pages:collect_workflow_action_data": "needs a task state of a running workflow",
    "wagtailadmin_editing_sessions:ping": "POST-only heartbeat of an editing session",
    "wagtailadmin_api:pages:action": "POST-only page actions of the admin API",
    "wagtailadmin_workflows:task_chooser_task": "workflow tasks hold no secret of a space",
    "wagtailadmin_workflows:edit_task": "workflow tasks hold no secret of a space",
    "wagtailadmin_workflows:disable_task": "workflow tasks hold no secret of a space",
    "wagtailadmin_workflows:enable_task": "workflow tasks hold no secret of a space",
    "wagtailadmin_workflows:edit": "workflows hold no secret of a space",
    "wagtailadmin_workflows:disable": "workflows hold no secret of a space",
    "wagtailadmin_workflows:enable": "workflows hold no secret of a space",
    "wagtailadmin_workflows:usage": "workflows hold no secret of a space",
    "wagtailadmin_workflows:usage_results": "workflows hold no secret of a space",
    "wagtailadmin_workflows:remove": "workflows hold no secret of a space",
    "wagtailadmin_workflows:copy_task": "workflow tasks hold no secret of a space",
    None: "unnamed admin fallbacks (test404, catch-all 404)",
}
AUTO_SKIPPED = {}  # filled on collection: patterns whose only kwargs are non-id strings

# (role, pattern name): reason. Reported by the test, but not failing it.
KNOWN_LEAKS = {}
# (role, pattern name): reason. Server errors (exceptions or 5xx) known today.
KNOWN_ERRORS = {
    (role, "wagtailadmin_error_test"): "Wagtail's /admin/failwhale/ raises on purpose"
    for role in ROLES
}


# --- the URL patterns ------------------------------------------------------------


def walk(patterns, prefix=(), namespace=None):
    """(full name, namespace, regex parts, converters) of every URLPattern."""
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = namespace
            if p.namespace:
                ns = f"{namespace}:{p.namespace}" if namespace else p.namespace
            yield from walk(p.url_patterns, (*prefix, p), ns)
        elif isinstance(p, URLPattern):
            name = f"{namespace}:{p.name}" if namespace and p.name else p.name
            yield name, namespace, (*prefix, p)


def describe(parts):
    """The route string and {kwarg: is_int} of a chain of patterns."""
    route, kwargs = "", {}
    for part in parts:
        pattern = part.pattern
        route += str(pattern)
        if isinstance(pattern, RoutePattern):
            for key, converter in pattern.converters.items():
                kwargs[key] = isinstance(converter, IntConverter)
        elif isinstance(pattern, RegexPattern):
            for key in pattern.regex.groupindex:
                group = re.search(rf"\(\?P<{key}>([^)]*)\)", pattern.regex.pattern)
                kwargs[key] = bool(group and r"\d" in group.group(1))
    return route, kwargs


def url_format(parts):
    fmt = ""
    for part in parts:
        fmt += normalize(part.pattern.regex.pattern)[0][0]
    return "/" + fmt


def all_patterns():
    for name, namespace, parts in walk(get_resolver().url_patterns):
        route, kwargs = describe(parts)
        yield name, namespace, route, kwargs, parts


def classify(name, namespace, kwargs):
    """'fill', 'hand', 'skip', 'auto' or 'unknown'."""
    if name in BY_HAND:
        return "hand"
    if name in SKIPPED:
        return "skip"
    if name == "wagtail_bulk_action":
        return "fill"
    if not kwargs:
        return "fill"
    known = set(ID_KWARGS) | set(STRING_KWARGS) | {"pk"}
    if all(key in known or is_int for key, is_int in kwargs.items()):
        return "fill"
    if not any(is_int or key in ID_KWARGS or key == "pk" for key, is_int in kwargs.items()):
        return "auto"
    return "unknown"


# --- requests ----------------------------------------------------------------------


def body_of(response):
    # The test client closes the response itself (a streamed one once it is read), with
    # Django's close_old_connections held off: closing it here would fire
    # request_finished and close the test's database connection (on PostgreSQL).
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    return content.decode("utf-8", "replace")


class _Rollback(Exception):
    pass


class LeakTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_leak_world(cls)
        # a generic pk or int: one id of each secret (ids of different kinds may coincide)
        cls.generic_ids = sorted(
            {
                cls.secret_page.pk,
                cls.draft_page.pk,
                cls.revised_page.pk,
                cls.document.pk,
                cls.image.pk,
                cls.revised_page.latest_revision_id,
                cls.draft_page.latest_revision_id,
            }
        )

    def ids_for(self, key, namespace):
        if key == "pk":
            kind = PK_KINDS.get(namespace)
            if kind:
                return self.ids[kind]
            return self.generic_ids
        kind = ID_KWARGS.get(key)
        if kind:
            return self.ids[kind]
        if key in STRING_KWARGS:
            values = list(STRING_KWARGS[key])
            if key.startswith("revision_id"):
                values += self.ids["revision"]
            return values
        return self.generic_ids  # any other int

    def query_variants(self, name):
        """Query strings added to a pattern without kwargs."""
        page_ids = self.ids["page"]
        variants = ["", "?" + urlencode({"q": SEARCH_WORD})]
        if name and re.search(
            r"choose|chooser|search|result|listing|index|explore|report|usage", name
        ):
            variants += [
                "?" + urlencode({"id": i, "page_id": i, "parent_page_id": i, "q": SEARCH_WORD})
                for i in page_ids
            ]
            for kind in ("document", "image"):
                variants += ["?" + urlencode({"id": i}) for i in self.ids[kind]]
        variants.append("?" + urlencode({"ruimte": self.space_b.pk}))
        if name and name.endswith(":index"):  # Wagtail listings' CSV and XLSX downloads
            variants += ["?export=csv", "?export=xlsx"]
        if name and re.search(r"search|zoek|suggest|autocomplete|api", name):
            # each marker itself, and its first letters (autocomplete, "Bedoelde je")
            for marker in MARKERS:
                variants += ["?" + urlencode({"q": marker}), "?" + urlencode({"q": marker[:6]})]
            variants += ["?" + urlencode({"search": marker}) for marker in MARKERS]
        return variants

    def bulk_urls(self):
        bulk_action_registry._scan_for_bulk_actions()
        kinds = {
            ("wagtailcore", "page"): "page",
            ("wagtaildocs", "document"): "document",
            ("wagtailimages", "image"): "image",
        }
        urls = []
        for app_label, models in bulk_action_registry.actions.items():
            for model_name, actions in models.items():
                kind = kinds.get((app_label, model_name))
                ids = self.ids[kind] if kind else []
                for action in actions:
                    query = "&".join(f"id={i}" for i in ids)
                    urls.append(f"/admin/bulk/{app_label}/{model_name}/{action}/?{query}")
        return urls

    def page_query_variants(self):
        """Query strings for the site's pages: every filter and facet name our views
        read (search facets included), filled with every id of B's secrets."""
        from search.service import FACETS

        names = {"ruimte", "soort", "domein", "regio", "status", "thema", *FACETS}
        variants = ["", "?" + urlencode({"q": SEARCH_WORD}), "?archief=1"]
        for value in self.generic_ids + self.ids["page"]:
            variants.append("?" + urlencode(dict.fromkeys(sorted(names), value)))
        return sorted(set(variants))

    def site_page_urls(self):
        """Every live page of the world with every query variant, every sub-route of a
        routable page (ids and slugs filled), and B's secret pages by path."""
        from wagtail.contrib.routable_page.models import RoutablePageMixin
        from wagtail.models import Page

        urls = set(self.page_urls)
        queries = self.page_query_variants()
        for page in Page.objects.live().specific():
            url = page.url
            if not url:
                continue
            urls.update(url + query for query in queries)
            if isinstance(page, RoutablePageMixin):
                for sub in page.get_subpage_urls():
                    _, kwargs = describe([sub])
                    keys = sorted(kwargs)
                    fmt = url_format([sub])[1:]
                    choices = [
                        self.generic_ids if is_int else [SEARCH_WORD, "thema"]
                        for is_int in (kwargs[k] for k in keys)
                    ]
                    for values in itertools.product(*choices):
                        path = fmt % dict(zip(keys, map(str, values), strict=True))
                        urls.update(url + path + query for query in ("", *queries[:3]))
        return sorted(urls)

    def fixed_urls(self, name):
        if name == "wagtail_serve":
            return self.site_page_urls()
        if name == "wagtaildocs_serve":
            doc = self.document
            return [doc.url, f"/documenten/{doc.pk}/{doc.filename}"]
        raise AssertionError(name)

    def urls(self):
        """(pattern name, url) for every pattern that is filled."""
        for name, namespace, route, kwargs, parts in all_patterns():
            kind = classify(name, namespace, kwargs)
            if kind == "hand":
                for url in self.fixed_urls(name):
                    yield name, url
            elif kind == "auto":
                AUTO_SKIPPED[route] = f"{name}: only non-id string kwargs {sorted(kwargs)}"
            elif kind == "fill" and name == "wagtail_bulk_action":
                for url in self.bulk_urls():
                    yield name, url
            elif kind == "fill":
                fmt = url_format(parts)
                keys = sorted(kwargs)
                choices = [self.ids_for(key, namespace) for key in keys]
                for values in itertools.product(*choices):
                    url = fmt % dict(zip(keys, map(str, values), strict=True))
                    if not keys:
                        for query in self.query_variants(name):
                            yield name, url + query
                    else:
                        yield name, url

    def log_in(self, user):
        """Log `user` in once (outside the per-request rollback); None logs out."""
        self.client.logout()
        if user is not None:
            self.client.force_login(user)
        cookie = self.client.cookies.get(settings.SESSION_COOKIE_NAME)
        return cookie.value if cookie else None

    def request(self, user, url, session=None):
        """(status, {where: text}); the world is rolled back afterwards. A request that
        changed the session (a logout, a login) is followed by logging `user` in again,
        so every request is made as the role. Returns (result, session)."""
        result = {}
        if session is False:
            session = self.log_in(user)
        try:
            with transaction.atomic():
                try:
                    response = self.client.get(url, follow=False)
                    result["status"] = response.status_code
                    result["body"] = body_of(response)
                    result["headers"] = "\n".join(f"{k}: {v}" for k, v in response.items())
                except Exception as exc:  # noqa: BLE001 - a finding, recorded
                    result["status"] = "exception"
                    result["exception"] = repr(exc)
                raise _Rollback
        except _Rollback:
            pass
        cookie = self.client.cookies.get(settings.SESSION_COOKIE_NAME)
        if (cookie.value if cookie else None) != session:
            session = self.log_in(user)
        return result, session

    def scan(self, role):
        user = self.people[role]
        leaks, errors, count = [], [], 0
        session = self.log_in(user)
        for name, url in self.urls():
            count += 1
            result, session = self.request(user, url, session)
            echoes = {url, quote(url), quote(url, safe=""), quote(url, safe="/")}
            # what the person typed is echoed back ("Resultaten voor …"): not a leak.
            # A hit for a marker query still shows the secret's other marker.
            typed = [value for _key, value in parse_qsl(urlsplit(url).query) if value]
            echoes |= {form for value in typed for form in (value, quote(value))}
            for where in ("headers", "body", "exception"):
                text = result.get(where, "")
                for echo in sorted(echoes, key=len, reverse=True):
                    text = text.replace(echo, "")
                for marker in MARKERS:
                    if marker in text:
                        leaks.append((role, name, url, marker, where, result["status"]))
            status = result["status"]
            if status == "exception" or status >= 500:
                errors.append((role, name, url, status, result.get("exception", "")[:300]))
        return leaks, errors, count


class TestNoLeaks(LeakTestCase):
    """One test per role (added below), each collecting every leak for that role."""

    def test_the_probe_sees_what_it_looks_for(self):
        """Members of B, and a superuser, do see the markers: the probe's world is real."""
        from members.factories import MembershipFactory, SuperUserFactory, UserFactory

        member_b = UserFactory(email="lid-b@example.org")
        MembershipFactory(user=member_b, space=self.space_b)
        coordinator_b = UserFactory(email="coordinator-b@example.org")
        MembershipFactory(user=coordinator_b, space=self.space_b, role="coordinator")
        superuser = SuperUserFactory(email="beheer@example.org")
        cases = [
            (member_b, self.secret_page.url, "zq1markertekst"),
            (member_b, self.document.url, "zq6markerinhoud"),
            (member_b, "/mijn-netwerk/", "zq1markerpagina"),  # what is new in their space
            (member_b, f"/gesprekken/{self.secret_thread.pk}/", "zqgmarkerreactie"),
            (member_b, f"/ruimtes/{self.space_b.pk}/gesprekken/", "zqgmarkergesprek"),
            (coordinator_b, f"/ruimtes/{self.space_b.pk}/meldingen/", "zqjmarkermelding"),
            (superuser, f"/admin/pages/{self.draft_page.pk}/edit/", "zq2markerconcept"),
            (superuser, f"/admin/pages/{self.revised_page.pk}/edit/", "zq3markerrevisie"),
            (superuser, f"/admin/images/{self.image.pk}/", "zq7markerafbeelding"),
        ]
        for user, url, marker in cases:
            result, _session = self.request(user, url, session=False)
            self.assertIn(marker, result.get("body", ""), f"{url}: {result.get('status')}")


class TestTheProbeCoversMyNetwork(LeakTestCase):
    def test_mijn_netwerk_and_the_members_pages_are_requested(self):
        requested = set(self.urls())
        self.assertIn(("network:home", "/mijn-netwerk/"), requested)
        self.assertIn(("cop:members", f"/ruimtes/{self.space_b.pk}/leden/"), requested)


def test_every_pattern_is_filled_or_skipped():
    unknown = [
        (name, route, kwargs)
        for name, namespace, route, kwargs, _ in all_patterns()
        if classify(name, namespace, kwargs) == "unknown"
    ]
    assert not unknown, f"URL patterns this test cannot fill: {unknown}"


def _make_role_test(role):
    def test(self):
        leaks, errors, count = self.scan(role)
        print(f"\n[{role}] {count} requests, {len(leaks)} leaks, {len(errors)} server errors")
        for leak in leaks:
            known = "KNOWN" if leak[:2] in KNOWN_LEAKS else "NEW"
            print(
                f"  LEAK {known} role={leak[0]} name={leak[1]} url={leak[2]} "
                f"marker={leak[3]} where={leak[4]} status={leak[5]}"
            )
        for error in errors:
            known = "KNOWN" if error[:2] in KNOWN_ERRORS else "NEW"
            print(f"  ERROR {known} {error}")
        if role == ROLES[0]:
            for pattern, reason in {**SKIPPED, **AUTO_SKIPPED}.items():
                print(f"  SKIPPED {pattern}: {reason}")
        new_leaks = [leak for leak in leaks if leak[:2] not in KNOWN_LEAKS]
        new_errors = [error for error in errors if error[:2] not in KNOWN_ERRORS]
        assert not new_leaks, "\n".join(map(str, new_leaks))
        assert not new_errors, "\n".join(map(str, new_errors))

    test.__name__ = f"test_no_leak_for_{role}"
    return test


for _role in ROLES:
    setattr(TestNoLeaks, f"test_no_leak_for_{_role}", _make_role_test(_role))
