"""Personal identifiers and details — birth number, name, address — and IČO, safe to log.

A :class:`BirthNumber`, :class:`PersonName` or :class:`Address` shows only a mask in ``repr``,
``str`` and f-strings; its value comes out through ``reveal()`` and when a record holding it is
serialised. Errors never echo it. :class:`PersonalRecord` is the base of records holding them:
its validation errors never carry the input. :mod:`krajsoc.persons.birth_number` and
:mod:`krajsoc.persons.ico` are small protocol modules (``compact``, ``validate``, ``is_valid``,
``format``) in the manner of python-stdnum.

Examples:
    >>> from krajsoc.persons import BirthNumber, Ico
    >>> number = BirthNumber.parse("736028/5163")
    >>> print(number, number.birth_date, number.sex.value)
    ******/**** 1973-10-28 žena
    >>> Ico("25596641").value
    '25596641'
"""

from krajsoc.persons import birth_number, ico
from krajsoc.persons._address import Address
from krajsoc.persons._name import PersonName
from krajsoc.persons._record import PersonalRecord, without_input
from krajsoc.persons._sex import Sex
from krajsoc.persons.birth_number import BirthNumber
from krajsoc.persons.ico import Ico

__all__ = [
    "Address",
    "BirthNumber",
    "Ico",
    "PersonName",
    "PersonalRecord",
    "Sex",
    "birth_number",
    "ico",
    "without_input",
]
