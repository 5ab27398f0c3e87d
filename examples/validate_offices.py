"""Validate rows naming regions with a pydantic model, reporting every bad row at once.

Run: python examples/validate_offices.py
"""

from pydantic import BaseModel, ConfigDict, ValidationError

from krajsoc.errors import BulkValidationError, Problem
from krajsoc.territory import Region

ROWS = [
    {"office": "Krajský úřad Libereckého kraje", "region": "LK"},
    {"office": "Krajský úřad Karlovarského kraje", "region": "Karlovarsky kraj"},
    {"office": "Unknown", "region": "XX"},
    {"office": "Prague", "region": "CZ-10"},
]


class Office(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    office: str
    region: Region


def load(rows: list[dict[str, str]]) -> list[Office]:
    offices, problems = [], []
    for number, row in enumerate(rows, start=1):
        try:
            offices.append(Office.model_validate(row))
        except ValidationError as error:
            problems += [
                Problem(number, ".".join(map(str, e["loc"])), e["msg"], e["type"])
                for e in error.errors()
            ]
    if problems:
        raise BulkValidationError(problems)
    return offices


def main() -> None:
    try:
        load(ROWS)
    except BulkValidationError as error:
        print(error)
    good = load([row for row in ROWS if row["region"] != "XX"])
    for office in good:
        print(office.model_dump(mode="json"))


if __name__ == "__main__":
    main()
