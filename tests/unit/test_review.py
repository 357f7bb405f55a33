"""Reviewers' decisions and the review queue, on paragraphs written for the test (no Dagster, no files but one)."""

from pathlib import Path

import pandas as pd
import pytest

from indicators import decisions
from indicators.anchors import anchored, sentence_hash
from indicators.catalogue import Catalogue
from indicators.extract import Extraction, extract
from indicators.review_queue import in_context, queue
from schemas.tables import conform
from tests.helpers import document

REPORT = (
    "1.\tSome 41,370 children are on the waiting list for preschool, of whom 9,112 live in rural areas.\n"
    "2.\tIn 2023, 812 early marriages were registered (there were 903 in 2022).\n"
    "3.\tThe country had 77 children's libraries in 2023.\n"
)


def _read(text: str = REPORT) -> tuple[Extraction, pd.DataFrame]:
    from indicators.catalogue import load

    ex = extract(document(text, doc_id="R"), load())
    return ex, anchored(ex.figures, ex.sentences)


def _figure(figures: pd.DataFrame, text: str) -> pd.Series:
    return figures[figures["text"] == text].iloc[0]


def _decision(fig: pd.Series, action: str, **given: object) -> dict[str, object]:
    row = dict.fromkeys(decisions.FILE_COLUMNS, "")
    row.update(
        action=action,
        source_document=fig["source_document"],
        paragraph=str(int(fig["paragraph"])),
        sentence_hash=fig["sentence_hash"],
        context_hash=fig["context_hash"],
        figure_text=fig["text"],
        occurrence="1",
        decided_by="T. Tester",
        decided_on="2026-11-20",
    )
    row.update({k: str(v) for k, v in given.items()})
    return {**row, decisions.PROBLEM: ""}


def _apply(ex: Extraction, figures: pd.DataFrame, rows: list[dict], catalogue: Catalogue) -> decisions.Applied:
    docs = pd.DataFrame([{"source_document": "R", "ref_area": "KZ"}])
    return decisions.apply(conform(ex.observations, "observation"), pd.DataFrame(rows), figures, docs, catalogue)


def test_the_anchor_ignores_spacing_but_not_wording() -> None:
    assert sentence_hash("In 2023,  812\nearly marriages.") == sentence_hash("In 2023, 812 early marriages.")
    assert sentence_hash("In 2023, 812 early marriages.") != sentence_hash("In 2023, 821 early marriages.")


def test_each_figure_gets_its_sentence_and_a_stable_id() -> None:
    _, figures = _read()
    waiting = _figure(figures, "41,370")
    assert waiting["quote"].startswith("Some 41,370 children are on the waiting list")
    assert waiting["occurrence"] == 1 and len(waiting["review_id"]) == 10
    _, again = _read("1.\tA new first paragraph with 5 words.\n" + REPORT.replace("1.\t", "9.\t", 1))
    assert _figure(again, "41,370")["sentence_hash"] == waiting["sentence_hash"]


def test_accept_publishes_a_figure_with_the_reviewers_indicator_period_and_breakdown(catalogue: Catalogue) -> None:
    ex, figures = _read()
    rural = _figure(figures, "9,112")
    applied = _apply(
        ex,
        figures,
        [
            _decision(
                rural, "accept", indicator_code="PRESCHOOL_WAITING_LIST", period_start=2023, breakdown="residence=R"
            )
        ],
        catalogue,
    )
    new = applied.observations[applied.observations["rule"] == decisions.REVIEW_RULE]
    assert len(new) == 1
    row = new.iloc[0]
    assert (row["indicator_code"], row["residence"], row["sex"], row["period_start"], row["period_end"]) == (
        "PRESCHOOL_WAITING_LIST",
        "R",
        "_T",
        2023,
        2023,
    )
    assert row["obs_value"] == 9112 and row["unit_measure"] == "persons" and row["obs_status"] == "A"
    assert (row["decided_by"], row["decided_on"]) == ("T. Tester", "2026-11-20")
    assert row["quote"] == rural["quote"] and row["paragraph"] == 1
    assert applied.decisions.iloc[0]["decision_status"] == "applied"


def test_reject_moves_the_observation_out_with_who_and_why(catalogue: Catalogue) -> None:
    ex, figures = _read()
    old = _figure(figures, "903")
    applied = _apply(ex, figures, [_decision(old, "reject", note="a provisional figure")], catalogue)
    assert 903 not in set(applied.observations["obs_value"])
    assert list(applied.rejected["obs_value"]) == [903]
    assert applied.rejected.iloc[0]["reason"] == "rejected by T. Tester on 2026-11-20: a provisional figure"
    assert applied.rejected.iloc[0]["check_name"] == decisions.REJECTED_CHECK


def test_correct_changes_value_or_period_and_says_who(catalogue: Catalogue) -> None:
    ex, figures = _read()
    libraries = _figure(figures, "77")
    applied = _apply(ex, figures, [_decision(libraries, "correct", obs_value="78", note="typo")], catalogue)
    row = applied.observations[applied.observations["figure_index"] == libraries["figure_index"]].iloc[0]
    assert (row["obs_value"], row["period_start"], row["rule"], row["decision_note"]) == (78.0, 2023, "review", "typo")
    moved = _apply(ex, figures, [_decision(libraries, "correct", period_start=2022)], catalogue)
    row = moved.observations[moved.observations["figure_index"] == libraries["figure_index"]].iloc[0]
    assert (row["obs_value"], row["period_start"], row["period_end"]) == (77.0, 2022, 2022)


def test_a_decision_on_an_edited_sentence_is_stale_and_changes_nothing(catalogue: Catalogue) -> None:
    _, figures = _read()
    decision = _decision(_figure(figures, "77"), "correct", obs_value="78")
    edited, edited_figures = _read(REPORT.replace("had 77 children's", "had 77 public children's"))
    applied = _apply(edited, edited_figures, [decision], catalogue)
    assert applied.decisions.iloc[0]["decision_status"] == "stale"
    assert "edited or removed" in applied.decisions.iloc[0]["reason"]
    pd.testing.assert_frame_equal(applied.observations, conform(edited.observations, "observation"))


def test_a_renumbered_paragraph_with_renumbered_figures_keeps_its_decisions(catalogue: Catalogue) -> None:
    _, figures = _read()
    decision = _decision(_figure(figures, "77"), "correct", obs_value="78")
    moved = "1.\tAn introduction in 3 parts.\n" + "".join(
        f"{int(line[0]) + 1}{line[1:]}\n" for line in REPORT.splitlines()
    )
    later, later_figures = _read(moved)
    assert _figure(later_figures, "77")["figure_index"] != _figure(figures, "77")["figure_index"]
    applied = _apply(later, later_figures, [decision], catalogue)
    assert applied.decisions.iloc[0]["decision_status"] == "applied"
    assert 78.0 in set(applied.observations.loc[applied.observations["paragraph"] == 4, "obs_value"])


@pytest.mark.parametrize(
    ("change", "status", "reason"),
    [
        ({"action": "approve"}, "invalid", "action 'approve' is not one of"),
        ({"obs_value": "many"}, "invalid", "obs_value 'many' is not a number"),
        ({"breakdown": "colour=red"}, "invalid", "is not 'dimension=code'"),
        ({"action": "accept"}, "invalid", "accept needs indicator_code"),
        ({"action": "accept", "indicator_code": "EARLY_MARRIAGES"}, "stale", "already published as EARLY_MARRIAGES"),
        ({"occurrence": "0"}, "invalid", "occurrence counts from 1"),
        ({"action": "reject", "decided_by": ""}, "invalid", "needs decided_by and decided_on"),
        ({"action": "reject", "decided_on": "22/11/2026"}, "invalid", "needs decided_by and decided_on"),
        ({"action": "correct", "obs_value": "1,5"}, "invalid", "obs_value '1,5' is not a number"),
        ({"action": "correct", "period_start": "2022"}, "invalid", "EARLY_MARRIAGES 2022 already has the value 903"),
        ({"source_document": "gone"}, "stale", "document gone is not among the documents read"),
        ({"action": "correct"}, "invalid", "correct needs obs_value, period_start or period_end"),
        ({"action": "reject", "indicator_code": "CHILD_SUICIDES"}, "stale", "nothing is published from this figure"),
    ],
)
def test_decisions_that_cannot_apply_say_why(change: dict, status: str, reason: str, catalogue: Catalogue) -> None:
    ex, figures = _read()
    row = {**_decision(_figure(figures, "812"), "note"), **change}
    applied = _apply(ex, figures, [row], catalogue)
    outcome = applied.decisions.iloc[0]
    assert outcome["decision_status"] == status and reason in outcome["reason"]
    pd.testing.assert_frame_equal(applied.observations, conform(ex.observations, "observation"))


def test_the_file_round_trips_and_a_wrong_header_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "review" / "decisions.csv"
    assert decisions.read(path).empty
    assert decisions.append(path, {"action": "note", "note": 'a "quoted", comma'}) == 1
    assert decisions.append(path, {"action": "reject"}) == 2
    back = decisions.read(path)
    assert list(back["action"]) == ["note", "reject"] and back.iloc[0]["note"] == 'a "quoted", comma'
    path.write_text("action,figure,note\nnote,1,x\n", encoding="utf-8")
    with pytest.raises(decisions.DecisionsError, match=r"unknown columns \['figure'\], missing columns"):
        decisions.read(path)


def test_the_queue_puts_figures_with_a_subject_first_then_dated_ones_and_drops_decided_ones() -> None:
    text = REPORT + (
        "4.\tThe survey covered 2,500 households.\n"
        "5.\tIn 2023, social workers visited 318 households.\n"
        "6.\tAbout 64.5 per cent of parents read to their children.\n"
    )
    ex, figures = _read(text)
    nothing = ex.observations.iloc[0:0].assign(check_name="", reason="")
    q = queue(figures, ex.observations, nothing, set())
    shown = q[["priority", "figure_text", "candidate_indicator", "period_start", "candidate_breakdown"]]
    assert shown.astype(object).where(shown.notna(), None).values.tolist() == [
        [1, "41,370", "PRESCHOOL_WAITING_LIST", None, ""],
        [2, "9,112", "PRESCHOOL_WAITING_LIST", None, "residence=R"],
        [3, "318", None, 2023, ""],
        [4, "64.5", None, 2023, ""],  # the time of the paragraph before it
        [5, "2,500", None, None, ""],
    ]
    households = q[q["figure_text"] == "2,500"].iloc[0]
    assert households["queue_status"] == "unpublished"
    assert households["in_context"] == "The survey covered «2,500» households."
    gone = queue(figures, ex.observations, nothing, {households["review_id"]})
    assert households["review_id"] not in set(gone["review_id"]) and len(gone) == 4


def test_in_context_marks_the_figure_and_shortens_long_sentences() -> None:
    quote = "A" * 100 + " 1,234 " + "B" * 100
    marked = in_context(quote, 10, 111, 116, "1,234")
    assert "«1,234»" in marked and marked.startswith("…") and marked.endswith("…")
    assert in_context("x 12 y", 0, 2, 4, "99") == "x 12 y"  # offsets that do not fit: the whole quote


def test_the_same_sentence_under_another_heading_is_never_taken_for_the_one_decided(catalogue: Catalogue) -> None:
    text = (
        "\tRefugees\n1.\tSome 1,234 children were registered under the programme.\n"
        "\tChildren with disabilities\n2.\tSome 1,234 children were registered under the programme.\n"
    )
    ex, figures = _read(text)
    second = figures[figures["paragraph"] == 2].iloc[0]
    row = _decision(second, "accept", indicator_code="CHILDREN_WITH_DISABILITIES", period_start=2023)
    assert _apply(ex, figures, [row], catalogue).decisions.iloc[0]["decision_status"] == "applied"
    edited, edited_figures = _read(text.replace("2.\tSome 1,234", "2.\tSome 1,334"))
    moved = _apply(edited, edited_figures, [row], catalogue)
    assert moved.decisions.iloc[0]["decision_status"] == "stale"
    assert "CHILDREN_WITH_DISABILITIES" not in set(moved.observations["indicator_code"])
    shifted = text.replace("2.\t", "3.\t").replace("1.\t", "2.\t")
    renumbered, renumbered_figures = _read("\tIntroduction\n1.\tNothing to count.\n" + shifted)
    again = _apply(renumbered, renumbered_figures, [row], catalogue)
    assert again.decisions.iloc[0]["decision_status"] == "applied"
    placed = again.observations[again.observations["indicator_code"] == "CHILDREN_WITH_DISABILITIES"]
    assert placed["paragraph"].tolist() == [3]  # its own paragraph, renumbered; not the refugees' copy


DERIVED = "1.\tIn 2023, 812 early marriages were registered, 88 fewer than in 2022.\n"


def _validated(text: str, rows: list[dict], catalogue: Catalogue):
    from schemas.reviewed import validate

    ex, figures = _read(text)
    docs = pd.DataFrame([{"source_document": "R", "ref_area": "KZ"}])
    return validate(ex.observations, pd.DataFrame(rows), figures, docs, catalogue)


@pytest.mark.parametrize("action", [{"action": "reject"}, {"action": "correct", "obs_value": "822"}])
def test_a_derived_value_goes_with_the_stated_value_it_came_from(action: dict, catalogue: Catalogue) -> None:
    untouched = _validated(DERIVED, [], catalogue).observation
    assert set(zip(untouched["period_start"], untouched["obs_value"], untouched["obs_status"], strict=True)) == {
        (2023, 812.0, "A"),
        (2022, 900.0, "E"),
    }
    _, figures = _read(DERIVED)
    row = {**_decision(_figure(figures, "812"), "note"), **action}
    result = _validated(DERIVED, [row], catalogue)
    assert "E" not in set(result.observation["obs_status"])
    withdrawn = result.quarantine[result.quarantine["check_name"] == "derived_base_withdrawn"]
    assert withdrawn["obs_value"].tolist() == [900.0]


def test_a_decision_whose_row_fails_is_withheld_and_changes_nothing_else(catalogue: Catalogue) -> None:
    _, figures = _read()
    rural = _figure(figures, "9,112")
    good = _decision(
        rural, "accept", indicator_code="PRESCHOOL_WAITING_LIST", period_start=2023, breakdown="residence=R"
    )
    bad = _decision(rural, "accept", indicator_code="PRESCHOOL_WAITING_LIST", period_start=2023, breakdown="sex=Q")
    share = _decision(_figure(figures, "41,370"), "accept", indicator_code="PRIVATE_PRESCHOOLS_SHARE",
                      period_start=2023, obs_value=140)  # fmt: skip
    result = _validated(REPORT, [good, bad, share], catalogue)
    assert result.review_decision["decision_status"].tolist() == ["applied", "quarantined", "quarantined"]
    assert (
        "sex_in_codelist" in result.review_decision.loc[1, "reason"] or "sex" in result.review_decision.loc[1, "reason"]
    )
    published = result.observation[result.observation["rule"] == "review"]
    assert published[["residence", "obs_value"]].values.tolist() == [["R", 9112.0]]
    held = result.quarantine[result.quarantine["rule"] == "review"]
    assert sorted(held["obs_value"]) == [140.0, 9112.0]
    plain = _validated(REPORT, [], catalogue).observation
    assert len(result.observation) == len(plain) + 1  # nothing the rules read was taken down


def test_unreadable_rows_are_invalid_and_the_rest_still_applies(tmp_path: Path) -> None:
    path = tmp_path / "decisions.csv"
    head = ",".join(decisions.FILE_COLUMNS)
    path.write_text(
        f"{head}\n,,,,,,,,,,,,,,,,\n\n{',' * 16}x,extra\nnote,R,1,abc,,1,,,,,,,,,,,hello\n", encoding="utf-8"
    )
    rows = decisions.read(path)
    assert len(rows) == 2
    assert rows.iloc[0][decisions.PROBLEM] == "line 4 has 18 fields, the header 17"
    assert rows.iloc[1]["note"] == "hello" and rows.iloc[1][decisions.PROBLEM] == ""


def test_the_command_writes_in_the_files_own_column_order(tmp_path: Path) -> None:
    path = tmp_path / "decisions.csv"
    order = ["note", "action", "figure_text", "sentence_hash", "source_document", "period_start", "obs_value"]
    path.write_text(",".join(order) + "\nfirst,note,5,abc,R,,", encoding="utf-8")  # no newline at the end
    assert decisions.append(path, {"action": "accept", "source_document": "R", "sentence_hash": "h", "figure_text": "7",
                                   "period_start": 2020, "obs_value": "", "note": "second"}) == 2  # fmt: skip
    back = decisions.read(path)
    assert back["note"].tolist() == ["first", "second"] and back.iloc[1]["period_start"] == "2020"
    assert back.iloc[1]["obs_value"] == "" and (back[decisions.PROBLEM] == "").all()
    with pytest.raises(decisions.DecisionsError, match="the header lacks the columns"):
        decisions.append(path, {"action": "accept", "indicator_code": "EARLY_MARRIAGES"})


def test_numbers_are_read_as_reviewers_write_them() -> None:
    assert decisions.number("1,234.5", "v") == 1234.5 and decisions.number("17", "v") == 17
    for wrong in ("1,5", "nan", "1e400", "12,34", ""):
        with pytest.raises(ValueError):
            decisions.number(wrong, "v")
