"""A channel per row at array speed: numpy arrays and pandas Series of channels, row by row.

The same rows as ``test_delivery_channel_batch_properties.py``: ready days as a numpy
``datetime64[D]`` array or a pandas ``Series`` (``NaT`` and days outside 2000–2100 among them),
collection days beside them, and channels as a numpy array of text, an object array of anything,
a list, or a ``Series`` (object, ``str`` or ``category``). ``delivery_date`` row by row is the
reference: ``NaT`` wherever it refuses the row, and the report names exactly those rows.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.deadlines import Channel, delivery_date, delivery_dates
from krajsoc.errors import BatchInputError, InvalidInputError, KrajsocError
from krajsoc.testing import strategies as ks
from tests.test_deadline_batch_properties import GOOD  # days of the calendar, edges included

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

READY = st.one_of(GOOD, GOOD, GOOD, st.none(), ks.calendar_dates(valid=False))
TEXTS = st.one_of(
    st.sampled_from(["post", "data_box"]),
    st.sampled_from(["post", "data_box"]),
    st.sampled_from(["pošta", "Post", "datová schránka", "Datova schranka", "", "post ", "fax"]),
    st.text(max_size=8),
)
ANYTHING = st.one_of(
    st.sampled_from([Channel.POST, Channel.DATA_BOX, "post", "data_box"]),
    TEXTS,
    st.none(),
    st.integers(),
    st.just(float("nan")),
    st.builds(lambda: pd.NA),
    st.lists(st.just("post"), max_size=2),
)
ROWS = st.lists(st.tuples(READY, st.one_of(st.none(), st.integers(-3, 20))), max_size=30)


def dates_array(rows: list[date | None]) -> Any:
    return np.array(
        [np.datetime64("NaT") if row is None else np.datetime64(row) for row in rows],
        dtype="datetime64[D]",
    )


def collected_days(rows: list[tuple[date | None, int | None]]) -> list[date | None]:
    """Collected some days after (or, wrongly, before) ready; clamped into the calendar."""
    return [
        None
        if on is None or shift is None or not date(2000, 1, 1) <= on <= date(2100, 12, 31)
        else min(on + timedelta(days=shift), date(2100, 12, 31))
        for on, shift in rows
    ]


def per_row(ready: list[Any], collected: list[Any], channels: list[Any]) -> list[date | None]:
    ends: list[date | None] = []
    for on, day, channel in zip(ready, collected, channels, strict=True):
        try:
            ends.append(delivery_date(on, collected_on=day, channel=channel).end)
        except (KrajsocError, TypeError):
            ends.append(None)
    return ends


def listed(ends: Any) -> list[date | None]:
    values = ends.to_numpy() if hasattr(ends, "to_numpy") else ends
    return [None if np.isnat(day) else day.astype(date) for day in values.astype("datetime64[D]")]


def check(ready: Any, collected: Any, channels: Any, expected: list[date | None]) -> None:
    """Every ``errors`` against the per-row days; the result the same kind as ``ready``."""
    labels = list(ready.index) if isinstance(ready, pd.Series) else list(range(len(expected)))
    bad = [labels[position] for position, end in enumerate(expected) if end is None]
    ends = delivery_dates(ready, collected, channels, errors="coerce")
    assert type(ends) is type(ready) and listed(ends) == expected
    if isinstance(ready, pd.Series):
        assert ends.index.equals(ready.index) and ends.name == ready.name
    found, report = delivery_dates(ready, collected, channels, errors="report")
    assert listed(found) == expected
    assert [finding.where.row for finding in report] == bad
    if bad:
        with pytest.raises(BatchInputError) as caught:
            delivery_dates(ready, collected, channels)
        assert (caught.value.first_row, caught.value.bad_rows) == (bad[0], len(bad))
    else:
        assert listed(delivery_dates(ready, collected, channels)) == expected


@settings(deadline=None)
@given(ROWS, st.lists(TEXTS, min_size=30, max_size=30), st.booleans())
def test_an_array_of_channel_texts_gives_the_per_row_days(
    rows: list[tuple[date | None, int | None]], texts: list[str], collecting: bool
) -> None:
    ready = [on for on, _ in rows]
    collected: list[date | None] = collected_days(rows) if collecting else [None] * len(rows)
    channels = np.array(texts[: len(rows)], dtype=str)
    expected = per_row(ready, collected, channels.tolist())  # as the array holds the texts
    check(dates_array(ready), dates_array(collected) if collecting else None, channels, expected)


@settings(deadline=None)
@given(ROWS, st.lists(ANYTHING, min_size=30, max_size=30))
def test_an_object_array_or_a_list_of_anything_gives_the_per_row_days(
    rows: list[tuple[date | None, int | None]], values: list[object]
) -> None:
    ready = [on for on, _ in rows]
    collected = collected_days(rows)
    channels = values[: len(rows)]
    expected = per_row(ready, collected, channels)
    objects = np.fromiter(channels, dtype=object, count=len(channels))
    check(dates_array(ready), dates_array(collected), objects, expected)
    check(dates_array(ready), dates_array(collected), channels, expected)


@settings(deadline=None)
@given(
    ROWS,
    st.lists(st.one_of(TEXTS, st.none()), min_size=30, max_size=30),
    st.sampled_from(["object", "str", "category"]),
)
def test_a_series_of_channels_gives_the_per_row_days_by_its_index_labels(
    rows: list[tuple[date | None, int | None]], texts: list[str | None], dtype: str
) -> None:
    ready = [on for on, _ in rows]
    collected = collected_days(rows)
    index = [f"č{position}" for position in range(len(rows))]
    channels = pd.Series(texts[: len(rows)], index=index, dtype=dtype)
    expected = per_row(ready, collected, texts[: len(rows)])
    ready_series = pd.Series(dates_array(ready), index=index, name="připraveno")
    collected_series = pd.Series(dates_array(collected).astype("datetime64[s]"), index=index)
    check(ready_series, collected_series, channels, expected)
    check(ready_series, None, channels, per_row(ready, [None] * len(rows), texts[: len(rows)]))


@settings(deadline=None)
@given(ROWS, st.lists(ANYTHING, min_size=30, max_size=30))
def test_a_series_of_anything_treats_each_value_as_the_per_row_function_does(
    rows: list[tuple[date | None, int | None]], values: list[object]
) -> None:
    ready = [on for on, _ in rows]
    channels = values[: len(rows)]
    series = pd.Series(channels, dtype=object, index=range(100, 100 + len(rows)))
    ready_series = pd.Series(dates_array(ready), index=series.index)
    check(ready_series, None, series, per_row(ready, [None] * len(rows), channels))


def test_channels_of_another_length_are_api_misuse_naming_both_lengths() -> None:
    ready = dates_array([date(2026, 12, 14)] * 3)
    for channels in (
        np.array(["post"] * 2),
        ["post"] * 4,
        pd.Series(["post"]),
        np.array([], dtype=object),
    ):
        with pytest.raises(InvalidInputError) as caught:
            delivery_dates(ready, channel=channels, errors="coerce")
        assert isinstance(caught.value, KrajsocError) and isinstance(caught.value, ValueError)
        assert f"channel has {len(channels)} rows and ready 3" in str(caught.value)


def test_a_series_of_channels_with_another_index_is_refused_not_realigned() -> None:
    ready = pd.Series(dates_array([date(2026, 12, 14)] * 2), index=[1, 2])
    with pytest.raises(InvalidInputError, match="channel and ready have different indexes"):
        delivery_dates(ready, channel=pd.Series(["post", "data_box"], index=[2, 1]))
    beside_an_array = delivery_dates(
        ready.to_numpy(), channel=pd.Series(["post", "x"], index=[7, 8]), errors="coerce"
    )
    assert listed(beside_an_array) == [date(2026, 12, 28), None]  # paired by position


def test_a_list_beside_a_series_pairs_by_position() -> None:
    ready = pd.Series(dates_array([date(2026, 12, 14)] * 2), index=[5, 6])
    ends = delivery_dates(ready, [None, date(2026, 12, 15)], ["data_box", "post"])
    assert listed(ends) == [date(2026, 12, 28), date(2026, 12, 15)]


@pytest.mark.parametrize(
    "channels",
    [
        np.array(["post", "data_box"]).reshape(2, 1),
        np.array("post"),
        pd.DataFrame({"k": ["post"] * 2}),
    ],
    ids=["2-d", "0-d", "frame"],
)
def test_a_column_of_channels_that_is_not_one_column_is_a_type_error(channels: Any) -> None:
    with pytest.raises(TypeError, match="channel must be"):
        delivery_dates(dates_array([date(2026, 12, 14)] * 2), channel=channels)


def test_numbers_dates_or_bytes_name_no_channel_in_any_row() -> None:
    ready = dates_array([date(2026, 12, 14)] * 2)
    for channels in (np.array([1, 2]), ready, np.array([b"post", b"data_box"])):
        _, report = delivery_dates(ready, channel=channels, errors="report")
        assert report.codes == frozenset({"batch-unknown-channel"}) and len(report) == 2
