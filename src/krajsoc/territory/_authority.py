"""Kinds of public authority and the two kinds of competence they exercise.

Czech public administration splits every competence into *samostatná působnost* (self-government:
the region or municipality decides its own affairs, e.g. planning social services under § 95 of
zákon č. 108/2006 Sb.) and *přenesená působnost* (delegated state administration: the office acts
for the state, e.g. child protection or registering service providers).

Municipal offices come in three types (zákon č. 314/2002 Sb.): every municipality has an obecní
úřad (type I); some are pověřený obecní úřad, POU (type II); some are obec s rozšířenou
působností, ORP (type III) — an ORP is always also a POU. Military districts have an újezdní úřad,
and each region a krajský úřad (§ 67 of zákon č. 129/2000 Sb.).

Examples:
    >>> AuthorityType.parse("orp") is AuthorityType.MUNICIPAL_TYPE_III
    True
    >>> AuthorityType.MUNICIPAL_TYPE_II.label
    'obecní úřad II. typu (pověřený obecní úřad)'
    >>> Competence.parse("prenesena pusobnost").label
    'přenesená působnost'
    >>> Competence.parse("both")
    Traceback (most recent call last):
    ...
    krajsoc.errors.UnknownCodeError: unknown competence 'both'; expected one of: self_governing, ...
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from krajsoc._boundary import spellings, spellings_json_schema
from krajsoc._lookup import find_member

if TYPE_CHECKING:
    from pydantic import GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = ["AuthorityType", "Competence"]


class Competence(StrEnum):
    """Self-government (samostatná působnost) or delegated state administration (přenesená)."""

    SELF_GOVERNING = "self_governing"
    DELEGATED = "delegated"

    @property
    def label(self) -> str:
        """The Czech term, e.g. ``'samostatná působnost'``."""
        return _COMPETENCE_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Competence:
        """Read a competence from its English value or its Czech term, with or without diacritics.

        Raises:
            UnknownCodeError: ``text`` names no competence.
        """
        allowed = [c.value for c in cls] + [c.label for c in cls]
        return find_member("competence", text, _COMPETENCE_NAMES, allowed)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """As input, also the Czech names :meth:`parse` reads (see ``spellings_json_schema``)."""
        return spellings_json_schema(
            handler, schema, spellings(_COMPETENCE_NAMES, _COMPETENCE_LABELS), "Competence"
        )


_COMPETENCE_LABELS = {
    Competence.SELF_GOVERNING: "samostatná působnost",
    Competence.DELEGATED: "přenesená působnost",
}
_COMPETENCE_NAMES = {
    Competence.SELF_GOVERNING: {"self_governing", "samostatna pusobnost", "samostatna", "sp"},
    Competence.DELEGATED: {"delegated", "prenesena pusobnost", "prenesena", "pp"},
}


class AuthorityType(StrEnum):
    """A type of public authority as the seeds and zákon č. 314/2002 Sb. name them."""

    MUNICIPAL_TYPE_I = "municipal_type_i"
    MUNICIPAL_TYPE_II = "municipal_type_ii"
    MUNICIPAL_TYPE_III = "municipal_type_iii"
    MILITARY_DISTRICT = "military_district"
    REGIONAL = "regional"

    @property
    def label(self) -> str:
        """The Czech name, e.g. ``'újezdní úřad'``."""
        return _AUTHORITY_LABELS[self]

    @property
    def abbreviation(self) -> str:
        """The short form used in practice: ``'ORP'``, ``'POU'``, ``'OÚ'``, ``'ÚÚ'``, ``'KÚ'``."""
        return _AUTHORITY_ABBREVIATIONS[self]

    @classmethod
    def parse(cls, text: str) -> AuthorityType:
        """Read an authority type from its value, abbreviation (``orp``), type number or name.

        Raises:
            UnknownCodeError: ``text`` names no authority type.
        """
        allowed = [a.value for a in cls] + ["I", "II", "III", "pou", "orp", "ujezd", "kraj"]
        return find_member("authority type", text, _AUTHORITY_NAMES, allowed)

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """As input, also the Czech names :meth:`parse` reads (see ``spellings_json_schema``)."""
        return spellings_json_schema(
            handler, schema, spellings(_AUTHORITY_NAMES, _AUTHORITY_LABELS), "AuthorityType"
        )


_AUTHORITY_LABELS = {
    AuthorityType.MUNICIPAL_TYPE_I: "obecní úřad I. typu",
    AuthorityType.MUNICIPAL_TYPE_II: "obecní úřad II. typu (pověřený obecní úřad)",
    AuthorityType.MUNICIPAL_TYPE_III: "obecní úřad III. typu (obec s rozšířenou působností)",
    AuthorityType.MILITARY_DISTRICT: "újezdní úřad",
    AuthorityType.REGIONAL: "krajský úřad",
}
_AUTHORITY_ABBREVIATIONS = {
    AuthorityType.MUNICIPAL_TYPE_I: "OÚ",
    AuthorityType.MUNICIPAL_TYPE_II: "POU",
    AuthorityType.MUNICIPAL_TYPE_III: "ORP",
    AuthorityType.MILITARY_DISTRICT: "ÚÚ",
    AuthorityType.REGIONAL: "KÚ",
}
_AUTHORITY_NAMES = {
    AuthorityType.MUNICIPAL_TYPE_I: {
        "municipal_type_i",
        "i",
        "1",
        "ou",
        "obecni urad",
        "obecni urad i. typu",
        "type i",
    },
    AuthorityType.MUNICIPAL_TYPE_II: {
        "municipal_type_ii",
        "ii",
        "2",
        "pou",
        "poverany obecni urad",
        "obecni urad ii. typu",
        "type ii",
    },
    AuthorityType.MUNICIPAL_TYPE_III: {
        "municipal_type_iii",
        "iii",
        "3",
        "orp",
        "obec s rozsirenou pusobnosti",
        "obecni urad iii. typu",
        "type iii",
    },
    AuthorityType.MILITARY_DISTRICT: {
        "military_district",
        "ujezd",
        "uu",
        "ujezdni urad",
        "vojensky ujezd",
    },
    AuthorityType.REGIONAL: {"regional", "kraj", "ku", "krajsky urad"},
}
