"""The rules of the bulk path: what can be wrong with a row, in the library's own sentences.

None of them quotes a value a row brought: they name the field and what is allowed there, so a
shifted column cannot put a person's data into a report. Where a library type refused a value,
its own message (which never echoes personal data) is the reason; for a personal-data field even
that is left out and only the error's code is given.
"""

from __future__ import annotations

from krajsoc.findings import Rule

__all__ = [
    "DUPLICATE_KEY",
    "INVALID_PERSONAL_DATA",
    "INVALID_VALUE",
    "MISSING_FIELD",
    "NOT_ALLOWED",
    "NOT_A_DATE",
    "NOT_A_RECORD",
    "OUT_OF_RANGE",
    "ROW_RULES",
    "TOO_LONG",
    "TOO_SHORT",
    "UNKNOWN_FIELD",
    "WRONG_TYPE",
]

_SOURCE = "krajsoc: formát vstupních záznamů (JSON Schema modelu) / input record format"

NOT_A_RECORD = Rule(
    "row-not-a-record",
    czech="Řádek není záznam s pojmenovanými poli (přišlo: {got}).",
    english="The row is not a record of named fields (got: {got}).",
    source=_SOURCE,
)
MISSING_FIELD = Rule(
    "row-missing-field",
    czech="Chybí povinné pole.",
    english="A required field is missing.",
    source=_SOURCE,
)
UNKNOWN_FIELD = Rule(
    "row-unknown-field",
    czech="Takové pole záznam nemá.",
    english="The record has no such field.",
    source=_SOURCE,
)
WRONG_TYPE = Rule(
    "row-wrong-type",
    czech="Hodnota má jiný typ, očekává se {expected}.",
    english="The value has the wrong type; expected {expected}.",
    source=_SOURCE,
)
NOT_A_DATE = Rule(
    "row-not-a-date",
    czech="Hodnota není platné datum, očekává se např. {example}.",
    english="The value is not a valid date; expected e.g. {example}.",
    source=_SOURCE,
)
NOT_ALLOWED = Rule(
    "row-not-allowed",
    czech="Hodnota není dovolena, očekává se jedna z: {allowed}.",
    english="The value is not allowed; expected one of: {allowed}.",
    source=_SOURCE,
)
TOO_SHORT = Rule(
    "row-too-short",
    czech="Hodnota je příliš krátká, nejméně {limit}.",
    english="The value is too short; at least {limit}.",
    source=_SOURCE,
)
TOO_LONG = Rule(
    "row-too-long",
    czech="Hodnota je příliš dlouhá, nejvýše {limit}.",
    english="The value is too long; at most {limit}.",
    source=_SOURCE,
)
OUT_OF_RANGE = Rule(
    "row-out-of-range",
    czech="Hodnota je mimo rozsah, musí být {bound}.",
    english="The value is out of range; it must be {bound}.",
    source=_SOURCE,
)
INVALID_VALUE = Rule(
    "row-invalid-value",
    czech="Neplatná hodnota ({code}): {reason}.",
    english="Invalid value ({code}): {reason}.",
    source=_SOURCE,
)
INVALID_PERSONAL_DATA = Rule(
    "row-invalid-personal-data",
    czech="Osobní údaj v tomto poli není platný ({code}); hodnota se z ochrany osobních údajů "
    "neuvádí.",
    english="The personal data in this field is not valid ({code}); the value is not shown, "
    "to protect personal data.",
    source=_SOURCE,
)
DUPLICATE_KEY = Rule(
    "row-duplicate-key",
    czech="Hodnota pole {key} se opakuje, poprvé byla na řádku {first}.",
    english="The value of {key} repeats; it first appeared at row {first}.",
    source=_SOURCE,
)

ROW_RULES: tuple[Rule, ...] = (
    NOT_A_RECORD,
    MISSING_FIELD,
    UNKNOWN_FIELD,
    WRONG_TYPE,
    NOT_A_DATE,
    NOT_ALLOWED,
    TOO_SHORT,
    TOO_LONG,
    OUT_OF_RANGE,
    INVALID_VALUE,
    INVALID_PERSONAL_DATA,
    DUPLICATE_KEY,
)
"""Every rule of the bulk path, in the order a reader meets them."""
