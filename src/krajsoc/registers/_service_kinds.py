"""The kinds (druhy) and forms (formy) of social services, and the units of their capacity.

Each kind is named as zákon č. 108/2006 Sb., o sociálních službách (ZSS) names it, with the
paragraph that defines it and how sure that paragraph is (Sources § 7: verified for § 33, 37,
39–45, 49 and 52, believed for the rest; the paragraph of centra duševního zdraví was not found).
The 34 kinds are the ministry's code list. Capacity units are the codes of the ministry's open
data (``rpss.json``: ``klient``, ``kontakt``, ``interv``, ``luzka``, ``hovor``).

Examples:
    >>> ServiceKind("osobni asistence").paragraph, ServiceKind("§ 39").name
    ('39', 'PERSONAL_ASSISTANCE')
    >>> len(ServiceKind), ServiceForm("terenni"), CapacityUnit("lůžka").label
    (34, <ServiceForm.FIELD: 'terénní'>, 'lůžka')
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from krajsoc._czech_enum import CzechEnum
from krajsoc.findings import Certainty

__all__ = ["SERVICE_KIND_PARAGRAPHS", "CapacityUnit", "ServiceForm", "ServiceKind"]

V, B, D = Certainty.VERIFIED, Certainty.BELIEVED, Certainty.DOUBTFUL


class ServiceKind(CzechEnum):
    """A kind of social service (druh sociální služby), by its Czech name in ZSS.

    Also found by its paragraph (``"§ 39"``, ``"39"``). :attr:`paragraph` and
    :attr:`certainty` come from :data:`SERVICE_KIND_PARAGRAPHS`.
    """

    SOCIAL_COUNSELLING = "odborné sociální poradenství"
    PERSONAL_ASSISTANCE = "osobní asistence"
    HOME_CARE = "pečovatelská služba"
    EMERGENCY_CARE = "tísňová péče"
    GUIDE_AND_READER = "průvodcovské a předčitatelské služby"
    INDEPENDENT_LIVING_SUPPORT = "podpora samostatného bydlení"
    RESPITE_CARE = "odlehčovací služby"
    DAY_SERVICE_CENTRES = "centra denních služeb"
    DAY_CARE_CENTRES = "denní stacionáře"
    WEEKLY_CARE_CENTRES = "týdenní stacionáře"
    DISABILITY_HOMES = "domovy pro osoby se zdravotním postižením"
    HOMES_FOR_THE_ELDERLY = "domovy pro seniory"
    SPECIAL_REGIME_HOMES = "domovy se zvláštním režimem"
    SHELTERED_HOUSING = "chráněné bydlení"
    HOSPITAL_SOCIAL_SERVICES = (
        "sociální služby poskytované ve zdravotnických zařízeních lůžkové péče"
    )
    MENTAL_HEALTH_CENTRES = "centra duševního zdraví"
    EARLY_INTERVENTION = "raná péče"
    CRISIS_HELPLINE = "telefonická krizová pomoc"
    INTERPRETING = "tlumočnické služby"
    ASYLUM_HOUSES = "azylové domy"
    HALFWAY_HOUSES = "domy na půl cesty"
    CONTACT_CENTRES = "kontaktní centra"
    CRISIS_HELP = "krizová pomoc"
    INTERVENTION_CENTRES = "intervenční centra"
    LOW_THRESHOLD_DAY_CENTRES = "nízkoprahová denní centra"
    LOW_THRESHOLD_YOUTH_FACILITIES = "nízkoprahová zařízení pro děti a mládež"
    NIGHT_SHELTERS = "noclehárny"
    AFTERCARE = "služby následné péče"
    FAMILY_ACTIVATION = "sociálně aktivizační služby pro rodiny s dětmi"
    SENIOR_AND_DISABILITY_ACTIVATION = (
        "sociálně aktivizační služby pro seniory a osoby se zdravotním postižením"
    )
    THERAPEUTIC_WORKSHOPS = "sociálně terapeutické dílny"
    THERAPEUTIC_COMMUNITIES = "terapeutické komunity"
    OUTREACH_PROGRAMMES = "terénní programy"
    SOCIAL_REHABILITATION = "sociální rehabilitace"

    @property
    def paragraph(self) -> str | None:
        """The paragraph of ZSS that defines the kind (``'39'``), ``None`` where not found."""
        return SERVICE_KIND_PARAGRAPHS[self.name][0]

    @property
    def certainty(self) -> Certainty:
        """How sure the paragraph is."""
        return SERVICE_KIND_PARAGRAPHS[self.name][1]


SERVICE_KIND_PARAGRAPHS: Mapping[str, tuple[str | None, Certainty]] = MappingProxyType(
    {
        "SOCIAL_COUNSELLING": ("37", V),  # odborné sociální poradenství: § 37 odst. 3
        "PERSONAL_ASSISTANCE": ("39", V),
        "HOME_CARE": ("40", V),
        "EMERGENCY_CARE": ("41", V),
        "GUIDE_AND_READER": ("42", V),
        "INDEPENDENT_LIVING_SUPPORT": ("43", V),
        "RESPITE_CARE": ("44", V),
        "DAY_SERVICE_CENTRES": ("45", V),
        "DAY_CARE_CENTRES": ("46", B),
        "WEEKLY_CARE_CENTRES": ("47", B),
        "DISABILITY_HOMES": ("48", B),
        "HOMES_FOR_THE_ELDERLY": ("49", V),
        "SPECIAL_REGIME_HOMES": ("50", B),
        "SHELTERED_HOUSING": ("51", B),
        "HOSPITAL_SOCIAL_SERVICES": ("52", V),
        "MENTAL_HEALTH_CENTRES": (None, D),  # in the ministry's code list; paragraph not found
        "EARLY_INTERVENTION": ("54", B),
        "CRISIS_HELPLINE": ("55", B),
        "INTERPRETING": ("56", B),
        "ASYLUM_HOUSES": ("57", B),
        "HALFWAY_HOUSES": ("58", B),
        "CONTACT_CENTRES": ("59", B),
        "CRISIS_HELP": ("60", B),
        "INTERVENTION_CENTRES": ("60a", B),
        "LOW_THRESHOLD_DAY_CENTRES": ("61", B),
        "LOW_THRESHOLD_YOUTH_FACILITIES": ("62", B),
        "NIGHT_SHELTERS": ("63", B),
        "AFTERCARE": ("64", B),
        "FAMILY_ACTIVATION": ("65", B),
        "SENIOR_AND_DISABILITY_ACTIVATION": ("66", B),
        "THERAPEUTIC_WORKSHOPS": ("67", B),
        "THERAPEUTIC_COMMUNITIES": ("68", B),
        "OUTREACH_PROGRAMMES": ("69", B),
        "SOCIAL_REHABILITATION": ("70", B),
    }
)
"""Each kind's paragraph of ZSS and its certainty, by member name."""

ServiceKind.__aliases__ = {
    name: (f"§ {paragraph}", paragraph)
    for name, (paragraph, _) in SERVICE_KIND_PARAGRAPHS.items()
    if paragraph is not None
}


class ServiceForm(CzechEnum):
    """The form of a social service: residential, outpatient or in the field (§ 33 odst. 1 ZSS).

    Also found by the plural the open data uses (``"pobytové"``).
    """

    RESIDENTIAL = "pobytová"
    OUTPATIENT = "ambulantní"
    FIELD = "terénní"

    __aliases__ = {  # noqa: RUF012
        "RESIDENTIAL": ("pobytové", "pobytova forma", "residential"),
        "OUTPATIENT": ("ambulantní forma", "outpatient"),
        "FIELD": ("terénní forma", "field"),
    }


class CapacityUnit(CzechEnum):
    """What a service's capacity counts, by the open data's code (``rpss.json`` ``typ``).

    :attr:`label` is the Czech word; it is accepted too.
    """

    CLIENTS = "klient"
    CONTACTS = "kontakt"
    INTERVENTIONS = "interv"
    BEDS = "luzka"
    CALLS = "hovor"

    __aliases__ = {  # noqa: RUF012
        "CLIENTS": ("klienti",),
        "CONTACTS": ("kontakty",),
        "INTERVENTIONS": ("intervence",),
        "BEDS": ("lůžka", "lůžko"),
        "CALLS": ("hovory",),
    }

    @property
    def label(self) -> str:
        """The Czech word for the unit, e.g. ``'klienti'`` or ``'lůžka'``."""
        return _LABELS[self.name]


_LABELS = {
    "CLIENTS": "klienti",
    "CONTACTS": "kontakty",
    "INTERVENTIONS": "intervence",
    "BEDS": "lůžka",
    "CALLS": "hovory",
}
