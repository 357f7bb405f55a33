"""The dimensions of an observation, defined once: which indicator, where, for whom, when.

Every list of them elsewhere (the table key, cross-checks, views, the compendium, exports, tests) is built
from these tuples; the breakdowns are the dimensions whose total is coded '_T'.
"""

BREAKDOWNS = ("sex", "age", "residence", "system")
SERIES = ("indicator_code", "ref_area", *BREAKDOWNS)  # one line of a compendium table
PERIOD = ("period_start", "period_end")
KEY = (*SERIES, *PERIOD)  # one value


def columns(names: tuple[str, ...], alias: str = "") -> str:
    """Column names for SQL, comma-separated, optionally qualified ('o.sex, o.age')."""
    return ", ".join(f"{alias}.{n}" if alias else n for n in names)
