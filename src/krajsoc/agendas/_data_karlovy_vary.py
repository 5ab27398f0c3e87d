"""The Karlovarský kraj child-protection agendas, as data, from its criteria 7a/7b self-assessment.

Source (checked 2026-11-23): ``004_568da37a0bb8a2b6.txt`` — Krajský úřad Karlovarského kraje,
Odbor sociálních věcí, oddělení sociálně-právní ochrany dětí. The text is prose, not a list: each
row is one paragraph that says what the authority does, numbered here in order within its
criterion (``7a/1`` … ``7b/5``). Left out: the criteria's headings, the paragraph saying the
authority has *no* statutory duty to seek out children at risk, the contacts of the seven ORP
offices, and the two links.

Columns: competence, then a row as in :mod:`krajsoc.agendas._data_liberec`. The subsidy
programmes (7a/4) are samostatná působnost: the region's self-governing bodies approve them.
"""

from __future__ import annotations

from krajsoc.agendas._data_liberec import AgendaRow

__all__ = ["KARLOVY_VARY_ROWS"]

KARLOVY_VARY_ROWS: tuple[tuple[str, AgendaRow], ...] = (
    (
        "delegated",
        (
            ("7a/1",),
            "Na oblast vyhledávání a monitorování ohrožených dětí se však OSPOD KÚKK také zaměřuje, a to zejména v\xa0rámci metodické a kontrolní činnosti, podnětů od občanů a dalších institucí a z\xa0další vlastní činnosti krajského úřadu.",
            ("child_protection", "prevention"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7a/2",),
            "V\xa0případě, že je KÚKK odbor sociálních věcí, oddělení sociálně-právní ochrany dětí (dále jen oddělení) oznámeno (osobně, telefonicky, e-mailem), že se v\xa0terénu nachází ohrožené dítě, a pokud oznámené skutečnosti nasvědčují tomu, že se jedná o děti uvedené v\xa0ustanovení § 6 Zákona o SPOD, potom zaměstnanci oddělení o této skutečnosti neprodleně informují věcně a místně příslušné orgány sociálně-právní ochrany dětí dle místa trvalého pobytu dítěte nebo místa, kde se dítě nachází.",
            ("child_protection",),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7a/3",),
            "Zaměstnanci odboru sociálních věcí Krajského úřadu Karlovarského kraje, stejně tak i oddělení sociálně-právní ochrany dětí se při výkonu své práce zabývají zjištěnými rizikovými sociálními jevy. Jde zejména o identifikaci relevantních statistik (statistických údajů) z\xa0oblasti MPSV ČR, MŠMTV ČR, MV ČR, MZ ČR a vyhodnocení těchto údajů. Z\xa0pohledu plánování rozvoje sociálních služeb je také monitorována situace v\xa0Karlovarském kraji. Na základě zjištěných rizikových sociálních jevů dochází k\xa0potřebnému síťování zejména služeb sociální prevence v\xa0Karlovarském kraji. Doporučují se doprovodná opatření jiných rezortů (zejména v\xa0oblasti školství). Potřebné sociální služby se pak promítají do střednědobého plánu rozvoje sociálních služeb v\xa0Karlovarském kraji. Informace ke střednědobému plánu lze nalézt na webových stránkách KÚKK http://www.kr-karlovarsky.cz/samosprava/dokumenty/Stranky/koncepce/oblast-socialni/SPRSS.aspx",
            ("child_protection", "prevention", "social_services_planning"),
            (),
            (),
        ),
    ),
    (
        "self_governing",
        (
            ("7a/4",),
            "V\xa0rámci povinností stanovených krajům Zákonem o SPOD vytváří a realizuje Karlovarský kraj dotační programy pro sociální, kulturní, sportovní, vzdělávací a jinou činnost dětí. Jednotlivé projekty v\xa0rámci těchto dotačních programů se financují na základě jednotlivých schválených pravidel pro financování, která schvalují orgány samosprávy kraje. Například odbor sociálních věcí KÚKK každoročně organizačně zajišťuje dotační řízení na zajištění sociálních služeb, dotační řízení v oblasti podpory rodiny a v oblasti začleňování seniorů do společnosti. Odbor bezpečnosti a krizového řízení KÚKK zajišťuje dotační řízení na podporu projektů v\xa0oblasti prevence kriminality. Odbor školství, mládeže a tělovýchovy KÚKK zajišťuje dotační řízení v\xa0oblasti podpory sportovních aktivit mládeže, v\xa0oblasti podpory údržby a obnovy sportovních zařízení, v\xa0oblasti podpory sportovní reprezentace a podpory vrcholového sportu apod. Rovněž další odbory KÚKK zajišťují dotační řízení, případně další aktivity, v\xa0rámci kterých jsou vytvářeny předpoklady pro kulturní, sportovní, jinou zájmovou a vzdělávací činnost",
            ("child_protection", "subsidies"),
            (),
            ("každoročně",),
        ),
    ),
    (
        "delegated",
        (
            ("7a/5",),
            "Zaměstnanci oddělení sociálně-právní ochrany spolupracují při realizaci aktivit ve spolupráci s odborem bezpečnosti a krizového řízení KÚKK, do kterého je zařazena agenda protidrogového koordinátora a manažera prevence kriminality (konference, vzdělávací semináře) a s\xa0koordinátorem pro romskou problematiku a národnostní menšiny, který je zařazen do oddělení sociálních věcí KÚKK. Odbor sociálních věcí dále velmi úzce spolupracuje s\xa0odborem školství, mládeže a tělovýchovy KÚKK.",
            ("child_protection", "prevention", "drug_policy"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7a/6",),
            "Důležité aktuální informace z\xa0oblasti sociálně-právní ochrany dětí může vedoucí oddělení sociálně-právní ochrany dětí předat na pravidelných setkáních Krajského úřadu Karlovarského kraje se starosty obcí a s\xa0tajemníky obecních úřadů Karlovarského kraje. Na těchto setkáních mohou starostové nebo tajemníci předat podněty k\xa0řešení oblastí sociálně-právní ochrany dětí.",
            ("child_protection", "methodology"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7b/1",),
            "KÚKK v\xa0rámci metodické pomoci obcím pořádá pravidelná setkání se zaměstnanci orgánů sociálně-právní ochrany dětí, na která jsou zváni v\xa0rámci prohloubení spolupráce také zástupci pověřených osob, poskytovatelů služeb, Probační a mediační služby, a to vždy dle aktuální potřeby, nejméně však 3x ročně.",
            ("child_protection", "methodology"),
            (),
            ("dle aktuální potřeby, nejméně však 3x ročně",),
        ),
    ),
    (
        "delegated",
        (
            ("7b/2",),
            "V\xa0rámci preventivních aktivit se účastní zaměstnanci oddělení přednášek na školách, které jsou zaměřeny na oblast sociálně-právní ochrany dětí.",
            ("child_protection", "prevention"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7b/3",),
            "Dále se zaměstnanci účastní setkání KÚKK se zástupci škol a školských zařízení, kde se řeší některé otázky související zejména s\xa0preventivní činností a programy pro využití volného času dětí a mládeže, s\xa0propojením spolupráce zmíněných institucí s\xa0orgány sociálně-právní ochrany dětí.",
            ("child_protection", "prevention"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7b/4",),
            "Kraj pořádá vzdělávání pro zaměstnance orgánů sociálně-právní ochrany dětí, pověřených osob, sociálních služeb, školských zařízení, Policie ČR popř. Probační a mediační služby, která jsou zaměřená na oblast péče o ohrožené děti.",
            ("child_protection", "education"),
            (),
            (),
        ),
    ),
    (
        "delegated",
        (
            ("7b/5",),
            "K\xa0plnění úkolů na úseku sociálně-právní ochrany je zřízen hejtmanem kraje poradní sbor. Členem a tajemnicí poradního sboru je zaměstnanec oddělení. Sbor projednává a posuzuje otázky spojené s\xa0plněním úkolů krajského úřadu v\xa0oblasti sociálně-právní ochrany dětí na území kraje.",
            ("child_protection",),
            (),
            (),
        ),
    ),
)
