"""A channel per row: which rows of a column of delivery channels name no channel.

``delivery_dates(ready, channel=...)`` takes one channel for the whole batch or, for data that
records how each document was sent (a spreadsheet's column: post or data box), a column of
channels beside ``ready``, paired with it row by row. Each row's channel is read as
``delivery_date(channel=...)`` reads one: a :class:`~krajsoc.deadlines.Channel` or its text,
``"post"`` or ``"data_box"``, or its Czech name (``"pošta"``, ``"Datová schránka"``:
:data:`~krajsoc.deadlines.CHANNEL_NAMES`); anything else — ``None``, other text, a number — is a bad row
(:data:`~krajsoc.deadlines._batch_rules.BATCH_UNKNOWN_CHANNEL`), handled as ``errors`` says,
like a bad date. A row's channel is checked first, as ``delivery_date`` checks it first: a row
with a bad channel and a bad date is reported for its channel.

Both channels count the same days — the 10th day after the document was ready, moved to the
next working day where it is a day off (§ 24 odst. 1 správního řádu; § 17 odst. 4 zákona
č. 300/2008 Sb.) — and differ only in the rules a :class:`~krajsoc.deadlines.Deadline` cites.
A batch returns only the days, so it checks each row's channel and counts the days once for
all the rows; a column at array speed checks its channels in
:mod:`krajsoc.deadlines._delivery_columns`.

Examples:
    >>> from krajsoc.deadlines import Channel
    >>> bad = unknown_channels(["post", Channel.DATA_BOX, "pošta", "fax", None])
    >>> [(position, rule.code, fields) for position, (rule, fields, _) in bad.items()]
    [(3, 'batch-unknown-channel', {'got': "'fax'"}), (4, 'batch-unknown-channel', {'got': 'None'})]

References:
    § 24 odst. 1 zákona č. 500/2004 Sb., správní řád; § 17 odst. 4 zákona č. 300/2008 Sb.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from typing import cast

from krajsoc._quote import quote
from krajsoc.deadlines._batch_rows import Problem
from krajsoc.deadlines._batch_rules import BATCH_UNKNOWN_CHANNEL
from krajsoc.deadlines._delivery import CHANNEL_NAMES, Channel
from krajsoc.errors import InvalidInputError

__all__ = [
    "CHANNEL_TEXTS",
    "channel_problem",
    "checked_length",
    "is_channel",
    "is_one_channel",
    "unknown_channels",
]

CHANNEL_TEXTS = (*(member.value for member in Channel), *CHANNEL_NAMES)
"""Every text ``Channel(text)`` reads: ``"post"``, ``"data_box"`` and the Czech names."""

_TEXTS = frozenset(CHANNEL_TEXTS)


def is_one_channel(channel: object) -> bool:
    """Whether ``channel`` is meant as one channel for the whole batch, not a column of them.

    Text (a :class:`~krajsoc.deadlines.Channel` is text too) and anything that is not a column
    is one channel, checked as ``delivery_date`` checks it; so are a mapping and a set, which
    have no rows in order.

    Examples:
        >>> is_one_channel("post"), is_one_channel(None), is_one_channel(["post", "data_box"])
        (True, True, False)
    """
    return isinstance(channel, str | Mapping | Set) or not isinstance(channel, Iterable)


def is_channel(value: object) -> bool:
    """Whether ``Channel(value)`` reads ``value``: a channel, or the text of one.

    Examples:
        >>> is_channel("data_box"), is_channel("datová schránka"), is_channel("fax")
        (True, True, False)
        >>> is_channel(["post"])
        False
    """
    try:
        return value in _TEXTS  # a Channel is text: equal to its text, and hashed as it
    except TypeError:  # unhashable: Channel() compares it with each channel's text instead
        try:
            Channel(cast("str", value))  # any value: Channel() says whether it names one
        except ValueError:
            return False
        return True


def channel_problem(value: object) -> Problem:
    """The problem of a row whose channel is ``value``, which names no channel."""
    return BATCH_UNKNOWN_CHANNEL, {"got": quote(value)}, "channel"


def unknown_channels(channels: Sequence[object]) -> dict[int, Problem]:
    """The problem of each row of ``channels`` that names no channel, by its 0-based position."""
    return {
        position: channel_problem(value)
        for position, value in enumerate(channels)
        if not is_channel(value)
    }


def checked_length(channels: int, ready: int) -> None:
    """Nothing if there are as many channels as ready days; otherwise the error.

    Raises:
        InvalidInputError: The numbers differ (a ``KrajsocError`` and a ``ValueError``).

    Examples:
        >>> checked_length(3, 2)
        Traceback (most recent call last):
        ...
        krajsoc.errors.InvalidInputError: channel has 3 rows and ready 2 at channel; expected one channel per row of ready, or one channel for the whole batch
    """  # noqa: E501
    if channels != ready:
        raise InvalidInputError(
            f"channel has {channels} rows and ready {ready}",
            where="channel",
            expected="one channel per row of ready, or one channel for the whole batch",
        )
