"""The observations as SDMX, for .Stat Suite and the UNICEF data warehouse tooling: a structure message (SDMX-ML
2.1: the dataflow, its data structure definition with bala's dimensions and attributes, the concept scheme and
the code lists) and the data as SDMX-CSV 2.0 for that dataflow, written by pysdmx (the BIS's SDMX library; it
also reads them back).

SDMX-ML data is not written: pysdmx 1.21's structure-specific writer emits an invalid `dataScope`, a namespace
that does not match its own `xsi:type`, and leaves quotes in attribute values unescaped (checked 2026-11-22);
SDMX-CSV is what .Stat Suite's transfer service loads. A period total over several years is an SDMX time range:
2016-2020 is '2016-01-01/P5Y'.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
from pysdmx.io import write_sdmx
from pysdmx.io.format import Format
from pysdmx.io.pd import PandasDataset
from pysdmx.model import Code, Codelist, Concept, ConceptScheme
from pysdmx.model.concept import DataType
from pysdmx.model.dataflow import Component, Components, Dataflow, DataStructureDefinition, Role, Schema

from indicators.dimensions import BREAKDOWN, BREAKDOWNS

AGENCY = "BALA"
VERSION = "1.0"
DSD_ID = "DSD_CHILDREN_KZ"
DATAFLOW_ID = "DF_CHILDREN_KZ"
STRUCTURE = "bala_sdmx_structure.xml"
DATA_CSV = "bala_observations_sdmx.csv"
_SCHEME = "CS_BALA"
_NOT_AN_ID = re.compile(r"[^A-Za-z0-9_@$-]")


def sdmx_id(code: str) -> str:
    """A code as an SDMX identifier (letters, digits, _ @ $ -): document ids may hold other characters."""
    return _NOT_AN_ID.sub("_", code)


def time_period(start: int, end: int) -> str:
    """'2020' for a year; an SDMX time range for a period total ('2016-01-01/P5Y')."""
    return str(start) if start == end else f"{start}-01-01/P{end - start + 1}Y"


def _concept(cid: str, name: str) -> Concept:
    urn = f"urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept={AGENCY}:{_SCHEME}({VERSION}).{cid}"
    return Concept(id=cid, name=name, urn=urn)


def _codelist(cid: str, name: str, rows: list[tuple[str, str]]) -> Codelist:
    items = [Code(id=sdmx_id(code), name=label) for code, label in rows]
    return Codelist(id=cid, agency=AGENCY, version=VERSION, name=name, items=items)


def _components(con: duckdb.DuckDBPyConnection) -> tuple[list[Component], list[Codelist]]:
    """Dimensions (indicator, area, each breakdown, source document, time), the measure and the attributes; a
    coded one gets its code list from the release's own table."""
    dim, measure, attribute = Role.DIMENSION, Role.MEASURE, Role.ATTRIBUTE
    text, period, number = DataType.STRING, DataType.PERIOD, DataType.DOUBLE
    # id, name, role, type, code list query (None: free), required
    specs = [
        ("INDICATOR", "Indicator", dim, text, "SELECT code, name FROM indicator", True),
        ("REF_AREA", "Reference area", dim, text, "SELECT code, name FROM ref_area", True),
        *((d.upper(), BREAKDOWN[d].name, dim, text, f'SELECT code, name FROM "{d}"', True) for d in BREAKDOWNS),
        ("SOURCE_DOCUMENT", "Source document", dim, text, "SELECT source_document, symbol FROM source_document", True),
        ("TIME_PERIOD", "Time period", dim, period, None, True),
        ("OBS_VALUE", "Observation value", measure, number, None, True),
        ("UNIT_MEASURE", "Unit of measure", attribute, text, "SELECT code, name FROM unit_measure", True),
        ("OBS_STATUS", "Observation status", attribute, text, "SELECT code, name FROM obs_status", True),
        ("SOURCE_REF", "Source: document symbol and paragraph", attribute, text, None, True),
        ("SOURCE_QUOTE", "The sentence the value was read from", attribute, text, None, True),
        ("DERIVATION", "How an estimated (E) value was derived", attribute, text, None, False),
    ]
    codelists: list[Codelist] = []
    components: list[Component] = []
    for cid, name, role, dtype, sql, required in specs:
        codelist = _codelist(f"CL_{cid}", name, con.execute(sql).fetchall()) if sql else None
        if codelist is not None:
            codelists.append(codelist)
        components.append(
            Component(
                id=cid,
                required=required,
                role=role,
                concept=_concept(cid, name),
                local_dtype=dtype,
                local_codes=codelist,
                attachment_level="O" if role == attribute else None,
            )
        )
    return components, codelists


def observations(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The observations with SDMX column names and codes."""
    obs = con.execute("SELECT * FROM v_observation ORDER BY ALL").df()
    return pd.DataFrame(
        {
            "INDICATOR": obs["indicator_code"],
            "REF_AREA": obs["ref_area"],
            **{d.upper(): obs[d] for d in BREAKDOWNS},
            "SOURCE_DOCUMENT": obs["source_document"].map(sdmx_id),
            "TIME_PERIOD": [time_period(a, b) for a, b in zip(obs["period_start"], obs["period_end"], strict=True)],
            "OBS_VALUE": obs["obs_value"],
            "UNIT_MEASURE": obs["unit_measure"],
            "OBS_STATUS": obs["obs_status"],
            "SOURCE_REF": obs["source"],
            "SOURCE_QUOTE": obs["quote"],
            "DERIVATION": obs["derivation"].fillna(""),
        }
    )


def write(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, Path]:
    """The structure message and the data in SDMX-CSV and SDMX-ML, into `folder`."""
    components, codelists = _components(con)
    scheme = ConceptScheme(
        id=_SCHEME,
        agency=AGENCY,
        version=VERSION,
        name="bala concepts",
        items=[c.concept for c in components],
    )
    dsd = DataStructureDefinition(
        id=DSD_ID,
        agency=AGENCY,
        version=VERSION,
        name="Children of Kazakhstan: statistics from UN treaty-body reports (bala)",
        components=Components(components),
    )
    flow = Dataflow(
        id=DATAFLOW_ID,
        agency=AGENCY,
        version=VERSION,
        name="Children of Kazakhstan: statistics from UN treaty-body reports (bala)",
        structure=dsd.short_urn,
    )
    paths = {"sdmx_structure": folder / STRUCTURE, "sdmx_csv": folder / DATA_CSV}
    write_sdmx([dsd, flow, scheme, *codelists], Format.STRUCTURE_SDMX_ML_2_1, output_path=str(paths["sdmx_structure"]))
    schema = Schema(context="dataflow", agency=AGENCY, id=DATAFLOW_ID, version=VERSION, components=dsd.components)
    write_sdmx(
        [PandasDataset(structure=schema, data=observations(con))],
        Format.DATA_SDMX_CSV_2_0_0,
        output_path=str(paths["sdmx_csv"]),
    )
    return paths
