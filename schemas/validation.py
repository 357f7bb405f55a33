"""Pandera schemas generated from the table metadata, and the split into valid rows and quarantine."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from indicators.catalogue import Catalogue
from schemas.codelists import codes
from schemas.crosschecks import OBSERVATION_CHECKS
from schemas.fields import Field
from schemas.tables import TABLES

_DTYPES = {"string": str, "integer": "Int64", "number": float}
KEY_CHECK = "key_unique"


def _column(f: Field, codelists: dict[str, list[str]]) -> pa.Column:
    checks: list[pa.Check] = []
    if f.codelist:
        checks.append(pa.Check.isin(codelists[f.codelist], name=f"in_codelist_{f.codelist}"))
    if "isin" in f.extra:
        checks.append(pa.Check.isin(f.extra["isin"]))
    if f.min is not None:
        checks.append(pa.Check.ge(f.min))
    if f.max is not None:
        checks.append(pa.Check.le(f.max))
    if f.pattern:
        checks.append(pa.Check.str_matches(f.pattern))
    return pa.Column(_DTYPES[f.type], checks=checks, nullable=f.nullable, coerce=True)


def schema(table: str, catalogue: Catalogue) -> pa.DataFrameSchema:
    """The Pandera schema of a table: types, code lists, ranges, key uniqueness and row checks."""
    t = TABLES[table]
    codelists = codes(catalogue)
    row_checks = []
    if table == "observation":
        row_checks = [
            pa.Check(lambda df, fn=fn: fn(df, catalogue), name=name) for name, (fn, _) in OBSERVATION_CHECKS.items()
        ]
    return pa.DataFrameSchema(
        {c: _column(f, codelists) for c, f in t.fields()},
        checks=row_checks,
        unique=list(t.primary_key) or None,
        report_duplicates="all",
        strict=True,
        ordered=False,
        name=table,
    )


def failures(df: pd.DataFrame, table: str, catalogue: Catalogue) -> pd.DataFrame:
    """Pandera's failure cases for `df` (empty when valid): column, check, failure_case, index."""
    try:
        schema(table, catalogue).validate(df, lazy=True)
    except SchemaErrors as err:
        fc = err.failure_cases.copy()
        fc["check"] = fc["check"].astype(str).where(fc["check"].astype(str) != "multiple_fields_uniqueness", KEY_CHECK)
        return fc
    return pd.DataFrame(columns=["schema_context", "column", "check", "failure_case", "index"])


def _name_and_reason(row: pd.Series) -> tuple[str, str]:
    check = str(row["check"])
    if check == KEY_CHECK:
        return check, "two or more values for the same indicator, area, sex, age, period and document"
    if check in OBSERVATION_CHECKS:
        return check, OBSERVATION_CHECKS[check][1]
    column = row["column"]
    name = f"{column}_in_codelist" if check.startswith("isin(") else f"{column}_{check.split('(')[0]}"
    return name, f"{column}: {check} failed for {row['failure_case']!r}"


def split(df: pd.DataFrame, table: str, catalogue: Catalogue) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Valid rows, and the failing rows with `check_name` and `reason` (every failure listed)."""
    df = df.reset_index(drop=True)
    fc = failures(df, table, catalogue)
    fc = fc[fc["index"].notna()]
    if fc.empty:
        return df, df.iloc[0:0].assign(check_name=pd.Series(dtype=str), reason=pd.Series(dtype=str))
    named = fc.apply(_name_and_reason, axis=1, result_type="expand")
    fc = fc.assign(check=named[0], reason=named[1], index=fc["index"].astype(int))
    grouped = fc.groupby("index").agg(
        check_name=("check", lambda s: ";".join(dict.fromkeys(map(str, s)))),
        reason=("reason", lambda s: "; ".join(dict.fromkeys(s))),
    )
    bad = df.loc[grouped.index].assign(check_name=grouped["check_name"], reason=grouped["reason"])
    return df.drop(index=grouped.index).reset_index(drop=True), bad.reset_index(drop=True)
