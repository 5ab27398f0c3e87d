"""List every region and, where built in, its ORP districts with the POU in each.

Run: python examples/regions_and_districts.py
"""

from itertools import groupby

from krajsoc.errors import UncoveredRegionError
from krajsoc.territory import REGIONS, municipalities


def main() -> None:
    for item in REGIONS:
        try:
            pou = municipalities(item, "pou")
        except UncoveredRegionError:
            print(f"{item.abbreviation:4} {item.name}: municipalities not built in")
            continue
        orp_count = sum(1 for m in pou if m.is_orp)
        print(f"{item.abbreviation:4} {item.name}: {orp_count} ORP, {len(pou)} POU")
        for district, members in groupby(pou, key=lambda m: m.district):
            print(f"       {district}: {', '.join(m.name for m in members)}")


if __name__ == "__main__":
    main()
