import math

import pytest

from clusterdesk.mapping.numbers import natural_key, parse_number


@pytest.mark.parametrize("cell, expected", [
    ("3,5", 3.5), ("12%", 12.0), ("12 %", 12.0), ("1 234", 1234.0), ("1\u00a0234,5", 1234.5),
    ("1'234.5", 1234.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567.0),
    ("1,234,567", 1234567.0), ("-2,25", -2.25), ("\u22123", -3.0), (" 7 ", 7.0), (4, 4.0),
    (2.5, 2.5), ("0,5 %", 0.5), (".5", 0.5), ("1e3", 1000.0),
])
def test_numbers_people_type(cell, expected):
    assert parse_number(cell) == expected


@pytest.mark.parametrize("cell", ["", "  ", None, float("nan"), "n/a", "ca. 20", "1.2.3",
                                  "12-15", "%", "1,23,4", True])
def test_not_numbers(cell):
    assert parse_number(cell) is None


def test_infinite_is_not_a_number():
    assert parse_number("1e999") is None
    assert not math.isnan(parse_number("0"))


def test_natural_order():
    names = ["Sector 10", "sector 2", "Sector 1", "Alpha"]
    assert sorted(names, key=natural_key) == ["Alpha", "Sector 1", "sector 2", "Sector 10"]
    assert sorted(["10", "9", "100"], key=natural_key) == ["9", "10", "100"]


def test_comma_thousands_decided_per_column():
    from clusterdesk.mapping.numbers import commas_are_thousands

    english = ["1,200", "15", "12,345.5", "2,000,000", 7.0]
    assert commas_are_thousands(english)
    assert [parse_number(v, True) for v in english] == [1200, 15, 12345.5, 2000000, 7]
    assert not commas_are_thousands(["1,200", "3,5"])  # a decimal comma elsewhere: 1.2
    assert not commas_are_thousands(["0,125"])
    assert not commas_are_thousands(["12", "3.5"])  # no comma at all
    assert parse_number("1,200") == 1.2
