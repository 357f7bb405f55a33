"""Bind each figure of a paragraph to an indicator, a period and its dimensions, or say why not.

Sentence by sentence: the numbers and their roles (mentions), clauses and the times at their head
(timex), the concepts named (catalogue), the labels of parts (labels). Each figure then gets a
period from the first rule of `indicators.rules` that gives one, a total when it is a part of one,
and an indicator from, in this order: what follows it (a predicate such as "were raised in families
under guardianship", or the noun it counts), the total or the list it belongs to, the figure it is
stated with ("19,156 children, or 81.8 per cent"), "such"/"of these", the subject of its clause,
the subject of an earlier clause or sentence that "it", "the figure", "their number" refers to.
A figure is published only when its unit, age, place and population fit the indicator.
"""

from __future__ import annotations

import itertools
import re

from indicators import derive, labels
from indicators.ages import THAT_AGE, age_codes
from indicators.catalogue import Catalogue, ConceptMention, Indicator
from indicators.dimensions import CODES, of_kind
from indicators.mentions import Mention, classify, noun_head
from indicators.places import region_list
from indicators.reading import Context, DocumentContext, Guess, Observation, Reading
from indicators.rules import PERIOD_RULES
from indicators.timex import (
    BULLETS,
    MONTHS,
    RELATIVE_YEAR,
    RESPECTIVELY,
    UNRESOLVED_TIME,
    YEAR,
    anchor,
    clauses,
    is_base_year,
)
from indicators.units import VALUE_KIND, named_pattern, named_unit

NO_INDICATOR = "the sentence names no catalogue indicator"  # a guess for it can only come from the paragraph's topic
_UNREAD_LABEL = "listed with labelled parts, but no label of its own"
_UNREAD_HOLDER = "held by institutions whose breakdown label was not read"

_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|they)\s+(?:\w+\s+)?(?:stood|was|were|is|are|amounted|reached|fell|rose|dropped|declined|grew|made up"
    r"|totall?ed|numbered)\b",
    re.IGNORECASE,
)
# a clause whose own subject acts on the figure: "and our benefits advisers helped 1,126 large families"
_ACTOR_CLAUSE = re.compile(
    r"\W*(?:(?:and|but|while|whereas)\s+)?(?:our|the|its|their|this|these)\s+(?:[\w-]+\s+){0,3}?[a-z]+ed\s+"
    r"(?:some\s+|about\s+|another\s+)?",
    re.IGNORECASE,
)
_NAMED_COUNT = re.compile(r"\bthe\s+([a-z]{4,})\s+(?:count|figure|number|total|rate|tally)\b", re.IGNORECASE)
_OF_WHOM_BEFORE = re.compile(
    r"\b(?:of|among) (?:whom|which|them|these|those),?\s+(?:(?:about|some|around|approximately|nearly|almost|over|only)\s+)?$",
    re.IGNORECASE,
)
_SHARE_OF_IT = re.compile(r"\b(?:most|many|all|some|half|none|few|each|several|the majority)\s+$", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:it|its|their|they|them|this number|the number(?! of)|this figure|the figure(?! of)|the figures(?! of)"
    r"|the corresponding (?:figure|number|share|rate|indicator|ratio|value|level|proportion|total)s?|this (?:share|proportion|rate|indicator|ratio|total)"
    r"|the (?:proportion|share|rate|ratio|total|indicator)(?! of)"
    r"|the (?:highest|lowest|largest|smallest|greatest|higher|lower) (?:rates|shares|proportions|figures|numbers|levels|values)(?! of)"
    r"|of these|of them|of those|such (?:children|cases|persons)"
    r"|(?:these|those|such|the said) (?:organi[sz]ations|institutions|facilities|establishments)"
    r"|the latter|the former|th(?:at|is) (?:was|is)|the (?:share|proportion|number) of (?:such|these|those) [a-z-]+|these (?:allowances|benefits|payments|cases|children)"
    r"|(?:that|this|the same|the said) (?:article|provision|offence|crime)|the (?:said|aforementioned|above-mentioned) [a-z-]+"
    r"|th(?:is|at) (?:represents|represented|corresponds|corresponded|amounts|amounted|accounts|accounted|makes up|made up"
    r"|constitutes|constituted|equals|equalled))\b",
    re.IGNORECASE,
)
_WHOLE_THEN_VERB = re.compile(
    r"\s*of\s+(?:all\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:children|pupils|schoolchildren|students|adolescents|minors)\s+(?=\w)",
    re.IGNORECASE,
)
# "the courts considered 1 904 cases on deprivation of parental rights": the cases heard, not those granted
_PROCESS_VERB = re.compile(
    r"\b(?:considered|examined|heard|reviewed|filed|submitted|lodged)\b(?=[^.;,]{0,30}$)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?:their|its) (?:number|share|proportion|total|rate)\b", re.IGNORECASE)
_HAD_BEFORE = re.compile(
    r"\b(?:had|has|have|identified|registered|recorded|counted|detected|revealed)\s+(?:some\s+|about\s+|only\s+)?$",
    re.IGNORECASE,
)  # "... identified 27 of them": the count of what 'them' names, when no figure before is their total
_THESE_NOUN = re.compile(r"\b(?:of|among) (?:these|those) ([a-z-]+)\s*,", re.IGNORECASE)  # "Of these families, ..."
_ANAPHORIC_NOUN = re.compile(r"\s*(?:of\s+)?(?:such|these|those|them|this|the same)\b", re.IGNORECASE)
_LEADING_WHOLE = re.compile(r"^\W*(?:of|out of) (?:the|all|a total of|the total of)\s+$", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"(?:\b(?:out )?of (?:whom|which|them)|\bfrom (?:them|which|whom)|\b(?:out )?of (?:these|those)\s*,|\bincluding|"
    r"\b(?:out )?of (?:the|this|that) (?:total|number)(?: number)?\s*,|\bamong (?:them|whom|these)|\bincl\.|\bof which"
    r"|\b(?:the bulk|most|the majority|many|some|the rest|the remainder) of (?:them|these|those|whom)\s*(?:[—–-]|\()?)"
    r"\s*:?\s*,?\s*(?:(?:were|was|are|is)\s+)?$",  # "among them were 17 children who ..."
    re.IGNORECASE,
)
_WHOLE_NAMED = re.compile(r"\s*(?:out )?of (?:the|these|those|all)\s+([a-z-]+)\b", re.IGNORECASE)
_INSIDE = re.compile(r"\s*in\s+(?:the\s+)?(organi[sz]ations|institutions|facilities|families|schools)\b", re.IGNORECASE)
_LIVING_IN = re.compile(
    r"\s*(?:[a-z-]+\s+){0,3}?(?:(?:were|are|was|is)\s+)?(?:living|lived|placed|brought up|raised|accommodated|housed|staying"
    r"|stayed|kept)\s+in\s+(?:the\s+|these\s+|those\s+)?(?:\d[\d ,.]*\s+)?"
    r"|\s*(?:\(\s*[\d.,]+\s*(?:%|per\s?cent)\s*\)\s*)?[–—]\s*in\s+(?:the\s+|these\s+|those\s+)?",  # "3,101 (13.5%) – in
    re.IGNORECASE,  # organizations for orphans ...": the verb of the list item before, left out
)
# "This represents 11.6 per cent of all ...", "they accounted for 23.8 per cent of all ...": the count before, restated
_SHARE_REFERS_BACK = re.compile(
    r"^\W*(?:(?:and|which|this|these|they|this figure|this number|that|it)\s+)?(?:figure\s+|number\s+)?"
    r"(?:represents?|represented|corresponds?|corresponded|amounts?|amounted|accounts?|accounted|makes?|made|constitutes?"
    r"|constituted|is|was|were|are|equals?|equalled)\b[^.;\d]{0,20}$",
    re.IGNORECASE,
)
_OWN_WHOLE_AFTER = re.compile(r"\s+of\s+(?!(?:them|these|those|whom|which)\b)(?:all\s+|the\s+)?[a-z]", re.IGNORECASE)
_STATED_BEFORE = re.compile(
    r"\b(?:stood at|amounted to|totall?ed|reached|numbered|was|were|made up|came to)\s+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)
# a part with a verb of its own: what it did is not what its total counts
_OWN_ACTION = re.compile(
    r"\s+(?:of\s+(?:them|whom|these|those)\s+)?(?:later|also|subsequently|then|eventually|afterwards)?\s*"
    r"(?!(?:were|was|are|is|had been|have been|has been|being|lived|living|registered|recorded)\b)"
    r"(?:[a-z]+ed|took|went|gave|got|had|made|became|left|ran|saw|found|won)\b",
    re.IGNORECASE,
)
_TIME_SUBSET = re.compile(
    r"\s*(?:of (?:them|these|which|whom)\s+)?(?:[a-z]+\s+)?[–—-]?\s*(?:in|during|for)\s+((?:19|20)\d\d)(?:\s+year)?(?:\s+alone)?\s*(?:[,;.)]|$)",
    re.IGNORECASE,
)
# a clause that is only a time and its figure: the subject and the measure of the figure before
_ELLIPTIC_TIME = re.compile(
    rf"\W*(?:and\s+|while\s+|whereas\s+)?(?:in\s+{YEAR}|by\s+{YEAR}|(?:a|one) year (?:earlier|before|later)"
    rf"|the (?:previous|preceding|following) year|in the same year|that year)\s*(?:[–—:-]|,)?\s*(?:at|to|by)?\s*",
    re.IGNORECASE,
)
_NEW_SUBJECT = re.compile(r"\band\s+(?:the|its|their)\s+(?:share|number|proportion|percentage|rate|ratio)\b", re.I)
_OF_THE = re.compile(r"\s*(?:of|out of) (?:the|these|those|a total of|all)\s+(?=\d)", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s*(?:(?:out )?of (?:whom|which|them|these|those|the))\b", re.IGNORECASE)
# between a figure and the share (or count) it is restated as: "19,156 children, or 81.8 per cent", "5,720 schools (76.4
# per cent", "1,148,900 children, that is 30.1 per cent", "19,184 ... – 87.6 per cent"
_PAIR_GAP = re.compile(
    rf"^(?:[^\d;(){BULLETS}]|(?:19|20)\d\d|\d\d?(?=\s+(?:{MONTHS})(?![a-z]))){{0,160}}?"  # never across a bullet
    r"(?:,\s*or\s+(?:some\s+|about\s+)?|\(\s*|,\s*(?:that is|i\.e\.),?\s+|\s+[—–]\s+|,\s*representing\s+"
    r"|,\s*(?:which is |which was )?equal to\s+|,?\s*accounting for\s+|,\s*or\s+|,?\s*(?:which )?correspond(?:s|ing)? to\s+"
    r"|,?\s*amounting to\s+|,?\s*making up\s+|,?\s*constituting\s+"
    r"|,\s*which (?:composed|constituted|made up|makes up|accounted for|accounts for|amounted to|amounts to|represented|"
    r"represents|comprised|comprises|is|was|equals|equalled)\s+)$",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:of|out of)\s+(?:the|all|a total of)?\s*(?:[a-z'’-]+\s+)?$", re.IGNORECASE
)
_NOUN_WORD = r"(?!(?:were|was|are|is|had|has|have|of|whom|which|in|at|to|for|from|by)\b)[a-z'’-]+(?<!ed)"
_COORDINATION = re.compile(
    rf"\s*(?:{_NOUN_WORD}\s+){{0,3}}(?:and|or)\s+|\s*(?:{_NOUN_WORD}\s+){{0,3}}{_NOUN_WORD},\s+(?:and\s+)?",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$", re.IGNORECASE)
_PARTICIPATION = re.compile(
    r"^[\s,]*(?:(?!(?:but|while|which|who|that|whereas)\b)[\w'’-]+,?\s+){0,7}?(?:took part|take part|taking part|participated|participate|were involved|was involved|"
    r"involved|were engaged|engaged|were enrolled|enrolled|attended|attend|attending|were covered|covered|received|"
    r"receiving|were receiving|were provided with|benefited from|rested|stayed|spent (?:\w+ )?(?:holidays|time|summer)|"
    r"went|were sent|were accommodated|were placed|lived|live|living|(?:were |was )?(?:registered|listed|put|occupied|employed)"
    r"|joined|join|joining|studied|studying|worked|working|(?:were|was|are|is|remained|remain))\s+(?:(?:in|by|with|at|from|to|on)\s+)?"
    r"(?:(?:the\s+)?(?:activities|work|programmes|events)\s+(?:at|in|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_COVERS = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:covered|reached|included|involved|served|accommodated|housed|held|kept|(?:was|were) (?:provided|paid|"
    r"granted|assigned) to|(?:was|were) received by|(?:was|were) attended by)\s+(?:some\s+|about\s+|almost\s+)?$",
    re.IGNORECASE,
)
_COMPARED = re.compile(
    r"(?:,\s*)?(?:(?:down|up)\s+from|compared (?:with|to)|as against|against|versus|vs\.?|as opposed to|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "..., the great majority of the minor spouses being girls aged 16–17": the age of most of them, not of all
_MOST_OF_THEM = re.compile(
    r"\b(?:the (?:great |vast |overwhelming )?majority|most|mostly|mainly|predominantly|largely)\b[^.;\d]*$",
    re.IGNORECASE,
)
_REFUSED_BEFORE = re.compile(
    r"\b(?:rejected|refused|dismissed|denied|declined|turned down|withdrew|returned)\s+(?:some\s+|about\s+|another\s+)?$",
    re.IGNORECASE,
)
_NAMED_ITEM = re.compile(
    r"\W*(?!(?:total|in total|overall|all|altogether|of which|of them|including|incl|among them|and|or)\b)"
    r"(?:[a-z][\w'’-]*\s+){2,8}?[–—]\s*",
    re.IGNORECASE,
)
_DESCRIBED_PART_BEFORE = re.compile(
    r"\bincluding (?:those|the ones|cases|ones)\s+(?:where|in which|who|whose|with|that)\b[^.;\d]{0,80}?[–—:]\s*$", re.I
)
_PART_FOLLOWS = re.compile(r"[,;–—]\s*(?:(?:out )?of|from|among) (?:them|whom|which)\b|,\s*including\b", re.IGNORECASE)
_PART_HEADING = re.compile(
    r"\W*(?:(?:out )?of (?:them|these|which|whom)|from them|including|incl\.|among them)\b", re.I
)
_HEADS_DASHED = re.compile(r"\s*[–—]\s*")
_NAMES_DASHED = re.compile(r"[^.;\d]{0,80}?\s[–—]\s*")  # "brought up in families ... – 21 004": the name of the next
_FROM_AFTER_END = re.compile(
    rf"\s*(?:units\s+)?(?:in\s+{YEAR}|\(\s*{YEAR}\s*\))?\s*,?\s*from\s+(?:the\s+)?", re.IGNORECASE
)
# "1.13 million children (2020: 1,078.6 thousand)": the same measure for another year
_YEAR_IN_PARENTHESES = re.compile(r"[^()\d]{0,30}\(\s*(?:in\s+)?(?:19|20)\d\d\s*[:–—-]\s*", re.IGNORECASE)
_HEADING_UNIT = re.compile(
    rf"(?:,\s*|\()(?:{named_pattern()})(?:\s+[a-z ]{{0,40}}?)?\)?[\"”»]?\s*(?:[,:—–|]|\s-\s|$)", re.IGNORECASE
)
# "Share of orphans ... raised in families, % | 2021 fact 88.4 | 2022 fact 89.7": a table row whose caption names the unit
_ROW_UNIT = re.compile(rf",\s*(?:{named_pattern()})[\"”»]?\s*\|", re.IGNORECASE)
_VERB_BETWEEN = re.compile(
    r"\b(?:[a-z]+ed|were|was|is|are|being|been|has|have|had|ranked|ranks|accounts?|makes?|made)\b", re.IGNORECASE
)
# "infant mortality among Roma families", "... from respiratory diseases", "... in private clinics": a rate of a
# group or a cause, not the indicator's population
_RATE_RESTRICTION = re.compile(
    r"\s*,?\s*((?:among|from|for|in|at|excluding|except|caused by|due to)\s+"
    r"(?!(?:the\s+)?(?:country|republic|whole|nation)\b|kazakhstan\b|(?:19|20)\d\d|\d"
    r"|(?:children|minors|adolescents|girls|boys|juveniles|teenagers|young people|the same|that|this|(?:the )?ages?|aged)\b)[\w-]+)",
    re.IGNORECASE,
)
# "45 students of grades 9-11", "140 students of colleges": a part of the children no breakdown names
_SCHOOL_GROUP = re.compile(
    r"\s*(?:[\w'’-]+\s+){1,3}?(?:of|in|from|at)\s+(?:the\s+)?(?:grades?|forms?|classes|colleges?|universit\w*|lyceums?"
    r"|vocational\b|technical and vocational\b)",
    re.IGNORECASE,
)
_COMPARISON_WORD = re.compile(r"\b(?:compared (?:with|to)|against|than|versus|vs\.?|from)\b", re.IGNORECASE)
_ASIDE_OPENS = re.compile(r"\s[—–]\s|\(")
_INHERITED_TIME = {"sentence_year", "clause_year", "carried_year", "context_year", "heading_year"}
_IRREGULAR_VERB = re.compile(r"\b(?:stood|stands|rose|rises|fell|falls|grew|grows)\b", re.IGNORECASE)
_OWN_SUBJECT = re.compile(
    r"\b(?:the|a|their|its)\s+(?:[\w-]+\s+){0,3}?(?:number|share|proportion|percentage|total|rate|ratio|level)\s+(?:of|for|among)\b"
    r"|\bthe\s+[\w-]+\s+(?:[\w-]+\s+)?(?:rate|ratio)\s+(?:was|were|is|stood|amounted|reached)\b"  # "the neonatal mortality rate was"
    # "; tuberculosis incidence among children was 9.1": a measure of its own, named without an article
    r"|(?:(?<=;)|(?<=; )|(?<=, ))(?:and\s+)?[a-z][\w-]*\s+(?:incidence|prevalence|morbidity|mortality|rate|ratio)\s+(?:(?:among|in|of|for)\s+[\w-]+\s+)?"
    r"(?:was|were|stood at|amounted to|reached)\s*$",
    re.IGNORECASE,
)
# "; preventive medical examinations covered 97.8 per cent of pupils": a clause with a subject and verb of its own
_SUBJECT_VERB = re.compile(
    r"\W*(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){1,4}?(?:covered|reached|involved|included|affected|served)\s+"
    r"(?:some\s+|about\s+|almost\s+|nearly\s+|only\s+)?"
    # "..., but the per-capita State order was paid for 941,700": a passive clause with a subject of its own
    r"|\W*(?:(?:but|and|while|whereas|yet)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){1,4}?(?:was|were)\s+[a-z]+(?:ed|id|en|wn|nt|ld|de|ght)\s+"
    r"(?:for|to|at|by|on)\s+(?:some\s+|about\s+|almost\s+|nearly\s+|only\s+)?",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(
    r"\b(?:and|or|but|while|whereas|was|were|is|are|had|has|have|for|with|in|at|to|by|from|on)\b", re.IGNORECASE
)
_NUMBER_OF_HEAD = r"\b(?:the|a|their|its)\s+(?:total\s+)?number of\s+"
_NUMBER_OF = re.compile(_NUMBER_OF_HEAD + r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)
_COUNTED_HEAD = re.compile(_NUMBER_OF_HEAD + "$", re.IGNORECASE)  # what follows is what is counted
_FOR_WHOM = re.compile(r"\b(?:for|serving|intended for)\s+(?:the\s+)?$", re.IGNORECASE)
_ELIDED_GAP = re.compile(
    r"\b(?:to|against|compared (?:with|to)|from|versus|as against|than)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_WHOLE_BEFORE = re.compile(
    r"\b(?:of|among|in)\s+(?:all|the total(?: number of)?|total)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)
_DATED_WHOLE = re.compile(rf"\s*of (?:the|these|those)\b[^.;,\d]{{0,60}}?\b({YEAR})\b", re.IGNORECASE)
_ACCOUNTED = re.compile(
    r"\baccount(?:ed|s|ing)? for (?:the )?(?:(?:largest|highest|greatest|smallest|lowest|biggest) )?(?:numbers?|most|majority|bulk)"
    r" of\s+(?:the\s+|all\s+)?$",
    re.IGNORECASE,
)
_PART_MARKER = re.compile(
    r"\b(?:(?:out )?of (?:them|whom|which|these|those)|from them|including|among them)\b", re.IGNORECASE
)
_SUCH_WORDS = r"(?:such|the said|the aforementioned|the above-mentioned)\s+([a-z-]+)"
_SUCH = re.compile(rf"\s*{_SUCH_WORDS}", re.IGNORECASE)  # right after a figure
_SUCH_NOUN = re.compile(rf"\b{_SUCH_WORDS}", re.IGNORECASE)  # anywhere
_FIGURE_IN_NAME = re.compile(r"(?<=[a-z] )of\s+\d[\d.,]*\s*(?:per\s?cent|%)\s+(?=(?:in|for|at)\s)", re.IGNORECASE)
_WHOLE_AFTER = re.compile(
    r"\s+of\s+(?:all\s+|the\s+total\b(?:\s+number\s+of\s+)?|their\s+total\b(?:\s+number)?(?:\s+of\s+)?|the\s+)?"
    r"(?!(?:them|these|those|the total|their total)\b)",
    re.IGNORECASE,
)
_INCLUDES = re.compile(r"\b(?:includes?|included|comprising|comprises?)\s+(?:some\s+|about\s+)?$", re.IGNORECASE)
_COMPOSITION_BEFORE = re.compile(
    r"\b(?:boys|girls|males|females|men|women|urban residents|rural residents)\s+(?:made up|make up|accounted for|account for|"
    r"represented|represent|comprised|constituted|were|are)\s+(?:some\s+|about\s+|almost\s+)?$",
    re.IGNORECASE,
)
_COMPOSITION_AFTER = re.compile(
    r"\s*(?:of (?:them|these|those|whom|the total|all \w+)\s+)?(?:were|was|are|is|lived|live|living)\s+"
    r"(?:in\s+(?:rural|urban)|in\s+(?:towns|cities|villages|the countryside)|boys|girls|male|female|men|women)\b",
    re.IGNORECASE,
)
# "foster families alone accounted for 2,108", "in Turkistan region alone 380 beds were closed"
_ALONE = re.compile(r"\b([\w'’-]+)\s+alone\b[^.;\d]{0,30}$", re.IGNORECASE)
_QUANTITY = re.compile(r"\d|\b(?:half|most|majority|third|quarter|some|many|few|several)\b", re.IGNORECASE)
_HEADING_SCALE = re.compile(r"[(,]\s*(thousands?|thous\.|millions?|mln)(?:\s+[a-z]+)?\s*\)?\s*:?\s*$", re.IGNORECASE)
_DASH_DESCRIPTION = re.compile(r"\s+[—–]\s+(?![\d(])")
_DESCRIBED_UNIT = re.compile(rf"\b(?:{named_pattern()})", re.IGNORECASE)
_ALONE_DIMS = of_kind("population", "place")  # "girls alone accounted for 57": a part, not the whole
_NOT_TOTALS = frozenset("regions oblasts districts cities towns villages countries times years months days".split())
# the rules that may date an end of "from X to Y": its own year, a list's, or the ends of a span
_TREND_RULES = frozenset(
    ("year_label", "respectively", "value_in_year", "trend_span", "trend_reporting_period", "trend_same_period")
)
_RATE_BEFORE = re.compile(r"\bper\s+(?:1|10|100)[, ]?000\b|\bper\s+(?:thousand|capita|head)\b", re.IGNORECASE)
_ATTENDED_BY = re.compile(
    r"\b(?:attended|used|visited|served|covered|housed|accommodated|raised|brought up)\s+by\s+(?:some\s+|about\s+)?$"
    r"|\(\s*with\s+$|\b(?:providing|provided|offering|offered)\s+(?:[\w-]+\s+){1,3}to\s+$"
    r"|\b(?:were |was )?(?:bringing up|raising|brought up|raised|caring for|looking after)\s+$|\bin which\b[^.;\d]{0,25}$"
    r"|,\s*(?:housing|accommodating)\s+(?:some\s+|about\s+)?$"  # "... remained open, housing 2 104 children"
    r"|\bthey\s+(?:\w+\s+)?(?:enrolled|admitted|accommodated|housed|served|took in|cared for)\s+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)
_CONTAINED = re.compile(
    r"\b(?:children|pupils|residents)\s+(?:(?:were|are|was|had been)\s+)?(?:being\s+)?"
    r"(?:(?:living|lived|live|lives|staying|stayed|studying|studied|enrolled|placed|brought up|raised)\s+)?(?:in|at)\s+"
    r"(?:them|(?:these|those|such) (?:[\w-]+ )?(?:organi[sz]ations|institutions|families)|those)\b"
    r"|\btheir (?:residents|pupils|wards)\b"
    r"|^\W*in\s+(?:them|(?:these|those|such)\s+(?:[\w-]+\s+)?(?:organi[sz]ations|institutions|families))\b"
    r"|\b(?:attended|attend|attending|used|visited)\s+them\b",
    re.IGNORECASE,
)
_TOPIC_HEAD = re.compile(
    r"\W*(?:regarding|concerning|as regards|as for|as to|with regard to|with respect to|in respect of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TOPIC_ONLY = re.compile(
    r"\b(?:against|prevent\w*|combat\w*|tackl\w*|address\w*|about|concerning|regarding|related to|aimed at|awareness of"
    r"|risk of|prevention of|campaigns? on|reduc\w+)\s+(?:the\s+)?(?:number of\s+|problem of\s+|issue of\s+)?$",
    re.IGNORECASE,
)
_PERCENT_OF = re.compile(r"(?:per\s?cent|%)\s+of\s+(?:the\s+|all\s+)?", re.IGNORECASE)
_RATE_BASE = re.compile(r"\bper\s+\d{1,3}(?:[\s,.\u00a0]?000)*\s+(?:thousand\s+)?(?:the\s+)?", re.IGNORECASE)
_ALL_CHILDREN_AGE = re.compile(r"\b0\s*[-–—]\s*17\b|\bunder\s+(?:the\s+age\s+of\s+)?18\b", re.IGNORECASE)
_TARGET = re.compile(
    r"\b(?:targets?|goals?|objectives?|aims? (?:to|at)|aimed at|plans? to|planned|projected|expected to|forecasts?|"
    r"envisag\w+|scheduled to|(?:is|are) to|intends? to|to reach|to bring|to increase|to raise|to reduce|"
    r"to lower|to decrease"
    # "I should say", "I will say it in words": a speaker's aside, not a plan
    r"|(?:will|shall|should|must)(?!\s+(?:(?:just|also|again)\s+)?(?:say|stress|note|emphasi[sz]e|add|underline|repeat|"
    r"point out|remind|mention|clarify|recall|admit|be honest|put it)\b))\b",
    re.IGNORECASE,
)
# "the 100 per cent that the State Programme envisages for 2025", "12 per cent planned for 2025"
_TARGET_AFTER = re.compile(
    r"\s*(?:that|which)\b[^.;]{0,80}?\b(?:envisag|plan|target|aim|foresee|project|forecast|expect|seek)\w*"
    r"|[^.;,]{0,20}?\b(?:planned|targeted|envisaged|projected|forecast|expected|foreseen|set as a target) (?:for|by|in)\b",
    re.IGNORECASE,
)
# "for children born to mothers without health insurance": a part of the population that no dimension describes
_SUBPOPULATION = re.compile(
    r"\b(?:for|among|of|in)\s+(?:the\s+)?((?:children|girls|boys|adolescents|pupils|infants|newborns|families|mothers|"
    r"minors)\s+(?:born to|whose|who (?:are|were|have|had|live|lived)|without|from (?:families|households)|of mothers|"
    r"living with))",
    re.IGNORECASE,
)
# "3,412 such children were newly identified", "1,058 new kindergartens were opened": a flow, not a stock
# "... to 82 in 2019, in hospitals from 27": the next item of a list of dated trends
_DATED_ITEM_GAP = re.compile(
    rf"\s*(?:in\s+|\(\s*)?{YEAR}\)?\s*(?:[,;]\s*(?:and\s+)?|and\s+)(?:in|for|among|within|at)\s+[^.;\d]*?(?:from\s+)?",
    re.IGNORECASE,
)
# "among the children under State protection at the end of the year, 6,014 were orphans ..."
_AMONG_LEAD = re.compile(r"\bamong\s+(?:the\s+|all\s+)?[^,;\d]+,\s*$", re.IGNORECASE)
_SUBSET_PREDICATE = re.compile(
    r"\s+(?:were|was)\s+(?!(?:registered|recorded|counted|reported|identified|listed|noted|in|at|on|as)\b)[a-z]",
    re.IGNORECASE,
)
_FLOW = re.compile(
    r"\b(?:newly|for the first time|first-time)\b|\bnew\s+(?:[a-z-]+\s+){0,2}?(?:were|was)?\s*(?:opened|built|created|set up)"
    r"|\b(?:were|was) (?:opened|built|newly|closed|liquidated|abolished|cut|reduced|converted)(?!\s+(?:to|by|from)\b)"
    r"|\b(?:revealed|detected)\b"  # "there were revealed 3 264 children left without parental care"
    r"|\b(?:during|in the course of|over) the year\b(?=[^.;\d(]{0,20}\d)"  # "such children placed ... during the year was 1,204"
    r"|(?<=\d)[^.;\d()]{0,60}\b(?:during|in the course of|over) the year\b"  # "1,204 were placed in families during the year"
    r"|(?<=\d )new\b|(?<=\d)\s+new\b",
    re.IGNORECASE,
)
# "planned values: 2024 – 155", "plan for 2024 – 95.0", "plan: 55.0", "target value – 100"
_OF_AN_AGE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:are|were|is|was)\s+(?:of\s+(?:pre-?school|school|primary school)\s+age"
    r"|younger than|older than|under\s+(?:the\s+age\s+of\s+)?\d)",
    re.IGNORECASE,
)
_FLOW_HEADING = re.compile(
    r"\b(?:opened|built|newly|commissioned|liquidated|closed down"  # not "created": "schools that had created the conditions"
    r"|new\s+(?:[\w-]+\s+)?(?:kindergartens|schools|libraries|organi[sz]ations|institutions|centres|camps|places))\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:plan(?:ned)?|targets?)(?:\s+(?:values?|figures?|levels?|indicators?))?\s*(?:for\s+(?:19|20)\d\d\s*)?(?:[:–—-]|$)",
    re.IGNORECASE,
)
# a heading that announces targets: every item of the list after its colon is one
_TARGET_HEADING = re.compile(r"\b(?:targets?|goals?|objectives?|planned|projected|forecasts?|envisaged)\b", re.I)
_ACTUAL = re.compile(
    r"\b(?:actual(?:ly)?|achieved|fact|reached|stood at|fell|rose|declined|decreased|increased|grew|dropped)\b",
    re.IGNORECASE,
)
_OF_THEM_AFTER = re.compile(r"\s*of (?:them|these|those|whom)\b", re.IGNORECASE)
_HEADS_FIGURE = re.compile(
    r"\w+\s+(?:value|figure|rate|average|level|indicator|share|number|total|ratio)s?\b[^.;\d]{0,30}?"
    r"\b(?:was|were|is|are|stood at|amounted to|reached|equalled|totall?ed|of|at)\s*",
    re.IGNORECASE,
)
# "Of these, 2,271 ...", "At the end of 2023 it reached 214,380", "in the oblast": a sentence that leans on the last
_REFERS_BACK = re.compile(
    r"\b(?:of|among) (?:these|them|those|this number|whom)\b|^(?:[^,]{0,40},\s*)?(?:it|its|they|their|this|these)\b"
    r"|^(?:in|during|over|at) [^,;]{0,30}?\s(?:it|they)\b"  # "In the same period they considered 1,032 ..."
    r"|^\W*(?:of|among) the (?:(?:19|20)\d\d )?(?:[a-z-]+ ){0,2}?(?:cases|pregnancies|children|families|total|number)\b"
    r"|\bthe (?:region|oblast|city)\b(?!\s+of)",
    re.IGNORECASE,
)
_COMPARED_PLACE = re.compile(
    r"\b(?:than|compared (?:with|to)|against|versus|unlike|like)\s+(?:in\s+)?(?:the\s+)?$", re.I
)
# "18.1 per cent of all ... in Kazakhstan", "Ulytau region, the youngest in the country": not where the figure holds
_NATIONAL_WORD = re.compile(
    r"\b(?:[Nn]ationally|[Nn]ationwide|national(?!\s+[A-Z])|[Rr]epublican(?!\s+[A-Z])|[Cc]ountry-?wide)\b"
)  # "against a national rate of 9.1", "when the republican value was 107.9"
_NOT_WHERE = re.compile(
    r"(?:\bof (?:all|the total)\b[^,;(]*|\bthe (?:[a-z]+est|most|least)\b[^,;(]{0,45})$", re.IGNORECASE
)
_SAMPLE = re.compile(
    r"\b(?:sample|surveyed|survey of|survey covering|respondents|interviewed|questioned|polled"
    r"|visited|inspected|monitored|audited)\b[^.;,\d]{0,15}$",
    re.IGNORECASE,
)
# "the three orphanages visited in Kostanay region", "31 schools were inspected": the ones seen, not all there are
_VISITED_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,3}?(?:(?:were|was|had been)\s+)?(?:visited|inspected|monitored|audited)\b", re.IGNORECASE
)
_GENERIC_VERB = re.compile(
    r"(?:registered|recorded|reported|identified|counted|documented|listed|noted|observed|living|resident|remained|"
    r"employed|working|considered|processed|examined|heard|reviewed|detected|established|recognized|recognised|"
    r"operating|functioning|functioned|operated|existed|open|opened|came|arrived|submitted|filed|lodged|addressed)$",
    re.IGNORECASE,
)
_PARTICIPLES = (
    "taken|given|seen|written|chosen|driven|fallen|risen|grown|shown|known|born|drawn|hidden|spoken|broken|beaten|"
    "sent|brought|put|found|kept|lost|paid|sold|taught|told|won|held|built|bought|caught|fed|led|met|run|set|spent"
)
_TAKING_PART = re.compile(
    r"(?:involved|enrolled|covered|engaged|placed|attended|received|raised|served|accommodated|included|participated)$",
    re.IGNORECASE,
)
_ADJECTIVES = r"(?:aged|based|related|entitled|named|called|dedicated|disabled|compared|followed|preceded|excluded)\b"
_PASSIVE = re.compile(
    rf"^(?:(?!\b(?:and|but|after|before|when|while|because|since|as|which|who|whereas|although|until|once)\b)[^;:]){{0,60}}?"
    rf"\b(?:were|was|are|is|have been|has been|had been)\s+(?:also\s+)?((?!{_ADJECTIVES})[a-z]+ed|{_PARTICIPLES})\b",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"^\s*,?\s*(?:who\s+|which\s+|that\s+)?(?:(?:were|was|are|is|had been|have been|has been|had|have|has|being)\s+)?"
    r"(?:(?:also|then|later|subsequently|successfully|officially)\s+)?"
    rf"((?!{_ADJECTIVES})[a-z]+ed|{_PARTICIPLES}|received|took|went|got|made|left|gave|came|became|spent|sat|underwent|fell|rose|grew|"
    r"attend|receive|take|use|live|lives|attends|receives|uses|benefit|benefited|participate|participated|sent|brought|put|"
    r"found|kept|lost|paid|sold|taught|told|won|arrived|died)\b",
    re.IGNORECASE,
)


def _regions(r: Reading, national: set[str]) -> list[labels.Label]:
    """The places below the country a sentence names, other than where an event was held ("told a briefing in
    Astana")."""
    return [
        t
        for t in r.labels.tokens
        if (t.dim == "ambiguous" or (t.dim == "ref_area" and t.code not in national))
        and not labels.EVENT_PLACE.search(r.text, max(0, t.start - 60), t.start)
    ]


def extract_paragraph(
    texts: list[str],
    catalogue: Catalogue,
    doc: DocumentContext,
    inherited: tuple[int, int] | None,
) -> list[Reading]:
    """The readings of one paragraph's sentences; `inherited` is the point in time the previous paragraph opened with."""
    paragraph = " ".join(texts)
    ctx = Context(doc, point=inherited)
    for text in texts:
        r = _read(text, catalogue, paragraph)
        _Binder(r, ctx, catalogue).bind()
        derive.add_derived(r, ctx, catalogue)
        _remember(r, ctx)
        ctx.earlier.append(r)
    return ctx.earlier


def _read(text: str, catalogue: Catalogue, paragraph: str) -> Reading:
    mentions = classify(text)
    parts = clauses(text)
    # "a net enrolment ratio of 99.8 per cent in primary education": the name runs around its figure
    masked = _FIGURE_IN_NAME.sub(lambda f: " " * len(f.group()), text)
    concepts = catalogue.mentions(masked, paragraph)
    inside_terms = [(c.start, c.end) for c in concepts]
    keys = [(c.start, c.end, c.concept) for c in concepts]
    found = labels.read(text, mentions, parts, catalogue, exclude=inside_terms, concepts=keys)
    return Reading(text, mentions, parts, concepts, found, anchor(text))


def _remember(r: Reading, ctx: Context) -> None:
    """What the next sentence may refer back to: its point in time, its span, its years, its topic."""
    for clause in r.clauses:
        a = clause.anchor
        if a is not None and a.point:
            ctx.point = (a.start, a.end)
        elif a is not None:
            ctx.span = (a.start, a.end)
    if r.anchor is not None and not r.anchor.point:
        ctx.span = (r.anchor.start, r.anchor.end)
    years = [
        int(m.token.text)
        for m in r.mentions
        if m.role == "year" and m.token.kind == "number" and not is_base_year(r.text, m.start)
    ]
    if years:
        # "... 601,340 in 2022, against 564,100 in 2020. That year, ...": which year is meant is not said
        opening = r.anchor.start if r.anchor is not None and r.anchor.point and r.anchor.start == r.anchor.end else None
        ctx.last_year = opening if opening in years else years[-1] if len(set(years)) == 1 else None
    if r.text.rstrip().endswith("?") and not r.values and len(set(years)) == 1:
        ctx.point = (years[0], years[0])  # "The figure for 2023? 24,812, and ...": the answer's year
    if r.topic:
        ctx.topic = r.topic
    points = {(o.period_start, o.period_end) for o in r.observations if o.obs_status == "A"}
    if len(points) == 1:
        ctx.last_period = points.pop()
    spans = {(o.period_start, o.period_end) for o in r.observations if o.period_end - o.period_start > 1}
    if len(spans) == 1:  # "57 offences recorded in 2015–2019 ... Over the same five years, 211 ..."
        ctx.span = spans.pop()


def _aside_before(text: str, m: Mention, later: Mention) -> bool:
    """Whether figure `m` is in parentheses that close before `later`: "642 ... (2016: 628), attended by 51,380"."""
    opened = text.rfind("(", 0, m.start)
    return opened > text.rfind(")", 0, m.start) and -1 < text.find(")", m.end) < later.start


class _Binder:
    def __init__(self, r: Reading, ctx: Context, catalogue: Catalogue) -> None:
        self.r, self.ctx, self.cat = r, ctx, catalogue
        self.concept_of: dict[int, str] = {}
        self.used: dict[int, ConceptMention | None] = {}
        self.flows: set[int] = set()  # figures that count what is new, which the figures listed with them share
        self.own_nouns: dict[int, ConceptMention] = {}  # figures whose counted noun names their concept
        self._inherit_units()
        self.part_of = self._part_of()
        self.unlabelled_parts: set[int] = set()
        self.held: set[int] = set()
        self.ages: dict[
            int, str
        ] = {}  # the age groups figures were found to be stated for  # figures found to live in the institutions or families a figure before counts
        self.runs = self._runs()
        self.groups = self._groups()
        self.pairs = r.pairs = self._pairs()

    # --- structure -----------------------------------------------------------------------------
    def _pairs(self) -> dict[int, int]:
        """Figures stated together as a count and its share: "19,156 children, or 81.8 per cent"; in "5,683 of
        the 10,956 organizations (51.9 per cent)" the share is the part's; lists pair element by element:
        "412,700 and 198,300 ..., accounting for 11.9 and 5.7 per cent"."""
        r = self.r
        pairs: dict[int, int] = {}
        values = r.values
        runs = self._runs()
        parts = {whole: part for part, whole in self.part_of.items()}
        for a, b in itertools.pairwise(values):
            ma, mb = r.mentions[a], r.mentions[b]
            kinds = {VALUE_KIND.get(ma.unit), VALUE_KIND.get(mb.unit)}
            gap = r.text[ma.unit_end : mb.start]
            apposition = re.fullmatch(r"[^\d;()]{0,60}?,\s*", gap) and re.match(
                r"\s+of (?:all|the total|the)\b", r.text[mb.unit_end :], re.IGNORECASE
            )  # "318,600 schoolchildren, 8.4 per cent of all pupils, attended ..."
            if kinds != {"count", "percent"} or not (_PAIR_GAP.match(gap) or apposition):
                continue
            if _PART_AFTER.match(r.text, mb.unit_end) and re.match(
                r"\s*of\s+(?:them|these|those|which|whom)\b", r.text[mb.unit_end :]
            ):
                continue  # "3 127 appeals – 14 per cent of them from Almaty": a part of the count, not the count restated
            first = parts.get(a, a)  # the share in "5,683 of the 10,956 ... (51.9 per cent)" is the part's
            run_a, run_b = runs.get(first, [first]), runs.get(b, [b])
            if len(run_a) == len(run_b) > 1:
                for x, y in zip(run_a, run_b, strict=True):
                    pairs[x], pairs[y] = y, x
            elif len(run_a) != len(run_b):
                continue  # "... and 1,214,700 in 2023, i.e. 30.2, 31.7 and 32.4 per cent": a list, not one restatement
            else:
                pairs[first], pairs[b] = b, first
        return pairs

    def _runs(self) -> dict[int, list[int]]:
        """Lists of figures of one unit written together ("142,300, 151,870 and 158,400 students"): figure -> its list."""
        r = self.r
        runs: dict[int, list[int]] = {}
        current: list[int] = []
        for j in r.values:
            if current:
                last = r.mentions[current[-1]]
                mj = r.mentions[j]
                part = _PART_AFTER.match(r.text, mj.unit_end)  # "4,655, and 1,085 of these pregnancies ..."
                gap = r.text[last.unit_end : mj.start]
                # "... stood at 104.2 %, and 71.3 % of general education schools had ...": a share with a subject of its own
                comma_and = re.match(r"\s*,\s*and\s", gap) and not RESPECTIVELY.search(r.text, mj.unit_end)
                stated = _STATED_BEFORE.search(r.text, r.clause_of(last.start).start, last.start)
                subject = comma_and and (  # "their number stood at 48,215, and 131,760 children were living in ..."
                    _OWN_WHOLE_AFTER.match(r.text, mj.unit_end) or (mj.noun and not last.noun and stated)
                )
                if last.unit == mj.unit and _LIST_GAP.match(gap) and not part and not subject:
                    current.append(j)
                    continue
            if len(current) > 1:
                runs.update({x: current for x in current})
            current = [j]
        if len(current) > 1:
            runs.update({x: current for x in current})
        return runs

    def _inherit_units(self) -> None:
        """A bare number measures what the figures around it measure: "74.44 years (men – 70.24, women – 78.38)",
        a list under a heading that names the unit ("Net enrolment ratio ..., per cent: 2018/19 – 99.3; ...")."""
        r = self.r
        for i in r.values:
            m = r.mentions[i]
            if m.unit != "count" or m.noun:
                continue
            clause = r.clause_of(m.start)
            described = _DASH_DESCRIPTION.match(r.text, m.unit_end)
            unit = _DESCRIBED_UNIT.search(r.text, described.end(), clause.end) if described else None
            if unit:  # "8.4 — infant mortality per 1,000 live births, 2022"
                m.unit = named_unit(unit)
                continue
            heading = clause.heading
            scale = (
                _HEADING_SCALE.search(r.text, r.clauses[heading].start, r.clauses[heading].end)
                if heading is not None
                else None
            )
            if scale and m.value is not None and m.unit == "count":  # "Families receiving ... (thousand): 2020 — 530.6"
                m.value = round(m.value * (1e3 if scale.group(1).lower().startswith("thous") else 1e6), 6)
            while heading is not None:  # "Indicator 7: share of ..., % — plan: 55.0; actual (2020): 61.2"
                unit = _HEADING_UNIT.search(r.text, r.clauses[heading].start, r.clauses[heading].end)
                if unit:
                    m.unit = named_unit(unit)
                    break
                heading = r.clauses[heading].heading
            row = [
                u
                for u in _ROW_UNIT.finditer(r.text, 0, m.start)
                if not any(u.end() <= r.mentions[j].start < m.start for j in r.values if r.mentions[j].unit != "count")
            ]
            if m.unit == "count" and row and "|" in r.text[row[-1].end() - 1 : m.start]:
                m.unit = named_unit(row[-1])
            if m.unit != "count":
                continue
            national = [self.ctx.doc.ref_area]  # "in Kazakhstan (84,960 out of ...)": the country is no breakdown
            labelled = r.labels.dims.get(i) or r.labels.areas.get(i, national) != national
            named = labelled or i in r.labels.areas  # "87.1 per cent (republic – 95.4)": the country, by its label
            before = [j for j in r.values if j < i]
            grouped = re.search(r"\d[,\s\u00a0]\d{3}\b", m.token.text) is not None  # "49,120": a count, never a share
            grouped = grouped or m.unit_end > m.end  # "118.4 thsd.": so is an amount with its multiplier
            if (
                named
                and before
                and not grouped
                and VALUE_KIND.get(r.mentions[before[-1]].unit) in ("percent", "duration", "rate")
            ):
                gap = r.text[r.mentions[before[-1]].unit_end : m.start]
                if len(gap) < 60 and not re.search(r"[\d.]", re.sub(rf"\b{YEAR}\b", "", gap)):  # "74.44 years —
                    # women 78.38, men 70.24", "6.8 per 1,000 live births in 2017, against 8.9 for Kazakhstan"
                    m.unit = r.mentions[before[-1]].unit
                    continue
            opening = r.text.rfind("(", 0, m.start)
            if named and opening >= 0 and not r.text.count(")", opening, m.start):
                before = [j for j in r.values if r.mentions[j].end <= opening]
                if (
                    before
                    and not grouped
                    and VALUE_KIND.get(r.mentions[before[-1]].unit) in ("percent", "duration")
                    and re.fullmatch(r"\s*(?:in \d{4}\s*)?", r.text[r.mentions[before[-1]].unit_end : opening])
                ):
                    m.unit = r.mentions[before[-1]].unit

    def _groups(self) -> dict[int, list[int]]:
        """Figures coordinated with their nouns ("98 boys and 61 girls ... died by suicide", "689 refugee children,
        20,367 migrant children and 7,637 children ... were enrolled"): the words after the last are every one's."""
        r = self.r
        groups: dict[int, list[int]] = {}
        current: list[int] = []
        for j in r.values:
            if current:
                last = r.mentions[current[-1]]
                gap = r.text[last.unit_end : r.mentions[j].start]
                if (
                    last.unit == r.mentions[j].unit
                    and _COORDINATION.fullmatch(gap)
                    and not _PART_AFTER.match(r.text, r.mentions[j].unit_end)
                ):
                    current.append(j)
                    continue
            if len(current) > 1:
                groups.update({x: current for x in current})
            current = [j]
        if len(current) > 1:
            groups.update({x: current for x in current})
        return groups

    def _part_of(self) -> dict[int, int]:
        """ "5,683 of the 10,956 preschool organizations": the part -> the whole it is taken of."""
        r = self.r
        found: dict[int, int] = {}
        for a, b in zip(r.values, r.values[1:], strict=False):
            ma, mb = r.mentions[a], r.mentions[b]
            if VALUE_KIND.get(ma.unit) == VALUE_KIND.get(mb.unit) == "count" and _PART_OF.match(
                r.text[ma.unit_end : mb.start]
            ):
                found[a] = b
            elif (
                VALUE_KIND.get(ma.unit) == VALUE_KIND.get(mb.unit) == "count"
                and _LEADING_WHOLE.search(r.text, r.clause_of(ma.start).start, ma.start)
                and re.fullmatch(r"[^,;\d]{0,80},\s*", r.text[ma.unit_end : mb.start])
            ):
                found[b] = a  # "Of the 7,396 general education schools, 5,621 had created conditions ..."
        return found

    def tail_end(self, i: int) -> int:
        """Where figure i's own words end: at the next figure or its clause's end. The words after a list are
        every member's; a part's ("5,683 of the 10,956 ...") run on past its whole; a pair's are shared; so are
        its own parts' ("70 children, of whom 66 were male, were held in ...") and a comparison in parentheses
        ("35.3 per cent (compared with 960,000 ... in 2016), were involved in ...")."""
        r = self.r
        i = self.groups.get(i, self.runs.get(i, [i]))[-1]
        skip = {self.pairs.get(i), self.part_of.get(i)}
        skip |= {self.pairs.get(j) for j in skip if j is not None}
        if self.part_of.get(i) is not None:
            skip |= set(self.runs.get(self.part_of[i], []))
        skip |= {  # an inserted part, "70 children, of whom 66 were male, were held in ..."
            j
            for j, host in r.hosts.items()
            if host == i and r.labels.dims.get(j) and re.match(r"[^,;]*,", r.text[r.mentions[j].end :])
        }
        m = r.mentions[i]
        bounds = [  # "19,872 ... were registered, as many as 2,604 of whom were still living in ...": a part's words
            j for j, x in enumerate(r.mentions) if x.role == "range_bound" and _PART_AFTER.match(r.text, x.unit_end)
        ]
        later = [
            r.mentions[j].start
            for j in [*r.values, *bounds]
            if r.mentions[j].start > m.start
            and j not in skip
            and r.text.count("(", m.end, r.mentions[j].start) <= r.text.count(")", m.end, r.mentions[j].start)
            and not self._in_dashed_aside(m.end, j)
        ]
        return min([*later, r.clause_of(m.start).end])

    def _in_dashed_aside(self, start: int, j: int) -> bool:
        """Whether figure j stands in an aside between dashes opened after `start`: "241 minors – thirty-eight of
        them girls – were held in pre-trial detention"."""
        r = self.r
        opened = len(re.findall(r"\s[–—]\s", r.text[start : r.mentions[j].start])) % 2 == 1
        return (
            opened and re.search(r"\s[–—]\s", r.text[r.mentions[j].unit_end : r.mentions[j].unit_end + 80]) is not None
        )

    def _own_start(self, i: int) -> int:
        """Where figure i's own words start: after its unit, or after the last member of its list."""
        last = self.runs.get(i, [i])[-1]
        return self.r.mentions[last].unit_end

    def _hosts(self) -> None:
        """A labelled part, or one introduced by "of whom", "including", belongs to the total before it; in
        "Of the 11,306 preschool organizations operating in 2023, 5,291 ... were in private ownership" the
        figure after the comma is a part of the one after "Of the"."""
        r = self.r
        lead = _OF_THE.match(r.text)
        if lead:
            whole = next((j for j in r.values if r.mentions[j].start >= lead.end()), None)
            comma = r.text.find(",", r.mentions[whole].end) if whole is not None else -1
            part = next((j for j in r.values if comma >= 0 and r.mentions[j].start > comma), None)
            if whole is not None and part is not None:
                r.hosts[part] = whole
                if not r.labels.dims.get(part) and part not in r.labels.areas:
                    self.unlabelled_parts.add(part)
        described: set[int] = set()  # parts described in words ("including those where ...") and the list after
        for i in r.values:
            if "attribute" in r.mentions[i].qualifiers:  # "(with 3,336 children)": described by the figure before
                host = next(
                    (j for j in reversed(r.values) if j < i and "attribute" not in r.mentions[j].qualifiers), None
                )
                if host is not None:
                    r.hosts[i] = host
                continue
            if i in r.hosts:
                continue
            m = r.mentions[i]
            labelled = bool(r.labels.dims.get(i)) or r.labels.areas.get(i, [self.ctx.doc.ref_area]) != [
                self.ctx.doc.ref_area
            ]
            listed = [j for j in r.values if j < i]
            counted = re.search(
                r"\bthere (?:were|was|are|is)\s+$", r.text[max(0, m.start - 20) : m.start], re.IGNORECASE
            ) or (  # "At the beginning of 2017 the Ministry had 366 of them on record": how many there were
                not any(VALUE_KIND.get(r.mentions[j].unit) == "count" for j in listed)
                and _HAD_BEFORE.search(r.text, max(0, m.start - 30), m.start)
            )
            # "including those where both spouses were minors – 57, 41 and 38 in the respective years"
            if _DESCRIBED_PART_BEFORE.search(r.text, max(0, m.start - 100), m.start) or (
                listed
                and listed[-1] in described
                and re.fullmatch(r"\s*(?:,|,?\s+and)\s*", r.text[r.mentions[listed[-1]].unit_end : m.start])
            ):
                described.add(i)
            part = (
                _PART_BEFORE.search(r.text, max(0, m.start - 25), m.start)
                or (VALUE_KIND.get(m.unit) == "count" and _PART_AFTER.match(r.text, m.unit_end) and not counted)
                or i in described
            )  # "In 2015 there were 1,198 of them": the number of them, not a part
            if not (labelled or part):
                continue
            if part and not labelled:
                self.unlabelled_parts.add(i)
            kind = VALUE_KIND.get(m.unit)
            dated = (
                _DATED_WHOLE.match(r.text, m.unit_end) if part else None
            )  # "boys accounting for 109 of the 2018 cases"
            named = _WHOLE_NAMED.match(r.text, m.unit_end)  # "3,488 of the families": the total of families
            held_in = _INSIDE.match(r.text, m.unit_end)  # "1,937 in organizations of the education system"
            for j in reversed([j for j in r.values if j < i]):
                if named and noun_head(r.mentions[j].noun) not in ("", named.group(1).lower()):
                    continue
                if held_in and noun_head(r.mentions[j].noun) in (held_in.group(1).lower(), "organisations"):
                    continue  # what is in the 119 organizations is not a part of them
                if dated and r.mentions[j].period_after != (int(dated.group(1)),) * 2:
                    continue  # "1,140 of the pregnancies registered in 2023": the total of 2023
                mj = r.mentions[j]
                if (
                    self._compared(j)
                    and any(k < j for k in r.values)
                    and r.clause_of(mj.start) is not r.clause_of(m.start)
                ):
                    continue  # "2,940 at the end of 2020, against 3,012 in 2017; rural libraries made up 2,205 of
                    # them": the figure compared with is not the total
                gap = r.text[mj.unit_end : m.start]
                bare = m.unit == "count" and not m.noun and labelled and re.fullmatch(r"[^()]*\([^()]*", gap)
                inside = [k for k in r.values if j < k < i]
                opened = r.text.rfind("(", 0, m.start)
                same_parentheses = all(r.labels.dims.get(k) and r.mentions[k].start > opened for k in inside)
                # "11.38 per 1,000 live births in 2015 (boys: 12.56; girls: 10.14)": bare parts of the rate before
                if (
                    (VALUE_KIND.get(mj.unit) != kind and not (bare and same_parentheses))
                    or "attribute" in mj.qualifiers
                    or noun_head(mj.noun) in _NOT_TOTALS
                ):
                    continue
                if m.partner == j:
                    break  # the other end of "from X to Y" is not its total
                if i in r.labels.weak_sex and self._concepts_between(mj.unit_end + 4, m.start, ("term",)):
                    break  # "... to 236 thousand and the allowance for mothers ... to 288.6 thousand women": its own subject
                clause = r.clause_of(m.start)
                first = next(r.mentions[k].start for k in r.values if r.mentions[k].start >= clause.start)
                if clause is not r.clause_of(mj.start) and self._concepts_between(clause.start, first, ("term",)):
                    break  # "..., while the gross enrolment ratio ... was 103.9 % and 104.6 % for girls and boys"
                if clause is not r.clause_of(mj.start) and _ACTOR_CLAUSE.fullmatch(r.text, clause.start, m.start):
                    break  # "..., and our benefits advisers helped 1,126 large families in Zhambyl region": not a part
                sibling = r.labels.dims.get(j, {}).keys() == r.labels.dims.get(i, {}).keys() != set()
                joined = self._list_joined(j, i) or _COMPARED.search(r.text, max(mj.unit_end, m.start - 40), m.start)
                if (
                    labelled and sibling and j in r.hosts and joined
                ):  # "3,488 (rural) ..., compared with 2,424 in urban"
                    r.hosts[i] = r.hosts[j]  # "3,406 ... were located in urban areas and 6,506 in rural areas"
                    break
                if labelled and self._after_labelled(j):
                    continue  # "4,120 in those of the education system, 1,106 in baby homes ..." is not a total
                if any(k in r.hosts for k in {j, *self.runs.get(j, []), *self.groups.get(j, [])}) or self._last_part(j):
                    continue  # "of which 6,912 were kindergartens and 4,115 mini-centres, and 4,963 of them ..."
                closed = r.text.count(")", mj.end, m.start) > r.text.count("(", mj.end, m.start)
                if not labelled and closed:
                    continue  # "11,460 organizations (6,915 kindergartens and 4,545 mini-centres), of which 5,382"
                if labelled and self._noun_unlike(i, j):
                    continue  # "4,075 mini-centres; 3,406 preschool organizations were located in urban areas"
                if labelled and (r.labels.dims.get(j) or j in r.hosts or (j in r.labels.areas and i in r.labels.areas)):
                    continue  # a part's total is not another part ("women – 78.26; in urban settlements – 75.12")
                r.hosts[i] = j
                break
        self._continued_parts()

    def _composition(self, i: int) -> bool:
        """Whether a labelled share says how a total is made up: "boys made up 58.1 per cent and girls 41.9 per
        cent", "54.3 per cent lived in towns and 45.7 per cent in villages" (the later items are gapped)."""
        r = self.r
        m = r.mentions[i]
        dims = r.labels.dims.get(i)
        if not (dims or i in r.labels.areas) or VALUE_KIND.get(m.unit) != "percent":
            return False
        if _COMPOSITION_BEFORE.search(r.text, max(0, m.start - 40), m.start) or _COMPOSITION_AFTER.match(
            r.text, m.unit_end
        ):
            return True
        before = [j for j in r.values if j < i and VALUE_KIND.get(r.mentions[j].unit) == "percent"]
        if not before or not dims:
            return False
        j = before[-1]
        same = r.labels.dims.get(j, {}).keys() == dims.keys()
        return same and self._list_joined(j, i) and self._composition(j)

    def _noun_unlike(self, i: int, j: int) -> bool:
        """Whether two figures count different things by their nouns ("mini-centres", "preschool organizations");
        a noun that is a label ("600 girls") says nothing about what is counted."""
        r = self.r
        m, mj = r.mentions[i], r.mentions[j]
        label_words = {r.text[t.start : t.end].lower() for t in r.labels.tokens}
        nouns = [noun_head(x.noun) for x in (m, mj) if x.noun and x.noun.lower() not in label_words]
        return len(nouns) == 2 and nouns[0] != nouns[1]

    def _list_joined(self, j: int, i: int) -> bool:
        """Whether figure i follows figure j in one list: only labels and joining words between them."""
        r = self.r
        between = r.text[r.mentions[j].unit_end : r.mentions[i].start]
        return not re.search(r"\d|[;:()]", between) and len(between) < 60

    def _continued_parts(self) -> None:
        """A part listed after a part of the same total ("of them, 1,187, or 85.8 per cent, were raised in families
        ..., and 143 (10.3 per cent) lived in residential organizations") is a part of that total too."""
        r = self.r
        for i in r.values:
            m = r.mentions[i]
            if i in r.hosts or VALUE_KIND.get(m.unit) != "count":
                continue
            before = [j for j in r.values if j < i and VALUE_KIND.get(r.mentions[j].unit) == "count"]
            if not before or before[-1] not in self.unlabelled_parts:
                continue
            j = before[-1]
            if j not in r.hosts:
                continue
            gap = r.text[r.mentions[j].unit_end : m.start]
            pair = self.pairs.get(j)
            if pair is not None:  # "1,187, or 85.8 per cent, were raised ..."
                gap = gap.replace(r.text[r.mentions[pair].start : r.mentions[pair].unit_end], " ")
            if re.search(r"[,;]\s*and\s+$", gap) and not re.search(r"\d", gap):
                r.hosts[i] = r.hosts[j]
                self.unlabelled_parts.add(i)

    # --- periods -------------------------------------------------------------------------------
    def _periods(self) -> None:
        r = self.r
        for _ in range(2):  # a part's period may come from a total that gets its own later in the pass
            for i in r.values:
                if i in r.periods:
                    continue
                for rule in PERIOD_RULES:
                    if r.mentions[i].partner is not None and rule.name not in _TREND_RULES:
                        continue  # the ends of "from X to Y" take a year of their own or the ends of a span
                    found = rule.find(r, i, self.ctx)
                    if found is not None:
                        r.periods[i] = (*found, rule.name)
                        break
        for i in r.values:
            m = r.mentions[i]
            if i in r.periods or m.reason:
                continue
            if m.partner is not None:
                m.reason = "a change between two levels whose years the text does not give"
            elif r.span_anchor(i) is not None:
                m.reason = "a share or rate over a period is not a yearly value"
            else:
                m.reason = "the text gives no single period for this figure"

    # --- indicators ----------------------------------------------------------------------------
    def _concepts_between(
        self, start: int, end: int, kinds: tuple[str, ...] = ("term", "predicate")
    ) -> list[ConceptMention]:
        return [c for c in self.r.concepts if start <= c.start < end and c.kind in kinds]

    def _own(self, i: int) -> tuple[str | None, ConceptMention | None]:
        """What the figure's own words say it counts: a predicate after it, else the noun it counts
        ("997 early marriages", "655,200 children took part in creative activities")."""
        r = self.r
        m = r.mentions[i]
        if i in r.labels.concepts:
            return r.labels.concepts[i], None
        start, end = self._own_start(i), self.tail_end(i)
        group = self.groups.get(i, [i])
        clause = r.clause_of(m.start)
        listed = self.runs.get(i, group)
        subjects = self._concepts_between(clause.start, m.start)
        stated = bool(subjects) and (
            _VERB_BETWEEN.search(r.text, subjects[-1].end, m.start)
            or _IRREGULAR_VERB.search(r.text, subjects[-1].end, m.start)  # "the kindergarten queue stood at 61,800"
        )
        part = _PART_BEFORE.search(r.text, max(0, m.start - 25), m.start)
        if listed[0] == i and listed[-1] != i and stated and not part:
            # "the rate of alcohol use ... was 31.8 ..., and 9.4 children ... were diagnosed with": not one list
            start, end = m.unit_end, r.mentions[listed[listed.index(i) + 1]].start
        # in "5,683 of the 10,956 organizations ... were private" (or "as many as 5,962 of the ...") the verb is the part's
        whole = (
            i in self.part_of.values()
            or "denominator" in m.qualifiers  # "52 per cent of the 9,800 preschool organizations were private"
            or any(
                x.role == "range_bound" and x.unit_end <= m.start and _PART_OF.match(r.text[x.unit_end : m.start])
                for x in r.mentions
            )
        )
        referring = re.match(r"\W*(?:of|among)\s+(?:these|them|those)\b", r.text[clause.start : m.start], re.IGNORECASE)
        for c in self._concepts_between(start, end, ("predicate",)):
            if whole or (referring and not self._whole_in_paragraph(c)):
                break
            if r.text.count("(", m.end, c.start) > r.text.count(")", m.end, c.start):
                continue  # "10,879 preschool organizations (of which 4,903 were privately owned)": the part's words
            if _NEW_SUBJECT.search(r.text, m.unit_end, c.start):
                break  # "rose from 87.6 to 97.2 per cent and the share of those using a computer from 71.3"
            marker = _PART_FOLLOWS.search(r.text, m.unit_end, c.start)
            if (
                marker
                and not any(marker.end() <= r.mentions[j].start < c.start for j in r.values)
                and any(j > i and _NAMES_DASHED.fullmatch(r.text, c.end, r.mentions[j].start) for j in r.values)
            ):  # (but "70 children, of whom 66 were male, were held in ...": the whole's words, past the aside)
                break  # "– 24 117 persons, from them brought up in families of guardians – 21 004": the part's words
            named = self._concepts_between(m.unit_end, c.start, ("term",))
            if any(t.concept != c.concept and t.concept not in self.cat.wholes_of(c.concept) for t in named):
                return None, None  # "5,380 children with disabilities ... were waiting for a place": both at once
            return c.concept, c
        for c in self._concepts_between(start, end, ("term",)):
            if "," in r.text[m.unit_end : c.start] and any(
                j > i and _HEADS_DASHED.fullmatch(r.text, c.end, r.mentions[j].start) for j in r.values
            ):
                break  # "21 004 persons, or 87.1%, in residential organizations – 3 113": the next item's name
            between = re.sub(
                r"\([^()]*\)", " ", r.text[start : c.start]
            )  # "142,300 students (3.9 per cent ...) took part in"
            between = re.sub(r",\s*(?:or\s+)?[\d.,]+\s*(?:per\s?cent|%)[^,]*,", " ", between)
            between = re.sub(r"\s[—–]\s[^—–]*\s[—–]\s", " ", between)
            pair = self.pairs.get(i)
            if pair is not None and pair > i:  # "31.2 per cent, or 1,204,500 children — were involved in"
                between = re.sub(r",?\s*(?:or\s+)?\d[\d.,]*\s*(?:[a-z]+\s*)?[—–]?\s*", " ", between, count=1)
            between = re.sub(  # "186,400 students, most of them in grades 8 to 10, joined ..."
                r",\s*(?:most|many|some|half|all|nearly all|almost all|the majority|mostly|mainly|largely)\b[^,]*,",
                " ",
                between,
            )  # "1.2 million children — 38.6% of ... — were"
            if r.text.count("(", 0, m.start) > r.text.count(")", 0, m.start):  # "(902,150 children) were engaged in"
                between = re.sub(r"^[^()]*\)", " ", between)
            whole_then_verb = _WHOLE_THEN_VERB.match(between)  # "27.3 per cent of school-age children were engaged in"
            if whole_then_verb and _PARTICIPATION.match(between, whole_then_verb.end()):
                return c.concept, None
            if VALUE_KIND.get(m.unit) == "percent" and re.search(r"\b(?:of|among)\b", between, re.IGNORECASE):
                continue  # "86.3 per cent of all orphans ...": the whole the share is taken of
            plain = re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,2}?(?:of\s+(?:the\s+|these\s+)?)?", between, re.IGNORECASE)
            if plain and not _CONJUNCTION.search(between):
                return c.concept, c
            copula = re.search(r"\b(?:were|was|are|is)\s+$", between)
            if _PART_AFTER.match(r.text, m.unit_end) and copula and not self.cat.indicators[c.code].part_of:
                return None, None  # "640 of the residents were children with disabilities": how a part is made up
            if _PARTICIPATION.match(between):
                return c.concept, None  # the figure's verb names the concept ("were involved in creative activities")
            break
        return None, None

    def _topic_only(self, c: ConceptMention) -> bool:
        """Whether a concept is named only as a topic ("campaigns against early marriage"); one that heads the
        sentence ("Regarding refugee children, 312 were on the register") is its subject."""
        r = self.r
        heading = _TOPIC_HEAD.fullmatch(r.text, r.clause_of(c.start).start, c.start)
        return not heading and _TOPIC_ONLY.search(r.text, max(0, c.start - 40), c.start) is not None

    def _whole_of_a_share(self, c: ConceptMention) -> bool:
        """Whether concept mention c names the whole a percentage right before it is of ("46.9 per cent of all
        preschool organizations"), not ("more than half of all early marriages") what the sentence counts."""
        r = self.r
        return _WHOLE_BEFORE.search(r.text, max(0, c.start - 30), c.start) is not None and any(
            VALUE_KIND.get(r.mentions[j].unit) == "percent" and 0 <= c.start - r.mentions[j].unit_end < 30
            for j in r.values
        )

    def _subject(self, i: int) -> tuple[str | None, ConceptMention | None]:
        """The concept the figure's clause is about, or the one an anaphor in it refers back to."""
        r = self.r
        m = r.mentions[i]
        clause = r.clause_of(m.start)
        earlier = [j for j in r.values if j < i and r.mentions[j].unit == m.unit]
        if _REFUSED_BEFORE.search(r.text, max(0, m.start - 30), m.start):
            return None, None  # "courts granted 1,304 petitions ... and rejected 37": the refusals, not the granted
        if self._compared(i) and earlier and earlier[-1] not in self.concept_of and not m.noun:
            return None, None  # "housing 1 758 [unread] children – against 3 380 at baseline": the unread figure's
        actor = _ACTOR_CLAUSE.fullmatch(r.text, clause.start, m.start)
        if (
            actor
            and clause.start > 0
            and not self._concepts_between(clause.start, m.start)
            and not _ANAPHOR.search(r.text, clause.start, m.start)  # "; their number reached 105,416"
        ):
            verb = re.search(r"([a-z]+ed)\s+(?:some\s+|about\s+|another\s+)?$", actor.group(), re.IGNORECASE)
            if verb and not _GENERIC_VERB.search(verb.group(1)):
                return None, None  # "..., and our benefits advisers helped 1,126 large families": their own action
        # "granted 5,870 petitions ... in 412 cases": another figure's noun is not the subject of a figure that
        # counts something else; "10 cases of illegal child labour ..., 5 cases in 2019" counts the same
        others_nouns = {
            id(c) for j, c in self.own_nouns.items() if j != i and noun_head(r.mentions[j].noun) != noun_head(m.noun)
        }
        before = [
            c
            for c in self._concepts_between(clause.start, m.start)
            if c.end <= m.start
            and not self._topic_only(c)
            and not (m.noun and id(c) in others_nouns)  # "granted 5,870 petitions ... in 412 cases"
        ]
        # "their share of all preschool organizations", "..., i.e. 46.9 per cent of all preschool organizations, compared
        # with 1,806": the whole of a share, not what a figure after it counts
        percent = VALUE_KIND.get(m.unit) == "percent"
        before = [
            c
            for c in before
            if not (percent and _WHOLE_BEFORE.search(r.text, max(0, c.start - 30), c.start))
            and not self._whole_of_a_share(c)
        ]
        closed = [c for c in before if r.text.count("(", c.start, m.start) < r.text.count(")", c.start, m.start)]
        if len(closed) < len(before):  # "residents of residential organizations (orphanages) decreased from"
            before = [c for c in before if c not in closed]
        head = noun_head(m.noun)
        if head and VALUE_KIND.get(m.unit) == "count":  # "11,715 families": the concept that counts families
            fitting = [c for c in before if self._counts(c.concept, head)]
            before = fitting or before
        if before:
            chosen = before[0] if _POSSESSIVE.search(r.text, clause.start, m.start) else before[-1]
            counted = next((c for c in before if _COUNTED_HEAD.search(r.text, max(0, c.start - 40), c.start)), None)
            if counted is not None and _FOR_WHOM.search(r.text, counted.end, chosen.start):
                chosen = counted  # "the number of orphanages ... for children without parental care": the orphanages
            if VALUE_KIND.get(m.unit) == "count" and self._other_count_between(chosen, clause.start, m.start):
                return None, None  # "the number of organizations ..., and the number of children living in them"
            other_subject = [
                j
                for j in r.values
                if chosen.end <= r.mentions[j].start < m.start
                and noun_head(r.mentions[j].noun) not in ("", head, *self.cat.all_counted_nouns)
                and re.search(r",\s+and\s+$", r.text[r.mentions[j].unit_end : m.start])
            ]
            if head and other_subject:  # "... from residential organizations, ... employed 612 specialists, and 3,270
                return None, None  # children of labour migrants were registered": the figure has a subject of its own
            acting = [
                c
                for c in self._concepts_between(m.end, self.tail_end(i))
                if c.concept != chosen.concept
                and _VERB_BETWEEN.search(r.text, m.unit_end, c.start)
                and not self._whole_of_a_share(c)  # "3,960 in 2018, that is 39.5 per cent of all preschool ..."
            ]
            if acting:  # "..., and 402,118 children ... were engaged in creative activities": the figure's own verb
                return None, None
            return chosen.concept, chosen
        after = self._concepts_between(m.end, self.tail_end(i))
        if (
            after
            and self._whole_in_paragraph(
                after[0]
            )  # "Of these [supplementary education] organizations, 412 were private"
            and not any(j > i and r.mentions[j].start < after[0].start and self.pairs.get(i) != j for j in r.values)
            and not _VERB_BETWEEN.search(r.text, m.unit_end, after[0].start)
            and not re.search(r",\s*(?:where|which|who|whose|when)\b", r.text[m.unit_end : after[0].start])
            and not re.fullmatch(r"\s*(?:in|at|into|from)\s+(?:the\s+)?", r.text[m.unit_end : after[0].start])
            and not re.search(  # "540 children went back from residential organizations": where they came from
                r"\b(?:from|out of|left|leaving)\s+(?:the\s+|their\s+)?$", r.text[m.unit_end : after[0].start], re.I
            )
            and not _WHOLE_BEFORE.search(r.text, max(0, after[0].start - 40), after[0].start)  # "4,870 in 2023, or
            # 44.2% of all preschool organizations": the whole the figure is a part of, not what it counts
            # "nationally it stood at 8.31 in 2021 and the under-five mortality rate at 9.96": "it" is the subject
            and not _PRONOUN_SUBJECT.search(r.text, clause.start, m.start)
        ):  # "452 in children's homes": where the figure is, not what it counts; "... 1,200, mostly in agriculture,
            # of illegal child labour": but not "(21.9 per cent) ranked second, with"
            return after[0].concept, after[0]
        accounted = self._accounted_for(i)
        if accounted is not None:
            return accounted.concept, accounted
        own = [  # "Private preschool organizations: 4,870 ..., or 44.2% of all preschool organizations": a whole is not
            c  # the clause's own subject
            for c in self._concepts_between(clause.start, self.tail_end(i))  # "2020 – 3,840, of which 1,102 were
            if not _WHOLE_BEFORE.search(r.text, max(0, c.start - 40), c.start)  # terminated": the part's words
        ]
        if clause.follows_colon and not own:
            heading = r.clauses[clause.heading]
            named = self._concepts_between(heading.start, heading.end)
            if len({c.concept for c in named}) == 1:  # "Trafficking in minors (article 135): 11 offences in 2019"
                return named[-1].concept, named[-1]
        anaphor = _ANAPHOR.search(r.text, clause.start, m.start + 1) or next(
            (  # "187 juveniles ..., most of them for theft": the figure's own part, not an earlier subject
                a
                for a in _ANAPHOR.finditer(r.text, m.end, self.tail_end(i))
                if not _SHARE_OF_IT.search(r.text, max(0, a.start() - 12), a.start())
            ),
            None,
        )
        ordered = self._former_or_latter(i) if anaphor else None
        if ordered is not None:
            return ordered, None
        relative = re.search(r",\s*(?:where|which|who|whose|when)\b", r.text[m.end : clause.end])
        own_end = m.end + relative.start() if relative else clause.end  # "87.9 per cent in Astana, where the ..."
        bare = (
            not m.noun
            and not self._concepts_between(clause.start, own_end)
            and not _OWN_SUBJECT.search(r.text, clause.start, m.start)
            and not _SUBJECT_VERB.fullmatch(r.text, clause.start, m.start)
            and not (  # "; juvenile offenders convicted – 1 104 (2019)": an item with a name of its own
                _NAMED_ITEM.fullmatch(r.text, clause.start, m.start)
                and not RELATIVE_YEAR.search(r.text, clause.start, m.start)  # "a year earlier – 79,215"
                and not r.labels.dims.get(i)
                and i not in r.labels.areas
                and not any(clause.start <= t.start < m.start for t in r.labels.tokens)
            )
        )
        kind = VALUE_KIND.get(m.unit)
        prior = [
            j
            for j in r.values
            if j < i
            and j in self.concept_of
            and VALUE_KIND.get(r.mentions[j].unit) == kind
            and r.clause_of(r.mentions[j].start) is clause
        ]
        if bare and prior and not _VERB_BETWEEN.search(r.text, r.mentions[prior[-1]].unit_end, m.start):
            return self.concept_of[
                prior[-1]
            ], None  # "East Kazakhstan had 1,870 such children and the city of Astana 958"
        if bare and _ELLIPTIC_TIME.fullmatch(r.text, clause.start, m.start):
            # "In 2015 this indicator made up 98.3 ..., and in 2018 – 71.6", "A year earlier – 79,215."
            before = [  # a bare number takes the measure of the figure before ("98.3 cases per 100,000 ..., in 2018 – 71.6")
                j
                for j in r.values
                if j < i and j in self.concept_of and (VALUE_KIND.get(r.mentions[j].unit) == kind or m.unit == "count")
            ]
            if before:
                return self.concept_of[before[-1]], None
            last = self.ctx.earlier[-1].observations if self.ctx.earlier else []
            if clause.start == 0 and last:
                return self.cat.indicators[last[-1].indicator_code].concept, None
        such = _SUCH_NOUN.search(r.text, clause.start, m.start)
        heads = such is not None and re.search(
            r"(?:\bnumber of|\d)\s*$", r.text[max(0, such.start() - 15) : such.start()]
        )
        if such and heads and kind == "count" and such.group(1).lower() in self.cat.all_counted_nouns:
            return self._such_count(such.group(1).lower(), clause.start), None  # "the number of such organizations"
        if anaphor or bare:
            earlier = [
                c
                for c in self._concepts_between(0, clause.start)
                if not self._topic_only(c) and not self._whole_of_a_share(c)
            ]
            named = _NAMED_COUNT.search(r.text, clause.start, m.start)
            naming = [c for c in earlier if named and named.group(1).lower() in r.text[c.start : c.end].lower()]
            earlier = naming or earlier  # "... a year earlier the trafficking count had been seventeen": the one named
            if earlier:
                first_of_clause = [c for c in earlier if r.clause_of(c.start) is r.clause_of(earlier[-1].start)]
                chosen = first_of_clause[0] if _POSSESSIVE.search(r.text, clause.start, m.start) else earlier[-1]
                counted = _NUMBER_OF.search(r.text, clause.start, m.start)
                head = noun_head(counted.group(1).split()[0]) if counted else ""
                if kind == "count" and head in self.cat.all_counted_nouns and not self._counts(chosen.concept, head):
                    # "..., and the number of children being raised in them grew to 23,160": what they hold
                    held = self.cat.indicators[chosen.code].contains
                    fits = held is not None and head in self.cat.counted_nouns(held)
                    return (self.cat.indicators[held].concept, None) if fits else (None, None)
                return chosen.concept, chosen
            listed = [
                j for j in r.values if j < i and j in self.concept_of and VALUE_KIND.get(r.mentions[j].unit) == kind
            ]
            elliptic = not _VERB_BETWEEN.search(r.text, clause.start, m.start)
            if bare and listed and clause.start > 0 and elliptic:  # "... (1,702), and lowest in Ulytau region (164)"
                return self.concept_of[listed[-1]], None
            named = _THESE_NOUN.search(r.text, clause.start, m.start)
            if (
                anaphor and named and VALUE_KIND.get(m.unit) == "count"
            ):  # "Of these families, 3 114 live in rural areas"
                return self._earlier_counting(noun_head(named.group(1))), None
            if anaphor and self.ctx.topic:
                return self._such(i) or self._pronoun_topic(i), None
            asked = bool(self.ctx.earlier) and self.ctx.earlier[-1].text.rstrip().endswith("?")
            if bare and asked and self.ctx.topic and clause.start == 0:  # "Doctors? 76,410 at the end of 2021"
                return self.ctx.topic, None
        return None, None

    def _counts_as_before(self, i: int, code: str) -> bool:
        """A figure with no noun counts what the figure before it counts: "27,843 orphans ...; 23,127 of them ...,
        while 3,954 lived in organizations for orphans" (children, not organizations)."""
        r = self.r
        if r.mentions[i].noun:
            return False
        prior = [j for j in r.values if j < i and j in self.concept_of]
        if not prior:
            return False
        before = self.cat.member(self.concept_of[prior[-1]], "count")
        return before is not None and self.cat.indicators[before].unit == self.cat.indicators[code].unit

    def _year_aside_of(self, i: int) -> int | None:
        """The figure a "(2015: 2,190)" after it restates for another year: the figure before it in its clause."""
        r, m = self.r, self.r.mentions[i]
        if not labels.YEAR_ASIDE.search(r.text, max(0, m.start - 12), m.start):
            return None
        before = [j for j in r.values if j < i and r.clause_of(r.mentions[j].start) is r.clause_of(m.start)]
        return before[-1] if before and r.mentions[before[-1]].unit == m.unit else None

    def _pronoun_topic(self, i: int) -> str | None:
        """The topic a bare "they numbered 1,206" continues, unless the sentence before first counted something the
        topic does not ("1,143 organizations attended by 918.7 thousand children": they are the organizations)."""
        m = self.r.mentions[i]
        last = self.ctx.earlier[-1] if self.ctx.earlier else None
        if last is None or m.noun or VALUE_KIND.get(m.unit) != "count":
            return self.ctx.topic
        heads = list(
            dict.fromkeys(
                h for j in last.values if (h := noun_head(last.mentions[j].noun)) in self.cat.all_counted_nouns
            )
        )
        return self.ctx.topic if not heads or self._counts(self.ctx.topic, heads[0]) else None

    def _former_or_latter(self, i: int) -> str | None:
        """ "... hospital beds for sick children as well as middle-level medical workers. At year-end 2015 the
        former totalled 17.3 thousand and the latter 183.6 thousand": the first or last of the two things the
        sentence before named."""
        r = self.r
        m = r.mentions[i]
        previous = max([r.mentions[j].unit_end for j in r.values if j < i] + [r.clause_of(m.start).start])
        said = list(re.finditer(r"\bthe (former|latter)\b", r.text[previous : m.start], re.IGNORECASE))
        if not said or not self.ctx.earlier:
            return None
        named = list(dict.fromkeys(c.concept for c in self.ctx.earlier[-1].concepts if c.kind == "term"))
        if len(named) != 2:
            return None
        return named[0] if said[-1].group(1).lower() == "former" else named[1]

    def _such(self, i: int) -> str | None:
        """The concept "such <noun>" refers to: the last one an earlier sentence named with that noun ("... 4,930
        pregnancies among girls under 18, ... 1,620 of them were terminated. A year earlier there had been 5,410
        such pregnancies")."""
        r = self.r
        m = r.mentions[i]
        such = _SUCH.match(r.text, m.unit_end) or _SUCH.search(r.text, max(0, m.start - 30), m.start)
        if such is None:
            return None
        noun = such.group(1).lower()
        for earlier in reversed(self.ctx.earlier):
            named = [c for c in earlier.concepts if noun in earlier.text[c.start : c.end].lower()]
            if named:
                return named[-1].concept
        return None

    def _such_count(self, noun: str, before: int) -> str | None:
        """The concept "such <noun>" refers to when the noun is something a count indicator counts: the last
        concept named before (in the sentence, then in earlier ones) that counts it, or that the indicator counting
        it holds ("the number of children living in residential organizations ... and the number of such
        organizations"). None when nothing named before counts it: a gap, not the concept named last."""
        # a predicate names what "such" refers back to too: "... children were living in families in crisis ...; the
        # number of such families"
        kinds = ("term", "predicate")
        named = [(c.concept, c.code) for c in reversed(self._concepts_between(0, before, kinds))]
        for earlier in reversed(self.ctx.earlier):
            named += [(c.concept, c.code) for c in reversed(earlier.concepts) if c.kind in kinds]
        for concept, code in named:
            if self._counts(concept, noun):
                return concept
            holders = [h for h in self.cat.indicators.values() if h.contains == code and h.kind == "count"]
            for holder in holders:
                if noun in self.cat.counted_nouns(holder.code):
                    return holder.concept
        return None

    def _accounted_for(self, i: int) -> ConceptMention | None:
        """The concept labelled counts are said to make up: "Zhambyl region (2,410) and Kyzylorda region (1,985)
        accounted for the largest numbers of children living in families in crisis"."""
        r = self.r
        m = r.mentions[i]
        if VALUE_KIND.get(m.unit) != "count" or not (r.labels.dims.get(i) or i in r.labels.areas):
            return None
        clause = r.clause_of(m.start)
        for c in self._concepts_between(m.end, clause.end, ("term",)):
            found = _ACCOUNTED.search(r.text, m.end, c.start)
            if found is None:
                continue
            between = [j for j in r.values if m.start < r.mentions[j].start < found.start()]
            return c if all(r.labels.dims.get(j) or j in r.labels.areas for j in between) else None
        return None

    def _other_count_between(self, chosen: ConceptMention, start: int, end: int) -> bool:
        """Whether "the number of <something else>" stands between a concept and a figure: what is counted
        then is that, not the concept ("... of organizations fell ..., and the number of children in them")."""
        r = self.r
        code = self.cat.member(chosen.concept, "count")
        if code is None:
            return False
        allowed = self.cat.counted_nouns(code)
        for found in _NUMBER_OF.finditer(r.text, start, end):
            leads = chosen.start > found.start() and chosen.start - found.end() < 40
            if leads and not re.search(r"[,;]", r.text[found.end() : chosen.start]):
                continue  # "the number of those (pregnancies that) ended in abortion": the phrase names the concept
            if any(c.start <= found.start(1) < c.end for c in r.concepts):
                continue
            words = [w.lower() for w in re.findall(r"[\w'’-]+", found.group(1))]
            if words[0] in ("those", "these", "them", "which", "whom"):
                return True  # "and the number of those terminated": a part, not the concept
            if set(words) & self.cat.all_counted_nouns and not set(words) & allowed:
                return True
        return False

    def _subset_year(self, i: int, host: int) -> int | None:
        """The year of a part that differs from its total only in time: the total is over a span, the part within
        it, and nothing but its year follows it ("41 of them in 2023 alone")."""
        r = self.r
        theirs = r.periods.get(host)
        tail = r.text[r.mentions[i].unit_end : self.tail_end(i)]
        # "861 of them in 2023 alone, the Supreme Court said", "including 312 – in 2021", "41 cases – in 2023"
        plain = _TIME_SUBSET.match(tail)
        if plain is None or theirs is None or theirs[0] == theirs[1]:
            return None
        year = int(plain.group(1))
        return year if theirs[0] <= year <= theirs[1] else None

    def _names_population(self, j: int) -> bool:
        """Whether a total's figure is of a population the catalogue names ("107,348 school-age children with
        special educational needs", though not the registered ones), not of another ("pupils of school age")."""
        r = self.r
        if j in self.concept_of:
            return True
        m = r.mentions[j]
        start = r.clause_of(m.start).start
        return bool(self.cat.mentions(r.text[start : self.tail_end(j)], conditions=False))

    def _earlier_counting(self, head: str) -> str | None:
        """The concept of the paragraph's last published count that counts `head` ("families"), if any."""
        for earlier in reversed(self.ctx.earlier):
            for o in reversed(earlier.observations):
                concept = self.cat.indicators[o.indicator_code].concept
                if self.cat.indicators[o.indicator_code].kind == "count" and self._counts(concept, head):
                    return concept
        return None

    def _counts(self, concept: str, head: str) -> bool:
        """Whether the count indicator of `concept` can be what a figure called `head` counts."""
        code = self.cat.member(concept, "count")
        return code is not None and head in self.cat.counted_nouns(code)

    def _concept(self, i: int) -> tuple[str | None, str]:
        """The concept figure i measures, and how it was found (for the reasons of figures left out)."""
        r = self.r
        m = r.mentions[i]
        heading = r.clause_of(m.start).heading
        if (
            heading is not None
            and _PART_HEADING.match(r.text, r.clauses[heading].start)
            and not self._concepts_between(r.clauses[heading].start, r.clauses[heading].end)
            and not r.labels.dims.get(i)
            and i not in r.labels.areas
        ):  # "...: 2018 – 3 420; of them – by foreign citizens: 2018 – 402": parts that no dimension names
            return None, "part"
        described = _DASH_DESCRIPTION.match(r.text, m.unit_end)
        if described:  # "8.4 — infant mortality per 1,000 live births, 2022": the words after the dash name it
            named = self._concepts_between(described.end(), r.clause_of(m.start).end)
            if named:
                self.used[i] = named[0]
                return named[0].concept, "own"
        around = next((c for c in r.concepts if c.start < m.start and m.end <= c.end), None)
        if around is not None:  # "a net enrolment ratio of 99.8 per cent in primary education"
            self.used[i] = around
            return around.concept, "own"
        covering = self._covering(i)
        if covering is not None:
            self.used[i] = covering
            held = self.cat.indicators[covering.code].contains
            if held and noun_head(m.noun) in self.cat.counted_nouns(held):
                return self.cat.indicators[held].concept, "contained"  # "organizations ... housed 6,214 children"
            return covering.concept, "subject"
        living = _LIVING_IN.match(r.text, m.unit_end)  # "2,914 children were living in the 119 residential ..."
        holder = next((c for c in r.concepts if living and c.start == living.end() and c.kind == "term"), None)
        held = self.cat.indicators[holder.code].contains if holder is not None else None
        if held and (noun_head(m.noun) in self.cat.counted_nouns(held) or self._counts_as_before(i, held)):
            self.used[i] = holder
            return self.cat.indicators[held].concept, "contained"
        own, mention = self._own(i)
        host = r.hosts.get(i)
        if own and i in self.unlabelled_parts and host is not None and not self._names_population(host):
            return None, "part"  # "pupils of school age ..., of whom 30,500 were enrolled in inclusive education"
        whole = self.concept_of.get(host) if own and i in self.unlabelled_parts and host is not None else None
        if whole is not None and own != whole and whole not in self.cat.wholes_of(own):
            total = self._total_of_sibling(host, own)
            if total is None:  # "842 children died by suicide ...; among them were 17 children who had been living
                return None, "part"  # in residential care": a part of the suicides, not the children in care
            r.hosts[i] = total  # "10,652 preschool organizations – 6,193 kindergartens and 4,459 mini-centres; 4,781
            # of them were privately owned": a part of the total the listed parts were named under, not of the last
        if own:
            narrower = self._part_as_subject(i, own)
            if narrower is not None:  # "private operators ran 3,920 preschool organizations": the private ones
                self.used[i] = narrower
                return narrower.concept, "subject"
            referred = self._part_referred_to(i, own)
            if referred is not None:  # "Private providers ... . In 2018 they ran 3,960 preschool organizations"
                return referred, "subject"
            self.used[i] = mention
            if mention is not None and mention.kind == "term":
                self.own_nouns[i] = mention
            return own, "own"
        if m.partner is not None and m.partner in self.concept_of:
            return self.concept_of[m.partner], "list"  # "from 8,930 (2015) to 4,870 (2022)": one series
        host = r.hosts.get(i)
        year = self._subset_year(i, host) if i in self.unlabelled_parts and host in self.concept_of else None
        if year is not None:  # "a total of 173 over 2019-2023, 41 of them in 2023 alone": its own year, not the span
            r.periods[i] = (year, year, "value_in_year")
            return self.concept_of[host], "host"
        subject = self._part_subject(i)
        if subject is not None:  # "the private sector ran 4,702 of the country's 10,496 preschool organizations"
            self.used[i] = subject
            return subject.concept, "subject"
        if i in self.unlabelled_parts:  # "41,700 of them below school age": a part no dimension names
            return None, "part"
        host = r.hosts.get(i)
        # "1,318 candidates completed ..., and 266 of them later took a child into their family": a part of its own
        acting = not r.labels.dims.get(i) and _OWN_ACTION.match(r.text, m.unit_end)
        if host is not None and host in self.concept_of and acting:
            return None, "part"
        if host is not None and host in self.concept_of:
            return self.concept_of[host], "host"
        pair = self.pairs.get(i)
        if pair is not None and pair in self.concept_of:
            return self.concept_of[pair], "pair"
        if pair is not None:
            own, mention = self._own(pair)
            if own:
                return own, "pair"
        contained = (
            _ATTENDED_BY.search(r.text, max(0, m.start - 40), m.start)
            or _CONTAINED.search(r.text, max(r.clause_of(m.start).start, m.start - 40), self.tail_end(i))
            or (  # "10,981 preschool organizations — ... — with 929,473 children enrolled"
                re.search(r"[,—–]\s*with\s+$", r.text[max(0, m.start - 10) : m.start])
                and noun_head(m.noun) in ("children", "pupils")
            )
        )
        subject = _CONTAINED.search(r.text, r.clause_of(m.start).start, m.start)
        if subject and VALUE_KIND.get(m.unit) == "percent":  # "children living in these organizations made up 13.2%"
            holder = self._holder(i)
            if holder:
                return holder, "contained"
        if contained and VALUE_KIND.get(m.unit) == "count":
            holder = self._holder(i)
            if holder:
                holding = [
                    j
                    for j in r.values
                    if j < i
                    and self.concept_of.get(j)
                    and self.cat.indicators[self.concept_of[j]].contains
                    and not _aside_before(r.text, r.mentions[j], m)  # "642 ... in 2017 (2016: 628), attended by"
                    and not self._compared(j)  # "– 98, down from 131 in 2018; children living in them – 3 045": the 98
                    # hold them, not the 131
                ]
                if holding:  # "388 families ..., in which 951 children were living": the families' place and time
                    held_by = holding[-1]
                    while (
                        held_by in r.hosts
                        and (
                            r.clause_of(r.mentions[held_by].start) is not r.clause_of(m.start)
                            or r.labels.dims.get(held_by)
                        )
                    ):  # "183, comprising ... 35 in the social ... system; they housed", "201 ... – 146 in ..., 21 in the
                        held_by = r.hosts[held_by]  # social protection system – with 12,480 children": the total's
                    r.hosts.setdefault(i, held_by)
                    self.held.add(i)
                return holder, "contained"
        if VALUE_KIND.get(m.unit) == "percent" and _OF_THEM_AFTER.match(r.text, m.unit_end):
            return (
                None,
                "part",
            )  # "61.8 per cent of them were pupils of grades 1–4": how they are made up, named after it
        if _ANAPHORIC_NOUN.match(r.text, m.unit_end) and self.ctx.topic and not self._concepts_between(0, m.start):
            return self._such(i) or self.ctx.topic, "anaphor"
        partner = r.labels.partners.get(i)
        clause = r.clause_of(m.start)
        same_clause = partner is not None and r.clause_of(r.mentions[partner].start) is clause
        if partner in self.concept_of and (same_clause or not self._concepts_between(clause.start, m.start)):
            return self.concept_of[partner], "list"
        compared = self._compared_with(i)
        if (
            compared is not None
            and compared in self.concept_of
            and not m.noun
            and partner is None
            and m.partner is None
            and all(
                c.concept == self.concept_of[compared] or c.start <= r.mentions[compared].unit_end + 3
                for c in self._concepts_between(r.mentions[compared].unit_end, m.start)
            )  # "... 7.62 in 2022, and the under-five mortality rate went down from 10.21": another subject
        ):
            return self.concept_of[compared], "list"
        host = r.hosts.get(i)
        if host is not None and host not in self.concept_of and r.labels.dims.get(i):
            return None, "part"  # a labelled part of a total that names no catalogue concept is not the subject's
        subject, mention = self._subject(i)
        if subject:
            self.used[i] = mention
            held = self.cat.indicators[mention.code].contains if mention is not None else None
            if held and VALUE_KIND.get(m.unit) == "count" and noun_head(m.noun) in self.cat.counted_nouns(held):
                return self.cat.indicators[held].concept, "contained"  # "in the organizations ..., 6,235 children"
            return subject, "subject"
        if partner is not None and partner in self.concept_of:
            return self.concept_of[partner], "list"
        if _ANAPHORIC_NOUN.match(r.text, m.unit_end):
            earlier = self._concepts_between(0, m.start)
            if earlier:
                return earlier[-1].concept, "anaphor"
            if self.ctx.topic:
                return self.ctx.topic, "anaphor"
        return None, "none"

    def _part_referred_to(self, i: int, own: str) -> str | None:
        """The part a pronoun subject ("they ran 3,960 preschool organizations") refers to: the concept the sentence
        before opens with, when the catalogue breaks the figure's own concept into it."""
        r = self.r
        whole = self.cat.member(own, "count")
        clause = r.clause_of(r.mentions[i].start)
        if whole is None or not self.ctx.earlier or VALUE_KIND.get(r.mentions[i].unit) != "count":
            return None
        if not re.search(r"\b(?:they|these|those)\s+(?:[a-z]+\s+){0,2}$", r.text[clause.start : r.mentions[i].start]):
            return None
        previous = [c for c in self.ctx.earlier[-1].concepts if c.kind == "term"]
        part = self.cat.member(previous[0].concept, "count") if previous else None
        if part is not None and self.cat.indicators[part].part_of == whole:
            return previous[0].concept
        return None

    def _part_as_subject(self, i: int, own: str) -> ConceptMention | None:
        """The subject of the figure's clause when it names a part the catalogue breaks the figure's own concept
        into: the figure counts that part."""
        r = self.r
        whole = self.cat.member(own, "count")
        if whole is None or VALUE_KIND.get(r.mentions[i].unit) != "count" or i in self.part_of.values():
            return None
        if "denominator" in r.mentions[i].qualifiers:  # "covered 88.2 per cent of the 22,600 orphans ...": the whole
            return None
        clause = r.clause_of(r.mentions[i].start)
        for c in self._concepts_between(clause.start, r.mentions[i].start, ("term",)):
            part = self.cat.member(c.concept, "count")
            if part is not None and self.cat.indicators[part].part_of == whole:
                return c
        return None

    def _part_subject(self, i: int) -> ConceptMention | None:
        """The subject of the clause a part is the object of, when it counts what the whole is made of: in "the
        private sector ran 4,702 of the country's 10,496 preschool organizations", the private ones."""
        r = self.r
        m, whole = r.mentions[i], self.part_of.get(i)
        if whole is None or VALUE_KIND.get(m.unit) != "count":
            return None
        clause = r.clause_of(m.start)
        before = [c for c in self._concepts_between(clause.start, m.start) if c.end <= m.start]
        if not before:
            return None
        code = self.cat.member(before[-1].concept, "count")
        head = noun_head(r.mentions[whole].noun)
        return before[-1] if code and head and head in self.cat.counted_nouns(code) else None

    def _compared_with(self, i: int) -> int | None:
        """The figure a comparison relates figure i to: "47.3 per cent in 2022, up from 31.6 per cent in 2016"."""
        r = self.r
        m = r.mentions[i]
        bare = m.unit == "count" and not m.noun
        previous = [  # not a restatement: "5,164 ..., or 47.3 per cent, ... (compared with 2,906, ...)"
            j
            for j in r.values
            if j < i
            and r.text.count("(", r.mentions[j].end, m.start) >= r.text.count(")", r.mentions[j].end, m.start)
            and not (j in self.pairs and self.pairs[j] < j)
            and (bare or VALUE_KIND.get(r.mentions[j].unit) == VALUE_KIND.get(m.unit))
            and not (  # "142 ... – 97 boys and 45 girls – ..., against 161 a year earlier": not the girls
                j in r.hosts
                and r.labels.dims.get(j)
                and not r.labels.dims.get(i)
                and re.search(r"[)–—]", r.text[r.mentions[j].unit_end : m.start])
            )
        ]
        if (
            previous
            and (
                _COMPARED.search(r.text, max(r.mentions[previous[-1]].unit_end, m.start - 40), m.start)
                or _YEAR_IN_PARENTHESES.fullmatch(r.text, r.mentions[previous[-1]].unit_end, m.start)
                or (  # "was reduced to 1 508 in 2021 from 1 655 in 2016": a trend written end first
                    _FROM_AFTER_END.fullmatch(r.text, r.mentions[previous[-1]].unit_end, m.start)
                    and re.search(
                        r"\bto\s+$", r.text[max(0, r.mentions[previous[-1]].start - 5) : r.mentions[previous[-1]].start]
                    )
                )
            )
        ):
            return previous[-1]
        return None

    def _covering(self, i: int) -> ConceptMention | None:
        """ "Family-based forms of care covered 19,184 orphans ...": the subject that covers the figure's
        population is what it counts, not the population's name after it."""
        r = self.r
        m = r.mentions[i]
        clause = r.clause_of(m.start)
        before = [c for c in self._concepts_between(clause.start, m.start) if c.end <= m.start]
        if before and _COVERS.match(r.text[before[-1].end : m.start]):
            return before[-1]
        return None

    def _holder(self, i: int) -> str | None:
        """For "attended by 951,300 children", "children living in them": what the institutions named before hold."""
        r = self.r
        earlier = [c for c in self._concepts_between(0, r.mentions[i].start)]
        for c in reversed(earlier):
            contains = self.cat.indicators[c.code].contains or self.cat.indicators[c.concept].contains
            if contains:
                return self.cat.indicators[contains].concept
        topic = self.ctx.topic
        if topic and self.cat.indicators[topic].contains:
            return self.cat.indicators[self.cat.indicators[topic].contains].concept
        return None

    def _indicator(self, i: int) -> str | None:
        r = self.r
        m = r.mentions[i]
        kind = VALUE_KIND.get(m.unit)
        if kind is None:
            m.reason = f"unit {m.unit} is not a statistic"
            return None
        if "increment" in m.qualifiers:
            if not self._another_group(i):
                m.reason = "an increment ('another', 'a further'), not a level"
                return None
            m.qualifiers.remove("increment")
        named_whole = m.qualifiers == ["denominator"] and self._own(i)[1] is not None
        if m.qualifiers and not named_whole:  # "out of 23,684 orphan children and children ...": a named whole counts
            return self._qualified(i)
        if self._in_compared_breakdown(i):
            m.reason = "compared with a breakdown, but the text does not say whether this figure is that breakdown"
            return None
        concept, how = self._concept(i)
        if concept is None:
            m.reason = (
                "a part of a total that no catalogue dimension describes"
                if i in self.unlabelled_parts
                else NO_INDICATOR
            )
            return None
        self.concept_of[i] = concept
        host = r.hosts.get(i)
        same_kind = host is not None and VALUE_KIND.get(r.mentions[host].unit) == kind
        if how == "host" and same_kind and host not in r.indicators:  # "1,472,300 children attended ... (girls: ...)"
            m.reason = f"a part of a figure that was not published ({r.mentions[host].reason or 'no indicator'})"
            return None
        code = r.indicators[host] if how == "host" and same_kind and host in r.indicators else None
        code = code or self.cat.member(concept, kind)
        if code is None and kind == "count" and not m.noun:
            code = self.cat.member(concept, "rate") or self._elided_unit(i, concept)
        if code is None and kind == "percent":
            code = self._share_of_whole(i, concept)
        if code is None:
            m.reason = f"no {kind} indicator for {concept}"
            return None
        why = self._misfit(i, code, how)
        if why:
            m.reason = why
            return None
        return code

    def _share_of_whole(self, i: int, whole: str) -> str | None:
        """A share "of all orphans and children left without parental care" whose part is the count it restates or
        refers back to ("... 2,310 children. This represents 11.6 per cent of all orphans ..."): that part's share."""
        r = self.r
        m = r.mentions[i]
        wholes = {ind.code for ind in self.cat.indicators.values() if ind.concept == whole}
        shares = {
            ind.concept: ind.code
            for ind in self.cat.indicators.values()
            if ind.kind == "percent" and ind.share_of in wholes
        }
        clause = r.clause_of(m.start)
        counts = [
            j for j in r.values if j < i and VALUE_KIND.get(r.mentions[j].unit) == "count" and j in self.concept_of
        ]
        pair = self.pairs.get(i)
        if pair is not None and pair in self.concept_of:
            return shares.get(self.concept_of[pair])
        if not _SHARE_REFERS_BACK.search(r.text, clause.start, m.start):
            return None
        if counts:
            return shares.get(self.concept_of[counts[-1]])
        return shares.get(self.ctx.topic) if self.ctx.topic else None

    def _elided_unit(self, i: int, concept: str) -> str | None:
        """A bare number measured like the figure of the same concept before it: "recovered to 74.4 years in
        2023 after falling to 70.2 in 2021", "99.1 per cent in 2024, against 98.2 in 2020"."""
        r = self.r
        earlier = [j for j in r.values if j < i and VALUE_KIND.get(r.mentions[j].unit) not in (None, "count")]
        if not earlier or self.concept_of.get(earlier[-1]) != concept:
            return None
        gap = r.text[r.mentions[earlier[-1]].unit_end : r.mentions[i].start]
        dated = re.match(rf"\s*(?:\(\s*)?(?:in\s+)?{YEAR}\b", r.text[r.mentions[i].unit_end :])
        if dated and (r.mentions[i].partner == earlier[-1] or _ELIDED_GAP.search(gap)):
            return self.cat.member(concept, VALUE_KIND[r.mentions[earlier[-1]].unit])
        return None

    def _qualified(self, i: int) -> str | None:
        r = self.r
        m = r.mentions[i]
        if "attribute" in m.qualifiers:
            host = next((j for j in reversed(r.values) if j < i and "attribute" not in r.mentions[j].qualifiers), None)
            contains = self.cat.indicators[r.indicators[host]].contains if host in r.indicators else None
            if contains and noun_head(m.noun) in self.cat.counted_nouns(contains):
                return contains
            m.reason = "a figure in parentheses describing another figure"
        elif "group" in m.qualifiers:
            m.reason = "a breakdown by disability group, which is not a catalogue dimension"
        else:
            m.reason = "the whole a part is taken of ('out of ...')"
        return None

    def _own_relative_time(self, i: int) -> bool:
        """Whether figure i's own words, or its clause's opening, state a time only relative to another that no
        rule resolves: "compared with 2,300 last year", "up from 98.9 per cent five years earlier", "Two years
        later, the number ... had fallen to 120"."""
        r, m = self.r, self.r.mentions[i]
        clause = r.clause_of(m.start)
        later = [r.mentions[j].start for j in r.values if r.mentions[j].start > m.start]
        aside = _ASIDE_OPENS.search(r.text, m.unit_end, clause.end)  # "... — the debate a decade earlier (...)"
        tail_end = min([*later, clause.end, aside.start() if aside else clause.end])
        found = [x.start() for x in UNRESOLVED_TIME.finditer(r.text, clause.start)]  # (whole text: a year after it)
        return any(
            (m.unit_end <= x <= tail_end and not _COMPARISON_WORD.search(r.text, m.unit_end, x))  # "compared with
            or clause.start <= x < m.start  # barely a fifth five years earlier": the time of what it is compared with
            for x in found
        )

    def _children_named(self, i: int, code: str) -> bool:
        """Whether the words naming figure i's indicator before it, or its clause before it, say the persons are
        children: "minors in educational colonies – 308 persons", "Of school-age children ..., 113,405 persons",
        "Children with disabilities ... their number made up 101,485 persons"."""
        r, m = self.r, self.r.mentions[i]
        used = self.used.get(i)
        if used is None or used.start < m.start:
            return True
        before = r.text[r.clause_of(m.start).start : m.start].lower()
        return bool(set(re.findall(r"\w+", before)) & self.cat.units[self.cat.indicators[code].unit].child_nouns)

    def _misfit(self, i: int, code: str, how: str) -> str:
        """Why a figure does not fit the indicator it was bound to, or ''."""
        r = self.r
        m = r.mentions[i]
        ind = self.cat.indicators[code]
        if VALUE_KIND.get(m.unit) == "rate" and self.cat.units[m.unit].per != self.cat.units[ind.unit].per:
            return (
                f"a rate {self.cat.units[m.unit].name.lower()}, while {code} is {self.cat.units[ind.unit].name.lower()}"
            )
        clause = r.clause_of(m.start)
        process = _PROCESS_VERB.search(r.text, clause.start, m.start)
        if ind.requires is not None and process and not ind.requires.search(r.text, clause.start, m.start):
            return (
                f"the figure is what was '{process.group(0)}', which {code} does not count"  # "considered 1 904 cases"
            )
        parts = [j for j, whole in self.part_of.items() if whole == i]
        if ind.requires is not None and parts and ind.requires.search(r.text, clause.start, r.mentions[parts[0]].start):
            return f"the whole the {code} are a part of ('granted 38 of the 52 petitions')"
        described = sorted({*parts, *(j for j, host in r.hosts.items() if host == i and j > i)})
        before_parts = (
            " ".join([*(e.text for e in self.ctx.earlier), r.text[: r.mentions[described[0]].start]])
            if described
            else ""
        )
        if ind.requires is not None and described and not ind.requires.search(before_parts):
            return f"the whole of a part that is {code} ('1,200 petitions were filed, of which 900 were granted')"
        head = noun_head(m.noun)
        if " " not in m.noun and any(r.text[t.start : t.end].lower() == m.noun.lower() for t in r.labels.tokens):
            head = ""  # "1,514 rural and 444 urban": the label, not what is counted
        if ind.kind == "count" and head and head not in self.cat.counted_nouns(code):
            named = any(c.start >= m.unit_end and c.start <= m.unit_end + 3 for c in r.concepts)
            if (how not in ("own", "anaphor") and not named) or head in self.cat.all_counted_nouns:
                return f"counts '{m.noun}', which is not what {code} counts"
        named_apart = how == "own" and self.used.get(i) is not None and self.used[i].start > m.unit_end + 3
        words = {w.lower() for w in re.findall(r"[\w'’-]+", m.noun)}
        if ind.kind == "count" and named_apart and words and not words & self.cat.counted_nouns(code):
            return f"counts '{m.noun}', which is not what {code} counts"  # "48,200 calls concerning targeted ..."
        unit = self.cat.units[ind.unit]
        if ind.population == "adults" and words & unit.child_nouns:
            return f"counts '{m.noun}', which are not the people {code} counts"  # "150,000 children received TSA"
        if ind.population == "children" and _SCHOOL_GROUP.match(r.text, m.unit_end):
            return f"counts '{m.noun}', a group of school grades or colleges, not all the children {code} counts"
        if ind.population == "children" and words & unit.adult_nouns and not self._children_named(i, code):
            return f"counts '{m.noun}', which need not be children as {code} counts"  # "25,000 people were held in ..."
        used = self.used.get(i)
        if ind.kind == "rate" and used is not None and used.end <= m.start:
            gap_start, gap_end = used.end, m.start
            restricted = _RATE_RESTRICTION.match(r.text, gap_start, gap_end)
            if restricted and not any(gap_start <= tk.start < gap_end for tk in r.labels.tokens):
                return f"the rate for a group or cause ('{restricted.group(1)}') the catalogue has no breakdown for"
        if ind.kind == "percent" and self._composition(i):
            return "how a total is made up ('girls made up 46 per cent'), not a share the catalogue defines"
        alone = _ALONE.search(r.text, max(clause.start, m.start - 50), m.start)
        timed = alone is not None and re.fullmatch(rf"{YEAR}|year|month|period", alone.group(1), re.IGNORECASE)
        placed = alone is not None and any(
            t.start <= alone.start(1) < t.end for t in r.labels.tokens if t.dim == "ref_area" or t.dim in _ALONE_DIMS
        )  # "Turkistan region alone accounted for 214": where, not a part
        if (
            alone
            and not timed
            and not placed
            and not any(c.start <= alone.start(1) < c.end and c.concept == ind.concept for c in r.concepts)
        ):
            return f"a part ('{alone.group(0).strip()}'), not the whole {code} counts"
        own_noun = how == "own" and i in self.own_nouns
        if (how not in ("own", "contained") or own_noun) and not r.labels.dims.get(i) and i not in r.labels.areas:
            verb = self._verb(i, ind.concept)
            if verb:
                return f"the figure is what '{verb}' refers to, which {code} does not count"
        host = r.hosts.get(i)
        stated_whole = _WHOLE_AFTER.match(r.text, m.unit_end) if ind.kind == "percent" else None
        phrase_end = (
            stated_whole.end()
            + len(re.match(r"(?:[^,;.()—–]|(?<=\d)[,.](?=\d)){0,60}", r.text[stated_whole.end() :]).group())
            if stated_whole
            else 0
        )
        named_whole = stated_whole is not None and "total" not in stated_whole.group().lower()
        if named_whole and ind.whole is not None and not ind.whole.search(r.text, stated_whole.end(), phrase_end):
            return f"a share of another whole than the one {code} is a share of"  # "1.1 per cent of all pupils"
        if named_whole and any(
            c.concept == ind.concept
            and c.kind == "term"
            and stated_whole.end() <= c.start < phrase_end
            and len(r.text[stated_whole.end() : c.start].split()) <= 2
            for c in r.concepts
        ):  # "9% of school-age children with disabilities remained out of school": a part of them, not their share
            return f"a share taken of {ind.concept} itself, not {code}"
        of_whom = _OF_WHOM_BEFORE.search(r.text, max(0, m.start - 40), m.start) if ind.share_of else None
        if of_whom:
            counts = [
                j
                for j in r.values
                if r.mentions[j].end <= of_whom.start() and VALUE_KIND.get(r.mentions[j].unit) == "count"
            ]
            whole = self.concept_of.get(counts[-1]) if counts else None
            if whole is not None and self.cat.member(whole, "count") != ind.share_of:
                return f"a share of another whole than the one {code} is a share of"  # "69,806 children with
                # disabilities, of whom about 9 per cent lived in residential institutions"
        if how == "pair" and ind.kind == "count" and self._share_of(self.pairs.get(i)) == ind.concept:
            return f"the count of a part that makes up a share of {code}, not {code} itself"  # "48.7 per cent of X (5,190)"
        whole_of_part = self._whole_of_part(i)
        if (
            how == "own"
            and whole_of_part is not None
            and ind.part_of != whole_of_part
            and not self._whole_told_before(ind.part_of)
        ):
            return f"a part of {whole_of_part} that the catalogue does not break it into"
        counted_host = host is not None and VALUE_KIND.get(r.mentions[host].unit) == "count"
        if ind.kind == "percent" and counted_host and (ind.share_of is None or r.indicators.get(host) != ind.share_of):
            return f"a share of the total before it, which is not the whole {code} is a share of"
        if (
            ind.kind == "percent"
            and ind.share_of is None
            and not (host is not None and VALUE_KIND.get(r.mentions[host].unit) == "percent")
            and _PART_BEFORE.search(r.text, max(0, m.start - 25), m.start)
        ):
            return f"a share of 'these', which is not the whole {code} is a share of"
        previous = max([r.mentions[j].unit_end for j in r.values if j < i] + [clause.start])
        if ind.kind == "count" and how != "own" and _RATE_BEFORE.search(r.text, previous, m.start):
            return "a rate ('per 10,000 ...' before it), not a count"
        used = self.used.get(i)
        own_words_end = max(m.unit_end + 60, used.end + 30 if used is not None else 0)  # "3,027 orphans and children
        heading = r.clauses[clause.heading] if clause.heading is not None else None
        if ind.stock and (
            _FLOW.search(r.text, max(clause.start, m.start - 30), min(self.tail_end(i), own_words_end))
            or (heading is not None and _FLOW_HEADING.search(r.text, heading.start, heading.end))
            # "there were detected 512 children left without parental care, and in 2021 – 488": the words it borrows
            or (how in ("list", "subject") and any(self.concept_of.get(j) == ind.concept for j in self.flows))
        ):  # "... for the first time", "Children's libraries opened, 2019–2023: 41"
            self.flows.add(i)
            return f"a count of what is new, not the stock {code} counts"
        if ind.age == "_T" and _OF_AN_AGE_AFTER.match(r.text, m.unit_end):
            return "a part described by its age, which no catalogue dimension names"  # "1 923 children are of
            # preschool age"
        period = r.periods.get(i)
        if ind.stock and period is not None and period[0] != period[1] and period[2] == "period_total":
            return f"{code} is a stock, counted at a point in time, not summed over years"
        start = min(used.end if used is not None else clause.start, clause.start)
        own_end = re.search(r"[,;:—–]|$", r.text[m.unit_end : self.tail_end(i)]).start() + m.unit_end
        narrower = [
            s
            for s in _SUBPOPULATION.finditer(r.text, start, own_end)
            if not any(c.start <= s.start(1) < c.end for c in r.concepts) and not m.start <= s.start() < m.unit_end
        ]
        if narrower:
            return f"stated for a narrower population ('{narrower[0].group(0)}')"
        among = _AMONG_LEAD.search(r.text, clause.start, m.start)
        if among and how != "own" and not self._dims(i) and _SUBSET_PREDICATE.match(r.text, m.unit_end):
            return "a part of the population named after 'among' ('among the children ..., 6,014 were orphans')"
        heading = r.clauses[clause.heading] if clause.heading is not None else None
        planned = heading is not None and (  # "National targets for 2025 under the Programme: coverage – 100 per cent"
            _PLANNED.search(r.text, heading.start, heading.end)
            or (
                _TARGET_HEADING.search(r.text, heading.start, heading.end)
                and not _ACTUAL.search(r.text, clause.start, m.start)
                and not _ACTUAL.search(r.text, heading.start, heading.end)  # "The target indicators ... were achieved:"
            )
        )
        if (
            _TARGET.search(r.text, clause.start, m.start)
            or _TARGET_AFTER.match(r.text, m.unit_end, self.tail_end(i))
            or _PLANNED.search(r.text, clause.start, m.start)
            or planned
        ):
            return "a target, plan or forecast, not a statistic"
        if (
            _SAMPLE.search(r.text, max(clause.start, m.start - 60), m.start)
            or re.match(r"\s*(?:households|respondents)\b", r.text[m.unit_end :], re.IGNORECASE)
            or (VALUE_KIND.get(m.unit) == "count" and _VISITED_AFTER.match(r.text, m.unit_end))
        ):
            return "the size of a survey sample, or of the places a monitoring visit saw"
        return ""

    def _verb(self, i: int, concept: str) -> str:
        """The verb the figure (or the list it ends) is the subject of, when no catalogue predicate names it
        and it is not a verb of registration: "1,200 children received psychological support", "689 refugee
        children, ... and 7,637 children with kandas status were enrolled at secondary schools"."""
        r = self.r
        last = self.groups.get(i, [i])[-1]
        m = r.mentions[last]
        end = self.tail_end(i)
        opening = r.text.rfind("(", 0, m.start)
        if opening >= 0 and not r.text.count(")", opening, m.start):  # "(21,604 at the end of 2018) was judged ..."
            closing = r.text.find(")", m.end)
            end = min(end, closing) if closing >= 0 else end
        after = re.sub(
            r"^\s*(?:of\s+)?(?:these|those|them|such|which|whom|the)\b(?:\s+[a-z'’-]+)?", "", r.text[m.unit_end : end]
        )
        named = [c for c in r.concepts if c.kind == "term" and m.unit_end <= c.start <= m.unit_end + 3]
        if named:  # "19,184 orphans and children left without parental care": the noun is a concept's name
            after = r.text[named[0].end : end]
        elif m.noun and m.noun.lower() in after.lower():
            after = after[after.lower().find(m.noun.lower()) + len(m.noun) :]
        pair = self.pairs.get(last)
        if (
            pair is not None and pair > last and r.mentions[pair].unit_end <= end
        ):  # "5,846 schools, which composed 78.9%"
            after = r.text[r.mentions[pair].unit_end : end]
        verb = _VERB.match(after) or _PASSIVE.search(after)
        if verb is None or _GENERIC_VERB.match(verb.group(1)):
            return ""
        if re.match(
            r",?\s*(?:(?:were|was|are|is)\s+)?(?:attended|used|visited|served|run|operated|staffed)\s+by\b",
            after,
            re.IGNORECASE,
        ):
            return ""  # "8,860 preschool organizations, attended by 823,100 children": described, not acting
        own = self.cat.indicators[self.cat.member(concept, "count") or concept].requires
        if own is not None and own.search(verb.group(1)):
            return ""  # "6,215 petitions ... were granted": the verb the indicator is defined by
        offset = r.text.find(after, m.unit_end) + verb.end()
        objects = self._concepts_between(offset, offset + 60)
        if objects and re.fullmatch(
            r"\s*(?:(?:the|a|an|these|such)\s+)?(?:[\w'’-]+\s+)?", r.text[offset : objects[0].start]
        ):
            return ""  # "430,700 people received birth allowances": the verb's object is the concept
        if any(c.concept == concept for c in objects) and _TAKING_PART.match(verb.group(1)):
            return ""  # "... were involved in activities at work and recreation camps": the concept's own verb
        received = re.match(
            r"\s+(?:(?:the|a|an|these|such|monthly|special|State)\s+){0,3}([a-z]+?)s?\b", r.text[offset:], re.IGNORECASE
        )
        name = self.cat.indicators[self.cat.member(concept, "count") or concept].name.lower()
        if received and _TAKING_PART.match(verb.group(1)) and re.search(rf"\b{received.group(1).lower()}", name):
            return ""  # "70,100 persons ... received monthly allowances": what the allowance's recipients do
        if re.match(
            r"\s+(?:part\s+)?(?:(?:in|with|to|from)\s+)?(?:these|those|such|this|them|the same)\b",
            after[verb.end() :],
            re.IGNORECASE,
        ):
            return ""  # "392,400 people received these allowances": the topic's own verb
        return verb.group(0).strip(" ,")

    def _in_compared_breakdown(self, i: int) -> bool:
        """ "48 were male children (compared with 44 in 2016)": is 44 male children or all minors? Unsaid."""
        r = self.r
        m = r.mentions[i]
        opening = r.text.rfind("(", 0, m.start)
        if opening < 0 or r.text.count(")", opening, m.start) or r.labels.dims.get(i):
            return False
        before = [j for j in r.values if r.mentions[j].end <= opening]
        return bool(before) and bool(r.labels.dims.get(before[-1])) and before[-1] not in r.labels.clause_wide

    # --- observations --------------------------------------------------------------------------
    def _age(self, i: int) -> tuple[str | None, str]:
        """The age stated for figure i: its own, its clause's, 'of that age' before it, or its subject's clause's."""
        r = self.r
        m = r.mentions[i]
        if m.age:
            return m.age, ""
        text = r.text
        for c in r.concepts:  # ages that name a concept of all ages ("girls under 18") are part of its name, and
            if self.cat.indicators[c.code].age == "_T":  # so is a definition right after it: "... a minor (under 18)"
                defined = re.match(r"\s*\([^()]{0,100}\)", text[c.end :])
                end = c.end + (defined.end() if defined else 0)
                text = text[: c.start] + " " * (end - c.start) + text[end:]
        for x in r.mentions:
            if x.age_span:
                a, b = x.age_span
                text = text[:a] + " " * (b - a) + text[b:]
        clause = r.clause_of(m.start)
        used = self.used.get(i)
        own = {
            code
            for pos, code in age_codes(text)
            if clause.start <= pos < clause.end
            and self._age_is_for(pos, used)
            and not self._later_figures_age(i, pos)
            and not _MOST_OF_THEM.search(r.text, max(clause.start, pos - 80), pos)
        }
        if len(own) > 1:
            return None, "several ages stated: " + ", ".join(sorted(own))
        if own:
            return own.pop(), ""
        if THAT_AGE.search(r.text, clause.start, clause.end):
            earlier = [code for pos, code in age_codes(text) if pos < clause.start]
            if earlier:
                return earlier[-1], ""
        used = self.used.get(i)
        if used is not None and not clause.start <= used.start < clause.end:
            subject_clause = r.clause_of(used.start)
            codes = {code for pos, code in age_codes(text) if subject_clause.start <= pos < subject_clause.end}
            if len(codes) == 1:
                return codes.pop(), ""
        for j in (m.partner, self._compared_with(i), r.labels.partners.get(i), self.pairs.get(i), r.hosts.get(i)):
            if j in self.ages:  # "98.6 [children aged 3-6] in 2022, up from 81.6 in 2015": the same measure
                return self.ages[j], ""
        alike = {self.ages[j] for j in self.ages if self.concept_of.get(j) == self.concept_of.get(i)}
        if len(alike) == 1:  # "... aged 3 to 6 reached 100 per cent in Akmola ..., and 88.2 in Turkistan region"
            return alike.pop(), ""
        stated = [j for j in r.values if j < i and j in self.ages and r.mentions[j].unit == m.unit]
        if (  # "98.6 % of children aged 6–15 used the Internet, but only 74.1% used a computer": the same children
            stated
            and VALUE_KIND.get(m.unit) == "percent"
            and not m.noun
            and not _WHOLE_AFTER.match(r.text, m.unit_end)
            and re.fullmatch(
                r"\W*(?:but|and|while|whereas|yet)\s+(?:only\s+|just\s+|some\s+|about\s+)?",
                r.text[clause.start : m.start],
            )
            and len({self.ages[j] for j in stated}) == 1
        ):
            return self.ages[stated[-1]], ""
        concept = self.concept_of.get(i)
        if concept is not None and not any(c.concept == concept for c in r.concepts):
            for earlier in reversed(self.ctx.earlier):  # "The adolescent birth rate (... girls aged 15–19 ...) has
                if any(c.concept == concept for c in earlier.concepts):  # been declining. In 2015 it stood at 29.6"
                    codes = {code for _, code in age_codes(earlier.text)}
                    ages = {ind.age for ind in self.cat.indicators.values() if ind.concept == concept} - {"_T"}
                    return (codes.pop(), "") if len(codes) == 1 and codes <= ages else (None, "")
        return None, ""

    def _whole_of_all_children(self, age: str, ind: Indicator) -> bool:
        """ "1.5% of the population aged 0–17", "11.4 per 100 000 children aged 0–17": the age says the share's or
        the rate's whole is all children, as the indicator's whole already does; it does not narrow the figure."""
        if ind.whole is None or ind.age != "_T" or age not in ("Y0T17", "Y_LT18"):
            return False
        base = {"percent": _PERCENT_OF, "rate": _RATE_BASE}.get(ind.kind)
        text = self.r.text
        return base is not None and any(
            ind.whole.match(text, w.end()) and _ALL_CHILDREN_AGE.search(text, w.end(), w.end() + 50)
            for w in base.finditer(text)
        )

    def _later_figures_age(self, i: int, position: int) -> bool:
        """An age after a later figure of another unit or noun is that figure's: "from 9.38 ... to 7.90, within
        the benchmark of 25 deaths per 1,000 live births for children under five"; so is one after "out of them",
        which describes a part ("1,384,800 persons, out of them more than half are children under 18")."""
        r = self.r
        m = r.mentions[i]
        marker = _PART_MARKER.search(r.text, m.unit_end, position) if position > m.unit_end else None
        later = any(j > i and r.mentions[j].start > position for j in r.values)
        if marker and (_QUANTITY.search(r.text, marker.end(), position) or later):
            return True  # "1,384,800 persons, out of them more than half are children under 18", "118 406 persons,
            # from them children under 18 years – 71 212": the part's age
        concept = self.concept_of.get(i)
        if any(c.concept != concept for c in self._concepts_between(m.end, position)):
            return True  # "infant mortality ... 9.38 ... and under-five mortality ... for children under five"
        return self._later_figure_at(i, position)

    def _later_figure_at(self, i: int, position: int) -> bool:
        r = self.r
        m = r.mentions[i]
        before = [j for j in r.values if r.mentions[j].start < position]
        if not before or before[-1] <= i:
            return False
        other = r.mentions[before[-1]]
        return other.unit != m.unit or noun_head(other.noun) != noun_head(m.noun)

    def _age_is_for(self, position: int, used: ConceptMention | None) -> bool:
        """An age right after another concept's name ("the preschool coverage of children aged 3 to 6") is that
        concept's, not the figure's."""
        r = self.r
        owner = [c for c in r.concepts if c.start <= position and position - c.end <= 30]
        if not owner:
            return True
        nearest = max(owner, key=lambda c: c.start)
        between_values = [j for j in r.values if nearest.start <= r.mentions[j].start < position]
        return between_values != [] or used is None or nearest is used or nearest.code == used.code

    def _after_labelled(self, j: int) -> bool:
        """Whether figure j follows a labelled figure in a list ("4,120 in those of the education system, 1,106")."""
        r = self.r
        kind = VALUE_KIND.get(r.mentions[j].unit)
        before = [p for p in r.values if p < j and VALUE_KIND.get(r.mentions[p].unit) == kind]
        if not before or not r.labels.dims.get(before[-1]) or before[-1] in r.labels.clause_wide:
            return False
        gap = r.text[r.mentions[before[-1]].unit_end : r.mentions[j].start]
        if re.search(r"\)|\b(?:were|was|are|is|has|have|had)\b", gap):
            return False  # "(31 boys and 26 girls) were registered ..., and 112 minors": a new subject, not a list item
        return len(gap) < 80 and bool(re.fullmatch(r"[^\d;.:]*(?:,\s*(?:and\s+)?|\s+and\s+)", gap))

    def _another_group(self, i: int) -> bool:
        """Whether "another 214 were held in pre-trial detention facilities" counts something other than what the
        sentence and the one before it counted ("1 027 minors were serving sentences in correctional colonies"): a
        level of its own, not an increment of theirs."""
        own, _ = self._own(i)
        if own is None or i in self.r.hosts:
            return False
        r = self.r
        before = {c.concept for c in r.concepts if c.start < r.mentions[i].start}
        if self.ctx.earlier:
            before |= {c.concept for c in self.ctx.earlier[-1].concepts}
        return own not in before | {self.ctx.topic}

    def _total_of_sibling(self, host: int, own: str) -> int | None:
        """The figure before `host` whose concept the catalogue breaks into both `own` and host's concept: the total
        a list of named parts ("– 6,193 kindergartens and 4,459 mini-centres") was written under."""
        wholes = self.cat.wholes_of(own) & self.cat.wholes_of(self.concept_of[host])
        r = self.r
        totals = [k for k in r.values if k < host and self.concept_of.get(k) in wholes]
        if not totals or r.clause_of(r.mentions[totals[-1]].start) is not r.clause_of(r.mentions[host].start):
            return None
        return totals[-1]

    def _last_part(self, j: int) -> bool:
        """Whether figure j ends a list of parts whose first item has its total: "of which 6,912 were
        kindergartens and 4,115 mini-centres" (the 4,115 is a part too)."""
        r = self.r
        before = [k for k in r.values if k < j]
        return (
            bool(before)
            and before[-1] in r.hosts
            and bool(re.fullmatch(r"[^\d;.()]*\band\s+", r.text[r.mentions[before[-1]].unit_end : r.mentions[j].start]))
        )

    def _whole_of_part(self, i: int) -> str | None:
        """The indicator of the figure an unlabelled part is taken of: "the figure includes 640 children with
        disabilities", "nine of them children's villages", "Of these, 17,902 were raised in families"."""
        r = self.r
        m = r.mentions[i]
        if VALUE_KIND.get(m.unit) != "count" or r.labels.dims.get(i) or i in r.labels.areas:
            return None
        marked = _PART_BEFORE.search(r.text, max(0, m.start - 25), m.start) or _INCLUDES.search(
            r.text, max(0, m.start - 25), m.start
        )
        if not (i in self.unlabelled_parts or marked):
            return None
        host = r.hosts.get(i)
        if host is not None:
            return r.indicators.get(host)
        if marked and self.ctx.topic:  # "Of these, ...": the figures of the sentence before
            return self.cat.member(self.ctx.topic, "count")
        return None

    def _share_of(self, j: int | None) -> str | None:
        """The concept a percentage is stated as a share of: "48.7 per cent of preschool organizations"."""
        r = self.r
        if j is None or VALUE_KIND.get(r.mentions[j].unit) != "percent":
            return None
        stated = _WHOLE_AFTER.match(r.text, r.mentions[j].unit_end)
        if stated is None:
            return None
        named = [c for c in r.concepts if c.kind == "term" and stated.end() <= c.start <= stated.end() + 20]
        return named[0].concept if named else None

    def _whole_in_paragraph(self, c: ConceptMention) -> bool:
        """Whether a predicate that names a part ("Of these pregnancies, 1,102 were terminated") has its whole
        ("pregnancies among girls under 18") in this paragraph: a subject is never carried across paragraphs."""
        wholes = self.cat.wholes_of(c.concept)
        if not wholes:
            return True
        these = _THESE_NOUN.search(self.r.text, 0, c.start)
        counted = self._earlier_counting(noun_head(these.group(1))) if these else None
        if counted is not None:  # "Of these organizations, 412 were private": the organizations counted last
            return counted in wholes
        named = [x for x in self.r.concepts if x.start < c.start and x.kind == "term"]
        for earlier in reversed(self.ctx.earlier):
            named = named or [x for x in earlier.concepts if x.kind == "term"]
        if named:  # "... organizations of supplementary education ... Of these organizations, 412 were private": the
            return named[-1].concept in wholes  # whole is what was named last, not preschools named earlier
        return bool(wholes & {self.ctx.topic})

    def _whole_told_before(self, whole: str | None) -> bool:
        """Whether an earlier sentence of the paragraph gave a figure for `whole`: "10,956 preschool organizations
        ... The said network included 2,134 mini-centres" takes its part of the organizations, not the topic."""
        return whole is not None and any(whole in earlier.indicators.values() for earlier in self.ctx.earlier)

    def _unlabelled_sibling(self, i: int, population_sex: str | None = None) -> bool:
        """Whether a figure stands in a list of labelled parts without a label of its own ("2,810 in those of
        the education system, 918 in ... and 225 in social protection institutions" with one label unread): it
        is a part, not the total. A sex that is the indicator's whole population ("births per 1,000 girls aged
        15-19") is not a part's label."""
        r = self.r
        partner = r.mentions[i].partner
        if partner is not None and partner < i and not self._dims(i):  # "from 27 (2013) to 14": the start decides
            return self._unlabelled_sibling(partner, population_sex)
        if self._dims(i) or i in r.labels.areas or i in r.hosts.values() or i in self.own_nouns:
            return False
        if re.match(r"[^,;.\d]{0,40}\b(?:in total|total|altogether|overall)\b", r.text[r.mentions[i].unit_end :]):
            return False  # "98 boys and 61 girls ... died by suicide, 159 child suicides in total"
        m = r.mentions[i]
        previous = max([r.mentions[j].unit_end for j in r.values if j < i] + [r.clause_of(m.start).start])
        unread = [
            t
            for t in r.labels.tokens
            if t.dim in CODES
            and previous <= t.start < m.start
            and (t.start, t.dim) not in r.labels.used
            and not (t.dim == "sex" and t.code == population_sex)
        ]
        if unread:  # "among boys the number was 89, among girls 53": a label no rule tied to the figure after it
            return True
        kind = VALUE_KIND.get(m.unit)
        values = [j for j in r.values if VALUE_KIND.get(r.mentions[j].unit) == kind]
        k = values.index(i)
        for n in values[max(0, k - 1) : k] + values[k + 1 : k + 2]:
            trend_end = r.mentions[n].partner is not None and r.mentions[n].partner < n
            labelled = r.labels.dims.get(n) or (trend_end and self._dims(n))
            if not labelled or n in r.labels.clause_wide or n == m.partner:
                continue
            a, b = sorted((n, i))
            named = {  # a new subject after the list: "..., and the net primary enrolment ratio at 98.4"
                c.concept
                for c in self._concepts_between(r.mentions[a].unit_end, r.mentions[b].start, ("term",))
                if re.search(r"(?:,|;|\band|\bwhile|\bwhereas)\s+(?:the\s+)?$", r.text[max(0, c.start - 12) : c.start])
            }
            if n < i and named and self.concept_of.get(n) not in named:
                continue  # "101.2 per cent for girls and 100.6 per cent for boys, and the net primary enrolment ratio at 98.4"
            gap = r.text[r.mentions[a].unit_end : r.mentions[b].start]
            if (
                n < i
                and ")" in gap
                and r.text.count("(", 0, r.mentions[n].start) > r.text.count(")", 0, r.mentions[n].start)
            ):
                continue  # "98,140 (urban areas: 51,370; rural areas: 46,770), up from 72,900": the parts' list is closed
            listed = re.search(r",|\band\b", gap) and not re.search(rf"[.;]|{YEAR}", gap)
            if len(gap) < 80 and (listed or _DATED_ITEM_GAP.fullmatch(gap)):
                return True
        return False

    def _withhold_unplaced(self, unplaced: set[int]) -> None:
        """Figures with no place of their own near a region the text names are not published as national values;
        where the sentence is about that one region, they are its."""
        doubtful = {i for i in unplaced if self._region_nearby(i)}
        scoped = {i: code for i in doubtful if (code := self._sentence_region(i))}
        for i in doubtful - scoped.keys():
            self.r.mentions[
                i
            ].reason = "a region is named nearby, but the text does not say whether the figure is for it"
        for o in self.r.observations:
            if o.mention in scoped:
                o.ref_area, o.rule = scoped[o.mention], "sentence_region"
        self.r.observations = [o for o in self.r.observations if o.mention not in doubtful - scoped.keys()]

    def _sentence_region(self, i: int) -> str | None:
        """The one region the sentence is about, named before figure i with nothing national or foreign between:
        "In 2019 in Turkistan oblast the number of kindergartens made up 1 046 ...; the number of mini-centres made
        up 612". A sentence naming no place that leans on the one before ("Of them 4 386 children ...") takes the
        one region all that sentence's figures were for."""
        r, m = self.r, self.r.mentions[i]
        national = {self.ctx.doc.ref_area, "KZ"}
        if any(t.dim in ("foreign", "ambiguous") for t in r.labels.tokens):
            return None
        regions = _regions(r, national)
        nationals = [t.start for t in r.labels.tokens if t.dim == "ref_area" and t.code in national]
        nationals += [w.start() for w in _NATIONAL_WORD.finditer(r.text)]
        # "..., or 27 per cent of all recipients in the country": the whole's place, not the figure's
        nationals = [n for n in nationals if not _NOT_WHERE.search(r.text, max(0, n - 80), n)]
        if not regions:
            earlier = self.ctx.earlier[-1] if self.ctx.earlier else None
            if earlier is None or not _REFERS_BACK.search(r.text):
                return None
            if any(n < m.start or not self._heads_later_figure(n, i) for n in nationals):
                return None  # "It stood at 105.2 per cent in 2023, when the republican value was 107.9": 107.9's
            areas = {o.ref_area for o in earlier.observations}
            if not earlier.observations and not any(t.dim in ("foreign", "ambiguous") for t in earlier.labels.tokens):
                areas = {t.code for t in _regions(earlier, national)}  # "... the guardianship bodies of Mangystau
            return areas.pop() if len(areas) == 1 and not areas & national else None  # region. ... their number ..."
        if len({t.code for t in regions}) != 1:
            return None
        first = min(t.start for t in regions)
        before = [j for j in r.values if r.mentions[j].start < m.start]
        after = [r.mentions[j].start for j in r.values if r.mentions[j].start > m.start]
        own_from = r.mentions[before[-1]].unit_end if before else first
        own_to = after[0] if after else len(r.text)
        opening = min(r.mentions[j].start for j in r.values)
        if first > opening or _COMPARED_PLACE.search(r.text, max(0, first - 40), first):
            return None  # "41 cases, 17 of them in Turkistan region": where a part is, not what the sentence is about
        if any(
            (first < n < m.start and not self._closed_before(n, i))
            or (own_from <= n < own_to and not self._heads_later_figure(n, i))
            for n in nationals
        ):  # "(on the republic – 17,0 ...)": the country's; "(republic – 29.5) – and the rate ... was 12.1": closed
            return None
        return regions[0].code

    def _heads_later_figure(self, position: int, i: int) -> bool:
        """Whether the national word at `position` names the subject of a figure after figure i ("..., when the
        republican value was 107.9") or is that figure's label ("164 (in the republic as a whole – 2,315)")."""
        r = self.r
        later = [j for j in r.values if r.mentions[j].start > position]
        national = {self.ctx.doc.ref_area, "KZ"}
        return (
            position > r.mentions[i].end
            and bool(later)
            and (
                _HEADS_FIGURE.fullmatch(r.text, position, r.mentions[later[0]].start) is not None
                or bool(national & set(r.labels.areas.get(later[0], ())))
            )
        )

    def _compared(self, j: int) -> bool:
        """Whether figure j is introduced as the one another is compared with ("..., against 3,012 in 2017",
        "down from 131 in 2018")."""
        start = self.r.mentions[j].start
        return _COMPARED.search(self.r.text, max(0, start - 25), start) is not None

    def _closed_before(self, position: int, i: int) -> bool:
        """Whether `position` is inside a parenthesis closed before figure i: "(republic – 29.5) – and ... 12.1"."""
        start = self.r.mentions[i].start
        return position < start and self.r.text.count(")", position, start) > self.r.text.count("(", position, start)

    def _compared_before(self, position: int, i: int) -> bool:
        """Whether `position` is in a comparison of an earlier clause than figure i's: "Zhambyl region was 104.6,
        against 106.8 across Kazakhstan; in 2016/17 it rose to 105.3" (whose 105.3 is, the text does not say)."""
        r = self.r
        clause = r.clause_of(position)
        return clause.end <= r.mentions[i].start and bool(labels.COMPARED_WITH.search(r.text, clause.start, position))

    def _region_nearby(self, i: int) -> bool:
        """Whether a region of the country is named where figure i, with no place of its own, may be that region's:
        before it or in its clause ("98.7% of children aged 6–15 in Astana used the Internet"), not taken by another
        figure; or in an earlier sentence of the paragraph, not taken there or referred back to ("... in Kostanay
        region numbered 2,604 ... Of these, 2,271 ..."). A sentence that says "nationwide" settles it."""
        r, m = self.r, self.r.mentions[i]
        national = {self.ctx.doc.ref_area, "KZ"}
        said = [t.start for t in r.labels.tokens if t.dim == "ref_area" and t.code in national]
        said += [w.start() for w in _NATIONAL_WORD.finditer(r.text)]
        regions = _regions(r, national)
        region_before = [t.start for t in regions if t.start < m.start]
        if any(  # "Mangystau region: 9.8 ..., above the national average of 8.1": 8.1 only is national
            not _NOT_WHERE.search(r.text, max(0, start - 80), start)
            and not any(start < t < m.start for t in region_before)
            and (start < m.start or not region_before or 0 <= start - m.unit_end <= 3)  # "13.5 for the country"
            and not self._heads_later_figure(start, i)  # "..., when the republican value was 107.9": 107.9's
            and not self._closed_before(start, i)  # "(republic – 29.5) – and the rate ... was 12.1"
            and not self._compared_before(start, i)
            for start in said
        ):
            return False
        regions = [  # "..., the highest values being recorded in Mangystau and West Kazakhstan oblasts": a ranking
            t  # aside with no figure of its own says nothing about where the figures hold
            for t in regions
            if not (
                (
                    labels.RANKING_ASIDE.search(r.text, max(0, t.start - 90), t.start)
                    or (m.end < t.start and labels.PART_HOLDER_AFTER.match(r.text, t.end))
                )
                and not any(t.code in codes for codes in r.labels.areas.values())
            )
        ]
        clause = r.clause_of(m.start)
        users = {t.code: [j for j, codes in r.labels.areas.items() if t.code in codes] for t in regions}
        here = [
            t
            for t in regions
            if t.start < m.start  # "the rate in Pavlodar region was 41.7 ..., while ... in the oblast ... 96.3"
            or (
                clause.start <= t.start < clause.end
                and r.text.count(" — ", clause.start, t.start) % 2 == 0  # "— progress that mothers in Kyzylorda ... —"
                and not any(  # "41 cases ..., 17 of them in Turkistan region": where a part of it is
                    r.hosts.get(j) == i and self.concept_of.get(j) == self.concept_of.get(i) for j in users[t.code]
                )
            )
        ]
        if here:
            return True
        back = _REFERS_BACK.search(r.text) is not None
        for earlier in self.ctx.earlier:
            taken = {o.ref_area for o in earlier.observations}
            if any(back or t.code not in taken for t in _regions(earlier, national)):
                return True
        return False

    def _areas(self, i: int, seen: frozenset[int] = frozenset()) -> tuple[list[str], str] | None:
        """Where figure i holds: its own place, else that of the total it is a part of or the figure it restates."""
        r = self.r
        if i in r.labels.unplaced:
            return None
        if i in r.labels.areas:
            return sorted(set(r.labels.areas[i]), key=r.labels.areas[i].index), r.labels.rules.get(i, "labelled_value")
        m = r.mentions[i]
        clause = r.clause_of(m.start)
        earlier = [j for j in r.values if j < i and self.concept_of.get(j) == self.concept_of.get(i)]
        leaning = earlier[-1] if earlier and _POSSESSIVE.search(r.text, clause.start, m.start) else None
        others = (r.hosts.get(i), self.pairs.get(i), m.partner, self._compared_with(i), leaning)
        for other in others:  # "in Shymkent was 9.4 ... in 2024 against 10.8 in 2020": the same place
            if other is not None and other not in seen:
                found = self._areas(other, seen | {i})
                if found is None or found[1]:
                    return found
        return [self.ctx.doc.ref_area], ""

    def _dims(self, i: int) -> dict[str, str]:
        """The figure's own labels, over those of its total; a trend's end or a comparison ("2,918 in 2020, down
        from 3,064 in 2016") takes the labels of the figure it is compared with."""
        r = self.r
        m = r.mentions[i]
        own = dict(r.labels.dims.get(i, {}))
        siblings = {r.labels.dims.get(j, {}).get("sex") for j in r.values if j != i} - {None, own.get("sex")}
        code = r.indicators.get(i)
        of_children = code is not None and self.cat.indicators[code].population == "children"
        if (
            i in r.labels.weak_sex
            and i not in r.hosts
            and not siblings
            and not any(j in r.hosts for j in r.values)
            and not of_children  # "35 girls committed suicide": a part of the children the indicator counts
        ):
            own.pop("sex", None)  # "paid to 273,800 women": the population, not a part of it
        if i in r.hosts:  # "... organizations of the health system ..., and the number of children living in them"
            host = r.hosts[i]
            inherited = self._dims(host) if r.hosts.get(host) != i else r.labels.dims.get(host, {})
            return {**inherited, **own}
        if own:
            return own
        if m.partner is not None:
            return dict(r.labels.dims.get(m.partner, {}))
        compared = self._compared_with(i)
        if compared is not None and i not in r.labels.partners:
            return dict(r.labels.dims.get(compared, {}))
        partner = r.labels.partners.get(i)
        return dict(r.labels.dims.get(partner, {})) if partner is not None else own

    def bind(self) -> None:
        r = self.r
        self._hosts()
        self._periods()
        region_codes = region_list(r.text, self.cat)
        unplaced: set[int] = set()  # figures with no place of their own, published for the document's area
        for i in r.values:
            m = r.mentions[i]
            code = self._indicator(i)
            if code is None:
                continue
            r.indicators[i] = code
            compared = self._year_aside_of(i)
            if compared is not None and not any(o.mention == compared for o in r.observations):
                m.reason = "the same series in another year as a figure that was not published"
                continue  # "... rural areas ..., with 1,984 left in 2022 (2015: 2,190)": 2,190 is 1,984's, not the total's
            host = r.hosts.get(i)
            if i not in r.periods and i in self.held and host in r.periods and r.periods[host][0] == r.periods[host][1]:
                r.periods[i] = (*r.periods[host][:2], "breakdown_of_total")  # "... 11,275, and 32,608 children in them"
                m.reason = ""
            if i not in r.periods:
                continue
            if r.periods[i][2] in _INHERITED_TIME and self._own_relative_time(i):
                m.reason = "a time stated only relative to another ('five years earlier', 'last year'), not its year"
                continue
            ind = self.cat.indicators[code]
            age, problem = self._age(i)
            if problem:
                m.reason = problem
                continue
            if age:
                self.ages[i] = age
            if age and age != ind.age and not self._whole_of_all_children(age, ind):
                m.reason = f"the text states age {age}; {code} is defined for {ind.age}"
                continue
            if ind.age_required and not age:
                m.reason = f"{code} needs the age stated in the text"
                continue
            if self._unlabelled_sibling(i, ind.population_sex):
                m.reason = _UNREAD_LABEL
                continue
            holder = r.hosts.get(i) if i in self.held else None
            unread_holder = holder is not None and r.mentions[holder].reason == _UNREAD_LABEL
            if unread_holder or (m.partner is not None and r.mentions[m.partner].reason == _UNREAD_HOLDER):
                m.reason = _UNREAD_HOLDER  # "... of the health system ..., and the number of children living in them
                continue  # from 2,304 (2014) to 1,512 (2021)": the system's children, not all
            placed = self._areas(i)
            if placed is None:
                m.reason = r.labels.unplaced.get(i, "the figure it belongs to is not for a reference area")
                continue
            areas, area_rule = placed
            if areas == [self.ctx.doc.ref_area]:
                area_rule = ""  # "nationwide", "in Kazakhstan": the document's own area, no rule of its own
            if region_codes is not None and not r.labels.areas.get(i):
                codes, why = region_codes
                if not codes:
                    m.reason = why
                    continue
                areas, area_rule = codes, "regions_list"
            elif not area_rule:
                unplaced.add(i)
            start, end, rule = r.periods[i]
            dims = self._dims(i)
            if ind.population_sex and dims.get("sex") not in (None, ind.population_sex):
                m.reason = f"{code} counts only sex {ind.population_sex}"
                continue
            if ind.population_sex:
                dims = {k: v for k, v in dims.items() if k != "sex"}  # "births to girls": the population, not a part
            for area in areas:
                r.observations.append(
                    Observation(
                        indicator_code=code,
                        ref_area=area,
                        age=ind.age,
                        period_start=start,
                        period_end=end,
                        obs_value=m.value,
                        unit_measure=ind.unit,
                        obs_status="A",
                        derivation="",
                        rule=area_rule or rule,
                        mention=i,
                        parts=dims,
                    )
                )
        self._withhold_unplaced(unplaced)
        concepts = [self.concept_of[i] for i in r.values if i in self.concept_of]
        r.topic = concepts[-1] if concepts else (r.concepts[0].concept if r.concepts else None)
        self._guess()

    def _guess(self) -> None:
        """For each statistic not published: the indicator its concept (or the paragraph's topic) has in its
        unit's kind, its stated age and breakdown. Only a reviewer turns a guess into an observation."""
        r = self.r
        published = {o.mention for o in r.observations}
        for i in r.values:
            kind = VALUE_KIND.get(r.mentions[i].unit)
            if i in published or kind is None:
                continue
            concept = self.concept_of.get(i) or self.ctx.topic
            code = r.indicators.get(i) or (self.cat.member(concept, kind) if concept else None)
            age, _ = self._age(i)
            r.guesses[i] = Guess(code, age, self._dims(i))
