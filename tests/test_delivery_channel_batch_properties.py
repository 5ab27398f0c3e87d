"""A channel per row: the batch gives ``delivery_date``'s day row by row, each row its channel.

Each generated row is a ready day (a date 2000–2100, often near the calendar's ends, or a bad
value), a collection day or none, and a channel — a :class:`Channel`, its text, or a value that
names none. ``delivery_date(ready, collected_on=..., channel=...)`` row by row is the reference:
where it raises, the batch's row is bad (missing under ``errors="coerce"``, a finding under
``"report"``, counted under ``"raise"``), reported for its channel when that is what is wrong.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from krajsoc.calendar import CzechCalendar
from krajsoc.deadlines import BATCH_RULES, Channel, delivery_date, delivery_dates
from krajsoc.deadlines._batch_rows import is_missing
from krajsoc.errors import BatchInputError, InvalidInputError, KrajsocError, UnknownCodeError
from krajsoc.testing import strategies as ks
from tests.test_deadline_batch_properties import GOOD  # days of the calendar, edges included

BAD = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 12, 31)),
    st.text(max_size=12),
    ks.calendar_dates(valid=False),
)
CHANNELS = st.sampled_from(
    [Channel.POST, Channel.DATA_BOX, "post", "data_box", "pošta", "Datova schranka"]
)
NO_CHANNELS = st.one_of(
    st.sampled_from(["POŠTA", "Post", "data box", "datová  schránka", "", "post ", "fax"]),
    st.text(max_size=10),
    st.none(),
    st.integers(),
    st.just(float("nan")),
    st.lists(st.just("post"), max_size=2),
)
ROWS = st.lists(
    st.tuples(
        st.one_of(GOOD, GOOD, GOOD, BAD),
        st.one_of(st.none(), st.none(), GOOD, BAD),
        st.one_of(CHANNELS, CHANNELS, CHANNELS, NO_CHANNELS),
    ),
    max_size=30,
)


def per_row(rows: list[tuple[Any, Any, Any]], calendar: CzechCalendar) -> list[date | None]:
    """``delivery_date``'s day for each row, ``None`` where it refuses the row."""
    ends: list[date | None] = []
    for ready, collected, channel in rows:
        taken = None if is_missing(collected) else collected
        try:
            ends.append(
                delivery_date(ready, collected_on=taken, channel=channel, calendar=calendar).end
            )
        except (KrajsocError, TypeError):
            ends.append(None)
    return ends


def refuses_channel(channel: object) -> bool:
    try:
        delivery_date(date(2026, 1, 5), channel=channel)  # type: ignore[arg-type]
    except UnknownCodeError:
        return True
    return False


@settings(deadline=None)  # a calendar's first use builds its tables
@given(ROWS, ks.calendars(), st.booleans())
def test_a_list_of_channels_gives_the_per_row_days_and_misses_exactly_the_refused_rows(
    rows: list[tuple[Any, Any, Any]], calendar: CzechCalendar, collecting: bool
) -> None:
    if not collecting:
        rows = [(ready, None, channel) for ready, _, channel in rows]
    ready = [row[0] for row in rows]
    collected = [row[1] for row in rows] if collecting else None
    channels = [row[2] for row in rows]
    expected = per_row(rows, calendar)
    bad = [position for position, end in enumerate(expected) if end is None]

    assert delivery_dates(ready, collected, channels, calendar, errors="coerce") == expected
    ends, report = delivery_dates(ready, collected, channels, calendar, errors="report")
    assert ends == expected
    assert [finding.where.row for finding in report] == bad
    for finding in report:  # a bad channel is what the row is reported for, as delivery_date
        position = int(finding.where.row)  # type: ignore[arg-type]
        assert (finding.code == "batch-unknown-channel") == refuses_channel(channels[position])
        assert (finding.where.field == "channel") == (finding.code == "batch-unknown-channel")
    if bad:
        with pytest.raises(BatchInputError) as caught:
            delivery_dates(ready, collected, channels, calendar)
        assert (caught.value.first_row, caught.value.bad_rows) == (bad[0], len(bad))
        assert f"{len(bad)} of {len(rows)} " in str(caught.value)
    else:
        assert delivery_dates(ready, collected, channels, calendar) == expected


@settings(deadline=None)
@given(st.lists(GOOD, max_size=20), CHANNELS)
def test_a_column_of_one_channel_gives_the_same_days_as_that_channel_for_the_batch(
    ready: list[date], channel: Channel | str
) -> None:
    one = delivery_dates(ready, channel=channel, errors="coerce")
    assert delivery_dates(ready, channel=[channel] * len(ready), errors="coerce") == one
    assert delivery_dates(ready, channel=iter([channel] * len(ready)), errors="coerce") == one


def test_a_bad_channel_is_a_rule_of_the_batch_with_both_texts_and_a_basis() -> None:
    rule = next(rule for rule in BATCH_RULES if rule.code == "batch-unknown-channel")
    assert rule.reference is not None and rule.source is not None
    ends, report = delivery_dates([date(2026, 12, 14)], channel=["fax"], errors="report")
    assert ends == [None]
    (finding,) = report
    assert finding.text("cs").startswith("Způsob doručení 'fax' neznáme")
    assert finding.text("en").startswith("The delivery channel 'fax' is not known")


def test_raise_names_the_first_bad_channel_and_what_a_channel_is() -> None:
    ready = [date(2026, 12, 14)] * 4
    with pytest.raises(BatchInputError) as caught:
        delivery_dates(ready, channel=["post", "fax", "pošta", None])
    message = str(caught.value)
    assert message.startswith("2 of 4 rows are bad; the first, row 1 of channel: ")
    assert "'fax'" in message
    assert "a channel, post (pošta) or data_box (datová schránka), in every row" in message


def test_a_channel_holding_a_birth_number_is_masked_in_the_report() -> None:
    _, report = delivery_dates([date(2026, 12, 14)], channel=["850101/1234"], errors="report")
    assert "850101" not in report.to_json() and "1234" not in str(list(report))


@pytest.mark.parametrize("channels", [["post"] * 2, ["post"] * 4, []])
def test_a_column_of_channels_of_another_length_is_api_misuse_naming_both(
    channels: list[str],
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        delivery_dates([date(2026, 12, 14)] * 3, channel=channels, errors="coerce")
    assert isinstance(caught.value, KrajsocError) and isinstance(caught.value, ValueError)
    assert f"channel has {len(channels)} rows and ready 3" in str(caught.value)


@pytest.mark.parametrize("channel", ["email", None, {"post": 1}, {"post"}, 3])
def test_one_channel_for_the_batch_is_still_checked_before_any_row(channel: Any) -> None:
    with pytest.raises(UnknownCodeError, match="unknown delivery channel"):
        delivery_dates([None], channel=channel)


def test_a_list_of_channels_never_imports_numpy() -> None:
    code = (
        "import json, sys\n"
        "from datetime import date\n"
        "from krajsoc.deadlines import delivery_dates\n"
        "delivery_dates([date(2026, 12, 9)] * 2, [None, None], ['post', 'x'], errors='report')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('numpy', 'pandas'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert json.loads(done.stdout.splitlines()[-1]) == []
