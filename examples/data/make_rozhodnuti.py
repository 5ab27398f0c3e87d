"""Make ``rozhodnuti.csv``: 200 synthetic decisions of Liberecký kraj, as Czech Excel saves them.

Synthetic data only: no real file numbers, no person. ``;``-separated, cp1250, CRLF line ends, dates
as ``d.m.yyyy`` (Czech Excel's short date), one row per decision sent out: its ORP, its kind, the
channel, the day it was ready for collection (at the post office or in the data box) and the day
it was collected, if it was. A few rows are wrong on purpose, as real sheets are: an impossible
date, a word instead of a date, an empty cell, a time of day, a collection before the document
was ready, a year outside the calendar.

    python examples/data/make_rozhodnuti.py     # rewrites examples/data/rozhodnuti.csv

The same seed gives the same bytes (``tests/test_analyst_notebook.py`` checks the shipped file).
"""

from __future__ import annotations

import csv
import io
import random
from datetime import date, timedelta
from pathlib import Path

from krajsoc.territory import municipalities

HEADER = ("spis", "orp", "druh", "kanál", "připraveno", "vyzvednuto")
KINDS = (
    "zařazení do evidence žadatelů o náhradní rodinnou péči",
    "registrace poskytovatele sociálních služeb",
    "pověření k výkonu sociálně-právní ochrany dětí",
    "rozhodnutí o odvolání",
    "změna registrace",
)
CHANNELS = ("pošta", "datová schránka")
# Rows that are wrong on purpose: (row index, column, text).
BAD_CELLS = (
    (17, "připraveno", "31.2.2027"),
    (41, "připraveno", "zítra"),
    (66, "připraveno", ""),
    (90, "připraveno", "4.5.2027 10:30"),
    (123, "vyzvednuto", "1.1.2027"),  # before the day it was ready
    (151, "připraveno", "3.3.1999"),  # before the calendar's first year
    (177, "připraveno", "viz spis"),
)
ROWS = 200
TARGET = Path(__file__).with_name("rozhodnuti.csv")


def czech(day: date) -> str:
    """A date as Czech Excel writes it: ``4.1.2027``."""
    return f"{day.day}.{day.month}.{day.year}"


def rows(seed: int = 2027) -> list[list[str]]:
    """The decisions, bad cells included."""
    rng = random.Random(seed)
    offices = [office.name for office in municipalities("LK", "orp")]
    weights = [
        3 if name in {"Liberec", "Česká Lípa", "Jablonec nad Nisou"} else 1 for name in offices
    ]
    made = []
    for index in range(ROWS):
        ready = date(2027, 1, 4) + timedelta(days=rng.randrange(355))
        channel = rng.choice(CHANNELS)
        collected = ""
        if rng.random() < 0.7:  # most are collected, within the ten days or soon after
            collected = czech(ready + timedelta(days=rng.randrange(13)))
        made.append(
            [
                f"KULK {1000 + index}/2027",
                rng.choices(offices, weights)[0],
                rng.choice(KINDS),
                channel,
                czech(ready),
                collected,
            ]
        )
    for index, column, text in BAD_CELLS:
        made[index][HEADER.index(column)] = text
    return made


def csv_bytes() -> bytes:
    """The file's bytes: ``;``-separated, cp1250, CRLF, as Czech Excel saves "CSV"."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows())
    return buffer.getvalue().encode("cp1250")


if __name__ == "__main__":
    TARGET.write_bytes(csv_bytes())
    print(f"{TARGET}: {ROWS} rows")
