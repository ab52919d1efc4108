"""Dutch for the search: a Snowball stemmer, stop words and the word forms to match.

Used on every backend, so that the embedded default (SQLite FTS5, no stemmer of its
own) understands "samenwerken" as well as PostgreSQL's `dutch` configuration does.
"""

from functools import lru_cache

import snowballstemmer

# Words that say little about what a page is about. They never veto a match (a page
# need not contain "op" or "mijn" to be found) and add nothing to its score; a query
# made of stop words only is searched as typed. Snowball's Dutch list plus the words
# of a question ("wat kan ik doen") and of a parent's sentence ("mijn zoon gaat niet").
STOP_WORDS = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen
    door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij
    hoe hun iemand iets ik in is ja je jij jou jouw kan kon kunnen maar me meer men met
    mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te
    tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wezen wie
    wil worden wordt zal ze zelf zich zij zijn zo zonder zou zouden gaat gaan ga wij
    waar wanneer welke waarom mag mogen kun krijg krijgen weet weten graag onze jullie
    heel erg echt alleen steeds
    """.split()  # noqa: SIM905 - a readable word list
)

# A stem shorter than this is matched as a whole word only: "les" would otherwise find
# "lesbisch", "zoon" "zoontje" is fine but "kind" also finds "kinderachtig".
MIN_PREFIX_STEM = 5

# Snowball's classic (Porter) Dutch stemmer, the one PostgreSQL's `dutch` uses: its stems
# are prefixes of the word ("begeleiders" -> "begeleider"), which prefix matching needs.
# snowballstemmer's newer "dutch" strips "ge-" ("begeleiders" -> "beleider").
_stemmer = snowballstemmer.stemmer("dutch_porter")


@lru_cache(maxsize=20000)
def stem(word):
    """The Snowball Dutch stem: samenwerken, samenwerking -> samenwerk."""
    return _stemmer.stemWord(word.lower())


def is_stop_word(word):
    return word.lower() in STOP_WORDS


def content_words(tokens):
    """The query's words without stop words; all of them if nothing else is left."""
    words = [token for token in tokens if not is_stop_word(token)]
    return words or list(tokens)


@lru_cache(maxsize=20000)
def prefixes(word):
    """The stems to match as prefixes: "leesachterstanden" -> leesachterstand* (finds
    the singular and compounds that start with it), "samenwerken" -> samenwerk*
    (samenwerking). A person noun in -er(s) also gets its verb's stem: "thuiszitters"
    -> thuiszitter*, thuiszit* (thuiszitten). Only stems that are a prefix of the word
    and at least `MIN_PREFIX_STEM` long: short stems ("les", "kind") would match
    unrelated words, so those are matched as whole words."""
    word = word.lower()
    out = []
    roots = [stem(word)]
    for ending in ("ers", "er"):
        if word.endswith(ending) and len(word) > 7:
            roots.append(stem(word[: -len(ending)] + "en"))
            break
    for root in roots:
        if len(root) >= MIN_PREFIX_STEM and word.startswith(root) and root not in out:
            out.append(root)
    return tuple(out)


def prefix(word):
    """The main stem to match as a prefix, or ""."""
    roots = prefixes(word)
    return roots[0] if roots else ""
