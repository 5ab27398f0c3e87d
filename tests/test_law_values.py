from __future__ import annotations

from datetime import date

import pytest

from krajsoc.errors import InvalidInputError, UnknownCodeError
from krajsoc.law import ACTS, LETTERS, Act, ActKind, LegalReference, act, resolve_act


def test_registry_holds_every_act_of_the_domain_table_and_the_seeds() -> None:
    ids = {item.id for item in ACTS}
    assert {
        "108/2006",
        "505/2006",
        "359/1999",
        "500/2004",
        "129/2000",
        "128/2000",
        "111/2006",
        "582/1991",
        "89/2012",
        "94/1963",
        "245/2000",
        "250/2016",
        "200/1990",
        "300/2008",
        "110/2019",
        "273/2001",
        "314/2002",
        "388/2002",
        "15/2015",
        "332/2013",
        "473/2012",
        "73/2011",
        "334/2002",
    } <= ids
    assert len(ids) == len(ACTS)
    assert list(ACTS) == sorted(ACTS)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("108/2006", "108/2006"),
        ("zákon č. 108/2006 Sb.", "108/2006"),
        ("zákona č. 359/1999 Sb.", "359/1999"),
        ("zákon o sociálních službách", "108/2006"),
        ("zákona o sociálních službách", "108/2006"),
        ("ZSS", "108/2006"),
        ("správní řád", "500/2004"),
        ("správního řádu", "500/2004"),
        ("SPRAVNIHO RADU", "500/2004"),
        ("zákon o SPOD", "359/1999"),
        ("zákona o SPOD", "359/1999"),
        ("občanský zákoník", "89/2012"),
        ("občanského zákoníku", "89/2012"),
        ("krajského zřízení", "129/2000"),
        ("zákona o obcích", "128/2000"),
        ("zákona o rodině", "94/1963"),
    ],
)
def test_acts_are_found_by_number_and_by_every_name_form(key: str, expected: str) -> None:
    assert act(key).id == expected
    assert act(key) is act(expected)


def test_a_tuple_finds_an_act() -> None:
    assert act((500, 2004)) is act("500/2004")


def test_unknown_act_is_a_lookup_error_that_lists_built_in_acts() -> None:
    with pytest.raises(UnknownCodeError) as caught:
        act("999/2020")
    assert isinstance(caught.value, LookupError)
    assert "108/2006" in str(caught.value)


def test_an_act_not_built_in_resolves_with_unknown_title() -> None:
    item = resolve_act(12, 2021)
    assert not item.is_known
    assert item.citation_genitive == "zákona č. 12/2021 Sb."
    assert resolve_act(108, 2006) is act("108/2006")


@pytest.mark.parametrize(("number", "year"), [(1, 1917), (1, 2100), (0, 2000), (-5, 2000)])
def test_impossible_numbers_and_years_are_rejected(number: int, year: int) -> None:
    with pytest.raises(InvalidInputError):
        Act(number, year)


def test_act_links_to_the_official_collection() -> None:
    zss = act("108/2006")
    assert zss.url == "https://www.e-sbirka.cz/sb/2006/108"
    assert zss.eli == "https://www.e-sbirka.cz/eli/cz/sb/2006/108"


def test_repealed_acts_name_their_successor() -> None:
    family = act("94/1963")
    assert family.repealed_on == date(2014, 1, 1)
    assert family.replaced_by == "89/2012"
    assert family.in_force_on(date(2013, 12, 31)) is True
    assert family.in_force_on(date(2014, 1, 1)) is False
    assert act("108/2006").in_force_on(date(2026, 11, 23)) is True


def test_decree_citations_use_the_decree_forms() -> None:
    decree = act("505/2006")
    assert decree.kind is ActKind.DECREE
    assert decree.citation == "vyhláška č. 505/2006 Sb."
    ref = LegalReference(decree, section="5")
    assert str(ref) == "§ 5 vyhlášky č. 505/2006 Sb."


@pytest.mark.parametrize(
    ("reference", "canonical", "short"),
    [
        (
            LegalReference(act("108/2006"), section="93", subsection=1, letter="c"),
            "§ 93 odst. 1 písm. c) zákona č. 108/2006 Sb.",
            "§ 93 odst. 1 písm. c) zákona o sociálních službách",
        ),
        (
            LegalReference(act("500/2004"), section="175", subsection=5),
            "§ 175 odst. 5 zákona č. 500/2004 Sb.",
            "§ 175 odst. 5 správního řádu",
        ),
        (
            LegalReference(act("359/1999"), section="42g", section_end="42n"),
            "§ 42g až 42n zákona č. 359/1999 Sb.",
            "§ 42g až 42n zákona o sociálně-právní ochraně dětí",
        ),
        (LegalReference(act("108/2006")), "zákon č. 108/2006 Sb.", "zákon o sociálních službách"),
        (LegalReference(None, section="24c"), "§ 24c", "§ 24c"),
        (
            LegalReference(act("129/2000"), section="67", subsection=1, letter="f"),
            "§ 67 odst. 1 písm. f) zákona č. 129/2000 Sb.",
            "§ 67 odst. 1 písm. f) zákona o krajích",
        ),
    ],
)
def test_references_print_in_czech_citation_style(
    reference: LegalReference, canonical: str, short: str
) -> None:
    assert str(reference) == canonical
    assert reference.short == short


def test_letters_order_with_ch_after_h() -> None:
    zss = act("108/2006")
    refs = [LegalReference(zss, section="1", letter=letter) for letter in ("i", "ch", "h")]
    assert [r.letter for r in sorted(refs)] == ["h", "ch", "i"]
    assert LETTERS.index("ch") == LETTERS.index("h") + 1


def test_sections_order_numerically_then_by_suffix() -> None:
    spod = act("359/1999")
    refs = [LegalReference(spod, section=s) for s in ("100", "24d", "24", "9", "24a")]
    assert [r.section for r in sorted(refs)] == ["9", "24", "24a", "24d", "100"]


def test_references_are_hashable_values() -> None:
    one = LegalReference(act("108/2006"), section="37")
    assert one == LegalReference(act("zákon o sociálních službách"), section="37")
    assert len({one, LegalReference(act("108/2006"), section="37")}) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"letter": "c"}, "a letter needs a section"),
        ({"section": "abc"}, "section 'abc' is not a section number"),
        ({"section": "9", "subsection": 0}, "subsection 0 is not positive"),
        ({"section": "9", "letter": "č"}, "letter 'č' is not a letter"),
        ({"section": "9", "letter": "C"}, "letter 'C' is not a letter"),
        ({"section": "42g", "section_end": "42n", "subsection": 1}, "a range of sections"),
    ],
)
def test_invalid_references_are_rejected(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        LegalReference(act("108/2006"), **kwargs)  # type: ignore[arg-type]


def test_a_reference_needs_a_section_or_an_act() -> None:
    with pytest.raises(InvalidInputError, match="needs a section or an act"):
        LegalReference(None)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"section": 93}, "section of a reference must be text"),
        ({"section": "9", "section_end": 12}, "section_end of a reference must be text"),
        ({"section": "9", "subsection": "1"}, "subsection of a reference must be a whole number"),
        ({"section": "9", "point": 1.0}, "point of a reference must be a whole number"),
        ({"section": "9", "subsection": True}, "subsection of a reference must be a whole"),
        ({"section": "9", "letter": 3}, "letter of a reference must be text"),
    ],
)
def test_a_reference_built_with_a_wrong_type_is_a_clear_type_error(
    kwargs: dict[str, object], words: str
) -> None:
    with pytest.raises(TypeError, match=words):
        LegalReference(act("108/2006"), **kwargs)  # type: ignore[arg-type]


def test_a_reference_whose_act_is_not_an_act_is_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match="must be an Act or None, not str"):
        LegalReference("108/2006", section="93")  # type: ignore[arg-type]


@pytest.mark.parametrize("field", ["subsection", "point"])
def test_subsections_and_points_above_999_are_rejected(field: str) -> None:
    with pytest.raises(InvalidInputError, match="from 1 to 999"):
        LegalReference(act("108/2006"), section="93", **{field: 1000})  # type: ignore[arg-type]
