"""Ask a region's agenda catalogue the questions a regional app asks, and check a recurring duty.

Run: python examples/agenda_catalogue.py
"""

from datetime import date

from krajsoc.agendas import catalogue

lk = catalogue("Liberecký kraj")
print(f"{len(lk)} agendas; by competence:")
for competence, count in lk.count_by_competence().items():
    print(f"  {competence.label}: {count}")

print("\nCiting the child-protection act (zákon č. 359/1999 Sb.):")
for item in lk.citing("359/1999"):
    print(f"  {item.source.items[0]:>3}  {' '.join(item.text.split())[:70]}")

print("\nWhere the seed disagrees with the law:")
for item in lk:
    for correction in item.corrections:
        bases = ", ".join(str(ref) for ref in item.bases) or "(kept as cited)"
        print(f"  {correction.domain_row:<3} item {item.source.items[0]:>3}: {bases}")

meetings = lk.search("setkání pěstounských rodin").agendas[0]
(twice_a_year,) = meetings.recurrences
held = [date(2026, 4, 18)]
print(f"\n{meetings.text!r} — {twice_a_year}; held {held[0]:%d. %m. %Y}:")
for finding in twice_a_year.check(held, 2026):
    print(f"  {finding.text()}")
