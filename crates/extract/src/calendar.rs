//! Calendar arithmetic: days since 1970-01-01 for Gregorian dates (Howard
//! Hinnant's algorithms) and for Hijri dates: the Umm al-Qura calendar that Saudi
//! and Gulf papers date by (its month starts are a data table, 1343–1500 AH), and
//! the tabular, arithmetic Islamic calendar outside that range.

use std::sync::OnceLock;

/// Days since 1970-01-01 of a Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day number.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(z: i64) -> u32 {
    (z + 3).rem_euclid(7) as u32
}

pub fn days_in_month(y: i64, m: u32) -> u32 {
    let next = if m == 12 {
        days_from_civil(y + 1, 1, 1)
    } else {
        days_from_civil(y, m + 1, 1)
    };
    (next - days_from_civil(y, m, 1)) as u32
}

const UNIX_JDN: i64 = 2_440_588;
const HIJRI_EPOCH_JDN: i64 = 1_948_439;

fn hijri_jdn(y: i64, m: u32, d: u32) -> i64 {
    d as i64
        + ((29.5 * (m as f64 - 1.0)).ceil() as i64)
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + HIJRI_EPOCH_JDN
}

/// First day (days since 1970-01-01) of every Umm al-Qura month, in order, with its year and
/// month (`data/dates/ummalqura.tsv`).
fn umm_al_qura() -> &'static [(i64, u32, i64)] {
    static T: OnceLock<Vec<(i64, u32, i64)>> = OnceLock::new();
    T.get_or_init(|| {
        crate::table_rows(include_str!("../data/dates/ummalqura.tsv"))
            .filter_map(|c| {
                Some((
                    c.first()?.parse().ok()?,
                    c.get(1)?.parse().ok()?,
                    parse_iso(c.get(2)?)?,
                ))
            })
            .collect()
    })
}

/// Index of the Umm al-Qura month (y, m) in the table.
fn umm_al_qura_index(y: i64, m: u32) -> Option<usize> {
    let t = umm_al_qura();
    let (y0, m0, _) = *t.first()?;
    let i = (y - y0) * 12 + m as i64 - m0 as i64;
    // (the last month has no next start to bound it: left to the arithmetic calendar, as in
    // hijri_from_days)
    usize::try_from(i).ok().filter(|&i| i + 1 < t.len())
}

/// Days since 1970-01-01 of a Hijri date (Umm al-Qura where the table reaches).
pub fn days_from_hijri(y: i64, m: u32, d: u32) -> i64 {
    match umm_al_qura_index(y, m) {
        Some(i) => umm_al_qura()[i].2 + d as i64 - 1,
        None => hijri_jdn(y, m, d) - UNIX_JDN,
    }
}

/// The Hijri date of a day number (Umm al-Qura where the table reaches).
pub fn hijri_from_days(z: i64) -> (i64, u32, u32) {
    let t = umm_al_qura();
    let k = t.partition_point(|&(_, _, start)| start <= z);
    // (the table's last month has no next start: the arithmetic calendar takes over after it)
    if k > 0 && k < t.len() {
        let (y, m, start) = t[k - 1];
        return (y, m, (z - start + 1) as u32);
    }
    tabular_hijri_from_days(z)
}

fn tabular_hijri_from_days(z: i64) -> (i64, u32, u32) {
    let jdn = z + UNIX_JDN;
    let y = (30 * (jdn - HIJRI_EPOCH_JDN) + 10_646).div_euclid(10_631);
    let m =
        (((jdn - (29 + hijri_jdn(y, 1, 1))) as f64 / 29.5).ceil() as i64 + 1).clamp(1, 12) as u32;
    let d = (jdn - hijri_jdn(y, m, 1) + 1) as u32;
    (y, m, d)
}

/// `YYYY-MM-DD` (a prefix of an ISO date-time is accepted).
pub fn parse_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    );
    ((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m)).then(|| days_from_civil(y, m, d))
}

pub fn iso(z: i64) -> String {
    let (y, m, d) = civil_from_days(z);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gregorian_roundtrip_and_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2020, 2, 29)), (2020, 2, 29));
        assert_eq!(weekday(days_from_civil(2026, 11, 24)), 1); // a Tuesday
        assert_eq!(weekday(days_from_civil(2015, 7, 21)), 1);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(
            parse_iso("2015-07-21 02:51:32"),
            Some(days_from_civil(2015, 7, 21))
        );
        assert_eq!(parse_iso("2015-02-30"), None);
        for z in -1000..20_000 {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn hijri_known_dates() {
        // 1 Ramadan 1441 = 24 April 2020; 1 Muharram 1442 = 20 August 2020;
        // 10 Dhu al-Hijja 1436 = 23 September 2015 in the table (the sighting that year put
        // Eid al-Adha a day later: a date the text gives with its weekday is read by it)
        assert_eq!(iso(days_from_hijri(1441, 9, 1)), "2020-04-24");
        assert_eq!(iso(days_from_hijri(1442, 1, 1)), "2020-08-20");
        assert_eq!(iso(days_from_hijri(1436, 12, 10)), "2015-09-23");
        // Umm al-Qura, where the arithmetic calendar is a day late: 21 Shawwal 1436 was
        // Thursday 6 August 2015
        assert_eq!(iso(days_from_hijri(1436, 10, 21)), "2015-08-06");
        assert_eq!(hijri_from_days(days_from_civil(2015, 8, 6)), (1436, 10, 21));
        // outside the table, the arithmetic calendar
        assert_eq!(
            iso(days_from_hijri(1600, 1, 1)),
            iso(hijri_jdn(1600, 1, 1) - UNIX_JDN)
        );
        for z in -20_000..38_000 {
            let (y, m, d) = hijri_from_days(z);
            assert_eq!(days_from_hijri(y, m, d), z, "day {z}: {y}-{m}-{d}");
        }
    }
}
