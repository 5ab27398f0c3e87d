"""Cite and extract a region's own decree through a registry the region extends.

Run: python examples/regional_acts.py
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from krajsoc.law import BUILT_IN_ACTS, check_reference, extract_citations, parse_citation
from krajsoc.loaders import load_acts

ACTS_FILE = Path(__file__).parent / "data" / "liberec_acts.toml"

TEXT = (
    "Krajský úřad postupuje podle čl. 4 odst. 2 nařízení Libereckého kraje č. 3/2019 a dle "
    "obecně závazné vyhlášky Libereckého kraje č. 1/2020; plán schválilo usnesení zastupitelstva "
    "č. 15/2026, osobní údaje zpracovává podle čl. 6 odst. 1 písm. e) GDPR a § 5 ZSS."
)


def main() -> None:
    region = BUILT_IN_ACTS.with_acts(*load_acts(ACTS_FILE))
    print(
        f"{len(region)} acts: {len(BUILT_IN_ACTS)} built in, {len(region) - len(BUILT_IN_ACTS)} own"
    )

    (ref,) = parse_citation("čl. 4 odst. 2 nařízení Libereckého kraje č. 3/2019", acts=region)
    print("parsed:", ref, "|", ref.act.title if ref.act else "")

    print("extracted with the region's acts:")
    for match in extract_citations(TEXT, acts=region):
        print(f"  {match.span} {match.text!r} -> {[str(item) for item in match.references]}")
    print("extracted with the built-in acts only:")
    for match in extract_citations(TEXT):
        print(f"  {match.span} {match.text!r}")

    report = check_reference(ref, on=date(2019, 1, 1), acts=region)
    for finding in report:
        print("check on 1. 1. 2019:", finding.text("cs"))


if __name__ == "__main__":
    main()
