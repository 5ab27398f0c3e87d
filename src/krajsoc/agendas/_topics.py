"""What an agenda is about (topics) and which registers (evidence) it keeps.

Both are closed vocabularies with English values for code and Czech labels for people. Register
names are the keys the registers capability will use to link its lifecycles to the agendas that
keep them (Sources § 7).

Examples:
    >>> Topic("substitute_family_care").label
    'náhradní rodinná péče (NRP)'
    >>> Topic.parse("NRP") is Topic.SUBSTITUTE_FAMILY_CARE
    True
    >>> RegisterName.TEMPORARY_FOSTER_CARE.label
    'evidence osob, které mohou vykonávat pěstounskou péči na přechodnou dobu'
    >>> Topic.parse("astrology")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown topic 'astrology'; expected one of: appeals, ...
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from krajsoc._boundary import spellings, spellings_json_schema
from krajsoc._lookup import find_member
from krajsoc._text import fold

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["RegisterName", "Topic"]


class Topic(StrEnum):
    """A subject area of the social affairs department's agendas."""

    APPEALS = "appeals"
    ASYLUM_AND_INTEGRATION = "asylum_and_integration"
    CHILD_PROTECTION = "child_protection"
    COMPLAINTS = "complaints"
    COUNSELLING = "counselling"
    DATA_PROTECTION = "data_protection"
    DRUG_POLICY = "drug_policy"
    EDUCATION = "education"
    INSPECTIONS = "inspections"
    LEGISLATION = "legislation"
    METHODOLOGY = "methodology"
    OFFENCES = "offences"
    PREVENTION = "prevention"
    ROMA_AND_MINORITIES = "roma_and_minorities"
    SOCIAL_CURATORSHIP = "social_curatorship"
    SOCIAL_SECURITY = "social_security"
    SOCIAL_SERVICES_PLANNING = "social_services_planning"
    SOCIAL_WORK = "social_work"
    SUBSIDIES = "subsidies"
    SUBSTITUTE_FAMILY_CARE = "substitute_family_care"

    @property
    def label(self) -> str:
        """The Czech name of the topic."""
        return _TOPIC_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Topic:
        """Read a topic from its value, its Czech label or its usual abbreviation (SPOD, NRP).

        Raises:
            UnknownCodeError: ``text`` names no topic.
        """
        return find_member("topic", text, _TOPIC_NAMES, [topic.value for topic in cls])

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """As input, also the Czech names :meth:`parse` reads (see ``spellings_json_schema``)."""
        return spellings_json_schema(
            handler, schema, spellings(_TOPIC_NAMES, _TOPIC_LABELS), "Topic"
        )


_TOPIC_LABELS = {
    Topic.APPEALS: "odvolací a přezkumné řízení",
    Topic.ASYLUM_AND_INTEGRATION: "integrace azylantů a cizinců",
    Topic.CHILD_PROTECTION: "sociálně-právní ochrana dětí (SPOD)",
    Topic.COMPLAINTS: "stížnosti, oznámení a podněty",
    Topic.COUNSELLING: "sociální poradenství",
    Topic.DATA_PROTECTION: "ochrana osobních údajů",
    Topic.DRUG_POLICY: "protidrogová politika",
    Topic.EDUCATION: "vzdělávání",
    Topic.INSPECTIONS: "kontrolní činnost",
    Topic.LEGISLATION: "připomínkování právních předpisů",
    Topic.METHODOLOGY: "metodické vedení",
    Topic.OFFENCES: "přestupky",
    Topic.PREVENTION: "prevence",
    Topic.ROMA_AND_MINORITIES: "romské záležitosti a národnostní menšiny",
    Topic.SOCIAL_CURATORSHIP: "sociální kuratela",
    Topic.SOCIAL_SECURITY: "sociální zabezpečení",
    Topic.SOCIAL_SERVICES_PLANNING: "plánování sociálních služeb",
    Topic.SOCIAL_WORK: "sociální práce",
    Topic.SUBSIDIES: "dotace",
    Topic.SUBSTITUTE_FAMILY_CARE: "náhradní rodinná péče (NRP)",
}
_TOPIC_ALIASES = {
    Topic.CHILD_PROTECTION: ("spod", "ospod", "socialne-pravni ochrana deti"),
    Topic.SUBSTITUTE_FAMILY_CARE: ("nrp", "nahradni rodinna pece"),
    Topic.SOCIAL_SERVICES_PLANNING: ("planovani socialnich sluzeb", "planning"),
    Topic.SOCIAL_WORK: ("socialni prace",),
    Topic.DRUG_POLICY: ("protidrogova politika",),
}
_TOPIC_NAMES = {
    topic: {topic.value, fold(topic.label), *_TOPIC_ALIASES.get(topic, ())} for topic in Topic
}


class RegisterName(StrEnum):
    """A register (evidence) a regional authority keeps; see Sources § 7."""

    CHILD_PROTECTION_AUTHORISATIONS = "child_protection_authorisations"
    CHILDREN_FOR_SUBSTITUTE_FAMILY_CARE = "children_for_substitute_family_care"
    ROMA_INTEGRATION_INSTITUTIONS = "roma_integration_institutions"
    SOCIAL_SERVICE_PROVIDERS = "social_service_providers"
    SOCIAL_WORKER_RECORD = "social_worker_record"
    SUBSTITUTE_FAMILY_CARE_APPLICANTS = "substitute_family_care_applicants"
    TEMPORARY_FOSTER_CARE = "temporary_foster_care"

    @property
    def label(self) -> str:
        """The Czech name of the register."""
        return _REGISTER_LABELS[self]


_REGISTER_LABELS = {
    RegisterName.CHILD_PROTECTION_AUTHORISATIONS: "pověření k výkonu sociálně-právní ochrany dětí",
    RegisterName.CHILDREN_FOR_SUBSTITUTE_FAMILY_CARE: (
        "evidence dětí vhodných do náhradní rodinné péče"
    ),
    RegisterName.ROMA_INTEGRATION_INSTITUTIONS: (
        "databáze institucí zabývajících se integrací Romů a národnostních menšin"
    ),
    RegisterName.SOCIAL_SERVICE_PROVIDERS: "registr poskytovatelů sociálních služeb",
    RegisterName.SOCIAL_WORKER_RECORD: "Standardizovaný záznam sociálního pracovníka",
    RegisterName.SUBSTITUTE_FAMILY_CARE_APPLICANTS: (
        "evidence žadatelů o zprostředkování osvojení nebo pěstounské péče"
    ),
    RegisterName.TEMPORARY_FOSTER_CARE: (
        "evidence osob, které mohou vykonávat pěstounskou péči na přechodnou dobu"
    ),
}
