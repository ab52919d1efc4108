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
    heel erg echt alleen steeds niks nou heen net weer even
    """.split()  # noqa: SIM905 - a readable word list
)

# Who a person writes about ("mijn dochter", "onze zoon"): in a sentence these say who
# asks, not what it is about, so they weigh less than the other words of the query
# (`ranking.PERSON`, `family`).
PERSON_WORDS = frozenset(
    """
    zoon zoons dochter dochters kind kinderen kindje man vrouw partner moeder vader
    mama papa broer broertje zus zusje jongen meisje gezin ouder ouders
    """.split()  # noqa: SIM905 - a readable word list
)
POSSESSIVES = frozenset({"mijn", "m", "onze", "ons", "ze", "haar", "zijn", "jouw", "je"})


def family(tokens):
    """The person words that follow a possessive: "mijn dochter", "onze kinderen"."""
    return {
        word
        for before, word in zip(tokens, tokens[1:], strict=False)
        if before in POSSESSIVES and word in PERSON_WORDS
    }


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


# Prefixes after which "ge-" makes no past participle ("begeleid", "verzuimd").
_NO_GE = ("be", "ge", "her", "ont", "ver", "er")
# The endings a short root takes in the texts: verb forms, participles, person nouns.
_SHORT_ENDINGS = ("", "e", "en", "t", "te", "ten", "de", "den", "ing", "ingen", "erij")


# Person nouns and their verb: thuiszitter(s) -> thuiszitten, spijbelaar(s) -> spijbelen.
_PERSON_ENDINGS = ("aars", "aar", "sters", "ster", "ers", "er")


@lru_cache(maxsize=20000)
def roots_of(word):
    """The stems a word stands for: its Snowball stem, and the stems of the words it is
    derived from: a person noun's verb (thuiszitters -> thuiszit, spijbelaars ->
    spijbel), a noun in -erij's verb (pesterijen -> pest), a noun in -te's adjective
    (ziekte -> ziek), a past participle's verb (gepest -> pest, gescheiden -> scheid),
    a stem with a doubled last consonant undoubled (gezinnen -> gezinn -> gezin)."""
    word = word.lower()
    roots = [stem(word)]
    for ending in _PERSON_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            roots.append(stem(word[: -len(ending)] + "en"))
            break
    if roots[0].endswith("erij") and len(roots[0]) > 6:
        roots.append(roots[0][:-4])
    noun = word.removesuffix("s")
    if noun.endswith("te") and 3 <= len(noun) - 2 <= 4:
        roots.append(noun[:-2])  # ziekte -> ziek (not gemeente -> gemeen)
    if word.startswith("ge") and len(word) > 5:
        if word.endswith(("t", "d", "te", "de")):
            roots.append(stem(word[2:].rstrip("e") + "en"))
        elif word.endswith("en") and len(stem(word[2:])) >= MIN_PREFIX_STEM:
            roots.append(stem(word[2:]))  # gescheiden -> scheid*
    for root in list(roots):
        if len(root) > 4 and root[-1] == root[-2] and root[-1] not in "aeiou":
            roots.append(root[:-1])  # gezinnen -> gezinn -> gezin
    return tuple(dict.fromkeys(root for root in roots if len(root) >= 3))


@lru_cache(maxsize=20000)
def forms(word):
    """(whole words, prefixes) that a word matches in a text.

    A long stem is matched as a prefix: "leesachterstanden" -> leesachterstand* (the
    singular and compounds that start with it), "probleem" -> problem* (problemen),
    and as the past participle: "signaleren" -> gesignal* (gesignaleerd). A person noun
    in -er(s) also gets its verb's stem ("thuiszitters" -> thuiszit*), a noun in
    -erij(en) its verb ("pesterijen" -> pest). A stem shorter than `MIN_PREFIX_STEM`
    would match unrelated words as a prefix ("les" -> "lesbisch"), so it is matched as
    its common whole forms instead: "pesten" -> pest, pesten, gepest, gepeste...
    A participle typed as such ("gepest", "gescheiden") also matches the verb's forms."""
    word = word.lower()
    roots = roots_of(word)
    whole, prefixed = [word], []
    for root in dict.fromkeys(roots):
        participle = not root.startswith(_NO_GE)
        if len(root) >= MIN_PREFIX_STEM:
            prefixed.append(root)
            if participle:
                prefixed.append(f"ge{root}")
        elif len(root) >= 3:
            whole += [root + ending for ending in _SHORT_ENDINGS]
            if participle:
                whole += [f"ge{root}{ending}" for ending in ("", "e", "t", "d", "te", "de", "en")]
    whole = [form for form in whole if form == word or form not in STOP_WORDS]
    return tuple(dict.fromkeys(whole)), tuple(dict.fromkeys(prefixed))


def patterns(word, more=()):
    """(whole words, prefixes) that match `word`: its forms (`dutch.forms`) and the
    whole words `more`, without those another prefix already matches ("samenwerking"
    and "samenwerk*" is "samenwerk*"; "samenwerk*" and "samenw*" is "samenw*"). The
    same pages match; the engine tries fewer patterns on each (PostgreSQL's `ts_rank`
    costs as much per pattern as the match itself) and does not count one word twice.
    """
    whole, prefixes = forms(word)
    kept = [
        root
        for root in dict.fromkeys(prefixes)
        if not any(root != other and root.startswith(other) for other in prefixes)
    ]
    rest = [form for form in dict.fromkeys((*whole, *more)) if not form.startswith(tuple(kept))]
    return tuple(rest), tuple(kept)


# A compound's modifier has at least this many letters ("taal" in "taalachterstand").
MIN_MODIFIER = 3


def is_head(word, compound_stem):
    """Whether a compound (by its stem) ends in a stem of `word` after a modifier:
    "verzuim" heads "schoolverzuim", "achterstand" heads "taalachterstanden"."""
    return any(
        compound_stem.endswith(root) and len(compound_stem) - len(root) >= MIN_MODIFIER
        for root in roots_of(word)
        if len(root) >= MIN_PREFIX_STEM
    )


def in_words(word, text_words):
    """Whether a set of a text's words holds a form of `word` (see `forms`)."""
    whole, prefixed = forms(word)
    return any(form in text_words for form in whole) or any(
        text_word.startswith(prefixed) for text_word in text_words
    )


def prefixes(word):
    """The stems `word` matches as prefixes (see `forms`)."""
    return forms(word)[1]


def prefix(word):
    """The main stem to match as a prefix, or ""."""
    roots = prefixes(word)
    return roots[0] if roots else ""
