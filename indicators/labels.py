"""Labels that say which part of a whole a figure is, and which year a figure of a list is.

A label is a sex ("girls"), an area type ("rural areas"), a system ("institutions of the education
system"), a place ("Turkistan region", "the national average") or a year. It belongs to a figure when
the text ties the two together:

* label before, then a colon or dash: "(girls: 99.8 per cent; boys: 99.6 per cent)", "education
  system – 83", "(2022: 2,146; 2023: 3,058)", "2017 – 1,498";
* label after: "99.52 per cent for girls", "53 by girls", "89 were boys", "2,346 in rural areas",
  "88.4 per cent in the city of Almaty", "3,410 were in institutions of the education system";
  a list after one figure gives each place the figure: "100 per cent in Astana, Karaganda region
  and Pavlodar region";
* a place, then the figure in parentheses: "Turkistan region (14,320)";
* lists matched by order: "641 and 2,346 in urban and rural areas respectively", "the figures for
  2022 and 2023 were 399,870 and 384,215 respectively"; without a list of labels, "respectively"
  pairs a list of figures with an earlier list ("seven ... and eleven ..., compared with nine and
  fourteen respectively in 2023");
* a place heading a clause: "In Pavlodar region, ...".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from indicators.catalogue import Catalogue
from indicators.dimensions import LABELLED, of_kind
from indicators.mentions import Mention, noun_head
from indicators.numbers import semicolon_list
from indicators.places import places
from indicators.timex import MONTHS, SCHOOL_WORD, YEAR, Clause, school_year_end
from indicators.timex import RESPECTIVELY as _RESPECTIVELY

# how a label of a breakdown ties to a figure, by the breakdown's kind (data/breakdowns.yaml)
_LIST_ITEM_DIMS = of_kind("population", "place", "institutions")  # "women 77.08, men 68.93; urban residents 73.88"
_CLAUSE_HEAD_DIMS = of_kind("population", "place", "institutions")  # "in rural areas, libraries numbered 35"
_SUBJECT_DIMS = of_kind("place")  # "rural areas saw 35": heading the clause without a preposition
_INSTITUTION_DIMS = of_kind("institutions")  # "60 organizations ... in the education system"
_LABEL_BEFORE = re.compile(r"^\s*[:–—|]\s*$|^\s+-\s+$")
_LABEL_BEFORE_TREND = re.compile(  # "in rural areas – from 1,104 to 690", "among boys of this age – from 162 to 101"
    r"^(?:\s+of (?:this|that|the same) age)?(?:\s?[:–—]\s?|\s+-\s+)from\s+$"
)
# "2020 fact – 65.4", "2016 year – 64", "2021 actual: 72.9": a year labelling the figure after it
_YEAR_WORD_GAP = re.compile(r"^\s+(?:fact|actual|(?:school |academic )?year|data)\s*(?:[:–—]|\s-)?\s*$", re.IGNORECASE)
_NOUN_COMMA_GAP = re.compile(r"(?:\s+[a-z]+)?\s*[,:–—]\s*(?:from\s+)?", re.IGNORECASE)
_LIST_ITEM_BEFORE = re.compile(
    r"(?:^|[—–:;,(]|\d\s*(?:per\s?cent|%)?\s*,?\s+and)\s*(?:(?:among|for|in)\s+(?:the\s+)?)?$", re.IGNORECASE
)  # "... 58.1 per cent and girls 41.9 per cent": gapped, after a figure
_LABEL_VERB = re.compile(
    r"\s+(?:accounted for|account for|accounting for|made up|make up|numbered|comprised|totall?ed|for)\s+(?:some\s+|about\s+)?",
    re.IGNORECASE,
)
_PAREN_AFTER_LABEL = re.compile(r"^(?:\s+[a-z]+)?\s*\(\s*$")  # "girls (98.8", "rural children (97.9 per cent)"
_NOUN_WORDS = (
    r"(?:(?!(?:were|was|are|is|for|among|in|by|of|at|across|and|or|the|with|from|to|per|cent|against|compared|versus|than|a|an"
    r"|but|while|whereas)\b)[a-z'’-]+\s+){0,3}"
)
_LABEL_AFTER = re.compile(
    rf"^\s*,?\s*(?:[–—]\s*(?=(?:among|in|for|by)\s))?(?:per\s?cent\s+|%\s*)?(?:of (?:them|which|these|whom|the)\s+)?(?:(?:in|at)\s+(?=\S+\s+(?:\S+\s+of|run\s+by|operated\s+by|managed\s+by)\b))?{_NOUN_WORDS}(?:(?:were|was|are|is|had been|have been|being)\s+)?"
    r"(?:(?:[a-z]+ed|living|resident|born|held|run)\s+)?"
    r"(?:for|among|in|by|across|at|from|of|under|within)?\s*(?:(?:those|the ones)\s+(?:of|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_PARALLEL_LIST_GAP = re.compile(r"\s*(?:per\s?cent|%)?\s*;\s*[a-z][\w' -]{0,30}?\s*[:–—]\s*", re.IGNORECASE)
_PART_INTRODUCED = re.compile(r",\s*(?:including|incl\.|of which|of whom|among them|in particular)\b", re.IGNORECASE)
_SHARE_ASIDE = re.compile(r"\s*\(\s*(?:or\s+)?\d[\d.,]*\s*(?:per\s?cent|%)\s*\)", re.IGNORECASE)
_LIST_JOINER = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*/\s*)(?:(?:in|for|at|to|among|by|on)\s+)?(?:the\s+)?$", re.IGNORECASE
)
_PIPED_YEARS = re.compile(rf"\b{YEAR}(?:\s*\|\s*{YEAR})+\s*\)?\s*:")
_YEARS_AFTER_LIST = re.compile(
    rf"\s*(?:per\s?cent|%)?\s*(?:in|at the end of|for|as of)\s+({YEAR}(?:\s*,\s*{YEAR})*\s*,?\s*and\s+{YEAR})\b"
    r"(?!\s*,?\s*(?:respectively|accordingly))",
    re.IGNORECASE,
)
_HEADING_YEARS = re.compile(rf"\(\s*{YEAR}(?:\s*,\s*{YEAR})+\s*\)\s*:")
_SLASHED_YEARS = re.compile(rf"\(\s*{YEAR}(?:\s*/\s*{YEAR})+\s*\)")
_SLASH = re.compile(r"\s*(?:per\s?cent|%)?\s*/\s*", re.IGNORECASE)
_PIPE = re.compile(r"\s*(?:per\s?cent|%)?\s*\|\s*", re.IGNORECASE)
_VALUE_JOINER = re.compile(r"^\s*(?:per\s?cent|%)?\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$", re.IGNORECASE)
_YEAR_LIST_OPENING = re.compile(
    rf"^\W*(?:in|for|during|at the end of)\s+{YEAR}(?:\s*,\s*{YEAR})*\s*(?:,\s*)?and\s+{YEAR}\s*,\s*", re.IGNORECASE
)
COMPARED_WITH = re.compile(
    r"\b(?:than|compared (?:with|to)|compares (?:\w+ )?with|against|above|below|double|twice|half|exceeds?|exceeding|versus|vs\.?"
    r"|unlike|behind|ahead of|short of|elsewhere)\b",
    re.IGNORECASE,
)
# "the steepest in Central Asia", "among the countries of the WHO European Region with the highest ...": a ranking
_RANKED_AMONG = re.compile(
    r"\b(?:highest|lowest|steepest|largest|smallest|greatest|fastest|slowest|biggest|sharpest|best|worst|most|least"
    r"|among (?:the )?(?:countries|states|nations))\b[^.;,\d]{0,40}?\s(?:in|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "..., the highest values being recorded in Mangystau and West Kazakhstan oblasts": where a ranking puts its top
RANKING_ASIDE = re.compile(
    r"\b(?:the\s+)?(?:highest|lowest|largest|smallest|greatest|most|least)\b[^.;,\d]{0,40}?"
    r"(?:being |were |was |is |are )?(?:recorded|registered|observed|found|reported|seen)\s+in\s+(?:[^.;,\d]{0,60}?\s+and\s+)?$",
    re.IGNORECASE,
)
# "..., with Almaty city alone accounting for about a fifth of them": a place that holds a part of the figure
PART_HOLDER_AFTER = re.compile(r"\s*(?:alone\s+|by itself\s+)?account(?:s|ed|ing)?\s+for\b", re.IGNORECASE)
# what may follow a place that ends a figure's own words: "... in Akmola region in 2017 and three in 2018"
_PLACE_ENDS = re.compile(
    rf"\s*(?:in total|altogether|overall)?\s*(?:(?:in|over|during|at the end of)\s+(?:the same (?:period|year)|{YEAR})\s*"
    rf"|(?:on|as (?:at|of|on)|at)\s+\d{{1,2}}\s+(?:{MONTHS})\s+{YEAR}\s*)?"  # "... in Kostanay region on 1 October 2023"
    r"(?:[,;:.—–)(]|and\b|$)",
    re.IGNORECASE,
)
_MOSTLY = re.compile(
    r"\b(?:mainly|mostly|largely|predominantly|particularly|especially|chiefly|notably|primarily|above all|(?:most|(?:nearly |almost |virtually )?all|(?:over |more than )?half|many) of (?:them|which|these|those)"
    r"|concentrated|clustered|centred|centered"
    r"|the majority|(?:the )?(?:highest|lowest|largest|smallest|greatest|most|least)\b[^.;,\d]{0,30}(?:being |were |was )?"
    r"(?:recorded|registered|observed|found|reported))\b[^.;,\d]{0,40}$",
    re.IGNORECASE,
)
_COMPARED_YEAR_GAP = re.compile(
    rf"\s*(?:\(\s*(?:in\s+|at\s+)?(?:end-)?{YEAR}\s*\)|(?:in|at end-|at the end of)\s*{YEAR})?\s*,?\s*"
    r"(?:vs\.?|versus|against|compared (?:with|to)|as against|→|->|and|up from|down from)\s*",
    re.IGNORECASE,
)
_THAN = re.compile(
    r"\b(?:than|compared (?:with|to)|versus|vs\.?)\s+(?:(?:among|for|in)\s+)?(?:the\s+)?$", re.IGNORECASE
)
# "told a briefing in Astana", "presenting the report in Shymkent": where something was said, not counted
EVENT_PLACE = re.compile(
    r"\b(?:told|said|briefing|meeting|round table|conference|forum|seminar|visit|speaking|press|presenting|presented"
    r"|presentation|addressing|hearing|session|summit|congress|ceremony|hosted)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "(2019: 89.4% and 77.5% respectively)", "(2015: 2,190)": a year heading what follows it in parentheses
YEAR_ASIDE = re.compile(rf"\(\s*({YEAR})\s*[:–—-]\s*$")
# "1,900 left in 2022 (2015: " : the words between a figure and such an aside
_YEAR_ASIDE_GAP = re.compile(rf"(?:[^()\d;]|{YEAR}){{0,160}}?" + YEAR_ASIDE.pattern.removesuffix("$"))
_SAME_YEARS = re.compile(r"\b(?:in|for|over|during) (?:the )?same years\b", re.IGNORECASE)
_YEAR_AFTER_RESPECTIVELY = re.compile(rf"\s*,?\s*(?:in|for|at the end of|as at the end of)\s+({YEAR})\b", re.IGNORECASE)
_CLAUSE_PLACE = re.compile(
    r"^(?:,\s*)?(?:(?:while|whereas|but|and|although)\s+)?(?:in|across|for|within)\s+(?:(?:neighbouring|neighboring|the)\s+)?$",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(
    r"\b(?:in|across|within|throughout|for|of|than in|compared with|by)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$",
    re.IGNORECASE,
)
_HEADS_NEXT = re.compile(
    r"\s*,?\s*(?:(?:it|this|the (?:figure|rate|share|number|ratio|level))\s+)?(?:(?:was|were|is|being|stood|amounted|came|reached|accounted for|made up|constituted|represented|comprised|numbered|totall?ed)\s*(?:at|to)?"
    r"|at|with|[:–—]|-)\s*(?:some\s+|about\s+)?",
    re.IGNORECASE,
)
# "...; rural areas bore almost all of the closures, their libraries ... falling from 2,704": the clause's subject
_CLAUSE_SUBJECT = re.compile(r"[\s,;]*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?", re.IGNORECASE)
# "while the number of rural children's libraries slipped from 2,402 to 2,233": a place word in the clause's subject
_NUMBER_OF_SUBJECT = re.compile(
    _CLAUSE_SUBJECT.pattern + r"(?:number|share|proportion|percentage|count|network) of\s+(?:the\s+)?", re.IGNORECASE
)
_UNPLACED = {
    "foreign": "the figure is for another country",
    "ambiguous": "the place named is ambiguous",
    "unnamed": "stated for regions the text does not name",
    "unknown": "stated for a place that is no reference area of the code list",
}
_PLACE_DIMS = ("ref_area", *_UNPLACED)
# "were registered in", "lived in", "are located in": where the counted persons or things are
_BEING_IN = re.compile(
    r"\b(?:registered|living|lived|live|lives|residing|resided|reside)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where a figure's own words end: at a clause of its own ("..., yet for children born to ...") or at words
# saying who reported it ("..., the Vice-Minister told a briefing in Astana")
_OWN_PHRASE_END = re.compile(
    r"[;:]|\((?![^()\d]{1,40}\))|(?<!\d)[—–]|,\s+(?:yet|but|while|whereas|although|though|which|where|when)\b"  # "aged 5–17" ends nothing
    r"|,\s+(?:the|a|an|according|as)\b[^,.;]{0,80}?\b(?:said|says|told|reported|reports|noted|stated|announced|informed|added)\b",
    re.IGNORECASE,
)
_REGION_ANAPHOR = re.compile(
    r"\bthe (?:regional|oblast|city's|region's) (?:[a-z]+ ){0,2}(?:department|office|administration|akimat|authorit(?:y|ies)|bod(?:y|ies)|services?)\b",
    re.IGNORECASE,
)
_IN_THE_REGION = re.compile(
    r"\b(?:in|across|within|throughout|of|for) (the (?:region|oblast|city))\b(?!\s+(?:of|centres?|centers?|capital)\b|['’])"
    r"|\b(the (?:region|oblast|city))(?=\s+(?:had|has|recorded|registered|reported|counted|numbered)\b)"
    r"|\b(the (?:regional|oblast|region's|oblast's) (?:figure|value|rate|level|indicator|average|ratio|share|number|total))\b",
    re.IGNORECASE,
)
_PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?", re.IGNORECASE)
_RANK_BEFORE = re.compile(
    r"\b(?:first|second|third|last|highest|lowest|largest|smallest|best|worst|top|leading|most|least)\b[^,.;\d]{0,20}$",
    re.IGNORECASE,
)
_AVERAGE = re.compile(r"\s+(?:average|figure|rate|level|mean)\b", re.IGNORECASE)
# "... to 82 in 2019, in the health system from 27 (2013)": a label heading the next item of a list
_ITEM_HEAD = re.compile(
    rf"\s*(?:(?:in\s+)?\(?{YEAR}\)?\s*)?(?:[,;]\s*(?:and\s+)?|and\s+)(?:in|for|among|within)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|within|across|among|for)\s+(?:the\s+)?$", re.IGNORECASE)
_NATIONAL_BEFORE = re.compile(r"^\s*(?:of|at|was|is|stood at|:|\()?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Label:
    """A label at [start, end) of a sentence: dimension and code ('year' labels carry the period)."""

    start: int
    end: int
    dim: str  # a breakdown ('sex', ...) | 'ref_area' | 'foreign' | 'ambiguous' | 'year'
    code: str
    period: tuple[int, int] | None = None


@dataclass
class Labels:
    """What the labels of a sentence say about each figure (figures by index into the mentions)."""

    dims: dict[int, dict[str, str]] = field(default_factory=dict)
    concepts: dict[int, str] = field(
        default_factory=dict
    )  # figure -> concept, from "X and Y ... in A and B respectively"
    areas: dict[int, list[str]] = field(default_factory=dict)
    periods: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    partners: dict[int, int] = field(default_factory=dict)  # figure -> the figure of an earlier list it pairs with
    rules: dict[int, str] = field(default_factory=dict)
    unplaced: dict[int, str] = field(default_factory=dict)  # figure -> why its place is not a reference area
    weak_sex: set[int] = field(default_factory=set)  # "273,800 women": a sex read only from the counted noun
    clause_wide: set[int] = field(default_factory=set)  # labelled by a label heading the clause ("in rural areas, ...")
    tokens: list[Label] = field(default_factory=list)
    used: set[tuple[int, str]] = field(default_factory=set)  # (start, dim) of the labels tied to some figure


def tokens(text: str, mentions: list[Mention], catalogue: Catalogue) -> list[Label]:
    """Every label in `text`, in order; years are the numbers classified as years."""
    found: list[Label] = []
    for breakdown in LABELLED:
        for m in breakdown.label.finditer(text):
            found.append(Label(m.start(), m.end(), breakdown.dimension, breakdown.code_of(m)))
    for p in places(text, catalogue):
        if p.kind == "national" and _RANK_BEFORE.search(text, max(0, p.start - 30), p.start):
            continue  # "ranked first in the country": a comparison, not where the figure holds
        dim = {"region": "ref_area", "national": "ref_area"}.get(p.kind, p.kind)
        found.append(Label(p.start, p.end, dim, p.code or ""))
    for m in mentions:
        if m.role != "year":
            continue
        school = (
            re.fullmatch(rf"({YEAR})\s*/\s*(?:19|20)?(\d\d)", m.token.text)
            or (  # "2019–2020 school year – 103.2"
                re.fullmatch(rf"({YEAR})\s*[–-]\s*(?:19|20)?(\d\d)", m.token.text)
                if re.match(rf"\s+{SCHOOL_WORD}\s+year\b", text[m.end :], re.IGNORECASE)
                else None
            )
        )
        if m.token.kind == "number":
            year = int(m.token.text)
            found.append(Label(m.start, m.end, "year", m.token.text, (year, year)))
        elif school and school_year_end(school.group(1), school.group(2)) == int(school.group(1)) + 1:
            start = int(school.group(1))
            found.append(Label(m.start, m.end, "year", m.token.text, (start, start + 1)))
    for m in _REGION_ANAPHOR.finditer(
        text
    ):  # "... of Turkistan region, ... whereas the regional employment department"
        named = [t for t in found if t.dim == "ref_area" and t.code != "KZ" and t.end <= m.start()]
        code = named[-1].code if named else ""
        found.append(Label(m.start(), m.end(), "ref_area" if code else "unnamed", code))
    for m in _IN_THE_REGION.finditer(text):  # "... in Kyzylorda region ..., while ... in the region went from 19 to 11"
        named = {t.code for t in found if t.dim == "ref_area" and t.code != "KZ" and t.end <= m.start()}
        city = m.group(m.lastindex).lower().endswith("city")
        if len(named) == 1 and (catalogue.regions[code := named.pop()].level == "city") == city:
            found.append(Label(m.start(m.lastindex), m.end(m.lastindex), "ref_area", code))
    return sorted(found, key=lambda t: (t.start, -t.end))


def _runs(items: list, joined) -> list[list]:
    """Maximal runs of consecutive items whose gaps `joined(a, b)` accepts."""
    runs: list[list] = []
    for item in items:
        if runs and joined(runs[-1][-1], item):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


class _Reader:
    def __init__(
        self,
        text: str,
        mentions: list[Mention],
        clauses: list[Clause],
        catalogue: Catalogue,
        exclude: list[tuple[int, int]],
        concepts: list[tuple[int, int, str]],
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.values = [i for i, m in enumerate(mentions) if m.is_value]
        self.clauses = clauses
        found = tokens(text, mentions, catalogue)
        # a label inside the name of a concept ("pregnancies among girls") defines it, it is not a part
        self.out = Labels(tokens=[t for t in found if not any(a <= t.start and t.end <= b for a, b in exclude)])
        self.ends: set[Label] = set()  # labels after a figure, ending it ("9.8 per 100,000 in Kazakhstan")
        self.parenthesized: set[Label] = set()  # labels whose figure follows them ("Almaty region (97)", "boys – 112")
        self.concept_keys = [Label(a, b, "concept", code) for a, b, code in concepts]
        self.institution_nouns = catalogue.units["institutions"].nouns

    def clause_of(self, position: int) -> Clause:
        return next(c for c in self.clauses if c.start <= position < c.end or c.end == len(self.text))

    def tail_end(self, i: int) -> int:
        """Where figure i's own words end: at the next figure or the end of its clause."""
        later = [self.mentions[j].start for j in self.values if self.mentions[j].start > self.mentions[i].start]
        return min([*later, self.clause_of(self.mentions[i].start).end])

    def give(self, i: int, label: Label, rule: str, more: bool = False) -> None:
        """Tie `label` to figure i; a place is given once (several only as one list: `more`)."""
        self.out.used.add((label.start, label.dim))
        if label.dim == "year":
            self.out.periods.setdefault(i, (*label.period, rule))
        elif label.dim == "concept":
            self.out.concepts.setdefault(i, label.code)
        elif label.dim == "ref_area":
            if (i in self.out.areas or i in self.out.unplaced) and not more:
                return  # the first way the text ties a place to the figure wins
            if label.code not in self.out.areas.setdefault(i, []):
                self.out.areas[i].append(label.code)
            self.out.rules.setdefault(i, rule)
        elif label.dim in _UNPLACED:
            if i in self.out.areas and not more:
                return
            self.out.unplaced.setdefault(i, _UNPLACED[label.dim])
        else:
            self.out.dims.setdefault(i, {}).setdefault(label.dim, label.code)
            self.out.rules.setdefault(i, rule)

    def in_order(self, figures: list[int], keys: list[Label]) -> None:
        """Tie a list of figures to a list of as many labels or years, first to first (the "respectively" rule)."""
        for i, key in zip(figures, keys, strict=True):
            self.give(i, key, "respectively")

    def same_dim_run(self, first: Label, limit: int) -> list[Label]:
        """`first` and the labels of its dimension listed right after it ("Astana, Karaganda region and Pavlodar")."""
        run = [first]
        for t in self.out.tokens:
            if t.start >= run[-1].end and t.start < limit and t.dim == first.dim:
                if _LIST_JOINER.match(self.text[run[-1].end : t.start]) and not self.heads_next(t, limit):
                    run.append(t)  # "6.18 in Kostanay region, the national average being 9.10": the last is 9.10's
                else:
                    break
        return run

    def read(self) -> Labels:
        self.respectively()
        for i in self.values:
            self.before(i)
        for i in self.values:
            self.after(i)
        self.clause_places()
        for i in self.values:
            self.nearest_place(i)
            self.trailing_institutions(i)
            self.trailing_place(i)
            self.trailing_area_type(i)
        self.compared_years()
        self.foreign_clauses()
        return self.out

    def compared_years(self) -> None:
        """ "boys — 97 (2022) against 124 (2018)", "of which rural: 71 (2011) and 58 (2020)": a labelled figure
        compared with the same series in another year gives that figure its label."""
        for a, b in itertools.pairwise(self.values):
            ma, mb = self.mentions[a], self.mentions[b]
            aside = _YEAR_ASIDE_GAP.fullmatch(self.text, ma.unit_end, mb.start)  # "1,900 left in 2022 (2015: 2,100)"
            bare = aside and mb.unit == "count" and mb.unit_end == mb.end  # "37.9 per 100,000 ... (2020: 42.4)"
            if ma.unit != mb.unit and not bare:
                continue
            compared = (
                ma.period_after is not None
                and mb.period_after is not None
                and _COMPARED_YEAR_GAP.fullmatch(self.text, ma.unit_end, mb.start)
            )
            alone = re.match(r"\s*\)", self.text[mb.unit_end :]) is not None  # "(2011 – 2,540)", not a list in it
            if not (
                (aside and (ma.period_after is not None or a in self.out.areas or (a in self.out.dims and alone)))
                or compared
            ):
                continue
            if a in self.out.dims and b not in self.out.dims:
                self.out.dims[b] = dict(self.out.dims[a])
                self.out.rules.setdefault(b, self.out.rules.get(a, "labelled_value"))
            if a in self.out.areas and b not in self.out.areas and b not in self.out.unplaced:
                self.out.areas[b] = list(self.out.areas[a])  # "... in Atyrau region in 2021 (2020: 6)"
                self.out.rules.setdefault(b, self.out.rules.get(a, "labelled_value"))

    def foreign_clauses(self) -> None:
        """A clause that names another country may compare Kazakhstan with it: its figures with no place of
        their own are not the country's ("infant mortality stood at 4.4 ... in the Russian Federation")."""
        for t in self.out.tokens:
            located = _IN_PLACE.search(self.text, max(0, t.start - 25), t.start) or _AVERAGE.match(self.text, t.end)
            if t.dim != "foreign" or not located:
                continue  # "refugee children, most of them from Afghanistan": an origin, not where the figure holds
            if _RANKED_AMONG.search(self.text, max(0, t.start - 60), t.start):
                continue  # "3,114 ... – a 61% reduction, the steepest in Central Asia": where it ranks, not where it holds
            clause = self.clause_of(t.start)
            # "9.61 (2022) — still roughly double the OECD average of 4.1": only what follows the comparison is foreign
            compared = list(COMPARED_WITH.finditer(self.text, clause.start, t.start))
            start = compared[-1].start() if compared else clause.start
            for i in self.values:
                if start <= self.mentions[i].start < clause.end and i not in self.out.areas:
                    self.out.unplaced.setdefault(i, "the figure is for another country")

    def before(self, i: int) -> None:
        m = self.mentions[i]
        for n, t in enumerate(self.out.tokens):
            gap = self.text[t.end : m.start]
            if t.end > m.start:
                break
            if n and self.out.tokens[n - 1].dim == t.dim != "ref_area" and self.both_parts(self.out.tokens[n - 1]):
                continue  # "98,950 girls and boys — 1.4 per cent": the pair names the whole
            if (
                (len(gap) <= 4 and _LABEL_BEFORE.match(gap))
                or (t.dim == "year" and _YEAR_WORD_GAP.match(gap))
                or (t.dim != "year" and _LABEL_BEFORE_TREND.match(gap))
                or (  # "... to 121 in 2018 — in the education system from 131 (2012) to 89 (2018)"
                    t.dim != "year" and gap == " from " and _LIST_ITEM_BEFORE.search(self.text, 0, t.start)
                )
            ):
                self.parenthesized.add(t)
                self.give(i, t, "year_label" if t.dim == "year" else "labelled_value")
                if t.dim != "year":  # "men – 68.04, 66.36 and 70.37 (2019, 2020 and 2022 respectively)": every one
                    for j in self.listed_with(i, 1):
                        self.give(j, t, "labelled_value")
            elif (
                t.dim in _LIST_ITEM_DIMS
                and (not gap.strip() or _NOUN_COMMA_GAP.fullmatch(gap))  # "(urban schools, 96.9%; rural ..."
                and _LIST_ITEM_BEFORE.search(self.text, 0, t.start)
            ):
                self.give(i, t, "labelled_value")  # "73.18 years — women 77.08, men 68.93; urban residents 73.88"
            elif t.dim != "year" and _LABEL_VERB.fullmatch(gap):  # "boys accounted for 57,240", "girls for 40,890"
                self.give(i, t, "labelled_value")
            elif (
                t.dim != "year"
                and _PAREN_AFTER_LABEL.match(gap)
                and not _RESPECTIVELY.search(self.text, m.start, self.text.find(")", m.start) % (len(self.text) + 1))
            ):  # "women ... than men (78.56 and 70.01 years respectively)": the list after the labels, matched by order
                self.parenthesized.add(t)
                self.give(i, t, "labelled_value")
            elif t.dim == "ref_area" and t.code == "KZ" and _NATIONAL_BEFORE.match(gap):
                self.give(i, t, "labelled_value")

    def nearest_place(self, i: int) -> None:
        """A place, area type or system named earlier in the figure's clause, with no other figure between, is
        the figure's: "the coverage rate in Pavlodar region reached 98.2 per cent", "in the education system,
        where the number of such organizations went down from 151 to 98"."""
        m = self.mentions[i]
        clause = self.clause_of(m.start)
        previous = max([self.mentions[j].end for j in self.values if j < i] + [clause.start])
        for t in reversed(self.out.tokens):
            if not (previous <= t.start and t.end <= m.start) or t in self.parenthesized:
                continue
            if t in self.ends:
                continue  # "9.8 per 100,000 in Kazakhstan, well above the 4.2 ...": the place ends the figure before
            if self.text.count("(", t.end, m.start) < self.text.count(")", t.end, m.start):
                continue  # "(1,952 of them in rural areas) - 179 fewer than the 2,893": closed before the figure
            if previous > clause.start and self.text.count("(", t.end, m.start) > self.text.count(")", t.end, m.start):
                continue  # "37 ... were registered in Abai oblast in total (boys – 24": the place of the figure before
            if re.search(r"\s[—–]\s", self.text[previous : t.start]) and re.search(
                r"\s[—–]\s", self.text[t.end : m.start]
            ):
                continue  # "— progress that mothers in Kyzylorda region have yet to feel — and under-five ..."
            if t.dim in _PLACE_DIMS:
                if EVENT_PLACE.search(self.text, max(0, t.start - 60), t.start):
                    continue  # "Presenting the national report in Shymkent on 20 November 2023, ... 3,412 appeals"
                if i not in self.out.areas and i not in self.out.unplaced:
                    self.give(i, t, "labelled_value")
            elif (
                t.dim in _CLAUSE_HEAD_DIMS
                and t.dim not in self.out.dims.get(i, {})
                and (
                    _PREPOSITION_BEFORE.search(self.text, max(0, t.start - 20), t.start)
                    or (t.dim in _SUBJECT_DIMS and _CLAUSE_SUBJECT.fullmatch(self.text, clause.start, t.start))
                    or (t.dim in _SUBJECT_DIMS and _NUMBER_OF_SUBJECT.fullmatch(self.text, clause.start, t.start))
                )
                and (
                    not any(clause.start <= self.mentions[j].start < t.start for j in self.values)
                    or _ITEM_HEAD.fullmatch(self.text, previous, t.start)
                )
            ):  # a label that heads its clause or list item ("in rural areas, children's libraries numbered")
                self.give(i, t, "labelled_value")
                self.out.clause_wide.add(i)
        listed = [j for j in self.listed_with(i, -1)[:1] if clause.start <= self.mentions[j].start]
        if listed and i not in self.out.areas and i not in self.out.unplaced:
            for code in self.out.areas.get(listed[0], []):  # "cases ... in the region numbered eleven and nine
                self.out.areas.setdefault(i, []).append(code)  # respectively": the list shares its place
                self.out.rules.setdefault(i, "labelled_value")

    def listed_with(self, i: int, step: int) -> list[int]:
        """The figures written in one list with figure i ("1,8, 1,9 and 2,0"), nearest first: those before it
        (`step` -1) or after it (`step` 1)."""
        found: list[int] = []
        k, last = self.values.index(i) + step, i
        while 0 <= k < len(self.values):
            j = self.values[k]
            if not self.value_joined(*sorted((last, j))):
                break
            found.append(j)
            k, last = k + step, j
        return found

    def value_joined(self, a: int, b: int) -> bool:
        """Whether figures a and b are written as one list: "1,8, 1,9 and 2,0", or with semicolons between decimal
        commas ("72,14; 72,58 and 73,01 years")."""
        gap = self.text[self.mentions[a].unit_end : self.mentions[b].start]
        return bool(_VALUE_JOINER.match(gap)) or semicolon_list(
            gap, self.mentions[a].token.text, self.mentions[b].token.text
        )

    def owner(self, i: int) -> int:
        """The figure the words after figure i describe: i, or the part when i restates its whole ("61 of the 92
        remaining organizations are under the education system": the 61)."""
        earlier = [j for j in self.values if j < i]
        if earlier and _PART_OF_WHOLE.fullmatch(self.text, self.mentions[earlier[-1]].unit_end, self.mentions[i].start):
            return earlier[-1]
        return i

    def trailing_institutions(self, i: int) -> None:
        """ "60 organizations (with 3,336 children) for orphans ... in the education system": the system named
        before the next figure is the figure's (figures in "(with ...)" are described by it, not counted)."""
        m = self.mentions[i]
        if "attribute" in m.qualifiers or _INSTITUTION_DIMS & self.out.dims.get(i, {}).keys():
            return
        if noun_head(m.noun) not in self.institution_nouns:
            return  # "182,940 workers employed in the health-care system": where they work, not a part
        later = [
            self.mentions[j].start
            for j in self.values
            if self.mentions[j].start > m.start and "attribute" not in self.mentions[j].qualifiers
        ]
        limit = min([*later, self.clause_of(m.start).end])
        for t in self.out.tokens:
            if t.dim in _INSTITUTION_DIMS and m.unit_end <= t.start < limit and t not in self.parenthesized:
                self.give(self.owner(i), t, "labelled_value")
                return

    def own_end(self, i: int, limit: int) -> int:
        """Where figure i's own words end before `limit`: at a clause of their own or at who reported them."""
        stop = _OWN_PHRASE_END.search(self.text, self.mentions[i].unit_end, limit)
        return stop.start() if stop else limit

    def trailing_area_type(self, i: int) -> None:
        """An area type that ends the figure's own words is the figure's: "1,200 children with disabilities were
        registered in rural areas", "... lived in villages"."""
        m = self.mentions[i]
        if "residence" in self.out.dims.get(i, {}) or m.unit == "percent":
            return  # (a share "... were in rural areas" says how a whole is made up)
        limit = self.tail_end(i)
        own_end = self.own_end(i, limit)
        for t in self.out.tokens:
            if t.dim != "residence" or not m.unit_end <= t.start < own_end or (t.start, t.dim) in self.out.used:
                continue
            located = _BEING_IN.search(self.text, max(0, t.start - 30), t.start)
            after = self.text[t.end : limit]  # "... in rural settlements of Akmola region": the region's rural part
            plain = not re.search(r"[,(—–]", self.text[m.unit_end : t.start])  # not "..., almost entirely through
            ends = _PLACE_ENDS.match(after) or re.match(
                r"\s+of\s+(?:the\s+)?(?-i:[A-Z])", after
            )  # closures in rural areas"
            if located and plain and ends:
                self.give(i, t, "labelled_value")
            return

    def trailing_place(self, i: int) -> None:
        """A place that ends the figure's own words is the figure's ("21,480 children were registered on the waiting
        list ... in Turkistan region, 14,950 in Shymkent"); one elsewhere in them leaves the figure unplaced."""
        if i in self.out.areas or i in self.out.unplaced:
            return
        m = self.mentions[i]
        limit = self.tail_end(i)
        own_end = self.own_end(i, limit)
        if self.text.rfind("(", 0, m.start) > self.text.rfind(")", 0, m.start):  # "(2,874 children), the lowest in
            closed = self.text.find(")", m.end)  # Abai region": a figure in parentheses ends with them
            own_end = min(own_end, closed) if closed >= 0 else own_end
        for t in self.out.tokens:
            if t.dim in ("unnamed", "ambiguous", "unknown") and m.unit_end <= t.start < limit:
                if _MOSTLY.search(self.text, max(0, t.start - 80), t.start):
                    continue  # "131 cases ..., most of them on cotton farms in the south of the country"
                self.out.unplaced.setdefault(i, _UNPLACED[t.dim])  # "724 such marriages, ..., in three regions"
                return
            if t.dim not in _PLACE_DIMS or not m.unit_end <= t.start < own_end:
                continue
            located = _IN_PLACE.search(self.text, max(0, t.start - 25), t.start)
            if t in self.parenthesized and not located:
                continue  # "... – Turkistan — 402": the label of the figure after it
            # "214 libraries for children in Kostanay region – 37 urban and 177 rural": the total's place, and its parts'
            if (t.dim == "ref_area" and t.code == "KZ") or (t.dim == "foreign" and not located):
                continue  # "refugee children, most of them from Afghanistan": an origin
            if t.dim == "foreign" and COMPARED_WITH.search(self.text, m.unit_end, t.start):
                continue  # "9.9 in 2021, a steeper decline than in Uzbekistan": what the figure is compared with
            if m.end < t.start and (
                RANKING_ASIDE.search(self.text, max(0, t.start - 90), t.start)
                or PART_HOLDER_AFTER.match(self.text, t.end)
            ):
                continue  # "22.1, 21.0 and 19.3 ... respectively, the highest values being recorded in Mangystau ..."
            if _MOSTLY.search(self.text, max(0, t.start - 80), t.start):  # "648,900 families, mainly in Turkistan"
                self.out.unplaced.setdefault(i, "a place where most of it is, not the figure's place")
                return
            ends = _PLACE_ENDS.match(self.text[t.end : limit]) is not None
            if (
                t.dim == "ref_area" and len({x.code for x in self.same_dim_run(t, limit)}) > 1
            ):  # "two of them, in Aktobe and
                self.out.unplaced.setdefault(i, "a figure for several places together, not for one of them")  # Atyrau"
                return
            if ends and located:  # "... registered with the consultation offices of Almaty city, the ..."
                self.give(i, t, "labelled_value")
                for j in self.listed_with(i, -1):  # "38,110, 21,400 and 40,925 schoolchildren of Akmola oblast":
                    if j in self.out.areas:  # the list's place
                        break
                    self.out.unplaced.pop(j, None)
                    self.give(j, t, "labelled_value")
            else:
                self.out.unplaced.setdefault(i, "a place is named among the figure's words, but not as its place")
            return

    def after(self, i: int) -> None:
        m = self.mentions[i]
        target = self.owner(i)
        unit_end = m.unit_end
        limit = self.tail_end(i)
        aside = _SHARE_ASIDE.match(self.text, unit_end)
        if aside and sum(aside.start() <= self.mentions[j].start < aside.end() for j in self.values) == 1:
            unit_end = aside.end()  # "61,032 (56.2 per cent) lived in urban areas": the count's label, past its share
            limit = self.tail_end(next(j for j in self.values if self.mentions[j].start >= aside.start()))
        for t in self.out.tokens:
            if t.dim == "year" or t.start < unit_end or t.start >= limit or t in self.parenthesized:
                continue
            if not _LABEL_AFTER.match(self.text[unit_end : t.start]):
                break
            if _PART_INTRODUCED.search(self.text, unit_end, t.start):
                break  # "from 231 to 154, including among boys of this age – from 162 to 101": the next figures' label
            if self.heads_next(t, limit):
                break
            if t.dim != "ref_area" and self.both_parts(t):
                break  # "98,950 girls and boys": both parts together, the whole
            run = self.same_dim_run(t, limit)
            self.ends.update(run)
            for n, label in enumerate(run):
                self.give(target, label, "labelled_value", more=n > 0)
            if t.dim == "sex" and not self.text[unit_end : t.start].strip():
                self.out.weak_sex.add(target)  # "273,800 women": the noun, a breakdown only beside a total
            break

    def both_parts(self, t: Label) -> bool:
        """Whether label t and the next are two parts of one dimension written together ("girls and boys")."""
        following = next((x for x in self.out.tokens if x.start >= t.end), None)
        return (
            following is not None
            and following.dim == t.dim
            and following.code != t.code
            and re.fullmatch(r"\s+(?:and|&)\s+", self.text[t.end : following.start]) is not None
        )

    def heads_next(self, t: Label, limit: int) -> bool:
        """Whether a label introduces the next figure rather than ending this one: "... at 24.3, in Kyzylorda
        region at 21.8", "..., for girls it was 97.1"."""
        following = [j for j in self.values if self.mentions[j].start >= t.end]
        if not following or self.mentions[following[0]].start != limit:
            return False
        return bool(_HEADS_NEXT.fullmatch(self.text, t.end, limit)) or not self.text[t.end : limit].strip()

    def clause_places(self) -> None:
        """ "In Pavlodar region, ...": the place applies to the clause's figures that have none of their own, and
        a place heading the sentence to the later clauses that name no place."""
        heading: Label | None = None
        for n, clause in enumerate(self.clauses):
            named = [t for t in self.out.tokens if t.dim in _PLACE_DIMS and clause.start <= t.start < clause.end]
            if n > 0 and heading is not None and not named:
                for i in self.values:
                    if clause.start <= self.mentions[i].start < clause.end and i not in self.out.areas:
                        self.give(i, heading, "labelled_value")
            for t in self.out.tokens:
                if t.dim not in _PLACE_DIMS or not clause.start <= t.start < clause.end:
                    continue
                head = self.text[clause.start : t.start]
                opening = clause.anchor.text if clause.anchor is not None else ""
                subject = re.fullmatch(r"[\s,]*(?:the\s+)?", head[len(opening) :] if head.startswith(opening) else head)
                # "In Pavlodar region, ...", "In 2023, Mangystau region ranked first ..., with 99.9 per cent"
                if not _CLAUSE_PLACE.match(head) and not subject:
                    continue
                for i in self.values:
                    m = self.mentions[i]
                    nearer = any(
                        p.dim in _PLACE_DIMS and t.end <= p.start and p.end <= m.start for p in self.out.tokens
                    )
                    if clause.start <= m.start < clause.end and i not in self.out.areas and not nearer:
                        self.give(i, t, "labelled_value")
                if n == 0:
                    heading = t
                break

    def respectively(self) -> None:
        self.same_years()
        self.opening_years()
        self.piped_years()
        self.slashed_years()
        self.listed_years()
        for r in _RESPECTIVELY.finditer(self.text):
            before = [i for i in self.values if self.mentions[i].end <= r.start()]
            runs = _runs(
                before,
                self.value_joined,
            )
            runs = [run for run in runs if len(run) >= 2 and not r.group(0).lower().startswith("the ")]
            if not runs:  # "...; in 2024 the corresponding figures were 93.2 and 74.5 per cent": the list after it
                runs = self.runs_after(r.end())  # "for 2020, 2021 and 2022 respectively, 2,310, 2,198 and 2,045"
            if not runs:
                continue
            run = runs[-1]
            keys = self.key_list(run, r.start())
            if keys is not None:
                self.in_order(run, keys)
                following = run
                for parallel in reversed(runs[:-1]):  # "women – 75.99, 75.15 and 77.57; men – 68.04, 66.36 and 70.37
                    gap = (self.mentions[parallel[-1]].unit_end, self.mentions[following[0]].start)  # (2019, 2020
                    if any(k.dim != "year" for k in keys) or len(parallel) != len(run):  # and 2022 respectively)"
                        break
                    if not _PARALLEL_LIST_GAP.fullmatch(self.text, *gap):
                        break
                    self.in_order(parallel, keys)
                    following = parallel
            else:
                unit = self.mentions[run[0]].unit
                before_run = [i for i in self.values if self.mentions[i].end <= self.mentions[run[0]].start]
                earlier = [i for i in before_run if self.mentions[i].unit == unit]
                if len(earlier) < len(run):  # "86,400 ... in 2018 and 93,150 in 2019, that is, 2.6 and 2.7 per cent"
                    earlier = before_run
                if len(earlier) >= len(run):
                    for i, j in zip(run, earlier[-len(run) :], strict=True):
                        self.out.partners[i] = j
                        self.out.rules.setdefault(i, "respectively")
            year = _YEAR_AFTER_RESPECTIVELY.match(self.text, r.end()) or YEAR_ASIDE.search(
                self.text, max(0, self.mentions[run[0]].start - 12), self.mentions[run[0]].start
            )  # "(2019: 89.4% and 77.5% respectively)": the year heading the list is every member's
            if year:
                for i in run:
                    self.out.periods.setdefault(i, (int(year.group(1)), int(year.group(1)), "respectively"))

    def runs_after(self, at: int) -> list[list[int]]:
        """The list of figures that starts right after `at` (a "respectively" its keys came before), if any."""
        after = [i for i in self.values if self.mentions[i].start >= at]
        gap = self.text[at : self.mentions[after[0]].start] if after else ""
        if not after or not re.fullmatch(r"\s*(?:were|are|stood at|amounted to)?\s*[,:]?\s*", gap):
            return []
        runs = _runs(after, self.value_joined)
        return runs[:1] if len(runs[0]) >= 2 else []

    def listed_years(self) -> None:
        """Years listed once for lists of as many figures, by order: after a list ("24,120, 22,864 and 21,307 at the
        end of 2019, 2020 and 2021") or heading them ("Under-five mortality (2020, 2021, 2022): boys – 10.9, 10.4 and
        9.8; girls – 8.7, 8.5 and 7.9")."""
        runs = [run for run in _runs(self.values, self.value_joined) if len(run) >= 2]
        for run in runs:
            after = _YEARS_AFTER_LIST.match(self.text, self.mentions[run[-1]].unit_end)
            years = [
                t for t in self.out.tokens if t.dim == "year" and after and after.start(1) <= t.start < after.end(1)
            ]
            if after and len(years) == len(run):
                self.in_order(run, years)
        head = _HEADING_YEARS.search(self.text)
        if head:
            years = [t for t in self.out.tokens if t.dim == "year" and head.start() <= t.start < head.end()]
            for run in runs:
                if self.mentions[run[0]].start > head.end() and len(run) == len(years):
                    self.in_order(run, years)

    def slashed_years(self) -> None:
        """ "1 412 / 2 005 / 2 876 (2020 / 2021 / 2022)": figures joined by slashes follow the slashed years after
        them, in order."""
        for head in _SLASHED_YEARS.finditer(self.text):
            years = [t for t in self.out.tokens if t.dim == "year" and head.start() <= t.start < head.end()]
            before = [i for i in self.values if self.mentions[i].unit_end <= head.start()]
            runs = _runs(
                before,
                lambda a, b: bool(_SLASH.fullmatch(self.text, self.mentions[a].unit_end, self.mentions[b].start)),
            )
            if (
                runs
                and len(runs[-1]) == len(years) >= 2
                and not self.text[self.mentions[runs[-1][-1]].unit_end : head.start()].strip()
            ):
                self.in_order(runs[-1], years)

    def piped_years(self) -> None:
        """A table row flattened into a sentence: "2021 | 2022 | 2023: 2,912 | 2,887 | 2,861, of which in rural
        areas: 2,204 | 2,176 | 2,150": every run of as many figures joined by '|' follows the years in order."""
        head = _PIPED_YEARS.search(self.text)
        if not head:
            return
        years = [t for t in self.out.tokens if t.dim == "year" and head.start() <= t.start < head.end()]
        after = [i for i in self.values if self.mentions[i].start >= head.end()]
        runs = _runs(
            after, lambda a, b: bool(_PIPE.fullmatch(self.text, self.mentions[a].unit_end, self.mentions[b].start))
        )
        for run in runs:
            if len(run) == len(years) >= 2:
                self.in_order(run, years)

    def opening_years(self) -> None:
        """A list of years heading the sentence and a list of as many figures in it: "In 2020 and 2021, 1,112 and
        1,054 early marriages were registered" (the same order, even without "respectively")."""
        opening = _YEAR_LIST_OPENING.match(self.text)
        if not opening:
            return
        years = [t for t in self.out.tokens if t.dim == "year" and t.end <= opening.end()]
        after = [i for i in self.values if self.mentions[i].start >= opening.end()]
        runs = _runs(after, self.value_joined)
        if runs and len(runs[0]) == len(years) >= 2:
            self.in_order(runs[0], years)

    def same_years(self) -> None:
        """ "... 73,972, 75,315 and 76,740 at the end of 2020, 2021 and 2022 respectively, while ... numbered 178,602,
        181,244 and 184,057 in the same years": a list of figures takes an earlier list of years, in order."""
        for phrase in _SAME_YEARS.finditer(self.text):
            before = [i for i in self.values if self.mentions[i].end <= phrase.start()]
            runs = _runs(
                before,
                self.value_joined,
            )
            if not runs or len(runs[-1]) < 2:
                continue
            run = runs[-1]
            years = [t for t in self.out.tokens if t.dim == "year" and t.end <= self.mentions[run[0]].start]
            lists = _runs(years, lambda a, b: bool(_LIST_JOINER.match(self.text[a.end : b.start])))
            keys = next((k for k in reversed(lists) if len(k) == len(run)), None)
            if keys is not None:
                self.in_order(run, keys)

    def key_list(self, run: list[int], respectively_at: int) -> list[Label] | None:
        """The list of labels (or years) as long as the list of figures, after it or before it."""
        first, last = self.mentions[run[0]], self.mentions[run[-1]]
        clause = self.clause_of(first.start)
        windows = ((last.end, respectively_at), (clause.start if clause.start < first.start else 0, first.start))
        for lo, hi in windows:
            candidates = [
                t
                for t in [*self.out.tokens, *self.concept_keys]
                if lo <= t.start and t.end <= hi and t.dim not in _UNPLACED
            ]
            for dim in dict.fromkeys(t.dim for t in candidates):
                of_dim = [t for t in candidates if t.dim == dim]
                runs = _runs(of_dim, lambda a, b: bool(_LIST_JOINER.match(self.text[a.end : b.start])))
                for keys in reversed(runs):
                    if len(keys) == len(run):
                        return keys
                compared = len(of_dim) == 2 and _THAN.search(self.text, of_dim[0].end, of_dim[1].start)
                if len(run) == 2 and compared and of_dim[0].code != of_dim[1].code:
                    return of_dim  # "women ... live longer than men (78.56 and 70.01 years respectively)"
        return None


def read(
    text: str,
    mentions: list[Mention],
    clauses: list[Clause],
    catalogue: Catalogue,
    exclude: list[tuple[int, int]] = (),
    concepts: list[tuple[int, int, str]] = (),
) -> Labels:
    """The labels of one sentence and the figures they belong to. Labels inside `exclude` spans (the names of
    concepts) are not labels; `concepts` (start, end, concept) may be what a "respectively" list names."""
    return _Reader(text, mentions, clauses, catalogue, list(exclude), list(concepts)).read()
