"""The national methodology of social work, as data: what regional and municipal offices do.

Source (checked 2026-11-23): ``001_fa5929c3c7be63ba.txt`` — Annex 2 of the 2017 methodology for
the social-work subsidy, an extract of recommended procedure no. 1/2012 (MPSV):

- part I, the regional authority: activities a)–p) with ch) after h) (Czech alphabetical order),
  then the seven bullets of what its social workers also do (items ``•1``–``•7``);
- part II, the municipal office (types II and III, and the military-district office): 23
  numbered lines, every one printed as "1." in the source (a broken list); numbered here 1–23 in
  order of appearance.

Texts are verbatim, line breaks inside an item included. Columns as in
:mod:`krajsoc.agendas._data_liberec`.
"""

from __future__ import annotations

from krajsoc.agendas._data_liberec import AgendaRow

__all__ = ["MUNICIPAL_ROWS", "REGIONAL_ROWS"]

REGIONAL_ROWS: tuple[AgendaRow, ...] = (
    (
        ("a",),
        "v\xa0rámci území činí kroky ke sjednocení způsobu uplatňování známých metod sociální práce na\xa0svém území. Za tím účelem provádí analýzu a vyhodnocení míry implementace jak úrovně metod sociální práce, tak rozsahu, zaměření a účinnosti poradenství,",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("b",),
        "v\xa0rámci metodické, kontrolní a případně supervizní činnosti zajišťuje procesy koordinace postupu sociálních pracovníků na svém území a také činností směřujících k\xa0zamezení vzniku syndromu vyhoření sociálních pracovníků;",
        ("social_work", "methodology", "inspections"),
        (),
        (),
    ),
    (
        ("c",),
        "poskytuje sociálním pracovníkům obecních úřadů odbornou metodickou pomoc \na vedení s cílem koordinace a vzájemného přizpůsobování a systémové pomoci osobám včetně koordinace vzájemných předností jednotlivých systémů sociální ochrany obyvatelstva;",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("d",),
        "řídí a\xa0kontroluje výkon státní správy v\xa0přenesené působnosti na\xa0úseku sociální práce;",
        ("social_work", "inspections"),
        (),
        (),
    ),
    (
        ("e",),
        "koordinuje poskytování sociální práce osobám, jejichž práva a\xa0zájmy jsou ohroženy trestnou činností jiné osoby, přitom spolupracuje s\xa0obecními úřady, včetně spolupráce s\xa0intervenčními centry;",
        ("social_work",),
        (),
        (),
    ),
    (
        ("f",),
        "formou sociální práce podporuje realizaci státního integračního programu v\xa0oblasti zajištění bydlení formou jednorázových nabídek bydlení azylantům z\xa0prostředků státu a\xa0spolupracuje v\xa0oblasti integrace cizinců;",
        ("asylum_and_integration", "social_work"),
        (),
        (),
    ),
    (
        ("g",),
        "koordinuje činnosti sociální práce vedoucí k plnění úkolů státní politiky napomáhající integraci příslušníků romské komunity do společnosti;",
        ("roma_and_minorities", "social_work"),
        (),
        (),
    ),
    (
        ("h",),
        "analyzuje pracovní náplně a pracovní pozice pracovníků sociálních odborů obecních úřadů popř. doporučuje úpravu počtu pracovníků vykonávajících agendu sociální práce tak, aby byla plně zajištěna funkčnost sociálních odborů,",
        ("social_work",),
        (),
        (),
    ),
    (
        ("ch",),
        "v\xa0rámci řešení nepříznivé sociální situace spolupracuje s koordinátorem pro romské záležitosti;",
        ("roma_and_minorities", "social_work"),
        (),
        (),
    ),
    (
        ("i",),
        "zajišťuje poskytnutí sociálních služeb v\xa0případě, kdy poskytovatel sociálních služeb ukončil poskytování sociálních služeb z\xa0důvodu zrušení jeho registrace, pozbytí její platnosti, popřípadě z\xa0jiného důvodu, a\xa0osoby, kterým tento poskytovatel dosud poskytoval sociální služby, se nacházejí v\xa0bezprostředním ohrožení jejich práv a\xa0zájmů a\xa0nejsou schopny samy si\xa0zajistit pokračující poskytování sociálních služeb;",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("j",),
        "na svém území realizuje činnosti sociální práce vedoucí k\xa0sociálnímu začleňování osob;",
        ("social_work",),
        (),
        (),
    ),
    (
        ("k",),
        "koordinuje sociální poradenství a dozor úrovně jeho poskytování sociálními pracovníky obecních úřadů na svém území ve všech oblastech sociální ochrany obyvatelstva (dávky a právní instituty), a to na úseku\n· sociálního zabezpečení (dávkových pojistných i nepojistných systémů a systémů poskytované věcné péče), \n· pracovního práva a zaměstnanosti (včetně insolvence zaměstnavatele), \n· rodinného práva resp. občanskoprávních možnosti řešení tíživé nebo složité sociální situace osob, \n· předávání informací z\xa0oblasti pomoci klientům při vedení správního řízení, občanskoprávního řízení, exekučních řízení apod.,\n· preventivních činností v\xa0oblasti zejména finanční gramotnosti, \n· pomoci při naplňování bytové politiky a sledování její úrovně jako dosažení jedné ze základních životních potřeb osob, \n· problematiky poradenství pro cizince, nejen pro občany EU (resp. EHP a Švýcarska), ale i otázky osob z\xa0třetích zemí a řešení jejich podpory, \n· sociálního zabezpečení a sociálních výhod na území kraje ve vztahu k\xa0realizaci volného pohybu osob EU (EHP a\xa0 Švýcarska) \na podpory migrace obyvatelstva za prací, včetně koordinace dávkových systémů a zajištění orientace v\xa0nich pro sociální pracovníky obecních úřadů,\n· realizace mezinárodních úmluv v\xa0nejširším spektru (mezinárodní smlouvy – bilaterální, multilaterální);",
        ("counselling", "methodology"),
        (),
        (),
    ),
    (
        ("l",),
        "koordinuje a metodicky vede provádění úkonů šetření životní situace občanů obce pro různé účely (tj. pro osoby zletilé i nezletilé) při respektování Etického kodexu sociálního pracovníka České republiky obsahujícího základní principy chování sociálního pracovníka ke\xa0klientovi;",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("m",),
        "koordinuje a kontroluje zabezpečení potřeb u osob v\xa0terénu (šetření životní situace klienta \xa0a\xa0 depistáž) s využitím metod sociální práce vedoucích k\xa0prevenci sociálního vyloučení, tj. dle Bílé a Zelené knihy sociální politiky v\xa0rámci EU;",
        ("social_work", "inspections"),
        (),
        (),
    ),
    (
        ("n",),
        "provádí depistáž, resp. sumarizaci údajů obecních úřadů za účelem tvorby koncepcí na úrovni regionu zaměřenou na formy zajištění sociální pomoci v\xa0rámci regionu ve vztahu k\xa0sociálním programům státu včetně dosahování souladu s\xa0národními plány v\xa0sociální oblasti zaměřenými na různé cílové skupiny osob;",
        ("social_work",),
        (),
        (),
    ),
    (
        ("o",),
        "vytváří podmínky pro koordinaci a vzájemné doplnění činností v\xa0připravovaných právních úpravách;",
        ("legislation",),
        (),
        (),
    ),
    (
        ("p",),
        "v\xa0rámci koordinace poskytování sociálních služeb vytváří „síť“ sociálních služeb pro všechny cílové skupiny, jejímž prostřednictvím zajišťuje vyvážené rozložení sociálních služeb, jak co se týče územní dostupnosti, tak i souladu s\xa0potřebami uživatelů sociálních služeb.",
        ("social_services_planning",),
        (),
        (),
    ),
    (
        ("•1",),
        "základní i odborné sociální poradenství v \xa0souladu s § 93 zákona o sociálních službách,",
        ("counselling",),
        (),
        (),
    ),
    (
        ("•2",),
        "přehled o potřebách obyvatelstva v\xa0 oblasti poskytování sociálních \ni navazujících služeb včetně informačního systému o možnostech jejich využívání a dostupnosti,",
        ("social_work",),
        (),
        (),
    ),
    (
        ("•3",),
        "zpracování přehledů a plánů rozvoje o sítích pomáhajících systémů (sociální služby, zdravotnické služby, OSPOD aj.) a jejich koordinaci,",
        ("social_work",),
        (),
        (),
    ),
    (
        ("•4",),
        "spolupráci s\xa0 MPSV, obecními úřady, jinými krajskými úřady a dalšími subjekty při předávání informací o realizaci metod sociální práce,",
        ("social_work",),
        (),
        (),
    ),
    (
        ("•5",),
        "podporu a usměrňování vyjednávání o vzájemné spolupráci obecních úřadů v\xa0rámci agend metod sociální práce (např. spolupráce sociálních pracovníků z\xa0obecních úřadů s\xa0pracovníky sociálně právní ochrany dětí),",
        ("social_work", "methodology"),
        (),
        (),
    ),
    (
        ("•6",),
        "realizaci výkonu sociální práce při řešení případů, které přesahují hranice správních obvodů krajských úřadů,",
        ("social_work",),
        (),
        (),
    ),
    (
        ("•7",),
        "konání pravidelných kazuistických seminářů s\xa0obecními úřady (doporučuje se 1x měsíčně).",
        ("social_work", "methodology", "education"),
        (),
        ("doporučuje se 1x měsíčně",),
    ),
)

MUNICIPAL_ROWS: tuple[AgendaRow, ...] = (
    (
        ("1",),
        "Při výkonu své činnosti se řídí předpisy v\xa0oblasti sociální práce obecního úřadu a vnitřními předpisy úřadu.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("2",),
        "Vytváří koncepční materiály (metodické a analytické) pro sociální práci obecního úřadu a sociální či související služby.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("3",),
        "Spolupracuje s jinými státními, samosprávnými či neziskovými institucemi.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("4",),
        "Podílí se na propagaci a seznamování občanů s nabídkou obecního úřadu v\xa0agendě sociální práce.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("5",),
        "Pomocí depistáže vyhledává a navazuje kontakt s\xa0potencionálním klientem v\xa0jejich přirozeném prostředí.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("6",),
        "Provádí sociální šetření v\xa0rámci výkonu agendy sociální práce obecního úřadu",
        ("social_work",),
        (),
        (),
    ),
    (("7",), "Provádí posouzení životní situace klienta.", ("social_work",), (), ()),
    (
        ("8",),
        "Provádí přímou sociální práci s\xa0klientem zaměřenou na změnu klienta.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("9",),
        "Provádí zplnomocnění klientů, aby dokázali sami ovlivňovat své sociální prostředí a měnit podmínky svých životů.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("10",),
        "Provádí sociální práci zaměřenou na změnu sociálního prostředí „obce \na klienta.“",
        ("social_work",),
        (),
        (),
    ),
    (
        ("11",),
        "Spolupracuje s\xa0navazujícími organizacemi pří řešení životní situace klienta.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("12",),
        "Spoluvytváří a koordinuje preventivní aktivity, jejichž cílem je předcházet vzniku nepříznivých životních situací klientů.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("13",),
        "Pomáhá klientovi s formulací zakázky, provází klienta tvorbou, realizací \na vyhodnocením individuálního plánu.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("14",),
        "Monitoruje a spolupracuje se subjekty, které navazují na vlastní výkon svojí pracovní činností, za účelem koordinace jejich aktivit ve prospěch klienta (budování neformální a formální sítě).",
        ("social_work",),
        (),
        (),
    ),
    (
        ("15",),
        "Realizuje metody sociální práce vůči klientovi podle potřeby řešení sociálního problému.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("16",),
        "Zpracovává Standardizovaný záznam sociálního pracovníka a další dokumentaci.",
        ("social_work",),
        ("social_worker_record",),
        (),
    ),
    (
        ("17",),
        "Vede podklady a zpracovává údaje pro souhrnné statistiky a další dokumentaci.",
        ("social_work",),
        (),
        (),
    ),
    (("18",), "Poskytuje základní i odborné sociální poradenství.", ("counselling",), (), ()),
    (("19",), "Vzdělává se ve svém oboru.", ("social_work", "education"), (), ()),
    (
        ("20",),
        "Dodržuje ustanovení zákona o ochraně osobních údajů, interní předpisy, pokyny a všechna další opatření, která byla přijata z\xa0důvodu zajištění ochrany osobních údajů.",
        ("social_work", "data_protection"),
        (),
        (),
    ),
    (("21",), "Dodržuje etické zásady sociálního pracovníka.", ("social_work",), (), ()),
    (
        ("22",),
        "Nakládá s\xa0osobními údaji, k\xa0nimž má z\xa0důvodu své pracovní činnosti přístup \na to takovým způsobem, aby nemohlo dojít k\xa0neoprávněnému nebo nahodilému přístupu jiných osob k\xa0těmto údajům, k\xa0jejich zneužití, zničení či ztrátě, neoprávněnému zpracování, poskytování jiným osobám nebo použití k\xa0jinému účelu než k\xa0jakému je oprávněn je používat v\xa0souvislosti s\xa0výkonem svojí pracovní činnosti.",
        ("social_work",),
        (),
        (),
    ),
    (
        ("23",),
        "Zachovává mlčenlivost o všech osobních (důvěrných) údajích.",
        ("social_work", "data_protection"),
        (),
        (),
    ),
)
