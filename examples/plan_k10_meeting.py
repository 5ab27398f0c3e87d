"""Plan a K10 meeting after New Year: its deadlines, a late notice, a year of KOOS meetings.

Run: python examples/plan_k10_meeting.py
"""

from datetime import date

from krajsoc.planning import Meeting, group


def main() -> None:
    k10 = group("LK", "K10")
    day = date(2027, 1, 5)
    for title, deadline in (
        ("notice", k10.notice_deadline(day)),
        ("materials", k10.materials_deadline(day)),
    ):
        print(f"{title}: by {deadline.end}, in practice {deadline.latest_working_day}")
        print(deadline.explain("en"))
    late = Meeting(group="K10", date=day, notice_sent_on=date(2026, 12, 7))
    print(k10.check(late).text("en"))
    koos = group("LK", "KOOS")
    print(koos.check_year([Meeting(group="KOOS", date=date(2027, 5, 12))], 2027).text("en"))


if __name__ == "__main__":
    main()
