"""Factories for the shared vocabulary.

Defaults walk through the real lists in `taxonomy.vocabularies` (the 7 domains, the
themes, the 7 adviezen...), and every factory gets-or-creates on its natural key, so
`DomainFactory()` never breaks a unique constraint: after the real list runs out it
returns existing rows. Pass explicit values for a new, distinct object.
"""

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from taxonomy import vocabularies as data

from .models import Advice, AgeGroup, Ambition, Concept, ConceptTerm, Domain, EvidenceLevel, Theme


def _cycle(items, n):
    return items[n % len(items)]


class DomainFactory(DjangoModelFactory):
    class Meta:
        model = Domain
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: _cycle(data.DOMAINS, n)[0])
    name = factory.LazyAttribute(
        lambda o: next((d[1] for d in data.DOMAINS if d[0] == o.slug), o.slug.capitalize())
    )
    description = factory.LazyAttribute(
        lambda o: next((d[2] for d in data.DOMAINS if d[0] == o.slug), "")
    )
    sort_order = factory.LazyAttribute(
        lambda o: next((i for i, d in enumerate(data.DOMAINS) if d[0] == o.slug), 99)
    )


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: _cycle(data.THEMES, n)[0])
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = factory.LazyAttribute(
        lambda o: next((t[1] for t in data.THEMES if t[0] == o.name), "")
    )


class AgeGroupFactory(DjangoModelFactory):
    class Meta:
        model = AgeGroup
        django_get_or_create = ("label",)

    label = factory.Sequence(lambda n: _cycle(data.AGE_GROUPS, n)[0])
    min_age = factory.LazyAttribute(lambda o: int(o.label.split("-")[0]))
    max_age = factory.LazyAttribute(lambda o: int(o.label.split("-")[1]))


def _statement(items, number, index):
    return next((item[index] for item in items if item[0] == number), "")


class AdviceFactory(DjangoModelFactory):
    """One of the 7 adviezen (seed 003); numbers beyond 7 get a generic title."""

    class Meta:
        model = Advice
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: n % len(data.ADVICES) + 1)
    title = factory.LazyAttribute(
        lambda o: _statement(data.ADVICES, o.number, 1) or f"Advies {o.number}"
    )
    description = factory.LazyAttribute(lambda o: _statement(data.ADVICES, o.number, 2))


class AmbitionFactory(DjangoModelFactory):
    """One of the 7 ambities of MAO II (seed 001); numbers beyond 7 get a generic title."""

    class Meta:
        model = Ambition
        django_get_or_create = ("number",)

    number = factory.Sequence(lambda n: n % len(data.AMBITIONS) + 1)
    title = factory.LazyAttribute(
        lambda o: _statement(data.AMBITIONS, o.number, 1) or f"Ambitie {o.number}"
    )
    description = factory.LazyAttribute(lambda o: _statement(data.AMBITIONS, o.number, 2))


class EvidenceLevelFactory(DjangoModelFactory):
    """A rung of the evidence ladder; rank 1 (idee) to 6 (goede of sterke aanwijzingen)."""

    class Meta:
        model = EvidenceLevel
        django_get_or_create = ("rank",)

    rank = factory.Sequence(lambda n: n % len(data.EVIDENCE_LEVELS) + 1)
    name = factory.LazyAttribute(
        lambda o: _statement(data.EVIDENCE_LEVELS, o.rank, 1) or f"Niveau {o.rank}"
    )
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    description = factory.LazyAttribute(
        lambda o: _statement(data.EVIDENCE_LEVELS, o.rank, 2) or "Nog te beschrijven."
    )
    next_step = factory.LazyAttribute(lambda o: _statement(data.EVIDENCE_LEVELS, o.rank, 3))


class ConceptFactory(DjangoModelFactory):
    """A concept with the words each domain uses for it.

    `terms` takes (domain, word) pairs, with a Domain or a domain slug. Left out, a
    concept from the demo list gets its own words.
    """

    class Meta:
        model = Concept
        django_get_or_create = ("name",)
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: _cycle(data.CONCEPTS, n).name)
    description = factory.LazyAttribute(
        lambda o: next((c.description for c in data.CONCEPTS if c.name == o.name), "")
    )

    @factory.post_generation
    def terms(self, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            concept = next((c for c in data.CONCEPTS if c.name == self.name), None)
            extracted = (
                [(slug, word) for slug, words in concept.terms.items() for word in words]
                if concept
                else []
            )
        for domain, word in extracted:
            if not isinstance(domain, Domain):
                domain = DomainFactory(slug=domain)
            ConceptTermFactory(concept=self, domain=domain, term=word)


class ConceptTermFactory(DjangoModelFactory):
    class Meta:
        model = ConceptTerm
        django_get_or_create = ("concept", "domain", "term")

    concept = factory.SubFactory(ConceptFactory, terms=[])
    domain = factory.SubFactory(DomainFactory)
    term = factory.Sequence(lambda n: f"woord {n + 1}")
