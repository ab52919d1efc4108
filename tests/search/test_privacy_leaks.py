"""Search never reveals a members-only page, not even indirectly (DESIGN.md §4).

Over HTTP, as an anonymous visitor and as a member of another space:

- the typo correction of a misspelt secret word is never the secret word for anyone
  who may not see it (the correction's vocabulary holds only what the viewer may see);
- hidden pages take no place among the ranked hits: with more hidden than visible
  matches above the hit limit, the visible ones are still all found, and the total,
  `truncated`, the facet counts and page 1 are those of the visible pages alone;
- autocomplete offers no hidden title.
"""

from unittest import mock

from django.test import TestCase
from django.urls import reverse

from cop.factories import CommunityPageFactory, SpacePageFactory
from core.factories import get_home_page
from members.factories import MembershipFactory, UserFactory
from search import ranking
from tests.search import site

# Words that occur nowhere else: the secret marker and a public control word.
MARKER = "zilverreigerplan"
MISSPELT_MARKER = "zilverreigerplen"  # one letter changed
PUBLIC_WORD = "kwartelweide"
MISSPELT_PUBLIC_WORD = "kwartelwiede"
# A word many hidden pages carry in their title (ranked first) and two public pages
# only in their text (ranked last).
RANKED_WORD = "ranglijstproef"
HIDDEN_RANKED = 6
VISIBLE_RANKED = 2


class TestSearchRevealsNoMembersOnlyPage(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.space = CommunityPageFactory(title="Alfa-community", slug="alfa-lek")
        cls.other_space = CommunityPageFactory(title="Bravo-community", slug="bravo-lek")
        cls.secret = SpacePageFactory(
            parent=cls.space,
            title=f"Besloten {MARKER.capitalize()}",
            slug="besloten-marker",
            intro=f"<p>Alleen voor leden: {MARKER}.</p>",
            members_only=True,
        )
        SpacePageFactory(
            parent=cls.space,
            title=f"Openbare {PUBLIC_WORD.capitalize()}",
            slug="openbare-controle",
            intro="<p>Voor iedereen.</p>",
        )
        for n in range(HIDDEN_RANKED):
            SpacePageFactory(
                parent=cls.space,
                title=f"{RANKED_WORD.capitalize()} besloten {n}",
                slug=f"rang-besloten-{n}",
                intro=f"<p>{RANKED_WORD} {RANKED_WORD} {RANKED_WORD}</p>",
                members_only=True,
            )
        for n in range(VISIBLE_RANKED):
            SpacePageFactory(
                parent=cls.space,
                title=f"Openbaar stuk {n}",
                slug=f"rang-openbaar-{n}",
                intro=f"<p>Een lange tekst over iets anders, en ergens {RANKED_WORD}.</p>",
            )
        cls.member = UserFactory(email="lid-alfa-lek@example.org")
        cls.other_member = UserFactory(email="lid-bravo-lek@example.org")
        MembershipFactory(user=cls.member, space=cls.space)
        MembershipFactory(user=cls.other_member, space=cls.other_space)
        site.index_all()

    # -- helpers --------------------------------------------------------------------

    def outsiders(self):
        """Anonymous (None) and a member of another space."""
        return [None, self.other_member]

    def as_user(self, user):
        self.client.logout()
        if user is not None:
            self.client.force_login(user)

    def api(self, user, **params):
        self.as_user(user)
        response = self.client.get(reverse("search_api"), params)
        self.assertEqual(response.status_code, 200)
        return response.json()

    def shown(self, data):
        """What an answer tells beyond echoing the query, lower-cased."""
        keys = ("results", "facets", "promotions", "suggestion", "expansions")
        return str([data[key] for key in keys]).lower()

    def page_html(self, user, **params):
        self.as_user(user)
        response = self.client.get(reverse("search"), params)
        self.assertEqual(response.status_code, 200)
        return response.content.decode().lower()

    def autocomplete(self, user, text):
        self.as_user(user)
        response = self.client.get(reverse("search_autocomplete"), {"q": text})
        self.assertEqual(response.status_code, 200)
        return response.json()

    # -- the world is what the tests assume ---------------------------------------------

    def test_the_member_finds_the_secret_page(self):
        data = self.api(self.member, q=MARKER)
        self.assertEqual([r["title"] for r in data["results"]], [self.secret.title])

    def test_outsiders_do_not_find_the_secret_page(self):
        for user in self.outsiders():
            with self.subTest(user=user):
                data = self.api(user, q=MARKER)
                self.assertEqual(data["total"], 0)
                self.assertNotIn(MARKER, self.shown(data))
                self.assertNotIn(self.secret.title.lower(), self.page_html(user, q=MARKER))

    # -- leak 1: the typo suggestion ------------------------------------------------------

    def test_public_typo_still_gets_a_suggestion(self):
        for user in [*self.outsiders(), self.member]:
            with self.subTest(user=user):
                data = self.api(user, q=MISSPELT_PUBLIC_WORD)
                self.assertEqual(data["suggestion"], PUBLIC_WORD)
                self.assertIn(PUBLIC_WORD, self.page_html(user, q=MISSPELT_PUBLIC_WORD))

    def test_misspelt_secret_word_suggests_nothing_secret(self):
        for user in self.outsiders():
            with self.subTest(user=user):
                data = self.api(user, q=MISSPELT_MARKER)
                self.assertEqual(data["total"], 0)
                self.assertNotEqual(data["suggestion"], MARKER)
                self.assertNotIn(MARKER, self.shown(data))
                self.assertNotIn(MARKER, self.page_html(user, q=MISSPELT_MARKER))

    def test_misspelt_secret_word_in_a_longer_query(self):
        for user in self.outsiders():
            with self.subTest(user=user):
                data = self.api(user, q=f"{MISSPELT_PUBLIC_WORD} {MISSPELT_MARKER}")
                self.assertEqual(data["suggestion"], f"{PUBLIC_WORD} {MISSPELT_MARKER}")
                self.assertNotIn(MARKER, self.shown(data))

    def test_a_page_made_members_only_leaves_the_suggestions(self):
        public = SpacePageFactory(
            parent=self.space, title="Openbare Ooievaarsnest", slug="ooievaar"
        )
        self.assertEqual(self.api(None, q="ooievaarsnets")["suggestion"], "ooievaarsnest")
        public.members_only = True
        public.save_revision().publish()
        for user in self.outsiders():
            with self.subTest(user=user):
                self.assertNotIn("ooievaarsnest", self.shown(self.api(user, q="ooievaarsnets")))

    # -- leak 2: hidden pages take no place among the ranked hits ---------------------

    def test_hidden_hits_take_no_place_before_the_limit(self):
        # Fewer places than hidden matches: ranked first and filtered after, the
        # hidden pages would fill every place and the visible ones would be lost.
        with mock.patch.object(ranking, "MAX_HITS", HIDDEN_RANKED - 1):
            for user in self.outsiders():
                with self.subTest(user=user):
                    data = self.api(user, q=RANKED_WORD, uitbreiding="uit")
                    self.assertEqual(data["total"], VISIBLE_RANKED)
                    self.assertEqual(len(data["results"]), VISIBLE_RANKED)
                    self.assertFalse(data["truncated"])
                    self.assertTrue(all("besloten" not in r["title"] for r in data["results"]))
            member = self.api(self.member, q=RANKED_WORD, uitbreiding="uit")
            self.assertTrue(member["truncated"])

    def test_totals_and_facet_counts_count_only_visible_pages(self):
        for user in self.outsiders():
            with self.subTest(user=user):
                data = self.api(user, q=RANKED_WORD, uitbreiding="uit", per_pagina=1)
                self.assertEqual(data["total"], VISIBLE_RANKED)
                self.assertEqual(data["num_pages"], VISIBLE_RANKED)
                self.assertEqual(len(data["results"]), 1)
                facets = {
                    f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in data["facets"]
                }
                self.assertEqual(facets["type"], {"spacepage": VISIBLE_RANKED})
                self.assertEqual(facets["ruimte"], {str(self.space.pk): VISIBLE_RANKED})
        member = self.api(self.member, q=RANKED_WORD, uitbreiding="uit")
        self.assertEqual(member["total"], VISIBLE_RANKED + HIDDEN_RANKED)

    def test_page_one_is_full_when_there_are_enough_visible_hits(self):
        # Eleven public and eleven hidden pages share a word: page 1 shows ten.
        for n in range(11):
            SpacePageFactory(
                parent=self.space, title=f"Volle pagina {n}", intro="<p>paginavulproef</p>"
            )
            SpacePageFactory(
                parent=self.space,
                title=f"Paginavulproef besloten {n}",
                intro="<p>paginavulproef paginavulproef</p>",
                members_only=True,
            )
        site.index_all()
        with mock.patch.object(ranking, "MAX_HITS", 15):
            for user in self.outsiders():
                with self.subTest(user=user):
                    data = self.api(user, q="paginavulproef", uitbreiding="uit")
                    self.assertEqual(data["total"], 11)
                    self.assertEqual(len(data["results"]), 10)
                    html = self.page_html(user, q="paginavulproef", uitbreiding="uit")
                    self.assertNotIn("paginavulproef besloten", html)

    # -- autocomplete -------------------------------------------------------------------

    def test_autocomplete_offers_no_hidden_title(self):
        for user in self.outsiders():
            with self.subTest(user=user):
                for text in (MARKER[:5], MARKER, MISSPELT_MARKER[:-1], RANKED_WORD[:6]):
                    data = self.autocomplete(user, text)
                    self.assertNotIn(MARKER, str([data["pages"], data["terms"]]).lower())
                    self.assertTrue(
                        all("besloten" not in p["title"].lower() for p in data["pages"])
                    )
        titles = [p["title"] for p in self.autocomplete(self.member, MARKER[:5])["pages"]]
        self.assertIn(self.secret.title, titles)

    def test_autocomplete_hidden_titles_do_not_crowd_out_visible_ones(self):
        SpacePageFactory(
            parent=self.space,
            title=f"{RANKED_WORD.capitalize()} openbaar, met een veel langere titel dan de rest",
            slug="rang-openbaar-titel",
        )
        site.index_all()
        with mock.patch.object(ranking, "MAX_HITS", HIDDEN_RANKED - 1):
            for user in self.outsiders():
                with self.subTest(user=user):
                    data = self.autocomplete(user, RANKED_WORD[:8])
                    titles = [p["title"] for p in data["pages"]]
                    self.assertEqual(len(titles), 1)
                    self.assertIn("openbaar", titles[0])
