"""krajsoc._quote: the one way a message shows input, checked over any value."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from hypothesis import given
from hypothesis import strategies as st

from krajsoc._quote import QUOTE_LIMIT, QUOTED_LIMIT, mask_birth_numbers, quote, safe_text

SIX_DIGITS = re.compile(r"(?=(\d{6}))")  # every run of six digits, overlapping, any script

values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**5, max_value=10**12)
    | st.floats()
    | st.text()
    | st.text(st.characters(categories=["Nd", "Cc", "Zs", "Po"]), max_size=60)
    | st.from_regex(r"[0-9]{6}/?[0-9]{3,4}", fullmatch=True),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(st.text(max_size=45), children, max_size=12)
        | st.tuples(children, children)
    ),
    max_leaves=15,
)


def digit_runs(value: object) -> set[str]:
    texts = [value] if isinstance(value, str) else []
    if isinstance(value, int | float) and not isinstance(value, bool):
        texts.append(str(value) if not isinstance(value, int) or value.bit_length() < 300 else "")
    if isinstance(value, dict):
        texts += [key for key in value if isinstance(key, str)]
    return {match[1] for text in texts for match in SIX_DIGITS.finditer(text)}


@given(values, st.booleans())
def test_quote_never_raises_and_never_gives_more_than_sixty_characters(
    value: object, personal: bool
) -> None:
    shown = quote(value, personal=personal)
    assert isinstance(shown, str) and len(shown) <= QUOTED_LIMIT


@given(values)
def test_quote_never_shows_six_digits_in_a_row_of_the_input(value: object) -> None:
    shown = quote(value)
    assert not [run for run in digit_runs(value) if run in shown]


@given(st.text(min_size=QUOTE_LIMIT + 1))
def test_text_longer_than_the_limit_is_described_by_its_length_only(text: str) -> None:
    assert quote(text) == f"text of {len(text)} characters"


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Nd"]), max_size=40))
def test_short_text_without_digits_or_controls_is_quoted_as_it_is(text: str) -> None:
    shown = quote(text)
    if len(shown) <= QUOTED_LIMIT and "'" not in text and not re.search(r"[\u2028\u2029]", text):
        assert shown == f"'{text}'"


@given(st.text())
def test_safe_text_is_printable_and_holds_no_birth_number(text: str) -> None:
    shown = safe_text(text)
    shown.encode("utf-8")  # no lone surrogate survives
    assert not re.search(r"[\x00-\x1f\x7f]", shown)
    assert not re.search(r"\d{6}", shown)


@given(st.from_regex(r"[0-9]{6}/?[0-9]{3,4}", fullmatch=True), st.text(max_size=10))
def test_a_birth_number_is_masked_wherever_it_stands(number: str, around: str) -> None:
    masked = mask_birth_numbers(around + " " + number + " " + around)
    assert number not in masked and re.sub(r"\d", "", number) in masked


def test_short_codes_stay_readable() -> None:
    assert quote("XX") == "'XX'"
    assert quote("CZ051/oddeleni-socialni-prace/pp/6") == "'CZ051/oddeleni-socialni-prace/pp/6'"
    assert quote("1899") == "'1899'" and quote(2026) == "2026"
    assert quote("d'Artagnan") == "'d\\'Artagnan'"
    assert quote({"jméno": "Jan Novák"}) == "a mapping with keys jméno"
    assert quote({f"key{n}": n for n in range(12)}) == "a mapping of 12 keys"
    assert quote("\x00" * 40) == "text of 40 characters"  # its escapes would be too long
    assert quote("rč ８５０１０１１２３４") == "'rč **********'"  # full-width digits too


class Unprintable(Mapping[str, str]):
    """A mapping that cannot be read: neither its keys nor its length."""

    def __getitem__(self, key: str) -> str:
        raise RuntimeError("unreadable")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("unreadable")

    def __len__(self) -> int:
        raise RuntimeError("unreadable")


def test_a_value_that_cannot_even_be_measured_is_named_by_its_type() -> None:
    assert quote(Unprintable()) == "Unprintable"
