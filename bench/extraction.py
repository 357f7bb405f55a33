"""Extraction throughput of one process over N synthetic documents, against the regex floor.

Run as `python -m bench.extraction N`; prints one JSON line. Each document is generated, extracted
and dropped before the next, so peak memory is one document and its output, not the corpus.
"""

from __future__ import annotations

import json
import re
import resource
import sys
import time

from bench.corpus import documents
from indicators.catalogue import load
from indicators.documents import Document
from indicators.extract import extract

FLOOR = re.compile(r"\d+(?:[.,]\d+)*")  # merely find every number token: the floor for pure-Python scanning


def main(n: int) -> dict:
    catalogue = load()
    extract_s = floor_s = 0.0
    size = observations = 0
    for name, text in documents(n):
        doc = Document(name, name, text, "0" * 64, name, "", "", "", "en", "KZ", (2016, 2020))
        t = time.perf_counter()
        result = extract(doc, catalogue)
        extract_s += time.perf_counter() - t
        t = time.perf_counter()
        sum(1 for _ in FLOOR.finditer(text))
        floor_s += time.perf_counter() - t
        size += len(text.encode("utf-8"))
        observations += len(result.observations)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "documents": n,
        "megabytes": size / 1e6,
        "extract_seconds": extract_s,
        "floor_seconds": floor_s,
        "extract_mb_per_s": size / 1e6 / extract_s,
        "floor_mb_per_s": size / 1e6 / floor_s,
        "ratio_to_floor": extract_s / floor_s,
        "observations": observations,
        "peak_rss_mb": rss_mb,
    }


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))))
