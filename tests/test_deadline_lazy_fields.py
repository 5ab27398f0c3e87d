"""A deadline built on the per-row fast path is the same value as one built with every field.

``delivery_date`` and ``appeal_deadline`` with the default calendar store only a deadline's event
(or the deadline it follows), end and rules; the period, ``follows``, the calendar and, after a
delivery, the event are derived on first read. Each property below builds the same deadline three
ways — the fast path, the general path (a calendar equal to the default but not the default
object, so every check runs) and ``Deadline(...)`` with every field passed — and requires them to
read, compare, hash, print, pickle and serialise alike, or to fail alike.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from datetime import date, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from krajsoc.calendar import CZECH_CALENDAR, FIRST_DATE, LAST_DATE, CzechCalendar
from krajsoc.deadlines import (
    APPEAL_PERIOD,
    FICTION_PERIOD,
    Channel,
    Deadline,
    Period,
    appeal_deadline,
    deadline_after,
    delivery_date,
)
from krajsoc.testing import strategies as ks

FIELDS = tuple(field.name for field in attrs.fields(Deadline))
READY = ks.calendar_dates(min_value=FIRST_DATE, max_value=LAST_DATE)
CHANNELS = st.sampled_from([Channel.POST, Channel.DATA_BOX, "post", "data_box"])
# A collection day: none, a few days before to a month after the day it was ready, or input the
# general path must refuse (text, a datetime).
COLLECTED = st.one_of(
    st.none(),
    st.integers(min_value=-3, max_value=30),
    st.just("2026-12-01"),
    st.just(datetime(2026, 12, 1, 10, 30)),
)


def _collection(ready: date, collected: int | str | datetime | None) -> object:
    return ready + timedelta(days=collected) if isinstance(collected, int) else collected


def _stored(deadline: Deadline) -> set[str]:
    """The fields whose slot holds a value, read without deriving any."""
    stored = set()
    for name in FIELDS:
        try:
            Deadline.__dict__[name].__get__(deadline, Deadline)
        except AttributeError:
            continue
        stored.add(name)
    return stored


def _outcome(build: Callable[[], Deadline]) -> Deadline | tuple[str, str]:
    try:
        return build()
    except Exception as error:  # the error itself is what is compared
        return (type(error).__name__, str(error))


def assert_same_value(built: Callable[[], Deadline], full: Deadline, order: list[str]) -> None:
    """Every observable behaviour of a freshly built deadline is that of ``full``."""
    for name in order:  # each field first on its own fresh value, in a drawn order
        fresh = built()
        assert getattr(fresh, name) is getattr(full, name) or getattr(fresh, name) == getattr(
            full, name
        )
    read_in_order = built()
    assert [getattr(read_in_order, name) for name in order] == [
        getattr(full, name) for name in order
    ]
    assert [getattr(read_in_order, name) for name in FIELDS] == [
        getattr(full, name) for name in FIELDS
    ]
    deadline = built()
    assert hash(deadline) == hash(full)
    deadline = built()
    assert deadline == full and full == deadline
    assert repr(built()) == repr(full)
    assert built().nominal_end == full.nominal_end
    assert built().latest_working_day == full.latest_working_day
    assert built().steps == full.steps
    assert built().explain("en") == full.explain("en")
    assert built().to_record() == full.to_record()
    assert built().to_record().model_dump_json() == full.to_record().model_dump_json()
    assert pickle.dumps(built()) == pickle.dumps(full)
    assert pickle.loads(pickle.dumps(built())) == full
    assert copy.copy(built()) == full and copy.deepcopy(built()) == full
    assert attrs.evolve(built()) == full
    assert attrs.asdict(built(), recurse=False) == attrs.asdict(full, recurse=False)


@given(READY, COLLECTED, CHANNELS, st.permutations(FIELDS))
def test_a_delivery_on_the_fast_path_is_the_deadline_built_with_every_field(
    ready: date, collected: int | str | datetime | None, channel: str, order: list[str]
) -> None:
    collected_on = _collection(ready, collected)
    fast = _outcome(lambda: delivery_date(ready, collected_on=collected_on, channel=channel))  # type: ignore[arg-type]
    general = _outcome(
        lambda: delivery_date(
            ready,
            collected_on=collected_on,  # type: ignore[arg-type]
            channel=channel,
            calendar=CzechCalendar(),
        )
    )
    if not isinstance(general, Deadline):
        assert fast == general  # the same error, the same message
        return
    assert isinstance(fast, Deadline)
    assert _stored(fast) == {"event", "end", "rules"}
    full = Deadline(ready, FICTION_PERIOD, general.end, general.rules, None, CZECH_CALENDAR)
    assert_same_value(
        lambda: delivery_date(ready, collected_on=collected_on, channel=channel),  # type: ignore[arg-type]
        full,
        order,
    )


@given(READY, COLLECTED, CHANNELS, st.permutations(FIELDS))
def test_an_appeal_after_a_delivery_on_the_fast_path_is_the_deadline_built_with_every_field(
    ready: date, collected: int | str | datetime | None, channel: str, order: list[str]
) -> None:
    collected_on = _collection(ready, collected)
    general_delivery = _outcome(
        lambda: delivery_date(
            ready,
            collected_on=collected_on,  # type: ignore[arg-type]
            channel=channel,
            calendar=CzechCalendar(),
        )
    )
    if not isinstance(general_delivery, Deadline):
        return  # refused alike: the delivery property above
    delivery = Deadline(
        ready, FICTION_PERIOD, general_delivery.end, general_delivery.rules, None, CZECH_CALENDAR
    )

    def fast() -> Deadline:
        return appeal_deadline(delivery_date(ready, collected_on=collected_on, channel=channel))  # type: ignore[arg-type]

    general = _outcome(lambda: appeal_deadline(delivery, CzechCalendar()))
    if not isinstance(general, Deadline):
        assert _outcome(fast) == general
        return
    assert _stored(fast()) == {"follows", "end", "rules"}
    full = Deadline(
        delivery.end, APPEAL_PERIOD, general.end, general.rules, delivery, CZECH_CALENDAR
    )
    assert_same_value(fast, full, order)


@given(READY, st.permutations(FIELDS))
def test_an_appeal_from_a_day_on_the_fast_path_is_the_deadline_built_with_every_field(
    delivered: date, order: list[str]
) -> None:
    general = _outcome(lambda: appeal_deadline(delivered, CzechCalendar()))
    if not isinstance(general, Deadline):
        assert _outcome(lambda: appeal_deadline(delivered)) == general
        return
    assert _stored(appeal_deadline(delivered)) == {"event", "end", "rules"}
    full = Deadline(delivered, APPEAL_PERIOD, general.end, general.rules, None, CZECH_CALENDAR)
    assert_same_value(lambda: appeal_deadline(delivered), full, order)


def test_an_office_calendar_is_stored_and_counted_on_the_general_path() -> None:
    office = CZECH_CALENDAR.with_closures([date(2026, 12, 23)])
    delivered = delivery_date(date(2026, 12, 13), calendar=office)
    assert delivered.calendar is office and delivered.end == date(2026, 12, 28)
    appeal = appeal_deadline(delivered, office)
    assert appeal.calendar is office and appeal.follows is delivered
    assert appeal_deadline(delivered).calendar is CZECH_CALENDAR


def test_a_missing_attribute_is_pythons_own_error() -> None:
    fast = appeal_deadline(date(2026, 11, 23))
    full = Deadline(date(2026, 11, 23), APPEAL_PERIOD, date(2026, 12, 8), fast.rules)
    for deadline in (fast, full):
        with pytest.raises(
            AttributeError, match="'Deadline' object has no attribute 'ned'"
        ) as error:
            deadline.ned  # type: ignore[attr-defined]  # noqa: B018
        assert error.value.name == "ned" and error.value.obj is deadline
        assert not hasattr(deadline, "__array__")


def test_an_attribute_error_inside_a_property_is_not_hidden() -> None:
    rules = appeal_deadline(date(2026, 11, 23)).rules
    wrong = Deadline(date(2026, 11, 23), "15 dnů", date(2026, 12, 8), rules)  # type: ignore[arg-type]
    with pytest.raises(AttributeError, match="'str' object has no attribute 'unit'"):
        wrong.nominal_end  # noqa: B018


def test_a_name_a_deadline_does_not_have_is_refused_in_pythons_words() -> None:
    deadline = appeal_deadline(delivery_date(date(2026, 11, 23)))
    with pytest.raises(AttributeError, match=r"^'Deadline' object has no attribute 'ends'$") as e:
        deadline.ends  # type: ignore[attr-defined]  # noqa: B018
    assert (e.value.name, e.value.obj) == ("ends", deadline)
    assert not hasattr(deadline, "ends") and hasattr(deadline, "period")


def test_a_period_counted_by_deadline_after_is_stored() -> None:
    deadline = deadline_after(date(2026, 11, 23), Period(days=15))
    assert _stored(deadline) == {"event", "period", "end", "rules"}
    assert deadline.follows is None and deadline.calendar is CZECH_CALENDAR
