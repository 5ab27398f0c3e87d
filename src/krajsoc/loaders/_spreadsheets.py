r"""CSV files as Czech spreadsheets save them: the one CSV reader of every loader.

Excel in a Czech locale saves "CSV (oddělený středníkem)": cells separated by ``;`` (the comma
is the decimal mark there) in the Windows code page cp1250; "CSV UTF-8" is UTF-8 with a byte
order mark (BOM); LibreOffice and scripts write ``,``-separated UTF-8. All of them are read here.

The delimiter is found by a simple rule on the header line, not by :class:`csv.Sniffer`, which
guesses from the rows and is thrown off by a decimal comma in a ``;``-separated file: of ``;``,
``,`` and a tab, the one that occurs most often in the header (outside quotes) separates the
cells; a header with none of them is one column. A tie is refused, since either guess could be
wrong; pass ``delimiter=`` then.

The encoding is never guessed (cp1250 decodes almost any bytes, so a guess would turn a file in
another code page into wrong letters silently). It is UTF-8 by default, a BOM skipped; bytes that
are not UTF-8 are refused with a hint to read the file as cp1250.

Examples:
    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "rozhodnuti.csv")
    ...     _ = path.write_bytes("spis;doručeno\nKULK 1/2027;4. 1. 2027\n".encode("cp1250"))
    ...     table = read_csv(path, encoding="cp1250")
    >>> table.header, table.rows, table.delimiter, table.encoding
    (('spis', 'doručeno'), (('KULK 1/2027', '4. 1. 2027'),), ';', 'cp1250')
    >>> table.records()
    [{'spis': 'KULK 1/2027', 'doručeno': '4. 1. 2027'}]
"""

from __future__ import annotations

import codecs
import csv
import io
import stat
from collections.abc import Iterator
from pathlib import Path

import attrs

from krajsoc._quote import quote
from krajsoc.errors import InvalidInputError

__all__ = [
    "CSV_DELIMITERS",
    "MAX_FILE_BYTES",
    "CsvTable",
    "UnreadableFileError",
    "detect_delimiter",
    "encoding_name",
    "parse_csv",
    "read_csv",
    "read_text",
]

CSV_DELIMITERS: tuple[str, ...] = (";", ",", "\t")
"""The cell delimiters a CSV file may use: Czech Excel's ``;``, the comma, a tab."""

MAX_FILE_BYTES = 128 * 1024 * 1024
"""The largest file read by default (128 MiB, checked before reading): a bigger file is a
mistake, such as a link to ``/dev/zero``; pass ``max_bytes=`` for a larger one."""

_UTF8_BOM = codecs.BOM_UTF8
_CP1250_HINT = (
    'a file saved by Czech Excel is often cp1250: read it with encoding="cp1250" '
    "(--encoding cp1250 on the command line)"
)


class UnreadableFileError(Exception):
    """A file whose text cannot be had; each loader turns ``reason`` into its own error."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def encoding_name(encoding: str) -> str:
    """The codec's own name (``'windows-1250'`` is ``'cp1250'``), UTF-8 spelled ``'utf-8'``.

    Raises:
        InvalidInputError: Python has no codec of that name.

    Examples:
        >>> encoding_name("UTF8"), encoding_name("windows-1250"), encoding_name("utf-8-sig")
        ('utf-8', 'cp1250', 'utf-8')
    """
    try:
        name = codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        raise InvalidInputError(
            f"unknown encoding {quote(str(encoding))}", expected="'utf-8' or 'cp1250'"
        ) from None
    return "utf-8" if name in {"utf-8", "utf-8-sig"} else name


def _shown(encoding: str) -> str:
    return "UTF-8" if encoding == "utf-8" else encoding


def read_text(path: str | Path, *, encoding: str = "utf-8", max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of a regular file of at most ``max_bytes``, decoded as ``encoding``.

    UTF-8 (the default) skips a byte order mark. A file that starts with the UTF-8 BOM is
    refused as any other encoding, since it is UTF-8.

    Raises:
        UnreadableFileError: The file is missing, a directory, a FIFO or device, too large,
            unreadable, or not text in ``encoding``; ``reason`` says which.
        InvalidInputError: ``encoding`` is not a codec Python knows.
    """
    return _text_and_bom(Path(path), encoding_name(encoding), max_bytes)[0]


def _text_and_bom(file: Path, name: str, max_bytes: int) -> tuple[str, bool]:
    """The file's text, and whether it started with the UTF-8 byte order mark."""
    try:
        data = _read_bytes(file, max_bytes)
    except FileNotFoundError:
        raise UnreadableFileError("no such file") from None
    except IsADirectoryError:
        raise UnreadableFileError("a directory, not a file") from None
    except PermissionError:
        raise UnreadableFileError("permission denied") from None
    except OSError as error:
        raise UnreadableFileError(error.strerror or type(error).__name__) from None
    bom = data.startswith(_UTF8_BOM)
    if name != "utf-8" and bom:
        raise UnreadableFileError(
            f"starts with the UTF-8 byte order mark, so it is UTF-8, not {name}: read it with "
            f'encoding="utf-8"'
        )
    try:
        return data.decode("utf-8-sig" if name == "utf-8" else name), bom
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        where = f"byte {error.start}, line {line}, cannot be decoded"
        hint = f"; {_CP1250_HINT}" if name == "utf-8" else ""
        raise UnreadableFileError(f"not {_shown(name)} ({where}){hint}") from None


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    status = file.stat()  # follows links: a link to /dev/zero is a device
    if stat.S_ISDIR(status.st_mode):
        raise IsADirectoryError
    if not stat.S_ISREG(status.st_mode):
        kind = "a FIFO" if stat.S_ISFIFO(status.st_mode) else "a device or socket"
        raise UnreadableFileError(f"{kind}, not a regular file")
    if status.st_size > max_bytes:
        raise UnreadableFileError(
            f"{status.st_size} bytes, more than the limit of {max_bytes} bytes"
        )
    with file.open("rb") as handle:
        data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    if len(data) > max_bytes:
        raise UnreadableFileError(f"more than the limit of {max_bytes} bytes")
    return data


def _header_line(text: str) -> str:
    """The first line of ``text``, a quoted line break inside a header cell included."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[:index]
    return text


def detect_delimiter(text: str) -> str:
    r"""The delimiter of CSV ``text``: of ``;``, ``,`` and tab, the most frequent in its header.

    Raises:
        InvalidInputError: Two delimiters occur equally often in the header.

    Examples:
        >>> detect_delimiter("spis;doručeno;částka\nA;1. 2. 2027;1,5\n")
        ';'
        >>> detect_delimiter("id,care\n"), detect_delimiter("text\n"), detect_delimiter("a\tb")
        (',', ',', '\t')
        >>> detect_delimiter("a;b,c")
        Traceback (most recent call last):
        ...
        krajsoc.errors.InvalidInputError: cannot tell the delimiter: the header has as many ';' ...
    """
    header, quoted, counts = _header_line(text), False, dict.fromkeys(CSV_DELIMITERS, 0)
    for char in header:
        if char == '"':
            quoted = not quoted
        elif char in counts and not quoted:
            counts[char] += 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, most), (runner_up, next_most) = ranked[0], ranked[1]
    if most == 0:
        return ","
    if most == next_most:
        raise InvalidInputError(
            f"cannot tell the delimiter: the header has as many {best!r} as {runner_up!r}",
            where="line 1",
            expected='one delimiter (pass delimiter=";" or ",")',
        )
    return best


@attrs.frozen
class CsvTable:
    """A CSV file read: its header, its rows of cells, and how it was read.

    A row is numbered as a spreadsheet numbers it: the header is row 1, ``rows[0]`` is row 2.
    A row may be shorter than the header (its last cells empty), never longer except for empty
    cells (the trailing ``;;`` some tools write); empty rows at the end of the file are dropped.

    Attributes:
        name: The file's name, for messages.
        header: The column names, as written.
        rows: Each row's cells, as text.
        delimiter: The delimiter it was read with.
        encoding: The encoding it was read with (``'utf-8'`` or a codec name such as ``'cp1250'``).
        bom: Whether the file started with the UTF-8 byte order mark (so a copy can keep it).
    """

    FIRST_ROW = 2
    """The spreadsheet number of ``rows[0]``: the header is row 1."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    encoding: str
    bom: bool = False

    @property
    def read_as(self) -> str:
        """How the file was read, for messages: ``"';'-separated cp1250"``."""
        return f"{self.delimiter!r}-separated {_shown(self.encoding)}"

    def numbered(self) -> Iterator[tuple[int, tuple[str, ...]]]:
        """Each row with its spreadsheet number (the header being row 1)."""
        return enumerate(self.rows, start=self.FIRST_ROW)

    def records(self) -> list[dict[str, str]]:
        """Each row as a mapping of column to cell; a missing cell is ``''``."""
        width = len(self.header)
        return [
            dict(zip(self.header, row + ("",) * (width - len(row)), strict=False))
            for row in self.rows
        ]


def parse_csv(
    text: str, *, name: str, delimiter: str | None = None, encoding: str = "utf-8"
) -> CsvTable:
    """The header and rows of CSV ``text``, read with ``delimiter`` (found from the header).

    Args:
        text: The file's text.
        name: The file's name, for messages.
        delimiter: One of :data:`CSV_DELIMITERS`, or ``None`` to detect it.
        encoding: The encoding the text was read with, for messages.

    Raises:
        InvalidInputError: Not CSV: a quote left open, a cell over the CSV reader's size limit,
            a row with more (non-empty) cells than the header, no header. The message names the
            row, the delimiter and the encoding.
    """
    if delimiter is None:
        delimiter = detect_delimiter(text)
    elif delimiter not in CSV_DELIMITERS:
        raise InvalidInputError(f"delimiter {quote(delimiter)}", expected="';', ',' or a tab")
    read_as = f"{delimiter!r}-separated {_shown(encoding)}"
    # Not text.splitlines(): it also splits at U+2028, U+0085 and others inside a cell, and a
    # quoted cell may hold a line break of its own.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = []
    try:
        header = tuple(next(reader, ()))
        width, append = len(header), rows.append
        for number, cells in enumerate(reader, start=2):
            if len(cells) > width:
                if any(cell.strip() for cell in cells[width:]):
                    raise InvalidInputError(
                        f"a row of {len(cells)} cells under a header of {width}",
                        where=f"{quote(name)} row {number} (read as {read_as})",
                        expected=f"at most {width} cells",
                    )
                del cells[width:]
            append(tuple(cells))
    except csv.Error as error:
        number = 1 + len(rows) + (1 if header else 0)  # the row being read
        limit = csv.field_size_limit()
        raise InvalidInputError(
            f"not CSV ({error})",
            where=f"{quote(name)} row {number} (read as {read_as})",
            expected=f"cells of at most {limit} characters, quotes closed",
        ) from None
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()  # the empty rows a spreadsheet leaves at the end (";;;"), numbering no other
    if not header:
        raise InvalidInputError(
            "a CSV file needs a header line", where=quote(name), expected="column names"
        )
    return CsvTable(
        name=name, header=header, rows=tuple(rows), delimiter=delimiter, encoding=encoding
    )


def read_csv(
    path: str | Path,
    *,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    max_bytes: int = MAX_FILE_BYTES,
) -> CsvTable:
    r"""Read a CSV file as Czech spreadsheets save it (``;`` or ``,``, UTF-8 or cp1250).

    Args:
        path: The file; only a regular file is read.
        delimiter: ``";"``, ``","`` or ``"\t"``; by default found from the header line.
        encoding: ``"utf-8"`` (the default; a byte order mark is skipped) or ``"cp1250"`` for
            Czech Excel's "CSV (oddělený středníkem)"; any codec Python knows.
        max_bytes: The largest file read (128 MiB by default); checked before reading.

    Raises:
        InvalidInputError: The file cannot be read (the message says why and, for bytes that are
            not UTF-8, suggests cp1250), or is not CSV (see :func:`parse_csv`).
    """
    file = Path(path)
    name = encoding_name(encoding)
    try:
        text, bom = _text_and_bom(file, name, max_bytes)
    except UnreadableFileError as error:
        raise InvalidInputError(
            f"cannot read {quote(file.name)}: {error.reason}", expected="a readable CSV file"
        ) from None
    table = parse_csv(text, name=file.name, delimiter=delimiter, encoding=name)
    return attrs.evolve(table, bom=bom)
