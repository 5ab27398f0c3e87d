"""Validate rows naming regions with a pydantic model, reporting every bad row at once.

Run: python examples/validate_offices.py
"""

from pydantic import BaseModel, ConfigDict

from krajsoc.errors import BulkValidationError
from krajsoc.rows import from_rows
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


def load(rows: list[dict[str, str]]) -> tuple[Office, ...]:
    offices, report = from_rows(rows, Office, key="office")
    for row in report.to_rows():  # ready for pandas.DataFrame(report.to_rows())
        print(f"row {row['row']}, {row['field']}: {row['text_cs']}")
    if not report.ok:
        raise BulkValidationError(report)
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
