"""Per-document assets (one dynamic partition per report): read the text, then extract from it."""

import dagster as dg
import pandas as pd

from indicators import catalogue
from indicators.documents import Document, DocumentError
from indicators.documents import load as load_document
from indicators.extract import extract
from indicators.version import code_version
from pipelines.partitions import content_duplicates, documents, file_for
from pipelines.resources import BalaPaths

GROUP = "extraction"


def _row(doc: Document) -> dict:
    rp = doc.reporting_period or (None, None)
    return {
        "source_document": doc.document_id,
        "file_name": doc.file_name,
        "symbol": doc.symbol,
        "title": doc.title,
        "publisher": doc.publisher,
        "date": doc.date,
        "language": doc.language,
        "ref_area": doc.ref_area,
        "reporting_period_start": rp[0],
        "reporting_period_end": rp[1],
        "reporting_period_source": doc.reporting_period_source,
        "reporting_period_paragraph": doc.reporting_period_paragraph,
        "reporting_period_evidence": doc.reporting_period_evidence,
        "sha256": doc.sha256,
        "fingerprint": doc.fingerprint,
        "n_chars": len(doc.text),
        "format": doc.format,
        "reader": doc.reader,
        "pages": doc.pages,
        "text": doc.text,
    }


def _document(row: pd.Series) -> Document:
    rp = (
        (int(row["reporting_period_start"]), int(row["reporting_period_end"]))
        if pd.notna(row["reporting_period_start"])
        else None
    )
    return Document(
        document_id=row["source_document"],
        file_name=row["file_name"],
        text=row["text"],
        sha256=row["sha256"],
        fingerprint=row["fingerprint"],
        symbol=row["symbol"],
        title=row["title"],
        publisher=row["publisher"],
        date=row["date"],
        language=row["language"],
        ref_area=row["ref_area"],
        reporting_period=rp,
        reporting_period_source=row["reporting_period_source"],
        reporting_period_paragraph=None
        if pd.isna(row["reporting_period_paragraph"])
        else int(row["reporting_period_paragraph"]),
        reporting_period_evidence=row["reporting_period_evidence"],
        format=row["format"],
        reader=row["reader"],
        pages=None if pd.isna(row["pages"]) else int(row["pages"]),
    )


@dg.asset(
    partitions_def=documents,
    group_name=GROUP,
    kinds={"python", "pandas"},
    description="One report from data/raw (.txt, .docx or .pdf) read into text, with its sidecar metadata and "
    "SHA-256 (partition = document id).",
)
def document_text(context: dg.AssetExecutionContext, paths: BalaPaths) -> dg.Output[pd.DataFrame]:
    path = file_for(paths, context.partition_key)
    original = content_duplicates(paths).get(context.partition_key)
    if original:
        raise DocumentError(f"{path.name}: the same content as {original} (SHA-256); only {original} is read")
    doc = load_document(path)
    df = pd.DataFrame([_row(doc)]).astype(
        {
            "reporting_period_start": "Int64",
            "reporting_period_end": "Int64",
            "reporting_period_paragraph": "Int64",
            "pages": "Int64",
        }
    )
    return dg.Output(
        df,
        metadata={
            "file": doc.file_name,
            "read_by": f"{doc.format} ({doc.reader}{f', {doc.pages} pages' if doc.pages else ''})",
            "sha256": doc.sha256,
            "characters": len(doc.text),
            "reporting_period": "-".join(map(str, doc.reporting_period)) if doc.reporting_period else "unknown",
            "reporting_period_source": f"{doc.reporting_period_source}: {doc.reporting_period_evidence}".rstrip(": "),
        },
    )


@dg.multi_asset(
    partitions_def=documents,
    group_name=GROUP,
    ins={"document_text": dg.AssetIn()},
    outs={
        "document_sentences": dg.AssetOut(
            description="The report split into headings, numbered paragraphs and sentences (with heading path).",
            kinds={"pandas"},
        ),
        "document_figures": dg.AssetOut(
            description="Every numeric mention in the report with its parsed value, unit, linked period and role.",
            kinds={"pandas"},
        ),
        "document_observations": dg.AssetOut(
            description="Figures mapped to catalogue indicators with dimensions and provenance, before validation.",
            kinds={"pandas"},
        ),
    },
)
def document_extraction(document_text: pd.DataFrame):
    """Segment the report, classify its numbers and map them to indicators (one pass, three tables)."""
    doc = _document(document_text.iloc[0])
    result = extract(doc, catalogue.load())
    roles = result.figures["role"].value_counts().to_dict() if len(result.figures) else {}
    # what this extraction was made from (pipelines.freshness): unchanged file, sidecar and code are not re-extracted
    made_from = {"input_fingerprint": doc.fingerprint, "code_version": code_version()}
    yield dg.Output(result.sentences, "document_sentences", metadata={"dagster/row_count": len(result.sentences)})
    yield dg.Output(
        result.figures,
        "document_figures",
        metadata={"dagster/row_count": len(result.figures), "roles": dg.MetadataValue.json(roles)},
    )
    yield dg.Output(
        result.observations,
        "document_observations",
        metadata={"dagster/row_count": len(result.observations), **made_from},
    )
