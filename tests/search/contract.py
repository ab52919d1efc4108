"""The search contract: what every backend must do, asserted through the service and HTTP.

`tests/search/test_contract.py` runs these tests once per backend available.
"""

import time

from django.db import connection
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import service
from search.models import QueryStat
from tests.search import site

BAD_INPUTS = [
    "",
    "   ",
    "x" * 10_000,
    "thuiszitters " * 1_000,
    "!!! ??? ... ---",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR 1=1 --',
    "title:(thuis* OR verzuim~2)^3 AND NOT [a TO z] {x} /regex/ \\",
    "AND OR NOT NEAR(a b)",
    "💥🔥 ∑ \x00 \ufeff",
    "%' _ % \\%",
]


class SearchContract:
    """Mixed into one TestCase per backend; `setUpTestData` builds `cls.site`."""

    backend_label = "?"
    fuzzy = False  # the engine itself matches misspelt words (Elasticsearch/OpenSearch)

    @classmethod
    def build_site(cls):
        cls.site = site.build()
        site.index_all()

    # -- helpers --------------------------------------------------------------------

    def titles(self, response):
        return [result.title for result in response.results]

    def search(self, query, **kwargs):
        kwargs.setdefault("page_size", 50)
        return service.search(query, **kwargs)

    def facet(self, response, name):
        return {v.value: v.count for f in response.facets if f.name == name for v in f.values}

    def api(self, **params):
        response = self.client.get(reverse("search_api"), params)
        self.assertEqual(response.status_code, 200)
        return response.json()

    # -- finding ------------------------------------------------------------------

    def test_visitor_finds_pages_of_every_content_type(self):
        titles = self.titles(self.search("thuiszitters"))
        for expected in (
            "Overleg in Enschede",
            "Terugblik thuiszitters",
            "Dialoogavond thuiszitters",
            "Geen plek voor thuiszitters",
            "Community thuiszitters",
            "Openbare notities thuiszitters",
        ):
            self.assertIn(expected, titles)

    def test_region_pages_are_found(self):
        self.assertIn("Twente", self.titles(self.search("twente")))

    def test_title_match_ranks_above_body_match(self):
        titles = self.titles(self.search("netwerkregie", expand=False))
        self.assertLess(titles.index("Netwerkregie werkt"), titles.index("Nieuws uit de regio"))

    def test_practice_summary_ranks_above_its_lessons(self):
        if not self.field_boosts:
            self.skipTest(f"{self.backend_label} ranks the body as one field (docs/search.md)")
        titles = self.titles(self.search("logopedie", expand=False))
        self.assertLess(titles.index("Peutergroep Almelo"), titles.index("Peutergroep Goes"))

    def test_dutch_words_find_their_inflections(self):
        if not self.stems_dutch:
            self.skipTest(f"{self.backend_label} has no Dutch stemmer (docs/search.md)")
        self.assertIn("Brede school", self.titles(self.search("samenwerken", expand=False)))

    def test_plurals_and_compounds_find_their_stem(self):
        if not self.stems_dutch:
            self.skipTest(f"{self.backend_label} has no Dutch stemmer (docs/search.md)")
        # "leesachterstanden": the page says "leesachterstand" (singular, in a compound).
        self.assertIn("Leesclub", self.titles(self.search("leesachterstanden", expand=False)))
        self.assertIn("Leesclub", self.titles(self.search("leesachterstand", expand=False)))

    def test_a_verb_finds_its_past_participle(self):
        if not self.stems_dutch:
            self.skipTest(f"{self.backend_label} has no Dutch stemmer (docs/search.md)")
        # The page says "gepest"; Snowball stems "pesten" to "pest", not "gepest".
        self.assertEqual(
            self.titles(self.search("pesten", expand=False))[0], "Weerbaarheidstraining"
        )

    def test_a_word_finds_the_compounds_it_ends_in(self):
        # "achterstand" is the head of "taalachterstanden" (the page has no other form).
        titles = self.titles(self.search("achterstand", expand=False))
        self.assertIn("Taalhuis", titles)
        self.assertIn("Leesclub", titles)

    def test_a_compound_finds_its_parts_apart_below_itself(self):
        titles = self.titles(self.search("slaapproblemen", expand=False))
        self.assertEqual(titles[0], "Slaapspreekuur")
        self.assertIn("Slaapweek", titles)

    def test_a_common_word_does_not_veto(self):
        # "aanpak" is on no page with "netwerkregie"; "op" is a stop word.
        titles = self.titles(self.search("aanpak op netwerkregie", expand=False))
        self.assertEqual(titles[0], "Netwerkregie werkt")

    def test_a_sentence_ranks_by_how_much_it_matches(self):
        # Ten words, several on no page; the page with most of the rare ones comes first.
        query = "mijn zoon gaat niet meer naar school wat kan ik doen"
        titles = self.titles(self.search(query, expand=False))
        self.assertTrue(titles)
        self.assertEqual(titles[0], "Zoon weer naar school")
        self.assertLess(titles.index("Zoon weer naar school"), titles.index("Brede school"))

    # -- cross-domain vocabulary -------------------------------------------------------

    def test_query_is_expanded_with_other_domains_words(self):
        response = self.search("thuiszitters")
        self.assertIn("Spreekuur in Oss", self.titles(response))  # says only "verzuim"
        words = [t["term"] for e in response.expansions for t in e["terms"]]
        self.assertIn("verzuim", words)

    def test_a_multiword_concept_term_is_found_inside_a_sentence(self):
        # "zit thuis" (a parent's words for a thuiszitter), with words in between.
        response = self.search("mijn zoon zit al weken thuis")
        words = [t["term"] for e in response.expansions for t in e["terms"]]
        self.assertIn("verzuim", words)
        self.assertIn("Spreekuur in Oss", self.titles(response))
        # Own words first: the page with "zoon" and "thuis" above the concept's pages.
        titles = self.titles(response)
        self.assertLess(titles.index("Zoon weer naar school"), titles.index("Spreekuur in Oss"))

    def test_a_broad_concept_does_not_swamp_the_ranking(self):
        # "dochter" expands to "kinderen", which stands on 13 pages; only one page is
        # about a reading delay, and it comes first; the concept is shown and can go.
        response = self.search("mijn dochter heeft een leesachterstand")
        titles = self.titles(response)
        self.assertEqual(titles[0], "Leesclub")
        self.assertIn("kinderen", [t["term"] for e in response.expansions for t in e["terms"]])
        page = self.client.get(reverse("search"), {"q": "mijn dochter heeft een leesachterstand"})
        self.assertContains(page, "Ook gezocht op:")
        self.assertContains(page, "uitbreiding=uit")

    def test_a_word_stands_for_the_concepts_that_are_kinds_of_it(self):
        # "luxeverzuim" is a kind of "verzuim": its concept's words are searched too,
        # after the concept the query names.
        response = self.search("verzuim")
        concepts = [e["concept"] for e in response.expansions]
        self.assertIn("Luxeverzuim", concepts)
        self.assertLess(concepts.index("Niet naar school gaan"), concepts.index("Luxeverzuim"))
        self.assertIn("Gesprek over vakanties", self.titles(response))

    def test_a_word_on_many_pages_does_not_stand_for_its_kinds(self):
        # "kinderen" stands on most pages: it does not bring in "pleegkinderen".
        self.assertNotIn("Pleegzorg", [e["concept"] for e in self.search("kinderen").expansions])
        # The concept's own term names it.
        self.assertIn("Pleegzorg", [e["concept"] for e in self.search("pleegkinderen").expansions])

    def test_who_a_parent_writes_about_weighs_less_than_what(self):
        if self.fuzzy:
            self.skipTest(f"{self.backend_label} ranks by its own scores (docs/search.md)")
        # "dochter" is as rare as "gepest" and stands in a title; the page about being
        # bullied comes first all the same.
        titles = self.titles(self.search("mijn dochter wordt gepest", expand=False))
        self.assertEqual(titles[0], "Weerbaarheidstraining")
        self.assertIn("Vader en dochter", titles)

    def test_expansion_can_be_switched_off(self):
        response = self.search("thuiszitters", expand=False)
        self.assertNotIn("Spreekuur in Oss", self.titles(response))
        self.assertEqual(response.expansions, [])

    def test_expansion_works_the_other_way_round(self):
        self.assertIn("Overleg in Enschede", self.titles(self.search("verzuim")))

    def test_page_shows_ook_gezocht_op_with_a_switch(self):
        response = self.client.get(reverse("search"), {"q": "thuiszitters"})
        self.assertContains(response, "Ook gezocht op:")
        self.assertContains(response, "verzuim")
        self.assertContains(response, "uitbreiding=uit")
        off = self.client.get(reverse("search"), {"q": "thuiszitters", "uitbreiding": "uit"})
        self.assertNotContains(off, "Ook gezocht op:")
        self.assertNotContains(off, "Spreekuur in Oss")

    def test_typo_is_corrected_and_searched_at_once(self):
        response = self.search("verzium", expand=False)
        self.assertTrue(response.corrected)
        self.assertEqual(response.suggestion, "verzuim")
        self.assertEqual(response.terms, ["verzuim"])
        self.assertIn("Spreekuur in Oss", self.titles(response))
        page = self.client.get(reverse("search"), {"q": "verzium"})
        self.assertContains(page, "Resultaten voor")
        self.assertContains(page, "Zoek in plaats daarvan op")
        self.assertContains(page, "spelling=letterlijk")
        self.assertNotContains(page, "Bedoelde u")
        literal = self.search("verzium", expand=False, correct_typos=False)
        self.assertFalse(literal.corrected)
        # As typed: only an engine with fuzzy matching (Elasticsearch/OpenSearch) finds it.
        if self.fuzzy:
            self.assertIn("Spreekuur in Oss", self.titles(literal))
        else:
            self.assertNotIn("Spreekuur in Oss", self.titles(literal))

    def test_a_typo_in_a_sentence_is_corrected_and_the_rest_left_alone(self):
        response = self.search("mijn zoon heeft veel verzium", expand=False)
        self.assertEqual(response.suggestion, "mijn zoon heeft veel verzuim")
        self.assertIn("Spreekuur in Oss", self.titles(response))

    def test_an_unknown_compound_is_searched_as_its_parts(self):
        response = self.search("schoolsamenwerking", expand=False)
        self.assertEqual(response.suggestion, "school samenwerking")
        self.assertTrue(response.corrected)
        self.assertIn("Brede school", self.titles(response))

    def test_a_correction_keeps_the_first_letter(self):
        # "spreekuurr" -> "spreekuur"; never a word with another first letter.
        self.assertEqual(self.search("spreekuurr", expand=False).suggestion, "spreekuur")
        self.assertEqual(self.search("preekuur", expand=False).suggestion, "")

    def test_no_correction_is_ever_built_from_a_members_only_word(self):
        # "geheime" stands only on a members-only page.
        for user in (None, self.site.outsider):
            with self.subTest(user=user):
                response = self.search("geheimme", user=user)
                self.assertNotIn("geheime", response.suggestion)
                self.assertNotIn("Besloten verslag thuiszitters", self.titles(response))
                if user is not None:
                    self.client.force_login(user)
                page = self.client.get(reverse("search"), {"q": "geheimme"})
                self.client.logout()
                self.assertNotContains(page, "geheime")
        # The member may see it, so for the member the correction is offered.
        member = self.search("geheimme", user=self.site.member)
        self.assertEqual(member.suggestion, "geheime")
        self.assertIn("Besloten verslag thuiszitters", self.titles(member))

    # -- facets and filters -------------------------------------------------------

    def test_facet_counts_for_every_facet(self):
        response = self.search("thuiszitters")
        self.assertEqual(
            self.facet(response, "type")["practicepage"], 2, [r.title for r in response.results]
        )
        self.assertEqual(self.facet(response, "domein")["onderwijs"], 2)
        self.assertEqual(self.facet(response, "thema")["thuiszitters"], 1)
        self.assertEqual(self.facet(response, "leeftijd")["12-18"], 1)
        self.assertEqual(self.facet(response, "niveau")[self.site.level.slug], 1)
        self.assertEqual(self.facet(response, "regio")[str(self.site.region.pk)], 1)
        self.assertEqual(self.facet(response, "ruimte")[str(self.site.community.pk)], 2)

    def test_facet_values_are_complete(self):
        response = self.search("samen")
        themes = self.facet(response, "thema")
        self.assertEqual(len([v for v in themes if v.startswith("thema-")]), site.THEME_COUNT)

    def test_filters_combine(self):
        response = self.search(
            "thuiszitters", filters={"type": ["practicepage"], "domein": ["jeugd"]}
        )
        self.assertEqual(self.titles(response), ["Overleg in Enschede"])

    def test_values_of_one_facet_combine_with_or(self):
        response = self.search("thuiszitters", filters={"domein": ["zorg", "jeugd"]})
        titles = self.titles(response)
        self.assertIn("Spreekuur in Oss", titles)
        self.assertIn("Overleg in Enschede", titles)
        self.assertNotIn("Terugblik thuiszitters", titles)
        # The domain facet still offers the other domains, with their counts.
        unfiltered = self.search("thuiszitters")
        self.assertEqual(
            self.facet(response, "domein")["onderwijs"], 2, [r.title for r in unfiltered.results]
        )

    def test_facet_counts_add_up_to_the_result_count(self):
        response = self.search("thuiszitters")
        self.assertEqual(sum(self.facet(response, "type").values()), response.total)

    def test_unknown_filters_are_ignored_and_reported(self):
        data = self.api(q="thuiszitters", kleur="blauw")
        self.assertEqual(data["ignored_filters"], ["kleur"])
        self.assertGreater(data["total"], 0)

    def test_unknown_filter_value_finds_nothing_but_can_be_removed(self):
        response = self.client.get(reverse("search"), {"q": "thuiszitters", "domein": "nergens"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Geen resultaten")
        self.assertContains(response, "Alle filters wissen")

    # -- sorting and pages ------------------------------------------------------------

    def test_sort_by_date_puts_newest_first(self):
        response = self.search("samenwerkingsproject", sort="datum", expand=False)
        dates = [r.date for r in response.results]
        self.assertEqual(len(dates), site.THEME_COUNT)
        self.assertEqual(dates, sorted(dates, reverse=True))

    def test_pagination(self):
        first = service.search("samenwerkingsproject", page=1, expand=False)
        second = service.search("samenwerkingsproject", page=2, expand=False)
        self.assertEqual(first.num_pages, 2)
        self.assertEqual(len(first.results) + len(second.results), site.THEME_COUNT)
        self.assertFalse({r.page.pk for r in first.results} & {r.page.pk for r in second.results})

    def test_page_numbers_out_of_range_show_the_last_page(self):
        for number in ("99", "999999999999", "-3", "abc", "", "1e9"):
            with self.subTest(number=number):
                data = self.api(q="samenwerkingsproject", uitbreiding="uit", pagina=number)
                self.assertIn(data["page"], (1, 2))
                self.assertTrue(data["results"])

    # -- privacy ------------------------------------------------------------------------

    def test_unpublished_pages_are_never_found(self):
        self.assertNotIn("Concept over thuiszitters", self.titles(self.search("thuiszitters")))
        titles = self.titles(self.search("concept over thuiszitters", expand=False))
        self.assertNotIn("Concept over thuiszitters", titles)

    def _titles_as(self, user):
        if user is not None:
            self.client.force_login(user)
        data = self.api(q="thuiszitters", per_pagina=50)
        self.client.logout()
        return [r["title"] for r in data["results"]], data

    def test_anonymous_visitor_sees_no_restricted_pages(self):
        titles, data = self._titles_as(None)
        self.assertNotIn("Besloten verslag thuiszitters", titles)
        self.assertNotIn("Besloten bijlage thuiszitters", titles)
        self.assertNotIn("Ingelogd overzicht thuiszitters", titles)
        self.assertIn("Openbare notities thuiszitters", titles)

    def test_signed_in_outsider_sees_login_pages_but_not_other_spaces_members_pages(self):
        titles, _data = self._titles_as(self.site.outsider)
        self.assertIn("Ingelogd overzicht thuiszitters", titles)
        self.assertNotIn("Besloten verslag thuiszitters", titles)
        self.assertNotIn("Besloten bijlage thuiszitters", titles)

    def test_member_of_the_group_sees_the_members_pages(self):
        titles, _data = self._titles_as(self.site.member)
        self.assertIn("Besloten verslag thuiszitters", titles)
        self.assertIn("Besloten bijlage thuiszitters", titles)

    def test_superuser_sees_everything_published(self):
        titles, _data = self._titles_as(self.site.admin)
        self.assertIn("Besloten bijlage thuiszitters", titles)
        self.assertNotIn("Concept over thuiszitters", titles)

    def test_facet_counts_do_not_reveal_hidden_pages(self):
        def counts(user):
            _titles, data = self._titles_as(user)
            facets = {
                f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in data["facets"]
            }
            return data["total"], facets

        anon_total, anon = counts(None)
        member_total, member = counts(self.site.member)
        self.assertEqual(member_total - anon_total, 3)
        self.assertEqual(anon["type"]["spacepage"], 1)
        self.assertEqual(member["type"]["spacepage"], 4)
        self.assertEqual(anon["ruimte"][str(self.site.community.pk)], 2)

    def test_autocomplete_never_offers_hidden_pages(self):
        url = reverse("search_autocomplete")
        anon = [p["title"] for p in self.client.get(url, {"q": "beslo"}).json()["pages"]]
        self.assertEqual(anon, [])
        self.client.force_login(self.site.member)
        member = [p["title"] for p in self.client.get(url, {"q": "beslo"}).json()["pages"]]
        self.assertIn("Besloten verslag thuiszitters", member)

    def test_autocomplete_offers_titles_and_concept_words(self):
        data = self.client.get(reverse("search_autocomplete"), {"q": "dialoog"}).json()
        self.assertIn("Dialoogavond thuiszitters", [p["title"] for p in data["pages"]])
        data = self.client.get(reverse("search_autocomplete"), {"q": "verz"}).json()
        self.assertIn("verzuim", [t["term"] for t in data["terms"]])

    # -- bad input ----------------------------------------------------------------------

    def test_every_input_gets_a_clear_answer_quickly(self):
        for text in BAD_INPUTS:
            for name in ("search", "search_api", "search_autocomplete"):
                with self.subTest(text=text[:30], view=name):
                    started = time.monotonic()
                    response = self.client.get(reverse(name), {"q": text, "pagina": "-1"})
                    self.assertEqual(response.status_code, 200)
                    self.assertLess(time.monotonic() - started, 10)

    def test_nothing_found_is_never_a_dead_end(self):
        page = self.client.get(reverse("search"), {"q": "zzyzxqwv"})
        self.assertContains(page, "Geen resultaten")
        self.assertContains(page, "Stel je vraag aan de MAO-tafel")
        self.assertContains(page, reverse("mao_tafel:knock"))
        self.assertContains(page, "Populaire thema")
        self.assertContains(page, "?q=Samenwerkingsthema%2001")  # themes with practices

    def test_facets_sit_behind_a_verfijnen_toggle_and_use_readers_words(self):
        page = self.client.get(reverse("search"), {"q": "thuiszitters"})
        html = page.content.decode()
        self.assertIn('<details class="search-refine">', html)
        self.assertIn("Verfijnen", html)
        for word in ("Startpagina", "Standaardpagina", "Gedeelde pagina"):
            self.assertNotIn(word, html)
        self.assertIn("Pagina van een community", html)

    def test_punctuation_only_says_what_to_do(self):
        response = self.client.get(reverse("search"), {"q": "?!..."})
        self.assertContains(response, "leestekens alleen vinden niets")

    def test_sql_input_leaves_the_database_intact(self):
        self.client.get(reverse("search"), {"q": "'; DROP TABLE wagtailcore_page; --"})
        self.assertIn("wagtailcore_page", connection.introspection.table_names())
        self.assertGreater(self.search("thuiszitters").total, 0)

    def test_post_is_refused_politely(self):
        self.assertEqual(self.client.post(reverse("search_api"), {"q": "x"}).status_code, 405)

    # -- the page, the API, the editors' levers ----------------------------------------------

    def test_search_page_is_accessible_without_javascript(self):
        response = self.client.get(reverse("search"), {"q": "thuiszitters"})
        html = response.content.decode()
        self.assertEqual(html.count("<h1"), 1)
        self.assertIn('<label class="field__label" for="search-q"', html)
        self.assertIn("?q=thuiszitters&amp;domein=onderwijs", html)  # facet links, GET
        self.assertNotIn("<script>", html)
        self.assertNotIn("style=", html)
        self.assertContains(response, "<mark>")

    def test_api_answers_the_documented_schema(self):
        data = self.api(q="thuiszitters")
        for key in (
            "query",
            "terms",
            "sort",
            "expand",
            "expansions",
            "suggestion",
            "filters",
            "ignored_filters",
            "backend",
            "fallback",
            "total",
            "truncated",
            "page",
            "page_size",
            "num_pages",
            "promotions",
            "results",
            "facets",
        ):
            self.assertIn(key, data)
        result = data["results"][0]
        self.assertEqual(
            set(result),
            {"id", "title", "url", "type", "type_label", "snippet", "highlight", "date"},
        )
        self.assertFalse(data["fallback"])

    def test_promoted_results_come_first_for_their_query(self):
        promoted = self.site.lessons_match
        SearchPromotion.objects.create(
            query=Query.get("logopedie"), page=promoted, sort_order=0, description="Lees dit eerst"
        )
        hidden = SearchPromotion.objects.create(
            query=Query.get("logopedie"), page=self.site.members_only, sort_order=1
        )
        data = self.api(q="Logopedie")
        self.assertEqual([p["title"] for p in data["promotions"]], ["Peutergroep Goes"])
        self.assertNotEqual(hidden.page.title, data["promotions"][0]["title"])

    def test_queries_are_counted_for_the_editors_report(self):
        self.api(q="thuiszitters")
        self.api(q="bestaatnietwoord")
        self.assertEqual(QueryStat.objects.get(query_string="thuiszitters").misses, 0)
        self.assertEqual(QueryStat.objects.get(query_string="bestaatnietwoord").misses, 1)
        self.client.force_login(self.site.admin)
        report = self.client.get(reverse("search_query_report"))
        self.assertContains(report, "bestaatnietwoord")
