"""from_rows(rows, ApplicantEntry) beside a bare pydantic model with the same checks, same run.

Rows: synthetic applicant entries (seed 10) — one applicant or a couple (one in three), a name, a
generated birth number (1950–2005, both sexes, nine digits before 1954), an address on every
other applicant, an ORP, a date. SIZE rows: 10,000 by default, so that CI's three rounds of six
benchmarks stay short; ``KRAJSOC_BENCH_ROWS=100000`` runs the size of the goal (the
figures in docs/performance.md). On a shared machine, compare CPU time:
``--benchmark-timer=time.process_time``.

The baseline is a plain pydantic model (no ``PersonalRecord``: no sealing of input, no scrubbing
of errors) with the same fields and the same identifier checks — the birth number by
``krajsoc.persons.birth_number.validate``, the name and address by their parsers, the ORP by the
same look-up, the enum — called in a loop that keeps the records and catches each error, as one
would write it without krajsoc.

Groups:

* ``clean``: every row valid — ``from_rows`` against the baseline loop, and against a second
  baseline: a plain pydantic model whose fields have krajsoc's value types (``BirthNumber``,
  ``PersonName``, ``Address``, ``OrpOffice``) but no ``PersonalRecord`` (no scrubbing of errors,
  no cross-field checks) — the cost of keeping values as objects, apart from the privacy layer;
* ``bad-rows``: the same rows with every tenth spoilt (a bad check digit, a missing field, an
  unknown ORP, a name in the birth-number column in turn) — ``from_rows`` with its report against
  ``from_rows`` on the clean rows.

Run: python -m pytest benchmarks/test_registers_rows_bench.py --benchmark-enable
"""

from __future__ import annotations

import gc
import os
import random
from datetime import date, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from krajsoc.persons import Address, BirthNumber, PersonName, birth_number
from krajsoc.registers import ApplicantEntry, OrpOffice, SubstituteCare
from krajsoc.registers._offices import orp_office
from krajsoc.rows import from_rows

SIZE = int(os.environ.get("KRAJSOC_BENCH_ROWS", "10000"))
NAMES = ["Nováková, Jana", "Dvořák, Petr", "Svobodová, Eva; rozená Malá", "Černý, Jiří Tomáš"]
ORPS = ["Liberec", "Česká Lípa", "Turnov", "Cheb", "Sokolov"]


def _number(rng: random.Random) -> str:
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(56 * 365))
    month = born.month + (50 if rng.random() < 0.5 else 0)
    head = f"{born.year % 100:02d}{month:02d}{born.day:02d}{rng.randrange(1000):03d}"
    if born.year < 1954:
        return f"{head[:6]}/{head[6:]}"
    return f"{head[:6]}/{head[6:]}{int(head) % 11 % 10}"


def _rows() -> list[dict[str, Any]]:
    rng = random.Random(10)
    rows = []
    for index in range(SIZE):
        people = [
            {"name": rng.choice(NAMES), "birth_number": _number(rng)}
            for _ in range(2 if index % 3 == 0 else 1)
        ]
        if len(people) == 2 and people[0]["birth_number"] == people[1]["birth_number"]:
            people.pop()
        if index % 2:
            people[0]["address"] = "Husova 357/5, 460 01 Liberec"
        rows.append(
            {
                "id": f"Z-{index}",
                "care": rng.choice(["osvojení", "pěstounská péče"]),
                "applicants": people,
                "orp": rng.choice(ORPS),
                "applied_on": "2026-03-02",
            }
        )
    return rows


def _spoilt(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    spoilt = [dict(row) for row in rows]
    for index in range(0, len(spoilt), 10):
        row = spoilt[index]
        person = dict(row["applicants"][0])
        kind = (index // 10) % 4
        if kind == 0:  # a wrong check digit; a 9-digit number (before 1954) has none: month 13
            digits = person["birth_number"]
            person["birth_number"] = (
                digits[:-1] + str((int(digits[-1]) + 1) % 10)
                if len(digits) == 11
                else digits[:2] + "13" + digits[4:]
            )
        elif kind == 1:
            del row["care"]
        elif kind == 2:
            row["orp"] = "Praha"
        else:
            person["birth_number"] = person["name"]
        row["applicants"] = [person, *row["applicants"][1:]]
    return spoilt


ROWS = _rows()
BAD_ROWS = _spoilt(ROWS)


class BarePerson(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    birth_number: str
    address: str | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return PersonName.parse(value).reveal()

    @field_validator("birth_number")
    @classmethod
    def _birth_number(cls, value: str) -> str:
        return birth_number.validate(value)

    @field_validator("address")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        return None if value is None else Address.parse(value).reveal()


class BareApplicant(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    care: SubstituteCare
    applicants: tuple[BarePerson, ...] = Field(min_length=1, max_length=2)
    orp: str
    applied_on: date
    household: tuple[BarePerson, ...] = ()
    consents_to_transfer: bool = False
    partner_consents_to_preparation: bool | None = None

    @field_validator("orp")
    @classmethod
    def _orp(cls, value: str) -> str:
        return orp_office(value).name


class TypedPerson(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: PersonName
    birth_number: BirthNumber
    address: Address | None = None


class TypedApplicant(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1)
    care: SubstituteCare
    applicants: tuple[TypedPerson, ...] = Field(min_length=1, max_length=2)
    orp: OrpOffice
    applied_on: date
    household: tuple[TypedPerson, ...] = ()
    consents_to_transfer: bool = False
    partner_consents_to_preparation: bool | None = None


def bare_loop(
    rows: list[dict[str, Any]], model: type[BaseModel] = BareApplicant
) -> tuple[list[BaseModel], int]:
    records, errors = [], 0
    validate = model.model_validate
    for row in rows:
        try:
            records.append(validate(row))
        except ValidationError as error:
            errors += error.error_count()
    return records, errors


def test_both_accept_the_clean_rows_alike() -> None:
    records, report = from_rows(ROWS[:2000], ApplicantEntry)
    bare, errors = bare_loop(ROWS[:2000])
    assert report.ok and errors == 0 and len(records) == len(bare) == 2000


def measure(benchmark: Any, target: Any, *args: Any) -> Any:
    """Three rounds, each after a full garbage collection, so no round pays for the one before."""

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        gc.collect()
        return args, {}

    return benchmark.pedantic(target, setup=setup, rounds=3, iterations=1)


def test_krajsoc_from_rows_clean(benchmark: Any) -> None:
    benchmark.group = "clean"
    records, report = measure(benchmark, from_rows, ROWS, ApplicantEntry)
    assert report.ok and len(records) == SIZE


def test_baseline_bare_pydantic_clean(benchmark: Any) -> None:
    benchmark.group = "clean"
    records, errors = measure(benchmark, bare_loop, ROWS)
    assert errors == 0 and len(records) == SIZE


def test_baseline_plain_pydantic_with_krajsoc_types_clean(benchmark: Any) -> None:
    benchmark.group = "clean"
    records, errors = measure(benchmark, bare_loop, ROWS, TypedApplicant)
    assert errors == 0 and len(records) == SIZE


def test_krajsoc_from_rows_ten_percent_bad(benchmark: Any) -> None:
    benchmark.group = "bad-rows"
    records, report = measure(benchmark, from_rows, BAD_ROWS, ApplicantEntry)
    assert records == () and len(report) >= len(range(0, SIZE, 10))
    assert {finding.where.row for finding in report} == set(range(1, SIZE + 1, 10))


def test_krajsoc_from_rows_clean_beside_the_bad(benchmark: Any) -> None:
    benchmark.group = "bad-rows"
    records, report = measure(benchmark, from_rows, ROWS, ApplicantEntry)
    assert report.ok and len(records) == SIZE
