"""The Liberecký kraj agendas, as data: the social work section and the region's § 95 ZSS duties.

Sources (checked 2026-11-23):

- ``000_887bdfa13b76f103.txt`` — Krajský úřad Libereckého kraje, Odbor sociálních věcí, Oddělení
  sociální práce: 13 items of samostatná působnost and 68 numbered lines of přenesená působnost.
  Three sentences are broken over two numbered lines and are merged here, keeping both numbers:
  11+12 (11 ends with "které přesahují", 12 is its object), 15+16 (16 starts with "sociálních
  věcí", the end of "v rámci odboru"), 20+21 (21 "státním orgánům" completes "poskytuje
  součinnost"). Each merged second line is a fragment that cannot stand alone (it opens with no
  verb). 43 and 44 are *not* merged (re-read 2026-11-23 after review): 43 is a whole clause
  (verb, object, "za součinnosti ostatních krajských úřadů") and 44 opens with its own verb
  ("spolupracuje"), like every other item; 43's trailing comma is list punctuation, exactly as at
  25, whose next item 26 ("spolupracuje v rámci metodické činnosti ...") nobody would merge. The
  argument for merging is that 44's citation (§ 24–25, zprostředkování) also fits 43's activity;
  but a citation at the end of one numbered line does not make the line before it the same
  sentence, and merging only where the seed's citations suggest it would make the rule depend on
  the law rather than on the text. So 43 cites nothing, as the seed words it, and 68 lines make
  65 delegated agendas.
  Items 36–68 are the child-protection block: 36 names zákon č. 359/1999 Sb. and every act-less
  paragraph in the block ("(§ 24c)" at 41, "(§ 11 odst. 2)" at 47) is of that act. The catalogue
  reads those paragraphs against it as *context* (``Agenda.context_act``), the text's own reading
  (no act) stays visible in ``Agenda.text_bases``.
- ``003_413385bf0319aba2.txt`` — the region's duties under § 95 písm. a)–h) zákona č. 108/2006
  Sb. (planning social services, samostatná působnost).

Texts are verbatim (typos, no-break spaces and all). Columns of a row: source items, text, topics,
registers kept, recurrence phrases as the text words them. Legal bases are not written here: they
are read from the text by :func:`krajsoc.law.extract_citations` when the catalogue is built.
"""

from __future__ import annotations

__all__ = [
    "CHILD_PROTECTION_ACT",
    "CHILD_PROTECTION_FIRST_ITEM",
    "DELEGATED_ROWS",
    "PLANNING_ROWS",
    "SELF_GOVERNING_ROWS",
    "AgendaRow",
]

AgendaRow = tuple[tuple[str, ...], str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]

CHILD_PROTECTION_FIRST_ITEM = "36"
"""The first delegated item of the child-protection block, which runs to the end (68)."""
CHILD_PROTECTION_ACT = "359/1999"
"""The act item 36 names, and the block's act-less paragraphs refer to."""

SELF_GOVERNING_ROWS: tuple[AgendaRow, ...] = (
    (
        ("1",),
        "spolupracuje s nestátními subjekty působícími v sociální oblasti",
        ("social_work",),
        (),
        (),
    ),
    (
        ("2",),
        "koordinuje a podílí se na realizaci protidrogové politiky na území kraje, za tím účelem spolupracuje se státními orgány, orgány obcí, poskytovateli služeb a dalšími zainteresovanými složkami, včetně spolupráce s odborem školství, mládeže, tělovýchovy a sportu a odborem zdravotnictví KÚ LK",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("3",),
        "zpracovává koncepční dokumenty, které se týkají protidrogové politiky kraje",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("4",),
        "koordinuje, průběžně kontroluje a vyhodnocuje plnění úkolů vyplývajících z\xa0koncepčních dokumentů Libereckého kraje, které se týkají protidrogové politiky kraje",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("5",),
        "ročně soustřeďuje a vyhodnocuje údaje o škodách způsobených tabákovými výrobky, alkoholem a jinými návykovými látkami",
        ("drug_policy",),
        (),
        ("ročně",),
    ),
    (
        ("6",),
        "spolupracuje se státními a nestátními subjekty zabývajícími se programy prevence a léčby návykových nemocí",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("7",),
        "podílí se na přípravě a zabezpečování financování programů protidrogové politiky a kontrolách účelného využití těchto prostředků",
        ("drug_policy", "subsidies"),
        (),
        (),
    ),
    (
        ("8",),
        "plní funkci tajemníka Protidrogové komise Rady Libereckého kraje",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("9",),
        "zpracovává koncepční dokumenty, které se týkají národnostních menšin a etnických skupin žijících na území Libereckého kraje",
        ("roma_and_minorities",),
        (),
        (),
    ),
    (
        ("10",),
        "plní funkci tajemníka Komise pro národnostní menšiny a sociální začleňování Rady Libereckého kraje",
        ("roma_and_minorities",),
        (),
        (),
    ),
    (
        ("11",),
        "spolupodílí se na realizaci Národního akčního plánu transformace péče o ohrožené děti",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("12",),
        "spolupracuje a podílí se na přípravě Střednědobého plánu rozvoje sociálních služeb v Libereckém kraji v\xa0oblastech, které souvisí s\xa0vykonávanými agendami",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("13",),
        "podílí se na hodnocení projektů předkládaných v dotačním řízení neziskových organizací, jejichž činnost souvisí s\xa0vykonávanými agendami",
        ("subsidies",),
        (),
        (),
    ),
)

DELEGATED_ROWS: tuple[AgendaRow, ...] = (
    (
        ("1",),
        "rozhoduje o odvolání při ustanovení zvláštního příjemce u dávek důchodového pojištění v řízení dle § 10 a § 118 zákona č. 582/1991 Sb., ve znění pozdějších předpisů",
        ("social_security", "appeals"),
        (),
        (),
    ),
    (
        ("2",),
        "řídí a kontroluje výkon státní správy na úseku sociální práce vedoucí k\xa0sociálnímu začleňování osob na základě § 93 písm. c) zákona č. 108/2006 Sb., ve znění pozdějších předpisů",
        ("social_work", "inspections"),
        (),
        (),
    ),
    (
        ("3",),
        "řídí a kontroluje výkon státní správy na úseku sociální práce v oblasti pomoci v\xa0hmotné nouzi (§ 67 zákona o obcích v návaznosti na § 7 a § 64 zákona o pomoci v hmotné nouzi)",
        ("social_work", "inspections"),
        (),
        (),
    ),
    (
        ("4",),
        "činí kroky ke sjednocení způsobu uplatňování známých metod sociální práce v\xa0rámci území, a za tím účelem provádí analýzu a vyhodnocení jak míry implementace, tak úrovně metod sociální práce",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("5",),
        "poskytuje sociálním pracovníkům obcí odbornou metodickou pomoc se zaměřením na koordinaci, vzájemné přizpůsobování a systémovou pomoc osobám ohroženým sociálním vyloučením",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("6",),
        "poskytuje základní sociální poradenství v souladu s § 37 zákona č. 108/2006 Sb., ve znění pozdějších předpisů",
        ("counselling",),
        (),
        (),
    ),
    (
        ("7",),
        "koordinuje sociální poradenství a dozor úrovně jeho poskytování sociálními pracovníky obcí na svém území ve všech oblastech sociální ochrany obyvatelstva",
        ("counselling", "methodology"),
        (),
        (),
    ),
    (
        ("8",),
        "realizuje činnosti sociální práce vedoucí k sociálnímu začleňování osob na základě § 93 odst. 1 zákona č. 108/2006 Sb., ve znění pozdějších předpisů",
        ("social_work",),
        (),
        (),
    ),
    (
        ("9",),
        "vede v souladu s § 93a odst. 2 zákona č. 108/2006 Sb., ve znění pozdějších předpisů, Standardizovaný záznam sociálního pracovníka, který je součástí Jednotného informačního systému práce a sociálních věcí",
        ("social_work",),
        ("social_worker_record",),
        (),
    ),
    (
        ("10",),
        "kontroluje zabezpečení potřeb u osob v terénu (šetření sociální situace osob a depistáž)",
        ("social_work",),
        (),
        (),
    ),
    (
        ("11", "12"),
        "pomáhá řešit sociální situace v oblasti sociálního začleňování osob, které přesahují územně správní obvod obecního úřadu obce s rozšířenou působností",
        ("social_work",),
        (),
        (),
    ),
    (
        ("13",),
        "připomínkuje právní předpisy zejména v oblasti sociálního zabezpečení a dalších systémů sociální ochrany",
        ("legislation",),
        (),
        (),
    ),
    (
        ("14",),
        "vyřizuje stížnosti, oznámení a podněty občanů (zákon č. 500/2004 Sb., ve znění pozdějších předpisů)",
        ("complaints",),
        (),
        (),
    ),
    (
        ("15", "16"),
        "zabezpečuje sumarizaci výsledných protokolů z kontrolních akcí v rámci odboru sociálních věcí, zpracovává pro MPSV výsledné hodnotící pololetní zprávy z kontrol provedených odborem sociálních věcí",
        ("inspections",),
        (),
        ("pololetní",),
    ),
    (
        ("17",),
        "podílí se na přípravě Národní strategie protidrogové politiky a Akčního plánu na stanovené období",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("18",),
        "podílí se na realizaci národní protidrogové politiky při jejím zavádění do praxe na příslušných úrovních veřejné správy",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("19",),
        "spolupracuje s Radou vlády pro koordinaci protidrogové politiky",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("20", "21"),
        "řeší úkoly v oblasti protidrogové politiky státu na úrovni kraje a poskytuje součinnost státním orgánům",
        ("drug_policy",),
        (),
        (),
    ),
    (
        ("22",),
        "vyjadřuje se k projektům dotačního řízení MZ, MPSV a hodnotí projekty pro Radu vlády pro koordinaci protidrogové politiky a účastní se obhajob těchto projektů",
        ("drug_policy", "subsidies"),
        (),
        (),
    ),
    (
        ("23",),
        "zabezpečuje činnost koordinátora pro romské záležitosti (§ 67 odst. 1 písm. f) zákona č. 129/2000 Sb., ve znění pozdějších předpisů)",
        ("roma_and_minorities",),
        (),
        (),
    ),
    (
        ("24",),
        "zajišťuje metodické vedení romských poradců či zaměstnanců obcí a dalších institucí, zabývajících se integrací Romů a problematikou národnostních menšin a etnických skupin, tj. předávání informací, zkušeností, příkladů dobré praxe apod.",
        ("roma_and_minorities", "methodology"),
        (),
        (),
    ),
    (
        ("25",),
        "zajišťuje koordinaci romských poradců, aktivit v kraji, vytváření podmínek pro dobrou komunikaci a spolupráci, vytváření a vedení databáze institucí zabývající se integrací Romů a problematikou národnostních menšin a etnických skupin, zapojuje se do komunitního plánování,",
        ("roma_and_minorities",),
        ("roma_integration_institutions",),
        (),
    ),
    (
        ("26",),
        "spolupracuje v rámci metodické činnosti s radami vlády, zejména s Radou vlády ČR pro záležitosti romské menšiny, Odborem pro sociální začleňování v romských lokalitách (Agenturou) Úřadu vlády ČR, ministerstvy, odbory krajského úřadu, poskytovateli sociálních služeb, vzdělávacími institucemi, obcemi, a dalšími orgány státní správy",
        ("roma_and_minorities", "methodology"),
        (),
        (),
    ),
    (
        ("27",),
        "zajišťuje zpracování analýz týkající se situace romské komunity a problematiky národnostních menšin a etnických skupin pro účely souborných zpráv a strategických dokumentů",
        ("roma_and_minorities",),
        (),
        (),
    ),
    (
        ("28",),
        "provádí poradenství a informační činnost, zejména romským poradcům, terénním pracovníkům, školám a dalším institucím",
        ("roma_and_minorities", "counselling"),
        (),
        (),
    ),
    (
        ("29",),
        "zabezpečuje monitoring sociálně vyloučených romských lokalit",
        ("roma_and_minorities",),
        (),
        (),
    ),
    (
        ("30",),
        "poskytuje metodickou pomoc obcím, které realizují Státní integrační program pro zabezpečení integrace azylantů",
        ("asylum_and_integration", "methodology"),
        (),
        (),
    ),
    (
        ("31",),
        "distribuuje a zpracovává metodické výkazy MPSV z oblasti sociální práce s\xa0příslušníky marginálních skupin",
        ("social_work",),
        (),
        (),
    ),
    (
        ("32",),
        "zabezpečuje metodické vedení sociálních kurátorů",
        ("social_curatorship", "methodology"),
        (),
        (),
    ),
    (
        ("33",),
        "provádí kontrolní činnost v oblasti výkonu sociální péče o osoby ohrožené sociálním vyloučením na obcích s rozšířenou působnosti",
        ("social_work", "inspections"),
        (),
        (),
    ),
    (
        ("34",),
        "podílí se na mapování dostupnosti sociálních služeb pro osoby ohrožené sociálním vyloučením na území Libereckého kraje a informuje koordinátory a sociální kurátory",
        ("social_work",),
        (),
        (),
    ),
    (
        ("35",),
        "spolupracuje s poskytovateli sociálních služeb pro osoby sociálně vyloučené nebo sociálním vyloučením ohrožené",
        ("social_work",),
        (),
        (),
    ),
    (
        ("36",),
        "zajišťuje sociálně-právní ochranu dětí, organizaci a zprostředkování náhradní rodinné péče na území kraje (zákon č. 359/1999 Sb., ve znění pozdějších předpisů)",
        ("child_protection", "substitute_family_care"),
        (),
        (),
    ),
    (
        ("37",),
        "zřizuje a spravuje zařízení odborného poradenství pro péči o děti, zařízení sociálně výchovné činnosti, zařízení pro děti vyžadující okamžitou pomoc, zařízení pro výkon pěstounské péče, za předpokladu zřízení nebo převzetí těchto zařízení (zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 39)",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("38",),
        "rozhoduje o přiznání státního příspěvku pro zřizovatele zařízení pro děti vyžadující okamžitou pomoc, o změně, zastavení a výplatě tohoto příspěvku (§ 42h, § 42l, § 42n zákona č. 359/1999 Sb., ve znění pozdějších předpisů)",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("39",),
        "vydává a odnímá pověření k výkonu sociálně-právní ochrany dětí (§ 49, § 49a, § 50 zákona č. 359/1999 Sb., ve znění pozdějších předpisů), metodicky vede a kontroluje soulad výkonu sociálně-právní ochrany dětí s výše uvedeným zákonem a vydaným pověřením",
        ("child_protection", "methodology", "inspections"),
        ("child_protection_authorisations",),
        (),
    ),
    (
        ("40",),
        "vede evidenci dětí vhodných do náhradní rodinné péče (osvojení, pěstounská péče) a evidenci žadatelů o náhradní rodinnou péči",
        ("substitute_family_care",),
        ("children_for_substitute_family_care", "substitute_family_care_applicants"),
        (),
    ),
    (
        ("41",),
        "po odborném posouzení vydává rozhodnutí o zařazení žadatelů do evidence osob vhodných pro NRP a dále vydává rozhodnutí o jejich vyřazení v případě porušení nebo neplnění podmínek (§ 24c)",
        ("substitute_family_care",),
        ("substitute_family_care_applicants",),
        (),
    ),
    (
        ("42",),
        "rozhoduje o přerušení nebo zastavení řízení o zařazení žadatelů do evidence žadatelů vhodných stát se osvojiteli nebo pěstouny",
        ("substitute_family_care",),
        ("substitute_family_care_applicants",),
        (),
    ),
    (
        ("43",),
        "zprostředkovává náhradní rodinnou péči za součinnosti ostatních krajských úřadů,",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("44",),
        "spolupracuje s\xa0MPSV ČR a s Úřadem pro mezinárodně právní ochranu dětí v\xa0Brně (zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 24, § 24a, § 24b, § 24d, § 25)",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("45",),
        "poskytuje poradenskou činnost související s osvojením dítěte nebo svěřením dítěte do pěstounské péče",
        ("substitute_family_care", "counselling"),
        (),
        (),
    ),
    (
        ("46",),
        "vede a sleduje složité případy náhradní rodinné péče, podle potřeby poskytuje rodině poradenství a psychoterapii",
        ("substitute_family_care", "counselling"),
        (),
        (),
    ),
    (
        ("47",),
        "zajišťuje přípravu fyzických osob vhodných stát se osvojiteli nebo pěstouny včetně speciální přípravy k přijetí dítěte pěstounem na přechodnou dobu (§ 11 odst. 2)",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("48",),
        "může zajišťovat přípravu a poradenskou pomoc v případech poručenství, jestliže poručník o dítě osobně pečuje nebo v případech svěření dítěte do výchovy podle § 45 zákona o rodině č. 94/1963 Sb., v platném znění)",
        ("substitute_family_care", "counselling"),
        (),
        (),
    ),
    (
        ("49",),
        "vede pro účely zajištění pěstounské péče na přechodnou dobu podle zvláštního právního předpisu evidenci osob, které mohou pěstounskou péči na přechodnou dobu vykonávat, a rovněž rozhoduje o zařazení těchto osob do evidence po předchozím odborném posouzení, předává neprodleně opis seznamu osob zařazených do této evidence ministerstvu a obecním úřadům obce s rozšířenou působností ve svém správním obvodu, pravidelně tento seznam doplňuje na základě změn, ke kterým v evidenci dochází",
        ("substitute_family_care",),
        ("temporary_foster_care",),
        (),
    ),
    (
        ("50",),
        "provádí psychologická vyšetření dětí vhodných do osvojení nebo pěstounské péče",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("51",),
        "vede psychodiagnostická a poradenská setkání osob vykonávajících náhradní rodinnou péči",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("52",),
        "zřizuje dle § 38a zákona č. 359/1999 Sb., v platném znění, zvláštní orgán kraje – poradní sbor, jehož tajemníkem je pracovník tohoto oddělení",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("53",),
        "vyhledává vhodné žadatele z evidence kraje pro osvojení určitého dítěte nebo jeho svěření do pěstounské péče",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("54",),
        "navštěvuje dětské domovy a kojenecké ústavy v souvislosti s přípravou podkladů pro odborné posouzení dětí a vyjadřuje se k vhodnosti určité formy náhradní rodinné péče",
        ("substitute_family_care",),
        (),
        (),
    ),
    (
        ("55",),
        "provádí kontrolní činnost výkonu sociálně-právní ochrany dětí (zákon č. 359/1999 Sb., ve znění pozdějších předpisů, § 59)",
        ("child_protection", "inspections"),
        (),
        (),
    ),
    (
        ("56",),
        "zajišťuje odvolací řízení, zpracovává podněty a přezkoumává rozhodnutí ve věci mimořádných opravných prostředků",
        ("child_protection", "appeals"),
        (),
        (),
    ),
    (
        ("57",),
        "podílí se na řešení přestupků na úseku sociálně-právní ochrany dětí (dle § 28 zákona č. 334/2002 Sb., ve znění pozdějších předpisů)",
        ("child_protection", "offences"),
        (),
        (),
    ),
    (
        ("58",),
        "projednává správní delikty dle § 59 zákona č. 359/1999 Sb., ve znění pozdějších předpisů, v prvním stupni (přestupky na úseku náhradní rodinné péče atd.), působí jako odvolací orgán vůči rozhodnutím obecních úřadů obcí s rozšířenou působností dle tohoto zákona",
        ("child_protection", "offences", "appeals"),
        (),
        (),
    ),
    (
        ("59",),
        "vybírá a vymáhá pokuty, které v rámci přestupkového řízení dle zákona o sociálně-právní ochraně dětí uložil",
        ("child_protection", "offences"),
        (),
        (),
    ),
    (
        ("60",),
        "organizuje 2x ročně setkání pěstounských rodin LK a těchto setkání se i účastní",
        ("substitute_family_care",),
        (),
        ("2x ročně",),
    ),
    (
        ("61",),
        "poskytuje a zprostředkovává poradenství při výchově a vzdělávání dětí a při péči o děti zdravotně postižené",
        ("child_protection", "counselling"),
        (),
        (),
    ),
    (
        ("62",),
        "na vyžádání podává zprávy o poměrech dítěte soudu, státnímu zastupitelství, MPSV, Úřadu pro mezinárodně právní ochranu dětí v Brně",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("63",),
        "v rámci metodické činnosti organizuje vzdělávací aktivity v této oblasti, monitoruje nabídku vzdělávacích programů a koncipuje zakázky v oblasti vzdělávání na základě potřeb sociálních pracovníků v oblasti sociálně-právní ochrany dětí",
        ("child_protection", "methodology", "education"),
        (),
        (),
    ),
    (
        ("64",),
        "mapuje sociální služby určené pro podporu rodin a dětí, seznamuje s nimi sociální pracovníky, iniciuje jejich rozvoj v rámci kraje",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("65",),
        "distribuuje a zpracovává statistické výkazy MPSV z oblasti výkonu sociálně-právní ochrany dětí",
        ("child_protection",),
        (),
        (),
    ),
    (
        ("66",),
        "metodicky vede obce a pověřené obecní úřady v oblasti výkonu sociálně-právní ochrany dětí",
        ("child_protection", "methodology"),
        (),
        (),
    ),
    (
        ("67",),
        "spolupracuje se zástupci Probační a mediační služby ČR na území Libereckého kraje a předává informace mezi nimi a kurátory pro mládež v oblasti práce s\xa0dětmi a mladistvými, kteří se dopustili činu jinak trestného nebo provinění",
        ("child_protection", "social_curatorship"),
        (),
        (),
    ),
    (
        ("68",),
        "zabezpečuje metodické vedení kurátorů pro mládež a pracovníků sociálně-právní ochrany dětí na obecních úřadech obcí s rozšířenou působností na území kraje",
        ("child_protection", "social_curatorship", "methodology"),
        (),
        (),
    ),
)

PLANNING_ROWS: tuple[AgendaRow, ...] = (
    (
        ("a",),
        "zjišťuje potřeby poskytování sociálních služeb osobám nebo skupinám osob na svém území,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("b",),
        "zajišťuje dostupnost informací o možnostech a způsobech poskytování sociálních služeb na svém území,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("c",),
        "spolupracuje s obcemi, s dalšími kraji a s poskytovateli sociálních služeb při zprostředkování pomoci osobám, popřípadě zprostředkování kontaktu mezi poskytovatelem a osobou,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("d",),
        "zpracovává střednědobý plán rozvoje sociálních služeb ve spolupráci s obcemi na území kraje,se zástupci poskytovatelů sociálních služeb a se zástupci osob, kterým jsou poskytovány sociální služby,a informuje obce na území kraje o výsledcích zjištěných v procesu plánování; při zpracování plánu kraj přihlíží k informacím obce sděleným podle § 94 písm. e) a k údajům uvedeným v registru podle § 85 odst. 5,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("e",),
        "sleduje a vyhodnocuje plnění plánů rozvoje sociálních služeb za účasti zástupců obcí, zástupců poskytovatelů sociálních služeb a zástupců osob, kterým jsou sociální služby poskytovány,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("f",),
        "informuje ministerstvo o plnění plánů rozvoje sociálních služeb,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("g",),
        "zajišťuje dostupnost poskytování sociálních služeb na svém území v souladu se střednědobým plánem rozvoje sociálních služeb,",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("h",),
        "určuje síť sociálních služeb na území kraje; přitom přihlíží k informacím obcí sděleným podle § 94 písm. f).",
        ("social_services_planning",),
        (),
        (),
    ),
)
