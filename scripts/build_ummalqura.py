#!/usr/bin/env python3
"""Builds crates/extract/data/dates/ummalqura.tsv, the first day of every month of the Umm
al-Qura calendar (Saudi Arabia's official Hijri calendar, which Saudi and Gulf papers date by):

    pip download hijridate==2.6.0 --no-deps -d /tmp/hd && unzip -o /tmp/hd/*.whl -d /tmp/hd/x
    HIJRIDATE=/tmp/hd/x python3 scripts/build_ummalqura.py > crates/extract/data/dates/ummalqura.tsv

Source: the MONTH_STARTS table of the PyPI package hijridate 2.6.0 (MIT licence, Mohammed
Alshehri), itself from the Umm al-Qura tables (1343-1500 AH, 1924-2077 CE). Rows: Hijri year,
month, Gregorian date of its first day.
"""
import datetime
import os
import sys

sys.path.insert(0, os.environ.get("HIJRIDATE", "/tmp/hd/x"))
from hijridate import ummalqura  # noqa: E402

RJD_OFFSET = 2400000  # reduced Julian day
EPOCH_JDN = 1721425  # JDN of 0001-01-01 minus one (proleptic Gregorian ordinal 0)

print("# First day of each Umm al-Qura month; built by scripts/build_ummalqura.py from hijridate 2.6.0 (MIT).")
print("year\tmonth\tfirst_day")
year, month = divmod(ummalqura.HIJRI_OFFSET, 12)
year += 1
month = 1
for rjd in ummalqura.MONTH_STARTS[:-1]:
    day = datetime.date.fromordinal(rjd + RJD_OFFSET - EPOCH_JDN)
    print(f"{year}\t{month}\t{day.isoformat()}")
    month += 1
    if month > 12:
        year, month = year + 1, 1
