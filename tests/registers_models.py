"""A local entry model following the registers' contract, for tests of the CLI and loaders.

It stands in for ``krajsoc.registers.ApplicantEntry`` (built on another branch): a frozen
pydantic model with ``id``, ``KIND`` and ``identity_keys()``, whose birth number is checked with
``stdnum.cz.rc`` and marked as personal data, so no report may echo it.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from stdnum.cz import rc

from krajsoc._personal import PERSONAL_DATA_KEY


def _birth_number(value: str) -> str:
    if not rc.is_valid(value):
        raise ValueError("not a valid birth number")
    return str(rc.format(value))


BirthNumberText = Annotated[
    str, AfterValidator(_birth_number), Field(json_schema_extra={PERSONAL_DATA_KEY: True})
]


class TestApplicant(BaseModel):
    """An applicant: id, birth numbers of one person or a couple, the kind of care, the ORP."""

    __test__ = False  # not a test class, despite its name
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)
    KIND: ClassVar[str] = "applicants"

    id: str = Field(min_length=1)
    birth_numbers: tuple[BirthNumberText, ...] = Field(min_length=1, max_length=2)
    care: Literal["adoption", "foster", "both"]
    orp: str

    def identity_keys(self) -> tuple[str, ...]:
        return tuple(number.replace("/", "") for number in self.birth_numbers)

    def __repr_args__(self) -> Any:
        return [(k, v) for k, v in super().__repr_args__() if k != "birth_numbers"]
