"""Reading the ministry's open data of the provider register (``rpss.json``) into entries.

The ministry publishes the register of social-service providers daily as JSON: one item per
service, with ``identifikator``, ``datumPoskytovaniOd``/``Do``, ``druhSocialniSluzby``,
``zarizeni[]``, ``poskytovatel{ico, nazev, statutarniOrgany[]}``, ``ciloveSkupiny``,
``vekoveSkupiny`` and ``formy[]{forma, kapacity[]{pocet, typ}}`` (Sources § 7, from a public
client and a published description — believed, not the ministry's own schema). :data:`RPSS_FIELDS`
maps each to its field here. Names in lists may arrive as text or as objects with ``nazev``;
a statutory-body member as text (``"Příjmení, Jméno"``) or with ``jmeno`` and ``prijmeni``.

Examples:
    >>> item = {"identifikator": "1234567", "druhSocialniSluzby": "osobní asistence",
    ...         "datumPoskytovaniOd": "2007-01-01",
    ...         "poskytovatel": {"ico": "25596641", "nazev": "Rodina v centru, z. s."},
    ...         "formy": [{"forma": "terénní", "kapacity": [{"pocet": 12, "typ": "klient"}]}]}
    >>> entry = from_rpss(item)
    >>> entry.id, entry.services[0].kind.value, entry.services[0].forms[0].capacities[0].count
    ('25596641', 'osobní asistence', 12)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from krajsoc.registers._providers import ProviderEntry

__all__ = ["RPSS_FIELDS", "from_rpss", "providers_from_rpss"]

RPSS_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "identifikator": "services[].id",
        "druhSocialniSluzby": "services[].kind",
        "datumPoskytovaniOd": "services[].provided_from",
        "datumPoskytovaniDo": "services[].provided_until",
        "zarizeni": "services[].facilities",
        "ciloveSkupiny": "services[].target_groups",
        "vekoveSkupiny": "services[].age_groups",
        "formy[].forma": "services[].forms[].form",
        "formy[].kapacity[].pocet": "services[].forms[].capacities[].count",
        "formy[].kapacity[].typ": "services[].forms[].capacities[].unit",
        "poskytovatel.ico": "provider.ico",
        "poskytovatel.nazev": "provider.name",
        "poskytovatel.statutarniOrgany": "provider.statutory_body",
    }
)
"""Each ``rpss.json`` field and the :class:`ProviderEntry` field it fills."""


def _items(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [] if value is None else [value]


def _name(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value.get("nazev", value.get("name"))
    return value


def _person(value: Any) -> Any:
    if isinstance(value, Mapping) and "prijmeni" in value:
        return f"{value.get('prijmeni')}, {value.get('jmeno')}"
    return _name(value)


def _facility(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return {"name": value}
    address = value.get("adresa")
    if isinstance(address, Mapping):
        address = ", ".join(str(part) for part in address.values() if part)
    return {"name": value.get("nazev"), "address": address}


def _form(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    capacities = [
        {"count": item.get("pocet"), "unit": item.get("typ")} if isinstance(item, Mapping) else item
        for item in _items(value.get("kapacity"))
    ]
    return {"form": value.get("forma"), "capacities": capacities}


def _service(item: Mapping[str, Any]) -> dict[str, Any]:
    service = {
        "id": item.get("identifikator"),
        "kind": _name(item.get("druhSocialniSluzby")),
        "provided_from": item.get("datumPoskytovaniOd"),
        "provided_until": item.get("datumPoskytovaniDo"),
        "forms": [_form(form) for form in _items(item.get("formy"))],
        "target_groups": [_name(group) for group in _items(item.get("ciloveSkupiny"))],
        "age_groups": [_name(group) for group in _items(item.get("vekoveSkupiny"))],
        "facilities": [_facility(place) for place in _items(item.get("zarizeni"))],
    }
    return {key: value for key, value in service.items() if value is not None}


def _provider(item: Mapping[str, Any]) -> Any:
    provider = item.get("poskytovatel")
    if not isinstance(provider, Mapping):
        return provider
    fields = {
        "name": provider.get("nazev"),
        "ico": provider.get("ico"),
        "statutory_body": [_person(member) for member in _items(provider.get("statutarniOrgany"))],
    }
    return {key: value for key, value in fields.items() if value is not None}


def _checked(item: object) -> Mapping[str, Any]:
    if not isinstance(item, Mapping):
        raise TypeError(f"an rpss.json item is an object (a mapping), not {type(item).__name__}")
    return item


def from_rpss(item: Mapping[str, Any], *, entry_id: str | None = None) -> ProviderEntry:
    """The provider of one ``rpss.json`` item, with that one service.

    Args:
        item: One item of the open data, parsed from JSON.
        entry_id: The entry's id; by default the provider's IČO.

    Raises:
        pydantic.ValidationError: The item does not make a valid entry; the errors name this
            library's fields (see :data:`RPSS_FIELDS`) and never carry the input.
        TypeError: ``item`` is not a mapping.
    """
    item = _checked(item)
    provider = _provider(item)
    if entry_id is None and isinstance(provider, Mapping):
        entry_id = provider.get("ico")
    data = {"id": entry_id, "provider": provider, "services": [_service(item)]}
    return ProviderEntry.model_validate({key: value for key, value in data.items() if value})


def providers_from_rpss(items: Iterable[Mapping[str, Any]]) -> tuple[ProviderEntry, ...]:
    """One entry per provider (by IČO) of many ``rpss.json`` items, services in item order.

    Examples:
        >>> item = {"identifikator": "1", "druhSocialniSluzby": "§ 40",
        ...         "datumPoskytovaniOd": "2010-05-01", "poskytovatel": {"ico": "25596641",
        ...         "nazev": "Rodina v centru, z. s."}, "formy": [{"forma": "terénní"}]}
        >>> second = {**item, "identifikator": "2"}
        >>> [len(entry.services) for entry in providers_from_rpss([item, second])]
        [2]
    """
    grouped: dict[str, list[ProviderEntry]] = {}
    for item in items:
        entry = from_rpss(item)
        grouped.setdefault(entry.id, []).append(entry)
    return tuple(_merged(entries) for entries in grouped.values())


def _merged(entries: list[ProviderEntry]) -> ProviderEntry:
    if len(entries) == 1:
        return entries[0]
    services = [service for entry in entries for service in entry.services]
    return ProviderEntry.model_validate({**dict(entries[0]), "services": services})
