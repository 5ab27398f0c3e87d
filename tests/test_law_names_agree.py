"""``act``, ``parse_citation`` and ``extract_citations`` agree on every name form of every act.

The forms and the expected act come from the registry's rows (``_acts_data.ACT_ROWS``) and the
declension of "zákon", written out here — never from the name index the three functions share,
which is what is under test. Each form is tried as written and without diacritics, and with its
first letter capitalised as at the start of a sentence.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.law import act, extract_citations, parse_citation
from krajsoc.law._acts_data import ACT_ROWS

# "zákon o …" in each case a sentence can need; "o …" does not decline.
ZAKON_CASES = ("zákon", "zákona", "zákonu", "zákonem", "zákoně")


def _name_forms() -> list[tuple[str, str]]:
    forms: set[tuple[str, str]] = set()
    for number, year, kind, title, names, _, _, _, _, _, _ in ACT_ROWS:
        act_id = f"{number}/{year}"
        written = {form for name in names for form in name}
        if kind == "act" and title and title.startswith("o "):
            written.add(f"zákon {title}")
        for form in list(written):
            head, _, tail = form.partition(" ")
            if head == "zákon" and tail.startswith("o "):
                written.update(f"{case} {tail}" for case in ZAKON_CASES)
        forms.update((form, act_id) for form in written)
    return sorted(forms)


def _abbreviations() -> list[tuple[str, str]]:
    return sorted(
        (abbreviation, f"{number}/{year}")
        for number, year, _, _, _, abbreviations, *_ in ACT_ROWS
        for abbreviation in abbreviations
    )


NAME_FORMS = _name_forms()
ABBREVIATIONS = _abbreviations()


def without_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_the_rows_give_names_in_every_case_for_acts_named_zakon_o() -> None:
    assert ("zákonem o hmotné nouzi", "111/2006") in NAME_FORMS
    assert ("zákona o sociálních službách", "108/2006") in NAME_FORMS
    assert len({act_id for _, act_id in NAME_FORMS}) >= 20


@st.composite
def spelled(draw: st.DrawFn, forms: list[tuple[str, str]]) -> tuple[str, str]:
    form, act_id = draw(st.sampled_from(forms))
    if draw(st.booleans()):
        form = without_diacritics(form)
    if draw(st.booleans()):
        form = form[0].upper() + form[1:]
    return form, act_id


@given(spelled(NAME_FORMS))
def test_act_resolves_every_name_form(case: tuple[str, str]) -> None:
    form, act_id = case
    assert act(form).id == act_id


@given(spelled(NAME_FORMS))
def test_parse_citation_resolves_every_name_form_alone_and_after_a_section(
    case: tuple[str, str],
) -> None:
    form, act_id = case
    (whole,) = parse_citation(form)
    assert whole.act is not None and whole.act.id == act_id and whole.section is None
    (provision,) = parse_citation(f"§ 5 {form}")
    assert provision.act is not None and provision.act.id == act_id
    assert provision.section == "5"


@settings(deadline=None)  # the first example compiles the citation pattern (half a second)
@given(spelled(NAME_FORMS))
def test_extract_citations_finds_every_name_form_in_a_sentence(case: tuple[str, str]) -> None:
    form, act_id = case
    for text, cited in (
        (f"Postupuje se podle {form}, viz níže.", form),
        (f"dle § 5 {form}.", None),
    ):
        (found,) = extract_citations(text)
        assert cited is None or found.text == cited
        assert [reference.act.id for reference in found.references if reference.act] == [act_id]


@pytest.mark.parametrize(("abbreviation", "act_id"), ABBREVIATIONS)
@pytest.mark.parametrize("plain", [False, True], ids=["as written", "without diacritics"])
def test_the_three_agree_on_every_abbreviation_after_a_section(
    abbreviation: str, act_id: str, plain: bool
) -> None:
    spelling = without_diacritics(abbreviation) if plain else abbreviation
    assert act(spelling).id == act_id
    (provision,) = parse_citation(f"§ 40 {spelling}")
    assert provision.act is not None and provision.act.id == act_id
    (found,) = extract_citations(f"Podle § 40 {spelling} platí")
    assert found.text == f"§ 40 {spelling}"
    assert [reference.act.id for reference in found.references if reference.act] == [act_id]


def test_the_cases_the_issue_names() -> None:
    assert act("zákonem o hmotné nouzi").id == "111/2006"
    (found,) = extract_citations("podle zakona o socialnich sluzbach")
    assert found.references[0].act is not None and found.references[0].act.id == "108/2006"
