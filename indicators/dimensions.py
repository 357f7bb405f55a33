"""The dimensions of an observation, defined once: which indicator, where, for whom, when.

Every list of them elsewhere (the table key, cross-checks, views, the compendium, exports, tests) is built
from these tuples; the breakdowns are the dimensions whose total is coded '_T'.
"""

BREAKDOWNS = ("sex", "age", "residence", "system")
TOTAL = "_T"
# The code lists of the breakdowns whose parts add up to their total (age groups are the catalogue's, and
# need not add up): code -> name. Cross-checks, reference tables and labels all read them from here.
CODES = {
    "sex": {TOTAL: "Total", "M": "Male", "F": "Female"},
    "residence": {TOTAL: "Total", "U": "Urban", "R": "Rural"},
    "system": {
        TOTAL: "All systems",
        "EDU": "Education system",
        "HLTH": "Health system",
        "SOC": "Social protection system",
    },
}
PARTS = {dim: tuple(c for c in codes if c != TOTAL) for dim, codes in CODES.items()}  # what adds up to '_T'
SERIES = ("indicator_code", "ref_area", *BREAKDOWNS)  # one line of a compendium table
PERIOD = ("period_start", "period_end")
KEY = (*SERIES, *PERIOD)  # one value


def columns(names: tuple[str, ...], alias: str = "") -> str:
    """Column names for SQL, comma-separated, optionally qualified ('o.sex, o.age')."""
    return ", ".join(f"{alias}.{n}" if alias else n for n in names)
