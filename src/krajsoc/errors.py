"""The one exception hierarchy of krajsoc.

Every error the library raises on purpose is a :class:`KrajsocError`. Invalid values are also
:class:`ValueError`, unknown codes are also :class:`LookupError`, so callers that know nothing of
krajsoc still catch them in the usual way.

Each error carries its parts as attributes and a stable :attr:`~KrajsocError.code` (the anchor of
its entry on the docs' errors page). The message is one sentence: what arrived, where, and what is
allowed. Raise sites never put personal data (names, birth numbers, addresses) into the parts.

Business outcomes — a late notice, a repealed act, a missing member — are *findings* returned in
reports, not exceptions.

Examples:
    >>> from krajsoc.errors import InvalidInputError, KrajsocError
    >>> err = InvalidInputError("a period needs a number", where="position 0", expected="'15 dnů'")
    >>> str(err)
    "a period needs a number at position 0; expected '15 dnů'"
    >>> isinstance(err, ValueError) and isinstance(err, KrajsocError)
    True
    >>> err.code
    'invalid-input'
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

from krajsoc._quote import QUOTE_LIMIT, quote

if TYPE_CHECKING:  # findings report through errors' types, not the other way round
    from krajsoc.findings import Report

__all__ = [
    "BatchInputError",
    "BulkValidationError",
    "CatalogueFileError",
    "CitationError",
    "DateOutOfRangeError",
    "DuplicateIdError",
    "InvalidAddressError",
    "InvalidBirthNumberError",
    "InvalidDateError",
    "InvalidDeadlineError",
    "InvalidIcoError",
    "InvalidInputError",
    "InvalidPeriodError",
    "InvalidPersonNameError",
    "InvalidPersonalDataError",
    "KrajsocError",
    "MissingGroupRuleError",
    "RuleViolationError",
    "UncoveredRegionError",
    "UnknownAgendaError",
    "UnknownCodeError",
    "UnknownGroupError",
    "UnknownRegionError",
]


class KrajsocError(Exception):
    """Root of every error krajsoc raises on purpose.

    Args:
        problem: What was wrong, as a sentence fragment without the location.
        where: Where it was found: a field name, a row, a character position.
        expected: What is allowed there.

    Examples:
        >>> str(KrajsocError("nothing to do"))
        'nothing to do'
    """

    code: ClassVar[str] = "krajsoc-error"

    def __init__(
        self, problem: str, *, where: str | None = None, expected: str | None = None
    ) -> None:
        self.problem = problem
        self.where = where
        self.expected = expected
        super().__init__(self._compose())

    def _compose(self) -> str:
        message = self.problem
        if self.where:
            message += f" at {self.where}"
        if self.expected:
            message += f"; expected {self.expected}"
        return message

    def __reduce__(self) -> tuple[object, ...]:
        # Exceptions pickle through ``args``; ours are keyword-built, so rebuild from attributes.
        return (_rebuild, (type(self), dict(self.__dict__)))


def _rebuild(cls: type[KrajsocError], state: dict[str, object]) -> KrajsocError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._compose())
    return error


class InvalidInputError(KrajsocError, ValueError):
    """A text or value that cannot be understood: wrong format, out of range, empty."""

    code: ClassVar[str] = "invalid-input"


class CitationError(InvalidInputError):
    """A legal citation that does not follow Czech citation style.

    ``position`` is the 0-based character offset into the text where parsing stopped.

    Examples:
        >>> err = CitationError("'§' must be followed by a section number", position=2,
        ...                     expected="a number such as '93' or '42h'")
        >>> err.position, err.code
        (2, 'citation')
    """

    code: ClassVar[str] = "citation"

    def __init__(self, problem: str, *, position: int, expected: str | None = None) -> None:
        self.position = position
        super().__init__(problem, where=f"position {position}", expected=expected)


class CatalogueFileError(InvalidInputError):
    """A catalogue file that cannot be read: missing, not a file, unreadable, or not UTF-8.

    Attributes:
        path: The file as it was given.
        reason: What is wrong with it, e.g. ``'no such file'``.

    Examples:
        >>> print(CatalogueFileError("data/pk.json", "no such file"))
        cannot read catalogue file 'data/pk.json': no such file; expected a readable UTF-8 ...
        >>> CatalogueFileError("pk.csv", "not UTF-8").code
        'catalogue-file'
    """

    code: ClassVar[str] = "catalogue-file"

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        shown = quote(path) if len(path) <= QUOTE_LIMIT else f"{quote(name)} (in a longer path)"
        super().__init__(
            f"cannot read catalogue file {shown}: {reason}",
            expected="a readable UTF-8 .json or .csv file",
        )


class InvalidPeriodError(InvalidInputError):
    """A period (lhůta) that cannot be understood: text that names no unit, a zero or two units.

    Examples:
        >>> err = InvalidPeriodError("'15 hodin' names no period unit", where="'15 hodin'",
        ...                          expected="e.g. '15 dnů', '1 měsíc' or 'P15D'")
        >>> err.code, isinstance(err, ValueError)
        ('invalid-period', True)
    """

    code: ClassVar[str] = "invalid-period"


class InvalidDateError(InvalidInputError):
    """A date written in none of the forms krajsoc reads, or a day that does not exist.

    :func:`krajsoc.calendar.parse_date` raises it for ``'zítra'``, ``'31. 2. 2026'`` or
    ``'2026-3-15'``; the message quotes the text and names the forms it reads.

    Examples:
        >>> err = InvalidDateError("'zítra' is not a date", expected="e.g. '15. 3. 2026'")
        >>> err.code, isinstance(err, ValueError)
        ('invalid-date', True)
    """

    code: ClassVar[str] = "invalid-date"


class InvalidDeadlineError(InvalidInputError):
    """A deadline's JSON form whose dates or rules do not follow from its event and period.

    Reading a :class:`~krajsoc.deadlines.DeadlineRecord` counts the deadline again; the message
    names the field that disagrees and what the count gives.

    Examples:
        >>> err = InvalidDeadlineError("end 2026-12-24 does not follow", where="Deadline.end")
        >>> err.code, isinstance(err, ValueError)
        ('invalid-deadline', True)
    """

    code: ClassVar[str] = "invalid-deadline"


class DateOutOfRangeError(InvalidInputError):
    """A date outside the calendar krajsoc supports, or a result that would fall outside it.

    ``first`` and ``last`` are the supported range (inclusive) as ISO dates.

    Examples:
        >>> err = DateOutOfRangeError("1999-12-31", first="2000-01-01", last="2100-12-31")
        >>> print(err)
        date 1999-12-31 is outside the calendar; expected a date from 2000-01-01 to 2100-12-31
        >>> err.code
        'date-out-of-range'
    """

    code: ClassVar[str] = "date-out-of-range"

    def __init__(self, value: str, *, first: str, last: str, what: str = "date") -> None:
        self.value = value
        self.first = first
        self.last = last
        super().__init__(
            f"{what} {value} is outside the calendar",
            expected=f"a date from {first} to {last}",
        )


class InvalidPersonalDataError(InvalidInputError):
    """A personal identifier or detail that cannot be understood; the value is never echoed.

    ``reason`` says what is wrong in words that hold none of the value (no digit of a birth
    number, no letter of a name), so the error can be logged.
    """

    code: ClassVar[str] = "invalid-personal-data"
    what: ClassVar[str] = "personal data"

    def __init__(self, reason: str, *, where: str | None = None, expected: str | None = None):
        self.reason = reason
        super().__init__(f"{self.what} {reason}", where=where, expected=expected)


class InvalidBirthNumberError(InvalidPersonalDataError):
    """A birth number (rodné číslo) that is malformed, impossible, or born after a given date.

    Examples:
        >>> error = InvalidBirthNumberError("has a bad checksum")
        >>> print(error)
        birth number has a bad checksum
        >>> error.code, isinstance(error, ValueError)
        ('invalid-birth-number', True)
    """

    code: ClassVar[str] = "invalid-birth-number"
    what: ClassVar[str] = "birth number"


class InvalidIcoError(InvalidPersonalDataError):
    """An IČO (identifikační číslo osoby) that is not eight digits with a valid check digit.

    Examples:
        >>> InvalidIcoError("has a bad check digit").code
        'invalid-ico'
    """

    code: ClassVar[str] = "invalid-ico"
    what: ClassVar[str] = "IČO"


class InvalidPersonNameError(InvalidPersonalDataError):
    """A person's name that is empty, holds digits, or is not "surname, given names".

    Examples:
        >>> print(InvalidPersonNameError("holds digits", expected="letters only"))
        person's name holds digits; expected letters only
    """

    code: ClassVar[str] = "invalid-person-name"
    what: ClassVar[str] = "person's name"


class InvalidAddressError(InvalidPersonalDataError):
    """An address that is not "street and number, postcode municipality".

    Examples:
        >>> InvalidAddressError("has no postcode").code
        'invalid-address'
    """

    code: ClassVar[str] = "invalid-address"
    what: ClassVar[str] = "address"


class UnknownCodeError(KrajsocError, LookupError):
    """A code, identifier or name that is well formed but names nothing known.

    Args:
        kind: What was looked up, e.g. ``"region"``.
        value: What was asked for. The message shows it through :func:`krajsoc._quote.quote`
            (short text quoted, birth-number-like digits masked, anything longer described), and
            :attr:`value` keeps that same form, never the raw input.
        allowed: The codes that would have been understood.

    Examples:
        >>> err = UnknownCodeError("authority type", "IV", allowed=("I", "II", "III"))
        >>> str(err)
        "unknown authority type 'IV'; expected one of: I, II, III"
        >>> isinstance(err, LookupError)
        True
    """

    code: ClassVar[str] = "unknown-code"

    def __init__(
        self, kind: str, value: object, *, allowed: Iterable[str] = (), hint: str | None = None
    ) -> None:
        self.kind = kind
        self.value = _shown(value)
        self.allowed = tuple(allowed)
        expected = hint or ("one of: " + ", ".join(self.allowed) if self.allowed else None)
        super().__init__(f"unknown {kind} {quote(value)}", expected=expected)


def _shown(value: object) -> str:
    """The asked-for value as a message shows it: the text itself when quoting keeps it whole."""
    quoted = quote(value)
    if isinstance(value, str) and quoted == "'" + value.replace("'", "\\'") + "'":
        return value
    return quoted


class UnknownRegionError(UnknownCodeError):
    """No region (kraj) has the given code, abbreviation or name."""

    code: ClassVar[str] = "unknown-region"


class UncoveredRegionError(UnknownCodeError):
    """The region exists, but krajsoc has no built-in data of the requested kind for it.

    Examples:
        >>> print(UncoveredRegionError("municipality data", "Plzeňský kraj", covered=("LK",)))
        no built-in municipality data for Plzeňský kraj; expected one of the covered regions: LK
    """

    code: ClassVar[str] = "uncovered-region"

    def __init__(self, data: str, region_name: str, *, covered: Iterable[str]) -> None:
        self.kind = data
        self.value = region_name
        self.allowed = tuple(covered)
        KrajsocError.__init__(
            self,
            f"no built-in {data} for {region_name}",
            expected="one of the covered regions: " + ", ".join(self.allowed),
        )


class UnknownAgendaError(UnknownCodeError):
    """No agenda of the catalogue has the given id.

    Examples:
        >>> error = UnknownAgendaError("CZ051/x/pp/99", catalogue="Liberecký kraj")
        >>> print(error)  # doctest: +ELLIPSIS
        unknown agenda id 'CZ051/x/pp/99' in Liberecký kraj; expected an id such as ...
        >>> error.code, isinstance(error, LookupError)
        ('unknown-agenda', True)
    """

    code: ClassVar[str] = "unknown-agenda"

    def __init__(self, value: str, *, catalogue: str, example: str | None = None) -> None:
        self.catalogue = catalogue
        self.kind = "agenda id"
        self.value = _shown(value)
        self.allowed = ()
        KrajsocError.__init__(
            self,
            f"unknown agenda id {quote(value)} in {catalogue}",
            expected=f"an id such as {example or 'CZ051/oddeleni-socialni-prace/pp/6'!r}",
        )


class UnknownGroupError(UnknownCodeError):
    """A region has no planning group (or none was given) with the code asked for.

    Examples:
        >>> error = UnknownGroupError("K99", region="Liberecký kraj", allowed=("K10", "K21"))
        >>> print(error)
        unknown planning group 'K99' in Liberecký kraj; expected one of: K10, K21
        >>> error.code, isinstance(error, LookupError)
        ('unknown-group', True)
    """

    code: ClassVar[str] = "unknown-group"

    def __init__(self, value: str, *, region: str, allowed: Iterable[str]) -> None:
        self.kind = "planning group"
        self.value = value
        self.region = region
        self.allowed = tuple(allowed)
        KrajsocError.__init__(
            self,
            f"unknown planning group {quote(value)} in {region}",
            expected="one of: " + ", ".join(self.allowed) if self.allowed else "a group defined",
        )


class MissingGroupRuleError(KrajsocError, LookupError):
    """A planning group's rules do not set what was asked for, e.g. a notice period.

    Examples:
        >>> print(MissingGroupRuleError("KOOS", "notice period"))
        the rules of group KOOS set no notice period; expected a group whose rules set one, or a rule added to the group's own rules
    """  # noqa: E501

    code: ClassVar[str] = "missing-group-rule"

    def __init__(self, group: str, what: str) -> None:
        self.group = group
        self.what = what
        KrajsocError.__init__(
            self,
            f"the rules of group {group} set no {what}",
            expected="a group whose rules set one, or a rule added to the group's own rules",
        )


class RuleViolationError(KrajsocError):
    """An operation that would break a domain rule, e.g. an API misuse the law does not allow."""

    code: ClassVar[str] = "rule-violation"


class DuplicateIdError(InvalidInputError):
    """Two records of one collection have the same id (a catalogue's agendas, say).

    Examples:
        >>> error = DuplicateIdError("agenda id", "CZ051/x/pp/1", where="Catalogue")
        >>> print(error)
        agenda id 'CZ051/x/pp/1' appears twice at Catalogue; expected each id once
        >>> isinstance(error, ValueError), error.code
        (True, 'duplicate-id')
    """

    code: ClassVar[str] = "duplicate-id"

    def __init__(self, kind: str, value: str, *, where: str | None = None) -> None:
        self.kind = kind
        self.value = value
        super().__init__(
            f"{kind} {quote(value)} appears twice", where=where, expected="each id once"
        )


class BulkValidationError(KrajsocError, ValueError):
    """A batch of records was refused: its report's findings, every one; nothing was loaded.

    Args:
        report: The :class:`~krajsoc.findings.Report` of :func:`krajsoc.rows.from_rows`; the
            message lists its findings in English (at most :attr:`SHOWN`, then how many more).

    Examples:
        >>> from krajsoc.agendas import Agenda
        >>> from krajsoc.rows import from_rows
        >>> _, report = from_rows([{"text": "x", "competence": "delegated"}], Agenda)
        >>> error = BulkValidationError(report)
        >>> print(error)
        1 problem; nothing was loaded:
          row 1, field source: A required field is missing.
        >>> error.report is report
        True
    """

    code: ClassVar[str] = "bulk-validation"
    SHOWN: ClassVar[int] = 50
    """How many findings the message lists; ``report`` has them all."""

    def __init__(self, report: Report) -> None:
        findings = getattr(report, "findings", None)
        if not isinstance(findings, tuple):
            raise TypeError(f"BulkValidationError takes a Report, not {type(report).__name__}")
        self.report = report
        noun = "problem" if len(findings) == 1 else "problems"
        lines = [f"{len(findings)} {noun}; nothing was loaded:"]
        for finding in findings[: self.SHOWN]:
            where = finding.where.text("en")
            text = finding.text("en")
            lines.append(f"  {where}: {text}" if where else f"  {text}")
        if len(findings) > self.SHOWN:
            lines.append(f"  … and {len(findings) - self.SHOWN} more (see .report)")
        super().__init__("\n".join(lines))


class BatchInputError(InvalidInputError):
    """Rows of a batch of dates that cannot be counted: missing, not dates, or out of range.

    Raised by the batch functions of :mod:`krajsoc.deadlines` (``deadlines_after`` and the
    rest) under ``errors="raise"``; ``errors="coerce"`` leaves those rows missing instead, and
    ``errors="report"`` returns the same report beside the ends.

    Args:
        report: The :class:`~krajsoc.findings.Report` naming every bad row
            (``Where(row=..., field=...)``) with its reason; the message names the first.
        rows: How many rows the batch has.
        expected: What the first bad row should hold; by default a date from 2000-01-01 to
            2100-12-31.

    Attributes:
        report: The report, every bad row.
        first_row: The first bad row: its 0-based position, or a ``pandas.Series``'s index label.
        bad_rows: How many rows are bad.
        rows: How many rows the batch has.

    Examples:
        >>> from datetime import date
        >>> from krajsoc.deadlines import deadlines_after
        >>> try:
        ...     deadlines_after([date(2026, 12, 9), None, "zítra"], "15 dnů")
        ... except BatchInputError as error:
        ...     print(error)
        ...     print(error.first_row, error.bad_rows, len(error.report))
        2 of 3 rows are bad; the first, row 1 of events: The date is missing (None, NaT or NaN); expected a date from 2000-01-01 to 2100-12-31 in every row, or errors='coerce' (bad rows left missing) or errors='report' (a Report of them)
        1 2 2
    """  # noqa: E501

    code: ClassVar[str] = "batch-input"

    def __init__(self, report: Report, *, rows: int, expected: str | None = None) -> None:
        findings = getattr(report, "findings", None)
        if not isinstance(findings, tuple) or not findings:
            raise TypeError("BatchInputError takes a Report of at least one finding")
        first = findings[0]
        self.report = report
        self.rows = rows
        self.bad_rows = len(findings)
        self.first_row: int | str | None = first.where.row
        of = f" of {first.where.field}" if first.where.field else ""
        noun = "row" if rows == 1 else "rows"
        verb = "is" if self.bad_rows == 1 else "are"
        super().__init__(
            f"{self.bad_rows} of {rows} {noun} {verb} bad; the first, row {self.first_row}{of}: "
            f"{first.text('en').removesuffix('.')}",
            expected=f"{expected or 'a date from 2000-01-01 to 2100-12-31'} in every row, or "
            "errors='coerce' (bad rows left missing) or errors='report' (a Report of them)",
        )
