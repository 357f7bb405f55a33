"""Classify every number in a sentence: what unit it carries and what role it plays.

A number is a *value candidate* only when nothing around it says it is something else:
a year, a date, an age, a legal reference ("Act No. 501-V", "art. 139", "paragraphs 34
and 35"), an identifier (phone numbers, "LA-155/6", document symbols), a change
("decreased by 5,009"), a bound of a range, money, or an approximate figure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from indicators.ages import AGE_NUMBER, age_spans
from indicators.numbers import Token, scan, semicolon_list
from indicators.timex import MONTHS, SCHOOL_WORD, YEAR
from indicators.units import POINTS, UNITS, VALUE_KIND, written_after, written_before

_YEAR_TOKEN = re.compile(rf"{YEAR}")

_LEGAL_BEFORE = re.compile(
    r"(?:\bno\.|\bnos\.|\barts?\.|\barticles?|\bparagraphs?|\bparas?\.|\bsubparagraphs?|\bchapters?|\bsections?"
    r"|\bannex(?:es)?|\bclauses?|\bitems?|\bgeneral comments?|\brecommendations?|\bdecisions?|\bresolutions?"
    r"|\bstatements?|\bgeneral recommendation|\bprotocols?|\bappendix|\bappendices)"
    r"\s*(?:no\.\s*)*(?:[\w\-–]+\s*(?:\(\s*\w{1,4}\s*\)\s*)?(?:,|\band\b|\bor\b|\bto\b|-|–|\()\s*)*\(?\s*$",
    re.IGNORECASE,
)
# "Table 5", "Figure 3", "Indicator 3.2.1", "Target 3", "p. 14": a number right after the word, which is not the
# subject of a sentence ("the figure rose to 3,980", "the indicator stood at 98.1")
_REFERENCE_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bits )\b(?:tables?|figures?|fig\.|charts?|box(?:es)?|footnotes?|notes?|pp?\.|pages?"
    r"|indicators?|targets?|goals?|sdgs?|objectives?|tasks?)\s*(?:no\.\s*)?(?:\d[\w.]*\s*(?:,|and|or|-|–)\s*)*$",
    re.IGNORECASE,
)
_GRADE_BEFORE = re.compile(
    r"\b(?:grades?|phases?|stages?|groups?|categories|category)\s+(?:[\dIVX]+\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|\bto\b|-|–)\s*)*$",
    re.IGNORECASE,
)
# "(Ombudsman, 2025: 14)", "(BNS 2023, p. 7)", "(UNICEF, 2022)": an author, a year, a page
_CITED = r"\(\s*(?:[A-Z][\w&.'’-]*\s*){1,5},?\s*(?:et al\.,?\s*)?"
_CITED_BEFORE = re.compile(rf"{_CITED}$")
_CITATION_BEFORE = re.compile(rf"{_CITED}(?:19|20)\d\d[a-z]?\s*[:,]\s*(?:pp?\.\s*)?$")
# "According to Zhakupova (2021), ...", "Abenova et al. (2019) found ...": the year of a cited author's work
_AUTHOR = r"(?-i:[A-Z])[\w'’-]+(?:\s+et al\.|\s+(?:and|&)\s+(?-i:[A-Z])[\w'’-]+)?\s*\(\s*$"
_NARRATIVE_CITED_BEFORE = re.compile(rf"\b(?:according to|see|cf\.|as|by|following)\s+{_AUTHOR}", re.IGNORECASE)
_AUTHOR_BEFORE = re.compile(rf"(?<![\w-]){_AUTHOR}")
_CITING_VERB_AFTER = re.compile(
    r"[a-z]?\s*\)\s*(?:also\s+)?(?:notes?|noted|finds?|found|argues?|argued|reports?|reported|shows?|showed|estimates?"
    r"|estimated|observes?|observed|points? out|pointed out|concludes?|concluded|suggests?|suggested)\b"
)
_PHONE_BEFORE = re.compile(
    r"(?:phone(?: number)?|telephone(?: number)?|help ?line|hot ?line|(?:police|trust|emergency|phone|children's) line"
    r"|(?:contact|call|information|service) cent(?:re|er)|tel\.|\bcalling(?: the)?(?: [\w'’-]+){0,4}|\bdial(?:ling)?)"
    r"\s*\(?\s*(?:[\d()\-]+\s*)*$",
    re.IGNORECASE,
)  # "the police line 102", "the unified contact centre 1414", "by calling 150"
_PHONE_NUMBER = re.compile(
    r"(?<![\w.,])(?:\+\s?7|8)?\s*\(\d{3,5}\)\s*\d{1,3}(?:[-\s]\d{2}){2}\b"
)  # "8 (7262) 43-21-09"
_DATE_AFTER = re.compile(rf"^\s*(?:(?:and|to|-|–)\s*\d{{1,2}}\s+)?(?:{MONTHS})(?![a-z])", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"(?:{MONTHS})\s*(?:\d{{1,2}},?\s*)?$", re.IGNORECASE)
_SESSION_AFTER = re.compile(r"^(?:st|nd|rd|th)\b|^\s*(?:session|meeting)s?\b", re.IGNORECASE)

_MULTIPLIER = re.compile(r"^\s*(million|billion|thousand|hundred|dozen|mln|bn|thous|ths|thsd)\b\.?", re.IGNORECASE)
_MULTIPLIERS = {
    "dozen": 12,
    "hundred": 1e2,
    "thousand": 1e3,
    "thous": 1e3,
    "ths": 1e3,
    "thsd": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
}
_FACTOR_BEFORE = re.compile(r"\bby a factor of\s*$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|dropped|reduced|went (?:up|down)|gone (?:up|down)|higher|lower"
    r"|shrunk|shrank|contracted|expanded|climbed|jumped|slipped|dipped|soared|surged|plummeted|plunged|edged (?:up|down))"
    r"\s+(?:by\s+)?(?:almost |nearly |about |some )?"
    r"|\b(?:a |an )?(?:reduction|increase|decrease|decline|growth|rise|drop|fall|change|gain|loss|improvement|cut)\s+(?:of|by)\s+"
    r"(?:almost |nearly |about |some )?"
    r"|[,(—–]\s*(?:up|down)\s+(?:by\s+)?|\b(?:is|was|are|were)\s+(?:up|down)\s+(?:by\s+)?|\(\s*[+−-]\s*|\s[+−]"
    # "decreased in 2021 by 400": a change verb, then its time, then 'by'
    # "decreased in 2021 by 400", "decreased from 2,300 in 2021 by 400": a change verb, its time or start, then 'by'
    r"|\b(?:increased|decreased|rose|fell|grew|declined|dropped|was reduced|were reduced)\s+(?:in|over|during|since|from)\s+"
    r"[^.;]{0,40}?(?:19|20)\d\d\)?\s+by\s+(?:almost |nearly |about |some )?)$",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:per\s?cent|%|percentage points?|times|(?!or\b)[a-z]+)?\s*(?:more|less|fewer|higher|lower|greater|longer|shorter|as many)\b"
    r"(?!\s+(?:likely|often|than (?:half|a third|a quarter)))"
    rf"|^\s*(?:per\s?cent|%|{POINTS}|years?)\s*(?:below|above|under|over(?!\s+(?:the|that|this|those|these)\s+(?:same\s+)?"
    r"(?:\w+\s+)?(?:period|years?|time|span)))\b"  # "from 66.8 per cent to 91.5 per cent over the same period": a time
    rf"|^\s*(?:per\s?cent|%|{POINTS})\s*(?:up|down)\b(?!\s+(?:to|from)\b)"  # "0.5 percentage points up on 2020"
    r"|^\s*(?:per\s?cent|%|percentage points?)?\s*(?:rise|increase|decrease|decline|drop|fall|reduction|growth|gain|jump)\b"
    r"|^\s*(?:years?|points?|per\s?cent|%)?\s*(?:short of|behind|ahead of)\b",  # "some six years short of the OECD average"
    re.IGNORECASE,
)
_GROUPED = r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?"  # a number written with thousands separators
_RANGE_TO_AFTER = re.compile(rf"^\s+to\s+{_GROUPED}\b")
_RANGE_TO_BEFORE = re.compile(rf"\b{_GROUPED}\s+to\s+$")
_TREND_OR_CHANGE_BEFORE = re.compile(r"\b(?:from|by|between)\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(
    r"\b(?:ranges?|ranged|ranging|varie[sd]|vary|varying)\s+(?:from|between)\s*$|\b(?:a|the) range of\s*$|\bbetween\s*$",
    re.IGNORECASE,
)
# "more than 75,000": a bound, never a value. "some 430,700": a rounded value, published as stated (the quote keeps "some").
_BOUND_BEFORE = re.compile(
    r"\b(almost|nearly|over|more than|less than|fewer than|at least|up to|under|in excess of|upwards of|exceed(?:ed|s|ing)?"
    r"|surpass(?:ed|es)?|above|below|not exceeding|no more than|no fewer than|as many as|as much as|as high as|as few as"
    r"|(?:a |the )?(?:minimum|maximum) of|not (?:less|fewer|more) than|no less than|at (?:the )?(?:most|minimum|maximum))\s*$",
    re.IGNORECASE,
)
_RATIO_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d{1,2})\s+(?:[a-z'’-]+\s+){0,2}?(?:in|out of)\s+$",
    re.IGNORECASE,
)  # "one child in five", "three out of four recipients"
# "seven in ten of them", "3 in 10 children": a ratio, whatever the words between
_RATIO_AFTER = re.compile(
    r"^\s*(?:[a-z'’-]+\s+){0,2}?(?:in|out of)\s+(?:ten|hundred|twenty|five|four|three|two|\d{1,3})\b(?![\d,.])",
    re.IGNORECASE,
)
_PLACES_AFTER = re.compile(
    r"^\s+(?:other\s+)?(?:[a-z]+ern\s+|southern\s+|northern\s+|western\s+|eastern\s+|central\s+)?(?:regions|oblasts|districts|cities|countries)\b",
    re.IGNORECASE,
)
_SUPERSEDED_BEFORE = re.compile(r"\b(?:not|rather than|instead of)\s+$", re.IGNORECASE)
_SUPERSEDED_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}?[—–-]?\s*,?\s*(?:sorry|I mean|correction|or rather|I beg your pardon|pardon me|excuse me"
    r"|let me correct (?:myself|that)|I correct myself|that is to say)\b",
    re.IGNORECASE,
)
_RANKED_GROUP_AFTER = re.compile(r"\s+(?:(?:regions|oblasts|countries|cities)\s+)?(?:with|where|that|which)\b", re.I)
_ORDINAL_GROUP_BEFORE = re.compile(r"\b(?:the )?(?:first|next|top)\s+$|\b(?:these|those)\s+$", re.IGNORECASE)
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:gap|difference|differential|disparity)\b[^.;\d]{0,60}?\b(?:was|is|were|of|stood at|amounted to|reached|equalled|"
    r"narrowed to|widened to|fell to|rose to)\s+$",
    re.IGNORECASE,
)
_INCREMENT_BEFORE = re.compile(r"\b(?:another|a further|an additional|a additional)\s+(?:some\s+)?$", re.IGNORECASE)
# "from 2011 to 2015 ... 418 cases, and in 2016–2018 another 137": a level of its own period, not an increment
_OWN_PERIOD_INCREMENT = re.compile(
    rf"\b(?:in|during|over|for)\s+{YEAR}(?:\s*[-–—]\s*{YEAR})?,?\s+(?:another|a further)\s+$", re.IGNORECASE
)
_GROUP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,5}?of (?:disability )?group\s+[IVX]+\b", re.IGNORECASE)
_RATE_BASE_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)
# "roughly 860 a year", "some 200 children annually", "roughly 20 a week": no one year's value
_PER_YEAR_AFTER = re.compile(
    r"^\s*(?:[a-z][\w'’-]*\s+){0,3}?(?:(?:a|per|each|every)\s+(?:year|month|week|day)\b(?!\s*(?:earlier|ago|before|later|on|after|previously))"
    r"|annually\b|per annum\b|on average\b)",
    re.IGNORECASE,
)
# "every week 3 children ...", "Each year, about 150 ...": a typical or average number, not one period's value
_PER_PERIOD_BEFORE = re.compile(
    r"\b(?:every|each|per)\s+(?:day|week|month|year)\b,?\s*(?:(?:on average|about|some|around|nearly|almost)\s*,?\s*)*$",
    re.IGNORECASE,
)
# "lacked 2,000 doctors", "a shortage of 2,000 doctors", "the deficit of paediatric beds was 1,500": what is missing
_SHORTAGE_BEFORE = re.compile(
    r"\b(?:lack(?:ed|s|ing)?|shortage of|deficit of|shortfall of|deficiency of|short by)\s+(?:some |about |around |nearly |almost )?$"
    r"|\b(?:shortage|deficit|shortfall|deficiency|lack)\b[^.;,\d]{0,40}\b(?:was|were|is|are|stood at|amounted to|of|totall?ed)\s+"
    r"(?:some |about |around |nearly |almost )?$",
    re.IGNORECASE,
)
# "the average annual number of child suicides was 130": an average over years, not one period's value
_AVERAGE_NUMBER_BEFORE = re.compile(
    r"\b(?:average|mean)\s+(?:annual\s+|yearly\s+|monthly\s+|daily\s+)?(?:number|count|total)\b[^.;\d]{0,60}$",
    re.IGNORECASE,
)
# "(95% CI: 95.4–96.9%)": a confidence level or interval, never a statistic
_CONFIDENCE_AFTER = re.compile(r"^\s*(?:per\s?cent|%)?\s*(?:CI|confidence interval)\b", re.IGNORECASE)
_CONFIDENCE_BEFORE = re.compile(r"\b(?:CI|confidence interval)\s*[:=,]?\s*(?:[\d.,]+\s*%?\s*[-–]\s*)?$", re.IGNORECASE)
# "2.3 per doctor", "1.8 per family": a ratio to something other than a population base
_PER_NOUN_AFTER = re.compile(
    r"^\s*(?:per|for every|to each|to every)\s+(?:a\s+|one\s+|each\s+)?(?!cent\b|thousand\b|hundred\b|million\b|\d)[a-z]",
    re.IGNORECASE,
)
_RATIO_NAMED_BEFORE = re.compile(
    r"\bratio of\b[^.;\d]{0,60}?\bto\b[^.;\d]{0,60}?$|\b[a-z]+[- ]to[- ][a-z]+ ratio\b[^.;\d]{0,40}?$", re.IGNORECASE
)
_N = AGE_NUMBER
_FAMILY_SIZE_BEFORE = re.compile(r"\b(?:mother|father|parent|family|grandmother|grandfather)\s+of\s+$", re.IGNORECASE)
_AGE_SPANS = re.compile(
    # "aged 16 or 17", "sets the marriageable age at 18", "turns 18", "18 or older"
    rf"\baged\s+{_N}\s+or\s+{_N}\b|\bage\s+(?:at|to|from)\s+{_N}\b|\b(?:turns?|turned|turning)\s+{_N}\b"
    rf"|\b{_N}\s+(?:years\s+)?or\s+(?:older|over|younger|above|under)\b"
    rf"|\b(?:aged|ages?(?: of)?|aged between|between the ages of|children (?:between|from))\s+{_N}\s*(?:and|to|-|–)\s*{_N}(?:\s*years?(?: of age| old)?)?"
    # "Gulnara, 34, a mother of five": a person's age
    rf"|\b(?-i:[A-Z])[a-z]+,\s+\d{{1,2}},\s+(?=(?:a|an|who|whose|said|says|told|from|now|whom)\b)"
    rf"|\bbetween {_N} and {_N} years(?: of age| old)?"
    rf"|\b{_N}\s*(?:to|-|–)\s*{_N} years(?: of age| old)?"
    rf"|\b(?:under|over|above|below|aged|age of|at the age of|from the age of|until the age of|reach(?:ed|es)? the age of|under the age of|over the age of)\s+{_N}(?:\s*years?(?: of age| old)?)?"
    rf"|\b{_N} years (?:of age|old)|\b\d+-year-olds?|\bunder-\d+"
    rf"|\b{_N}\s*[-–]\s*{_N}\s+age\s+group|\bage\s+group\s+(?:of\s+)?{_N}\s*[-–]\s*{_N}"
    # a person's age at an event: "married at 16", "gave birth before reaching 16", "the youngest ... was 11"
    rf"|\b(?:married|wed|pregnant|birth|mother|father|arrested|detained|convicted|died|orphaned|abandoned)\s+"
    rf"(?:at|before reaching|before turning|on reaching)\s+{_N}\b(?!\s*(?:per\s?cent|%|[.,]\d))"
    rf"|\b(?:youngest|oldest)\b[^.;\d]{{0,80}}?\b(?:was|were|is|being)\s+(?:just\s+|only\s+)?{_N}\b(?![.,]\d|\s*(?:per\s?cent|%))"
    rf"|\b(?:average|mean|median)\s+age\b[^.;]{{0,80}}?\b\d{{1,2}}(?:[.,]\d)?\b",
    re.IGNORECASE,
)
_ATTRIBUTE_BEFORE = re.compile(
    r"\(\s*(?:with|of which|including)\s+$|\b(?:families|households|organizations|institutions|schools)\s+with\s+$",
    re.IGNORECASE,
)
# "(out of 1,690 claims filed)", "0.8 per cent of the 134,000 marriages": the whole a part is taken of
_DENOMINATOR_BEFORE = re.compile(
    r"\bout of\s+(?:these\s+|the\s+|those\s+|a total of\s+)?$|(?:per\s?cent|%)\s+of\s+(?:the\s+|all\s+|a total of\s+)?$"
    r"|\bout of\s+(?:a|an|the|all)\s+(?:[\w'’-]+\s+){1,3}of\s+$",  # "84,960 out of a child population of 6,068,700"
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    r"([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),\s*of (?:which|whom) there (?:are|were|is|was)(?:\s+now|\s+currently)?\s*$",
    re.IGNORECASE,
)
_BOUND_AFTER = re.compile(  # "... or more", "twenty thousand-plus kids", "500+ children"
    r"^\s*or (?:more|fewer|less|over|above|older|younger|under)\b|^(?:\s*|-)(?:plus|odd)\b|^\s*\+(?![\d\s]*\d)"
    r"|^\s*(?:[a-z]+\s+){1,2}or (?:more|fewer|less|over|above)\b(?!\s+than)"  # "1,200 children or more"
    r"|^\s*(?:at (?:the )?most|at (?:the )?least|at (?:a )?(?:minimum|maximum))\b",
    re.IGNORECASE,
)
_NOUN = re.compile(r"^\s*((?:[a-z][\w'’\-]*\s*){1,4})", re.IGNORECASE)
_VERB_OBJECTS = frozenset("in at by to the a an them from with for on into".split())
_NOUN_MODIFIERS = frozenset("registered recorded reported new additional officially such more".split())
# verbs that end a noun phrase although they do not end in -ed or -ing
_IRREGULAR_VERBS = frozenset(
    "took went got made left gave came became spent held fell rose grew saw had did live lives attend attends receive "
    "receives use uses take takes get gets remain remains account accounts totalled numbered stood brought taught kept "
    "held sent put found".split()
)
_NOT_NOUNS = frozenset(
    "in to and or for from of was were is are be been being has have had compared with among at by on per than "
    "as which who that this these those including respectively accordingly across during over within under into while whereas "
    "but nationwide without whose aged below above between a an also only still already each both then year years "
    "earlier later ago previously the last next out nationally overall altogether countrywide respectively".split()
)
# "1,075 in 2019", "17,163 children in 2016", "7.77 by the end of 2020", "997 (2020)",
# "(compared with 1,510,000, or 59 per cent, in 2016)"
_YEAR_AFTER = re.compile(
    rf"^\s*(?:[a-z][\w'-]*\s+){{0,3}}?(?:in|for|during|at the end of|by the end of|at the (?:beginning|start) of|at (?:the )?year-end|at end-|"
    rf"as (?:at|of|on)(?: the end of)?(?:\s+\d{{1,2}}\s+(?:{MONTHS}))?)(?:\s+|(?<=end-))({YEAR})\b(?!\s*[-–/]\d|\s*,\s*{YEAR}|\s+and\s+{YEAR})"
    rf"|^\s*(?:[a-z][\w'-]*\s+){{0,4}}?\((?:(?:year-)?end-)?({YEAR})(?:\)|\s*;)"  # "(end-2022)", "(2021; ↓ vs 2020)"
    rf"|^\s*,?\s*(?:or\s+[\d.,]+\s*(?:per\s?cent|%)\s*,?\s*)?in\s+({YEAR})\)"
    rf"|^\s*\((?:at\s+)?(?:the\s+)?(?:end|beginning|start) of ({YEAR})\)"  # "104,190 (end of 2022)"
    # "81.7 per cent a decade earlier, in 2013": the year a relative time after the figure is restated as
    rf"|^\s*(?:a decade|a year|(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}) years) (?:earlier|before|ago|later)"
    rf",?\s+(?:in|i\.e\.,?|that is,?)\s+({YEAR})\b",
    re.IGNORECASE,
)
# "had fallen to 1,054 by 2022": a level reached by then (a plan "to 500 by 2025" is no statistic)
_REACHED_BEFORE = re.compile(
    r"\b(?:fell|fallen|rose|risen|grew|grown|dropped|declined|increased|decreased|reached|shrunk|shrank|climbed|"
    r"come down|gone down|gone up|shortened|reduced|lengthened)\s+(?:to\s+)?(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)
_BY_YEAR_AFTER = re.compile(
    rf"^\s*(?:[a-z]+\s+)?by\s+(?:the end of\s+|\d{{1,2}}\s+(?:{MONTHS})\s+)?({YEAR})\b(?!\s*[-–/]\d)", re.IGNORECASE
)  # "shortened to 119 604 children by 1 January 2020"
# "in 2016 (24.8 per cent)", "than in 2016 (when there were 141,821", "(in 2016 it had stood at 1.41",
# "Of the 2015 cases, 104 ..."
_YEAR_BEFORE = re.compile(
    rf"\b(?:in|from|since|than in|compared with|at the end of) ({YEAR}),? \((?:when there (?:were|was) |there (?:were|was) )?$"
    rf"|\b[Oo]f the ({YEAR}) (?:total|figure|number|(?:[a-z-]+ ){{0,2}}[a-z]+s)\b,?\s*$"  # "Of the 2021 pregnancies,"
    rf"|\bin ({YEAR}),? (?:it|this|the (?:figure|share|rate|number|proportion)) (?:had )?(?:stood at|been|was|amounted to|reached)\s*$"
    rf"|\b(?:figure|number|indicator|share|rate|level|value)s? (?:for|in|of) ({YEAR}) (?:had been|was|stood at|amounted to|reached)\s*$"
    rf"|\bthe ({YEAR}) (?:figure|number|level|value|total|rate|indicator)\b[^.;\d]{{0,60}}?\b(?:was|were|stood at|amounted to|reached|totall?ed|numbered)\s*$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^\s*(?:(?:out\s+)?of (?:them|whom|these|those),?\s+)?(?:children\s+)?(?:aged\s+)?(?:(?:under|below)\s+(?:the age of\s+)?(\d+)|(?:from|between)\s+(\d+)\s+(?:to|and)\s+(\d+))"
    r"(?:\s+years(?: of age| old)?)?",
    re.IGNORECASE,
)
# "(in the 2016/17 school year it had been 44.7", "the corresponding figure in the 2016/17 school year had been 25.95"
# "72.1 per cent in the 2018-2019 academic year", "1,012 (2019/20)"
_SCHOOL_YEAR_AFTER = re.compile(
    rf"^\s*(?:[a-z][\w'-]*\s+){{0,3}}?(?:in|for|during)\s+the\s+({YEAR})\s*[/–-]\s*(?:19|20)?(\d\d)\s+{SCHOOL_WORD}\s+year"
    rf"|^\s*\(({YEAR})\s*/\s*(?:19|20)?(\d\d)\)"
    rf"|^\s*(?:in|for|during)\s+(?:the\s+)?{SCHOOL_WORD}\s+year\s+({YEAR})\s*[/–-]\s*(?:19|20)?(\d\d)\b"
    rf"|^\s*\(\s*({YEAR})\s*[/–-]\s*(?:19|20)?(\d\d)\s+{SCHOOL_WORD}\s+year\s*\)"
    rf"|^\s*(?:in|for|during)\s+(?:the\s+)?({YEAR})\s*/\s*(?:19|20)?(\d\d)\b(?!\s*[-–/]?\s*\d)",  # "... in 2013/14"
    re.IGNORECASE,
)
# "..., versus 54,870 in 2017-18" in a sentence about school years: that school year, not a span of two years
_SCHOOL_YEAR_HYPHEN_AFTER = re.compile(
    rf"^\s*(?:in|for|during)\s+(?:the\s+)?({YEAR})\s*[-–]\s*(\d\d)\b(?!\s*[-–/]?\s*\d)"
)
_SCHOOL_YEARS_SENTENCE = re.compile(rf"\b{SCHOOL_WORD}\s+years?\b", re.IGNORECASE)
_SHARE_ASIDE = re.compile(r"\s*\(\s*[\d.,]+\s*(?:per\s?cent|%)\s*\)(?=\s*(?:in|for|during|at)\b)", re.IGNORECASE)
_SCHOOL_YEAR_BEFORE = re.compile(
    rf"\bin the ({YEAR})/\d\d(?:\d\d)? {SCHOOL_WORD} year,? (?:it )?(?:had )?(?:been|was|stood at|amounted to)\s*$",
    re.IGNORECASE,
)


@dataclass
class Mention:
    """One number in a sentence, with what the text around it says about it."""

    token: Token
    unit: str = "count"
    value: float | None = None
    role: str = "value"  # 'value' (a candidate statistic) or the reason-bearing role it was given
    reason: str = ""
    noun: str = ""  # the counted noun right after the figure ("refugee children"), if any
    after_unit: str = ""
    unit_end: int = 0  # where the figure's unit ends ("per cent", "per 1,000 live births")
    age: str | None = None  # an age stated right after the figure ("84,900 under 16")
    age_span: tuple[int, int] | None = None
    period_after: tuple[int, int] | None = None  # the year (or school year) written with the figure
    period_at: int | None = None  # where that year is written after the figure
    partner: int | None = None  # index of the other end of a "from X to Y" pair
    qualifiers: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.token.start

    @property
    def end(self) -> int:
        return self.token.end

    @property
    def is_value(self) -> bool:
        return self.role == "value"


# text extracted from a PDF: a running header and page number, or a section heading, before the sentence
_HEADING_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z'’&,-]+(?:\s+[A-Z][A-Z'’&,-]+)*\s+)?")
_HEADING_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:In|At|As|The|During|By|On|Over|From|Between|According|Since|For|Of)\b"
)


def _set(m: Mention, role: str, reason: str) -> None:
    m.role, m.reason = role, reason


def _unit_after(text: str, m: Mention) -> int:
    """Read the unit (and any multiplier) after the number; return where the unit ends."""
    after = text[m.end :]
    offset = 0
    mult = _MULTIPLIER.match(after)
    if mult and m.value is not None:
        m.value = round(m.value * _MULTIPLIERS[mult.group(1).lower()], 6)  # 1,024.6 thousand is 1,024,600 exactly
        offset = mult.end()
    if written := written_after(after):
        m.unit = written[0]
        return m.end + max(written[1], offset)
    m.unit = written_before(text[: m.start]) or m.unit
    return m.end + offset


def classify(text: str) -> list[Mention]:
    """All numeric mentions of one sentence with unit, role and local context."""
    mentions = [Mention(t, value=t.value) for t in scan(text)]
    ages = [a.span() for a in _AGE_SPANS.finditer(text)] + age_spans(text)
    phones = [p.span() for p in _PHONE_NUMBER.finditer(text)]
    unit_ends = [_unit_after(text, m) for m in mentions]
    for m, end in zip(mentions, unit_ends, strict=True):
        m.unit_end = end
    for i, m in enumerate(mentions):
        before, after = text[max(0, m.start - 160) : m.start], text[m.end : m.end + 120]
        tok = m.token
        if tok.kind in ("compound", "range"):
            _classify_compound(m, before, ages)
        elif _LEGAL_BEFORE.search(before) or _REFERENCE_BEFORE.search(before):
            _set(m, "legal_reference", "number of an act, article, paragraph or similar")
        elif (
            _CITATION_BEFORE.search(before)
            or (_CITED_BEFORE.search(before) and _is_year(tok) and re.match(r"[a-z]?\s*(?:[:,)]|\[\d+\])", after))
            or (before.endswith("[") and re.match(r"\s*[\],–-]", after))
            or (
                _is_year(tok)
                and re.match(r"[a-z]?\s*\)", after)
                and (
                    _NARRATIVE_CITED_BEFORE.search(before)
                    or (_AUTHOR_BEFORE.search(before) and _CITING_VERB_AFTER.match(after))
                )
            )
        ):
            _set(m, "identifier", "a citation or reference marker, e.g. (BNS, 2023: 14) or [12]")
        elif _PHONE_BEFORE.search(before) or any(a <= m.start < b for a, b in phones):
            _set(m, "identifier", "telephone number")
        elif tok.kind == "number" and re.fullmatch(r"0\d+", tok.text):
            _set(m, "identifier", "a code written with a leading zero ('budget programme 050')")
        elif (
            before.endswith("(")
            and after.startswith(")")
            and (m.value or 0) <= 50
            and re.fullmatch(r"\d{1,2}", tok.text)
            and re.search(r"(?:^|[:;,\d]|\band|\bor)\s*\($", before)
        ):
            _set(m, "identifier", "list item marker, e.g. (3)")
        elif (
            _HEADING_BEFORE.fullmatch(before)
            and _HEADING_AFTER.match(after)
            and re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*", tok.text)
        ):
            _set(m, "identifier", "a page, chapter or section number ('HEALTH 41 In 2020, ...')")
        elif _GRADE_BEFORE.search(before):
            _set(m, "identifier", "number of a grade, phase or group")
        elif _SESSION_AFTER.match(after):
            _set(m, "identifier", "session or meeting number")
        elif tok.kind == "number" and _DATE_AFTER.match(after) and (m.value or 0) <= 31:
            _set(m, "date", "day of a date")
        elif _is_year(tok) and re.match(r"\s+(?:edition|ed\.|issue)\b", after):
            _set(m, "identifier", "the year of a publication's edition ('the 2021 edition')")
        elif _is_year(tok) and _DATE_BEFORE.search(before):
            _set(m, "date", "year of a date")
        elif _is_year(tok):
            _set(m, "year", "calendar year")
        elif any(a <= m.start < b for a, b in ages):
            _set(m, "age", "age bound")
        elif _FAMILY_SIZE_BEFORE.search(before):
            _set(m, "context", "the size of a family ('a mother of five'), not a statistic")
        else:
            _classify_value(m, text, before, unit_ends[i])
    _share_list_units(text, mentions)
    _pair_ranges(text, mentions)
    _changes_restated_as_shares(text, mentions)
    _restated_wholes(text, mentions)
    return mentions


def _share_list_units(text: str, mentions: list[Mention]) -> None:
    """ "99.7 and 99.5 per cent", "1,8; 1,9 and 2,0 per cent", "17 906, 16 884 and 18 250 children": a list's unit
    (or counted noun) is written once, after its last figure."""
    values = [m for m in mentions if m.is_value or m.role == "context"]
    for a, b in reversed(list(itertools.pairwise(values))):
        gap = text[a.unit_end : b.start]
        joined = re.fullmatch(r"\s*(?:,|,?\s+and)\s*", gap, re.IGNORECASE) or semicolon_list(
            gap, a.token.text, b.token.text
        )
        if joined and a.unit == "count" and not a.noun and VALUE_KIND.get(b.unit) not in (None, "count"):
            a.unit = b.unit
        elif (
            a.unit == b.unit == "count"
            and not a.noun
            and b.noun
            and a.is_value
            and b.is_value
            and re.fullmatch(r"\s*,\s*|\s+and\s+", gap)  # not "stood at 48,215, and 131,760 children were ..."
        ):
            a.noun = b.noun


def _changes_restated_as_shares(text: str, mentions: list[Mention]) -> None:
    """ "decreased by 1,586 cases, or 33.4 per cent": the percentage restates the change."""
    for prev, m in itertools.pairwise(mentions):
        restated = re.fullmatch(r"\s*(?:[a-z]+\s*)?(?:points\s*)?,?\s*or\s*", text[prev.end : m.start], re.IGNORECASE)
        if prev.role == "change" and m.is_value and m.unit == "percent" and restated:
            _set(m, "change", "the same change as a percentage")


_RESTATED_BEFORE = re.compile(r"\b(?:of|out of) (?:the|these|those)\s*$", re.IGNORECASE)


def _restated_wholes(text: str, mentions: list[Mention]) -> None:
    """ "2,904 pregnancies ...; of the 2,904, 1,032 were terminated": a figure named again as the whole of a part
    is the earlier figure, not a second value."""
    for k, m in enumerate(mentions):
        if not m.is_value or m.value is None or not _RESTATED_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue
        if not re.match(r"\s*,", text[m.unit_end :]):
            continue  # "of the 2,904 pregnancies registered in 2023": a whole named with words of its own
        if any(e.is_value and e.value == m.value and e.unit == m.unit for e in mentions[:k]):
            _set(m, "context", "the whole of a part, restating a figure given before ('of the 2,904, 1,032 ...')")


def _is_year(tok: Token) -> bool:
    return tok.kind == "number" and _YEAR_TOKEN.fullmatch(tok.text) is not None


def _classify_compound(m: Mention, before: str, age_spans: list[tuple[int, int]]) -> None:
    t = m.token.text
    if re.fullmatch(rf"{YEAR}\s*[-–]\s*(?:{YEAR}|\d\d)|{YEAR}/\d\d(?:\d\d)?", t):
        _set(m, "year", "span of years or school year")
    elif any(a <= m.start < b for a, b in age_spans):
        _set(m, "age", "age bound")
    elif _PHONE_BEFORE.search(before):
        _set(m, "identifier", "telephone number")
    elif _LEGAL_BEFORE.search(before) or re.fullmatch(r"\d+-[IVXLCivxlc]+|\d+-\d+", t):
        _set(m, "legal_reference", "number of an act, article or similar")
    elif re.fullmatch(r"\d+(?:st|nd|rd|th)", t, re.IGNORECASE):
        _set(m, "identifier", "ordinal (session or meeting number)")
    elif m.token.kind == "range":
        _set(m, "range_bound", "a range ('1,200–1,500'), not a value")
    else:
        _set(m, "identifier", "code, symbol or name containing digits")


def _classify_value(m: Mention, text: str, before: str, unit_end: int) -> None:
    after_unit = m.after_unit = text[unit_end : unit_end + 120]
    if _FACTOR_BEFORE.search(before):
        m.unit = "times"
    kind = UNITS[m.unit].kind
    if kind == "ratio":
        if _FACTOR_BEFORE.search(before) or _CHANGE_AFTER.match(text[m.end :]) or _CHANGE_BEFORE.search(before):
            _set(m, "change", "ratio between two levels")
        else:
            _set(m, "context", "multiplier of another amount")
        return
    if kind == "money":
        _set(m, "money", "amount of money")
        return
    if kind == "measure":
        _set(m, "context", f"{m.unit} (not a statistic of children)")
        return
    if _RATE_BASE_BEFORE.search(before):
        _set(m, "context", "base of a rate ('per 1,000')")
        return
    rate = m.unit_end > m.end and kind not in ("percent", "duration")  # "3.5 per 1,000 lower than in 2017"
    if (
        _CHANGE_BEFORE.search(before)
        or _CHANGE_AFTER.match(text[m.end :])
        or (rate and _CHANGE_AFTER.match(text[m.unit_end :]))
    ):
        _set(m, "change", "difference or percentage change")
        return
    if _CONFIDENCE_AFTER.match(text[m.end :]) or _CONFIDENCE_BEFORE.search(before):
        _set(m, "context", "a confidence level or interval, not a statistic")
        return
    if (
        kind == "count"
        and m.unit_end == m.end
        and (_PER_NOUN_AFTER.match(text[m.end :]) or _RATIO_NAMED_BEFORE.search(before))
    ):
        _set(m, "context", "a ratio ('2.3 per doctor'), not a statistic")
        return
    if _SHORTAGE_BEFORE.search(before):
        _set(m, "context", "what is lacking ('a shortage of 2,000 doctors'), not a level")
        return
    if kind == "count" and (
        _PER_YEAR_AFTER.match(text[unit_end:])
        or _PER_PERIOD_BEFORE.search(before)
        or _AVERAGE_NUMBER_BEFORE.search(before)
    ):
        _set(m, "context", "an average ('some 860 a year'), not one year's value")
        return
    if _RANGE_BEFORE.search(before):
        _set(m, "range_bound", "bound of a range over a period")
        return
    lower = _RANGE_TO_AFTER.match(text[m.end :])
    upper = _RANGE_TO_BEFORE.search(before)
    if (lower and not _TREND_OR_CHANGE_BEFORE.search(before)) or (
        upper and not _TREND_OR_CHANGE_BEFORE.search(before, 0, upper.start())
    ):  # "1,200 to 1,500 children": a range, not two values ("from 1,200 to 1,500" is a trend)
        _set(m, "range_bound", "a bound of a range ('1,200 to 1,500'), not a value")
        return
    bound = _BOUND_BEFORE.search(before)
    if bound:
        _set(m, "range_bound", f"a bound ('{bound.group(1).lower()}'), not a value")
        return
    if _PLACES_AFTER.match(text[m.end :]):
        _set(m, "context", "a number of regions or places, not a statistic")
        return
    if _RATIO_BEFORE.search(before) or (m.value is not None and m.value < 100 and _RATIO_AFTER.match(text[m.end :])):
        _set(m, "context", "a ratio ('one child in five'), not a statistic")
        return
    if _SUPERSEDED_BEFORE.search(before) or _SUPERSEDED_AFTER.match(text[m.unit_end :]):
        _set(m, "context", "a number the text corrects ('1 420 — sorry, 1 240, not 1 420')")
        return
    if _ORDINAL_GROUP_BEFORE.search(before) or (
        re.search(r"\bamong the\s+$", before, re.IGNORECASE) and _RANKED_GROUP_AFTER.match(text[m.end :])
    ):  # "keeps the region among the five with the lowest child mortality"
        _set(m, "context", "a rank or group ('the first three'), not a statistic")
        return
    if _DIFFERENCE_BEFORE.search(before):
        _set(m, "change", "a gap or difference between two values, not a level")
        return
    if _INCREMENT_BEFORE.search(before) and not _OWN_PERIOD_INCREMENT.search(before):
        m.qualifiers.append("increment")  # a level only if it counts something new (the binder knows)
    if _BOUND_AFTER.match(text[m.end :]):
        _set(m, "range_bound", "a bound ('... or more'), not a value")
        return
    if _GROUP_AFTER.match(after_unit):
        m.qualifiers.append("group")
    if _ATTRIBUTE_BEFORE.search(before):
        m.qualifiers.append("attribute")
    if _DENOMINATOR_BEFORE.search(before):
        m.qualifiers.append("denominator")
    m.noun = _noun(after_unit)
    counted_before = _COUNTED_BEFORE.search(before)
    if not m.noun and counted_before:  # "youth health centres, of which there are now 109"
        m.noun = " ".join(counted_before.group(1).lower().split()[-3:])
    age = _AGE_AFTER.match(after_unit)
    if age:
        under, low, high = age.group(1), age.group(2), age.group(3)
        m.age = f"Y_LT{int(under)}" if under else f"Y{int(low)}T{int(high)}"
        m.age_span = (unit_end + age.start(), unit_end + age.end())
    aside = _SHARE_ASIDE.match(after_unit)  # "2,940 (41.1 per cent) in the 2017/18 school year": the count's own time
    skip = aside.end() if aside else 0
    dated = after_unit[skip:]
    year = _YEAR_AFTER.match(dated) or (_REACHED_BEFORE.search(before) and _BY_YEAR_AFTER.match(dated))
    year_before = _YEAR_BEFORE.search(before)
    school_year = _SCHOOL_YEAR_BEFORE.search(before)
    school_after = _SCHOOL_YEAR_AFTER.match(dated) or (
        _SCHOOL_YEARS_SENTENCE.search(text) and _SCHOOL_YEAR_HYPHEN_AFTER.match(dated)
    )
    if school_after:
        groups = school_after.groups()
        first = next(k for k in range(0, len(groups), 2) if groups[k])
        start, end_digits = int(groups[first]), groups[first + 1]
        if int(end_digits) == (start + 1) % 100:
            m.period_after = (start, start + 1)
    elif year:
        group = next(n for n in range(1, len(year.groups()) + 1) if year.group(n))
        y = int(year.group(group))
        m.period_after = (y, y)
        m.period_at = unit_end + skip + year.start(group)
    elif school_year:
        y = int(school_year.group(1))
        m.period_after = (y, y + 1)
    elif year_before:
        y = int(next(g for g in year_before.groups() if g))
        m.period_after = (y, y)
    if m.unit not in VALUE_KIND:
        _set(m, "context", f"unit {m.unit} is not a statistic")


_LEADING_VERBS = frozenset(
    "attended received joined visited entered completed passed rested studied lived stayed".split()
)


def _noun(after_unit: str) -> str:
    """The noun phrase a figure counts: "registered refugee children" -> "refugee children",
    "candidate foster and adoptive parents"; it ends at a function word or a participle
    ("claims filed by ..." -> "claims")."""
    words = after_unit.split()[:7]
    kept: list[str] = []
    for n, word in enumerate(words):
        if word.startswith("("):
            break  # "1,028 (Bureau of National Statistics)": a parenthesis is not the counted noun
        w = word.lower().strip(",;:().")
        if not re.fullmatch(r"[a-z][\w'’-]*", w):
            break
        if w in ("and", "or") and kept and n + 1 < len(words):
            following = words[n + 1].lower().strip(",;:().")
            if (
                following in _NOT_NOUNS
                or following in ("the", "its", "their", "a", "an")
                or not re.fullmatch(r"[a-z][\w'’-]*", following)
            ):
                break
            kept.append(w)
            continue
        if w in _NOT_NOUNS or w in _IRREGULAR_VERBS or (kept and re.fullmatch(r"\w+(?:ed|ing)", w) and w != "living"):
            break
        if not kept and w in _LEADING_VERBS:
            break  # "98,750 attended summer language schools": the verb, not a counted noun
        if not kept and w in ("units", "unit", "pcs"):
            break  # "hospital beds for children – 21 306 units": a measure word, not what is counted
        if not kept and w in _NOUN_MODIFIERS:
            continue
        following = words[n + 1].lower() if n + 1 < len(words) else ""
        if not kept and re.fullmatch(r"\w+ed", w) and following in _VERB_OBJECTS:
            break  # "3,420 lived in residential organizations": a verb, not an adjective
        kept.append(w)
        if word.endswith((",", ";", ":", ")", ".")):
            break
    while kept and kept[-1] in ("and", "or"):
        kept.pop()
    return " ".join(kept)


def noun_head(noun: str) -> str:
    """The head word of a counted noun phrase: "middle-level medical workers" -> "workers", "children living" ->
    "children"."""
    words = noun.lower().split()
    while len(words) > 1 and words[-1] == "living":
        words.pop()
    return words[-1] if words else ""


def _pair_ranges(text: str, mentions: list[Mention]) -> None:
    """Link "from X (in Y) to Z (in Y)" pairs; a range ("ranges from X to Z") is never a yearly value."""
    for i, m in enumerate(mentions):
        if m.role not in ("value", "range_bound"):
            continue
        before = text[max(0, m.start - 40) : m.start]
        is_range = bool(_RANGE_BEFORE.search(before))
        opened = re.search(r"\bfrom\s*$", before, re.IGNORECASE) or is_range
        for j in range(i + 1, min(i + 4, len(mentions))):
            gap = text[m.unit_end : mentions[j].start]
            if re.fullmatch(
                rf"\s*(?:per\s?cent|%)?\s*(?:(?:[a-z]+\s+){{0,2}}?(?:in {YEAR}\s*|\(\s*(?:in\s+)?{YEAR}\s*\)\s*))?"
                + (r"(?:to|and|-|–)\s*" if opened else r"(?:→|->|⟶)\s*"),  # "93.5% → 99.1%": from one to the other
                gap,
                re.IGNORECASE,
            ):
                other = mentions[j]
                if m.unit == "count" and other.unit != "count":
                    m.unit = other.unit
                elif other.unit == "count" and not other.noun:  # "from 9.38 per 1,000 live births to 7.90"
                    other.unit = m.unit
                if other.unit == m.unit and other.role in ("value", "range_bound"):
                    if is_range:
                        _set(m, "range_bound", "bound of a range over a period")
                        _set(other, "range_bound", "bound of a range over a period")
                    else:
                        m.partner, other.partner = j, i
                break
