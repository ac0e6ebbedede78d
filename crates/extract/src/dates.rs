//! Temporal expressions: Gregorian dates in both month-name systems, Hijri
//! dates (converted), numeric dates, years, weekdays and expressions relative
//! to the publication date (أمس، الأسبوع الفائت، أواخر الشهر الماضي، مطلع العام).
//! Relative ones are resolved against `meta.published`, with ACLED-like
//! precision; without it their value is null and their text is kept.
//! Vocabulary: `data/dates/lexicon.tsv`.

use crate::calendar::*;
use crate::Component;
use rasid_arabic::Normalizer;
use rasid_doc::{DateMention, DatePrecision, Document};
use rasid_text::{Span, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    Month(u32),
    Hijri(u32),
    Weekday(u32),
    Day(i64),
    Dir(i64),
    Unit(Unit),
    Part(Part),
    Era(bool),
    /// days before the publication date; true when only the week is known (قبل أيام)
    Ago(i64, bool),
    /// a day of the month as an ordinal (الثالث من آب)
    Ordinal(i64),
    /// days after the date the text last gave (في اليوم نفسه 0، قبل ذلك بيوم -1)
    After(i64),
    /// the day after what follows it (غداة الهجوم): what follows happened this many days
    /// from the day its paragraph last gave
    Morrow(i64),
    /// a feast by its Hijri month and day, and days from it (عيد الفطر 10/1/0، ثاني أيام عيد
    /// الأضحى 12/10/1); month 0: whichever Eid is nearest (العيد)
    Feast(u32, u32, i64),
    /// a name that holds a date word and is no date (روسيا اليوم، عين اليوم، صلاة الجمعة)
    Name,
    /// a word that speaks of what is to come (توقعات، تسليم، بحلول): a month named after it
    /// without its year is the nearest one, not last year's
    Future,
    /// a word that schedules what its clause tells (سوف، المقرر، مرتقب): a future word, and a
    /// weekday in its clause is the next one
    Plan,
    /// a season, by its middle month: with a year after it, that year (صيف 2014); with a
    /// direction, that season's middle month (الشتاء الماضي)
    Season(u32),
    /// a number written as a word, in a count back (قبل ثلاثة أشهر)
    Count(i64),
    /// a measure: a number after it marked م is meters, not a year (مسافة 2000م)
    Measure,
    /// a quarter of a year, by its middle month (الربع الثاني: 5)
    Quarter(u32),
    /// a half of a year, by its fourth month (النصف الأول: 4); a date only with its year
    /// (النصف الأول من المباراة is the match's)
    Half(u32),
    /// the month the text last gave (الشهر نفسه، ذات الشهر): a day of it is a date
    /// (الثاني من الشهر ذاته)
    SameMonth,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Start,
    Middle,
    End,
}

struct Lexicon {
    words: HashMap<String, Word>,
    /// month names that are never common words: a month wherever they stand
    alone_months: std::collections::HashSet<String>,
    /// words that name something by the day after them (ثورة 25 يناير، قصر 22 مايو)
    named_by_day: std::collections::HashSet<String>,
    /// words before a bare العيد that make it the feast's day (خلال، أيام، إجازة)
    feast_frames: std::collections::HashSet<String>,
    /// amounts counted per day before في اليوم (مرات، لتر، ريالات): a rate, no date
    rates: std::collections::HashSet<String>,
    /// the first word of every entry: most tokens start none, and are passed over at once
    first_words: std::collections::HashSet<String>,
    max_len: usize,
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let norm = Normalizer::search();
        let mut words = HashMap::new();
        let mut first_words = std::collections::HashSet::new();
        let mut max_len = 1;
        let mut alone_months = std::collections::HashSet::new();
        let mut named_by_day = std::collections::HashSet::new();
        let mut feast_frames = std::collections::HashSet::new();
        let mut rates = std::collections::HashSet::new();
        for c in crate::table_rows(include_str!("../data/dates/lexicon.tsv")) {
            if c.len() < 3 {
                continue;
            }
            if c[0] == "named_by" {
                named_by_day.insert(norm.normalize_str(c[1]));
                continue;
            }
            if c[0] == "feast_frame" {
                feast_frames.insert(norm.normalize_str(c[1]));
                continue;
            }
            if c[0] == "rate" {
                rates.insert(norm.normalize_str(c[1]));
                continue;
            }
            if c[0] == "month" && c.get(3) == Some(&"alone") {
                alone_months.insert(norm.normalize_str(c[1]));
            }
            let v = c[2];
            let w = match c[0] {
                "month" => Word::Month(v.parse().expect("month")),
                "hijri" => Word::Hijri(v.parse().expect("hijri")),
                "weekday" => Word::Weekday(v.parse().expect("weekday")),
                "day" => Word::Day(v.parse().expect("day")),
                "dir" => Word::Dir(v.parse().expect("dir")),
                "unit" => Word::Unit(match v {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    _ => Unit::Year,
                }),
                "part" => Word::Part(match v {
                    "start" => Part::Start,
                    "middle" => Part::Middle,
                    _ => Part::End,
                }),
                "era" => Word::Era(v == "hijri"),
                "ordinal" => Word::Ordinal(v.parse().expect("ordinal")),
                "after" => Word::After(v.parse().expect("after")),
                "morrow" => Word::Morrow(v.parse().expect("morrow")),
                // Hijri month / day / days from it (month 0: either Eid)
                "feast" => {
                    let n: Vec<i64> = v.split('/').map(|x| x.parse().expect("feast")).collect();
                    Word::Feast(n[0] as u32, n[1] as u32, n[2])
                }
                "ago" => Word::Ago(
                    v.trim_end_matches('w').parse().expect("ago"),
                    v.ends_with('w'),
                ),
                "name" => Word::Name,
                "future" => Word::Future,
                "plan" => Word::Plan,
                "season" => Word::Season(v.parse().expect("season")),
                "quarter" => Word::Quarter(v.parse().expect("quarter")),
                "half" => Word::Half(v.parse().expect("half")),
                "same_month" => Word::SameMonth,
                "measure" => Word::Measure,
                "count" => Word::Count(v.parse().expect("count")),
                k => panic!("dates lexicon: unknown kind {k:?}"),
            };
            let form: Vec<String> = norm
                .normalize_str(c[1])
                .split_whitespace()
                .map(str::to_string)
                .collect();
            max_len = max_len.max(form.len());
            first_words.insert(form[0].clone());
            words.entry(form.join(" ")).or_insert(w);
        }
        Lexicon {
            words,
            alone_months,
            named_by_day,
            rates,
            feast_frames,
            first_words,
            max_len,
        }
    })
}

/// The token stream the rules read: search-normalized forms.
struct View<'a> {
    /// the token starts a line
    line_start: Vec<bool>,
    forms: Vec<String>,
    kinds: Vec<TokenKind>,
    spans: &'a [rasid_text::Token],
    text: &'a str,
    /// the lexicon word at each token, looked up once (the rules ask for most many times)
    words: Vec<Option<(Word, usize)>>,
}

impl View<'_> {
    fn form(&self, i: usize) -> &str {
        self.forms.get(i).map(String::as_str).unwrap_or("")
    }
    fn number(&self, i: usize) -> Option<i64> {
        (self.kinds.get(i) == Some(&TokenKind::Number))
            .then(|| self.form(i).parse().ok())
            .flatten()
    }
    /// The index after a month's second name written at `k` (`/يوليو`، `(تموز)`), or `k`.
    fn past_second_month_name(&self, k: usize, month: Option<u32>) -> usize {
        // (يوليو تموز: the same month's other name right after it)
        if let Some((Word::Month(m), n)) = self.word(k) {
            if Some(m) == month {
                return k + n;
            }
        }
        // (تموز - يوليو: with a dash only the same month, يوليو - أغسطس is a range)
        let dash = matches!(self.form(k), "-" | "–");
        if !matches!(self.form(k), "/" | "(") && !dash {
            return k;
        }
        let Some((Word::Month(second), n)) = self.word(k + 1) else {
            return k;
        };
        if dash && Some(second) != month {
            return k;
        }
        let end = k + 1 + n;
        if self.form(end) == ")" {
            end + 1
        } else {
            end
        }
    }
    /// Whether the month name at token i, with no year or direction word, still names a
    /// month: after شهر or خلال, or after في، منذ، حتى when the name is no short word that is
    /// also a word or a place (في إب is the Yemeni governorate, صفر "zero"; آب keeps its madda
    /// as written).
    fn month_named_alone(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1).map(|p| self.form(p)) else {
            return false;
        };
        // (a name that is never a common word after a word that compares, bounds or delivers
        // by a month: مقارنة مع يناير، بين ديسمبر وفبراير، أعلى من يونيو، تسليم أغسطس; not in
        // a name, ثورة فبراير، الفاتح من سبتمبر)
        let form = self.form(i);
        let bare = form.strip_prefix(['و', 'ب', 'ل', 'ف', 'ك']).unwrap_or(form);
        let alone = lexicon().alone_months.contains(form) || lexicon().alone_months.contains(bare);
        let named = i >= 2 && matches!(self.form(i - 2), "الفاتح" | "ثورة" | "ثورتي");
        if alone
            && !named
            && matches!(
                before,
                "من" | "مع"
                    | "بين"
                    | "قبل"
                    | "بعد"
                    | "عن"
                    | "تسليم"
                    | "لتسليم"
                    | "عقد"
                    | "عقود"
            )
        {
            return true;
        }
        matches!(before, "شهر" | "بشهر" | "وشهر" | "لشهر" | "شهري" | "خلال")
            // (شهري رجب وشعبان: a month joined to a month)
            || self.form(i).starts_with('و')
                && matches!(self.word(i - 1), Some((Word::Month(_) | Word::Hijri(_), 1)))
                && self.month_named_alone(i - 1)
            // (نهاية شوال: after a part of a period)
            || matches!(self.word(i - 1), Some((Word::Part(_), 1)))
            // (مارس (جمادى الآخرة): a month's name in the other calendar, in parentheses)
            || before == "(" && self.form(i).chars().count() >= 4
            || matches!(before, "في" | "وفي" | "منذ" | "حتى" | "بحلول")
                && (self.form(i).chars().count() >= 4 || self.raw(i).starts_with('آ'))
            // (من سبتمبر إلى نوفمبر: the months that open and close a range)
            || self.form(i).chars().count() >= 4
                && (matches!(before, "من" | "ومن")
                    && matches!(self.form(i + 1), "الى" | "حتى" | "وحتى")
                    && matches!(self.word(i + 2), Some((Word::Month(_) | Word::Hijri(_), _)))
                    || matches!(before, "الى" | "وحتى")
                        && i >= 3
                        && matches!(self.form(i - 3), "من" | "ومن")
                        && matches!(self.word(i - 2), Some((Word::Month(_) | Word::Hijri(_), 1))))
    }
    /// A weekday written at k, bare or in parentheses (اليوم (الخميس)): the weekday and the
    /// tokens it takes.
    fn weekday_at(&self, k: usize) -> Option<(u32, usize)> {
        match self.word(k) {
            Some((Word::Weekday(wd), n)) => Some((wd, n)),
            _ if self.form(k) == "(" => match self.word(k + 1) {
                Some((Word::Weekday(wd), n)) if self.form(k + 1 + n) == ")" => Some((wd, n + 2)),
                _ => None,
            },
            _ => None,
        }
    }
    /// The token as written.
    fn raw(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |t| t.span.slice(self.text))
    }
    /// Bytes of a conjunction or preposition glued to the token at i before a date word
    /// (وأمس، ونهاية الشهر، لعام 2015), which the date's span leaves out.
    fn proclitic_len(&self, i: usize) -> usize {
        let (form, raw) = (self.form(i), self.raw(i));
        let lex = lexicon();
        for p in ["ول", "وب", "فل", "فب", "و", "ف", "ب", "ل"] {
            let Some(rest) = form.strip_prefix(p) else {
                continue;
            };
            let date_word = lex.first_words.contains(rest)
                || matches!(
                    rest,
                    "عام" | "العام" | "سنة" | "يوم" | "شهر" | "منذ" | "قبل"
                )
                || matches!(rest, "صباح" | "مساء" | "ليلة" | "فجر" | "ظهر")
                // (بالأمس is yesterday; الأمس alone is often "the past": حلفاء الأمس)
                || rest == "الامس";
            if date_word && raw.starts_with(p) {
                // (and the short vowels written on it: وَأمس)
                return p.len() + crate::leading_marks(&raw[p.len()..]);
            }
        }
        0
    }
    /// A lexicon word of up to `max_len` tokens at i (a leading و ب ل ف allowed): (word, tokens used).
    fn word(&self, i: usize) -> Option<(Word, usize)> {
        self.words.get(i).copied().flatten()
    }
    fn lookup_word(&self, i: usize) -> Option<(Word, usize)> {
        let lex = lexicon();
        let first = self.forms.get(i)?;
        // (للثامن من شهر أغسطس: ل before the article writes لل)
        let article = first.strip_prefix("لل").map(|rest| format!("ال{rest}"));
        let starts_an_entry = lex.first_words.contains(first)
            || article
                .as_ref()
                .is_some_and(|a| lex.first_words.contains(a))
            || ["و", "ب", "ل", "ف", "وب", "ول"].iter().any(|p| {
                first
                    .strip_prefix(p)
                    .is_some_and(|rest| lex.first_words.contains(rest))
            });
        if !starts_an_entry {
            return None;
        }
        for len in (1..=lex.max_len).rev() {
            if i + len > self.forms.len() {
                continue;
            }
            let mut parts: Vec<&str> = (i..i + len).map(|k| self.form(k)).collect();
            if let Some(w) = lex.words.get(&parts.join(" ")) {
                return Some((*w, len));
            }
            let first = parts[0];
            for p in ["و", "ب", "ل", "ف", "وب", "ول"] {
                if let Some(rest) = first.strip_prefix(p) {
                    if rest.chars().count() >= 2 {
                        parts[0] = rest;
                        if let Some(w) = lex.words.get(&parts.join(" ")) {
                            return Some((*w, len));
                        }
                    }
                }
            }
            if let Some(a) = &article {
                parts[0] = a;
                if let Some(w) = lex.words.get(&parts.join(" ")) {
                    return Some((*w, len));
                }
            }
            parts[0] = first;
        }
        None
    }
}

struct Found {
    end: usize,
    value: Option<String>,
    precision: DatePrecision,
    relative: bool,
}

/// Whether a word is a day or a time of day that a weekday or a day can follow (يوم، صباح،
/// مساء، ليلة، فجر …).
fn time_of_day(form: &str) -> bool {
    matches!(
        form,
        "يوم"
            | "صباح"
            | "مساء"
            | "ليلة"
            | "ليل"
            | "فجر"
            | "ظهر"
            | "عصر"
            | "مغرب"
            | "ظهيرة"
            | "ضحى"
    )
}

fn is_quote_mark(raw: &str) -> bool {
    let mut chars = raw.chars();
    chars
        .next()
        .is_some_and(|c| crate::QUOTE_MARKS.contains(&c))
        && chars.next().is_none()
}

fn day(z: i64) -> Option<String> {
    Some(iso(z))
}

/// The year and month of a `YYYY-MM` value.
fn year_month(value: &str) -> Option<(i64, u32)> {
    let (y, m) = value.split_once('-')?;
    Some((y.parse().ok()?, m.parse().ok()?))
}

fn month_value(y: i64, m: u32) -> Option<String> {
    Some(format!("{y:04}-{m:02}"))
}

/// The first and last day of a Gregorian month.
fn gregorian_month_days(y: i64, m: u32) -> (i64, i64) {
    (
        days_from_civil(y, m, 1),
        days_from_civil(y, m, days_in_month(y, m)),
    )
}

/// The first and last day of a Hijri month.
fn hijri_month_days(y: i64, m: u32) -> (i64, i64) {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    (days_from_hijri(y, m, 1), days_from_hijri(ny, nm, 1) - 1)
}

/// Day `d` of a Hijri month, if the month has it.
fn hijri_day(y: i64, m: u32, d: i64) -> Option<i64> {
    let (first, last) = hijri_month_days(y, m);
    let z = first + d - 1;
    (d >= 1 && z <= last).then_some(z)
}

/// The day that stands for a part of a month running from `first` to `last`: its first,
/// middle or last day (ACLED dates a period by a day inside it; the precision says how wide).
fn part_day((first, last): (i64, i64), part: Part) -> i64 {
    match part {
        Part::Start => first,
        Part::Middle => first + 14,
        Part::End => last,
    }
}

/// The month `dir` months from the one of day `r` (-1 the month before, 0 its own).
fn month_from(r: i64, dir: i64) -> (i64, u32) {
    let (ry, rm, _) = civil_from_days(r);
    let months = ry * 12 + rm as i64 - 1 + dir;
    (months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
}

/// The value of year `y` marked with an era (Hijri or Gregorian), if it is a year of that era.
fn era_year_value(y: i64, hijri: bool) -> Option<String> {
    if hijri {
        is_hijri_year(y).then(|| hijri_year_value(y)).flatten()
    } else {
        is_year(y).then(|| format!("{y:04}"))
    }
}

/// A Hijri year straddles two Gregorian ones: it is dated by its middle day, with the
/// precision of a year.
fn hijri_year_value(y: i64) -> Option<String> {
    day(days_from_hijri(y, 6, 30))
}

/// A Hijri month does not fall in one Gregorian month: it is dated by its middle day, with
/// the precision of a month.
fn hijri_month_value(y: i64, m: u32) -> Option<String> {
    day(days_from_hijri(y, m, 15))
}

/// Day `d` of month `m` of Gregorian year `y`, when that month has it.
fn civil_day(y: i64, m: u32, d: u32) -> Option<i64> {
    (1..=days_in_month(y, m))
        .contains(&d)
        .then(|| days_from_civil(y, m, d))
}

/// The year, before, of or after the reference `r`'s, whose month `m` (by its 15th: a month,
/// a season's or a quarter's middle) `nearest_occurrence` picks from `from` in `dir`.
fn year_of_middle(r: i64, m: u32, from: i64, dir: i64) -> Option<i64> {
    let y = civil_from_days(r).0;
    let middles = [y - 1, y, y + 1].map(|y| Some(days_from_civil(y, m, 15)));
    nearest_occurrence(from, dir, middles).map(|z| civil_from_days(z).0)
}

/// Of the days a date without its year may be (one per candidate year), the one its direction
/// word names: the first on or after the reference (`المقبل`, 1), the last on or before it
/// (`الماضي`, -1), else the nearest (the earlier on a tie).
fn nearest_occurrence(reference: i64, dir: i64, candidates: [Option<i64>; 3]) -> Option<i64> {
    let days = candidates.into_iter().flatten();
    match dir {
        1 => days.filter(|&z| z >= reference).min(),
        -1 => days.filter(|&z| z <= reference).max(),
        _ => days.min_by_key(|&z| ((z - reference).abs(), z)),
    }
}

/// The year of a month named without its year: the next one after المقبل, the last one after
/// الماضي, this year's after الجاري/الحالي (or من العام الجاري), the year the sentence tells
/// of; where the sentence speaks of what is to come (سيعقد، من المقرر، تسليم، بحلول) the
/// nearest (سبتمبر in a July article is the coming one), else the last (news reports the past).
fn month_year(
    reference: i64,
    m: u32,
    dir: Option<i64>,
    year_offset: Option<i64>,
    story: Story,
) -> i64 {
    let (ry, rm, _) = civil_from_days(reference);
    let past = if m <= rm { ry } else { ry - 1 };
    if let Some(offset) = year_offset {
        return ry + offset;
    }
    match (dir, story) {
        // (اطلقوا في 2014 حملة … وسيطروا على صنعاء في سبتمبر: the year the sentence tells of)
        (None, Story::Year(y)) => y,
        (None, Story::Open) | (Some(-1), _) => past,
        (Some(1), _) => {
            if m > rm {
                ry
            } else {
                ry + 1
            }
        }
        (Some(_), _) => ry,
        (None, Story::Future) => year_of_middle(reference, m, reference, 0).unwrap_or(ry),
    }
}

/// What the sentence before a month named alone tells of: a year it names, which the month
/// belongs to, or what is to come.
#[derive(Clone, Copy, PartialEq)]
enum Story {
    Year(i64),
    Future,
    Open,
}

/// Words that speak of what is to come (من المقرر، توقعات، تسليم، بحلول), from the lexicon.
fn is_future_word(form: &str) -> bool {
    matches!(lexicon().words.get(form), Some(Word::Future | Word::Plan))
}

impl View<'_> {
    /// The story of the sentence before token i (back to its start, at most 40 tokens).
    /// Whether the sentence around token `i` names a Hijri month or marks a Hijri year: a
    /// month it points to (الشهر الجاري) is then a Hijri one.
    fn counts_in_hijri(&self, i: usize) -> bool {
        let stop = |k: usize| matches!(self.form(k), "." | "؟" | "!" | "?");
        let start = (i.saturating_sub(40)..i)
            .rev()
            .find(|&k| stop(k))
            .map_or(i.saturating_sub(40), |k| k + 1);
        let end = (i..(i + 40).min(self.forms.len()))
            .find(|&k| stop(k))
            .unwrap_or((i + 40).min(self.forms.len()));
        (start..end).any(|k| matches!(self.word(k), Some((Word::Hijri(_) | Word::Era(true), _))))
    }

    fn story_before(&self, i: usize) -> Story {
        let start = i.saturating_sub(40);
        // (a parenthesis between dashes tells of another time: بلاتر - الذي انتخب في 1998 -
        // منصبه في 26 فبراير)
        let mut in_dashes = false;
        for k in (start..i).rev() {
            if matches!(self.form(k), "." | "؟" | "!" | "?") {
                break;
            }
            if matches!(self.form(k), "-" | "–" | "—") {
                in_dashes =
                    !in_dashes && (start..k).any(|d| matches!(self.form(d), "-" | "–" | "—"));
                continue;
            }
            if in_dashes {
                continue;
            }
            // (في 2014، في عام 2014: when it happened; not منذ عام 2007, a comparison)
            let told_as_when = k > 0
                && (self.form(k - 1).ends_with("في")
                    || matches!(self.form(k - 1), "عام" | "العام")
                        && k > 1
                        && self.form(k - 2).ends_with("في"));
            if let Some(y) = self.number(k).filter(|&y| is_year(y) && told_as_when) {
                return Story::Year(y);
            }
            let f = self.form(k).trim_start_matches(['و', 'ف']);
            if crate::future_verb(f, 1.0) || is_future_word(f) {
                return Story::Future;
            }
            if self.line_start.get(k) == Some(&true) {
                break;
            }
        }
        Story::Open
    }
}

impl View<'_> {
    /// Whether the clause before token i (back to punctuation, a relative pronoun or a word
    /// that opens a past clause, at most 12 tokens) has a future verb or a word of what is
    /// planned (سيعقد، سوف، من المقرر، يفترض): what it dates is to come. Narrower than
    /// `story_before`: a weekday is dated by its own clause (… الذي تسلم مهامه الخميس).
    fn clause_looks_ahead(&self, i: usize) -> bool {
        for k in (i.saturating_sub(12)..i).rev() {
            let f = self.form(k).trim_start_matches(['و', 'ف']);
            if self.kinds.get(k) == Some(&TokenKind::Punct)
                || matches!(
                    f,
                    "الذي" | "التي" | "الذين" | "بعد" | "بعدما" | "عندما" | "حين"
                )
            {
                return false;
            }
            if crate::future_verb(f, 1.0) || matches!(lexicon().words.get(f), Some(Word::Plan)) {
                return true;
            }
        }
        false
    }
}

/// Days from the last weekday `wd` on or before day `d` to `d` (0 when `d` is one).
fn days_since(d: i64, wd: u32) -> i64 {
    (weekday(d) as i64 - wd as i64).rem_euclid(7)
}

/// The day the article was written, which relative dates count from: the publication date,
/// unless the text names today's or yesterday's weekday (اليوم الأربعاء، أمس الثلاثاء), which
/// puts the writing that many days earlier. A paper prints a wire days late, and a crawl
/// (SaudiNewsNet's `date_extracted`) fetches a page days after it appeared: the weekday the
/// text names is surer than the record's date, as the dates gold reads it (dev 0.961 when only
/// three days back were believed, 0.969 now; event dates unchanged).
fn writing_day(v: &View, published: i64) -> i64 {
    let mut i = 0;
    while i < v.forms.len() {
        // (word by word: the أمس of أول من أمس is no yesterday)
        let Some((w, n)) = v.word(i) else {
            i += 1;
            continue;
        };
        if let (Word::Day(off @ (-1 | 0)), Some((wd, _))) = (w, v.weekday_at(i + n)) {
            return published - days_since(published + off, wd);
        }
        // (غدا الجمعة، بعد غد الجمعة: written a day or two before the publication at most;
        // further back the weekday is more likely a slip than a week-old text)
        if let (Word::Day(off @ (1 | 2)), Some((wd, _))) = (w, v.weekday_at(i + n)) {
            let back = days_since(published + off, wd);
            if back <= 2 {
                return published - back;
            }
        }
        i += n;
    }
    published
}

/// The week before (dir -1), of (0) or after (1) the reference, with weeks
/// starting on Saturday as in the Arab world; the value is the middle of the
/// period (or its start or end part), as ACLED codes weeks.
fn week(reference: i64, dir: i64, part: Option<Part>) -> i64 {
    let since_saturday = (weekday(reference) as i64 + 2) % 7;
    let start = reference - since_saturday + 7 * dir;
    start
        + match part {
            Some(Part::Start) => 1,
            Some(Part::End) => 5,
            _ => 3,
        }
}

/// The value and precision of a period (week, month, year) before (-1), of (0) or after (1)
/// the reference, or of its start, middle or end part.
fn period(
    unit: Unit,
    dir: i64,
    part: Option<Part>,
    reference: Option<i64>,
) -> (Option<String>, DatePrecision) {
    let rel = |f: &dyn Fn(i64) -> Option<String>| reference.and_then(f);
    match unit {
        Unit::Week => (rel(&|r| day(week(r, dir, part))), DatePrecision::Week),
        Unit::Month => (
            rel(&|r| {
                let (y, m) = month_from(r, dir);
                match part {
                    Some(p) => day(part_day(gregorian_month_days(y, m), p)),
                    None => month_value(y, m),
                }
            }),
            DatePrecision::Month,
        ),
        Unit::Year => {
            let p = if part.is_some() {
                DatePrecision::Month
            } else {
                DatePrecision::Year
            };
            (
                rel(&|r| {
                    let y = civil_from_days(r).0 + dir;
                    match part {
                        Some(p) => month_value(y, year_part_month(p)),
                        None => Some(format!("{y:04}")),
                    }
                }),
                p,
            )
        }
    }
}

fn is_year(n: i64) -> bool {
    (1900..=2100).contains(&n)
}

fn is_hijri_year(n: i64) -> bool {
    (1300..=1500).contains(&n)
}

/// The date written right after a weekday that ends before `k0` (السبت 25 يوليو، الجمعة
/// (24 تموز/يوليو)، الثلاثاء الموافق 14-7-2015), when the two agree: that date.
fn written_date_after(v: &View, k0: usize, wd: u32, reference: Option<i64>) -> Option<Found> {
    let mut k = k0;
    let open = matches!(v.form(k), "(" | "،" | "," | "-");
    k += usize::from(open);
    let agreeing = matches!(v.form(k), "الموافق" | "الموافقة");
    k += usize::from(agreeing);
    // (الموافق (5-10-1436 هـ): the parenthesis after الموافق)
    let open_after = !open && k > k0 && v.form(k) == "(";
    k += usize::from(open_after);
    let written_day = v.number(k).is_some()
        || v.form(k) == "ال" && v.number(k + 1).is_some()
        || matches!(v.word(k), Some((Word::Ordinal(_), _)));
    // (only when they agree, within the day the calendars may differ by: يوم السبت التاسع من
    // الشهر الجاري that falls on a Thursday meant another month)
    let agrees = |f: &Found| {
        let hijri = (k..f.end).any(|j| matches!(v.word(j), Some((Word::Hijri(_), _))))
            || matches!(v.word(f.end - 1), Some((Word::Era(true), _)));
        let slack: &[i64] = if hijri { &[-1, 0, 1] } else { &[0] };
        f.value
            .as_deref()
            .and_then(parse_iso)
            .is_none_or(|z| slack.iter().any(|s| weekday(z + s) == wd))
    };
    let f = written_day
        .then(|| scan(v, k, reference))
        .flatten()
        .filter(|f| f.precision == DatePrecision::Day && agrees(f))?;
    // (الموافق joins two expressions, each its own: يوم الأحد | الموافق | 17/10/1436; the
    // weekday takes the date's day, and the date is found on its own)
    let end = if agreeing {
        k0
    } else if (open && v.form(k0) == "(" || open_after) && v.form(f.end) == ")" {
        f.end + 1
    } else {
        f.end
    };
    Some(Found { end, ..f })
}

/// The month that stands for a part of a year (مطلع العام: January; منتصف: June; نهاية:
/// December), as ACLED dates a period by a day inside it.
fn year_part_month(p: Part) -> u32 {
    match p {
        Part::Start => 1,
        Part::Middle => 6,
        Part::End => 12,
    }
}

/// A numeric date at `i` whose year comes last (10/4/1436هـ، 7/4/2015) read month first, when
/// both first numbers can be a month: the reading a weekday written before it may call for.
fn month_first(v: &View, i: usize) -> Option<Found> {
    let (a, b, y) = (v.number(i)?, v.number(i + 2)?, v.number(i + 4)?);
    let sep = v.form(i + 1);
    let month_like = |x: i64| (1..=12).contains(&x);
    if !matches!(sep, "/" | "-" | ".") || v.form(i + 3) != sep || !month_like(a) || !month_like(b) {
        return None;
    }
    let era = match v.word(i + 5) {
        Some((Word::Era(hijri), n)) => Some((hijri, n)),
        _ => None,
    };
    let value = if is_hijri_year(y) && era.is_none_or(|(h, _)| h) {
        day(days_from_hijri(y, a as u32, b as u32))
    } else if is_year(y) && era.is_none_or(|(h, _)| !h) {
        day(days_from_civil(y, a as u32, b as u32))
    } else {
        return None;
    };
    Some(Found {
        end: i + 5 + era.map_or(0, |(_, n)| n),
        value,
        precision: DatePrecision::Day,
        relative: false,
    })
}

/// A day of the month the text last gave, at token i (الثاني من الشهر ذاته، 12 من نفس
/// الشهر): the day and the index after the mention. Not the same month of another year
/// (الثاني من الشهر نفسه من العام الماضي).
fn same_month_day(v: &View, i: usize) -> Option<(u32, usize)> {
    let (d, n) = match (v.number(i), v.word(i)) {
        (Some(d), _) => (d, 1),
        (None, Some((Word::Ordinal(d), n))) => (d, n),
        _ => return None,
    };
    if !(1..=31).contains(&d) || v.form(i + n) != "من" {
        return None;
    }
    let Some((Word::SameMonth, sn)) = v.word(i + n + 1) else {
        return None;
    };
    let end = i + n + 1 + sn;
    (v.form(end) != "من").then_some((d as u32, end))
}

/// The first day of a range of days whose month is written after its last (من الرابع إلى 15
/// أغسطس، من 13 - 15 نوفمبر), or of two days joined by و (يومي 25 و26 سبتمبر، في الثاني
/// والخامس من الشهر المقبل): that day of the last day's month, as its own mention.
fn range_start(v: &View, i: usize, reference: Option<i64>) -> Option<Found> {
    let (first, len) = match (v.number(i), v.word(i)) {
        (Some(d), _) => (d, 1),
        (None, Some((Word::Ordinal(d), len))) => (d, len),
        _ => return None,
    };
    if !(1..=30).contains(&first) {
        return None;
    }
    let next = i + len;
    // (و written alone before digits, or glued to an ordinal: والخامس)
    let last_at = if matches!(v.form(next), "الى" | "حتى" | "-" | "–" | "و") {
        next + 1
    } else if v.form(next).starts_with('و') && matches!(v.word(next), Some((Word::Ordinal(_), _)))
    {
        next
    } else {
        return None;
    };
    let last = scan(v, last_at, reference)?;
    let value = last.value.as_deref()?;
    // the last day as written (in its own calendar: 10 و12 شوال), counted back from its date
    let last_day = match (v.number(last_at), v.word(last_at)) {
        (Some(d), _) => d,
        (None, Some((Word::Ordinal(d), _))) => d,
        _ => return None,
    };
    let last_date = parse_iso(value)?;
    (last.precision == DatePrecision::Day && value.len() == 10 && first < last_day).then(|| Found {
        end: i + len,
        value: Some(iso(last_date - (last_day - first))),
        precision: DatePrecision::Day,
        relative: last.relative,
    })
}

/// A year named relative to the publication's after a month or day (من العام الماضي، من هذا
/// العام، العام الجاري): its offset from the publication year and the index after it.
fn relative_year_at(v: &View, k: usize) -> Option<(i64, usize)> {
    let k = k + usize::from(v.form(k) == "من");
    if matches!(v.form(k), "هذا" | "هذه") {
        if let Some((Word::Unit(Unit::Year), n)) = v.word(k + 1) {
            return Some((0, k + 1 + n));
        }
    }
    let Some((Word::Unit(Unit::Year), n)) = v.word(k) else {
        return None;
    };
    match v.word(k + n) {
        Some((Word::Dir(dir), dn)) => Some((dir, k + n + dn)),
        _ => None,
    }
}

/// A preposition that may stand before a bare year, with و or not (في 2014، منذ 2004 وحتى
/// 2012، بحلول 2030).
fn year_preposition(form: &str) -> bool {
    matches!(
        form.strip_prefix('و').unwrap_or(form),
        "منذ" | "في" | "حتى" | "بحلول"
    )
}

fn scan(v: &View, i: usize, reference: Option<i64>) -> Option<Found> {
    let rel = |f: &dyn Fn(i64) -> Option<String>| reference.and_then(f);
    if let Some(first) = range_start(v, i, reference) {
        return Some(first);
    }
    // شهر أغسطس الماضي، شهر رمضان: the word "month" opens the mention of the month it names
    if v.form(i).trim_start_matches(['و', 'ب', 'ل', 'ف']) == "شهر"
        && matches!(v.word(i + 1), Some((Word::Month(_) | Word::Hijri(_), _)))
    {
        if let Some(found) = scan(v, i + 1, reference) {
            return Some(found);
        }
    }
    // منذ 3 أشهر، قبل 5 أيام، قبل 10 سنوات: counted back from the publication, as precise as
    // the unit (a day; a week, by its day; a month; a year)
    if matches!(v.form(i).trim_start_matches('و'), "منذ" | "قبل") {
        // (قبل نحو عامين، منذ حوالي 3 أشهر: an approximate count reads as the count)
        let k = if matches!(v.form(i + 1), "نحو" | "حوالي" | "حوالى" | "قرابة" | "زهاء")
        {
            i + 2
        } else {
            i + 1
        };
        // a count in digits or words and its unit, a dual of months or years (قبل شهرين،
        // منذ عامين), or one month or year (قبل شهر، قبل عام; not قبل شهر رمضان, منذ عام 2007)
        let count = v.number(k).or(match v.word(k) {
            Some((Word::Count(c), 1)) => Some(c),
            _ => None,
        });
        let named_after = v.number(k + 1).is_some()
            || matches!(v.word(k + 1), Some((Word::Month(_) | Word::Hijri(_), _)));
        let (n, unit, end) = match (count, v.form(k)) {
            (Some(n), _) => {
                let unit = match v.form(k + 1) {
                    "ايام" | "يوما" => Some(DatePrecision::Day),
                    "اسابيع" | "اسبوعا" => Some(DatePrecision::Week),
                    "اشهر" | "شهور" | "شهرا" => Some(DatePrecision::Month),
                    // (a count from eleven takes the singular: قبل 30 سنة)
                    "سنوات" | "سنين" | "اعوام" | "عاما" | "سنة" | "عام" => {
                        Some(DatePrecision::Year)
                    }
                    _ => None,
                };
                (Some(n), unit, k + 2)
            }
            (None, "شهرين") => (Some(2), Some(DatePrecision::Month), k + 1),
            (None, "عامين" | "سنتين") => (Some(2), Some(DatePrecision::Year), k + 1),
            (None, "شهر") if !named_after => (Some(1), Some(DatePrecision::Month), k + 1),
            (None, "عام" | "سنة") if !named_after => {
                (Some(1), Some(DatePrecision::Year), k + 1)
            }
            _ => (None, None, k + 1),
        };
        // (not a count from something else, قبل 3 أيام من الانتخابات، nor of something else,
        // منذ 26 عاما من الخبرة)
        let counted_from_else = matches!(v.form(end), "من" | "على");
        let n = n.filter(|n| (1..=100).contains(n) && !counted_from_else);
        if let (Some(n), Some(unit)) = (n, unit) {
            let value = rel(&|r| {
                let (y, m, _) = civil_from_days(r);
                let months = y * 12 + m as i64 - 1 - n;
                match unit {
                    DatePrecision::Day => day(r - n),
                    DatePrecision::Week => day(r - 7 * n),
                    DatePrecision::Month => {
                        month_value(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
                    }
                    DatePrecision::Year => Some(format!("{:04}", y - n)),
                }
            });
            return Some(Found {
                end,
                value,
                precision: unit,
                relative: true,
            });
        }
    }
    // numeric: 21/7/2015, 2015-07-21, 21.7.2015, 7/يوليو/2015; Hijri 19/10/1436هـ،
    // 10/شوال/1436هـ (the month in digits, or named in one calendar: Some(is Hijri))
    let month_between = match (v.number(i + 2), v.word(i + 2)) {
        (Some(b), _) => Some((b, None)),
        (None, Some((Word::Month(m), 1))) => Some((m as i64, Some(false))),
        (None, Some((Word::Hijri(m), 1))) => Some((m as i64, Some(true))),
        _ => None,
    };
    if let (Some(a), Some((b, named)), Some(c)) = (v.number(i), month_between, v.number(i + 4)) {
        let sep = v.form(i + 1);
        // (4 – 9 - 1436هـ: a dash of either length)
        let dash = |f: &str| matches!(f, "-" | "–");
        let same_sep = v.form(i + 3) == sep || dash(sep) && dash(v.form(i + 3));
        if matches!(sep, "/" | "-" | "–" | ".") && same_sep {
            let era = match v.word(i + 5) {
                Some((Word::Era(hijri), n)) => Some((hijri, n)),
                _ => None,
            };
            // (the year first or last: 1436/10/17هـ، 17/10/1436هـ)
            let (hy, hd) = if is_hijri_year(a) { (a, c) } else { (c, a) };
            let hijri_day = (1..=30).contains(&hd) && (1..=12).contains(&b);
            if is_hijri_year(hy) && era.is_none_or(|(h, _)| h) && hijri_day && named != Some(false)
            {
                return Some(Found {
                    end: i + 5 + era.map_or(0, |(_, n)| n),
                    value: day(days_from_hijri(hy, b as u32, hd as u32)),
                    precision: DatePrecision::Day,
                    relative: false,
                });
            }
            let (y, m, d) = if is_year(a) { (a, b, c) } else { (c, b, a) };
            if is_year(y)
                && named != Some(true)
                && (1..=12).contains(&m)
                && d >= 1
                && d <= days_in_month(y, m as u32) as i64
            {
                // (with its era mark: 7/يوليو/2015 م)
                let mark = era.filter(|&(h, _)| !h).map_or(0, |(_, n)| n);
                return Some(Found {
                    end: i + 5 + mark,
                    value: day(days_from_civil(y, m as u32, d as u32)),
                    precision: DatePrecision::Day,
                    relative: false,
                });
            }
        }
    }
    // في 22/7، بتاريخ 22/7: a day and month in digits, without the year (only after a word
    // that announces a date: 22/7 alone may be a score or a fraction)
    if let (Some(d), Some(m)) = (v.number(i), v.number(i + 2)) {
        let announced = i > 0 && matches!(v.form(i - 1), "في" | "بتاريخ" | "يوم" | "تاريخ");
        let sep = v.form(i + 1);
        let year_follows = v.form(i + 3) == sep && v.number(i + 4).is_some();
        // (not a range of days before a month, في 10-11 أكتوبر, nor a score, الفوز في 2-1)
        let month_follows = matches!(v.word(i + 3), Some((Word::Month(_) | Word::Hijri(_), _)));
        if announced && sep == "/" && !year_follows && !month_follows && (1..=12).contains(&m) {
            // (a Hijri day and month in a sentence that counts in Hijri dates: بتاريخ 16/10 …
            // المؤرخ في 1/11/1436هـ)
            let hijri = v.counts_in_hijri(i);
            let value = rel(&|r| {
                if hijri {
                    let (hy, _, _) = hijri_from_days(r);
                    let day_in = |y: i64| hijri_day(y, m as u32, d);
                    return nearest_occurrence(r, 0, [hy - 1, hy, hy + 1].map(day_in)).map(iso);
                }
                let (ry, _, _) = civil_from_days(r);
                let day_in = |y: i64| {
                    u32::try_from(d)
                        .ok()
                        .and_then(|d| civil_day(y, m as u32, d))
                };
                nearest_occurrence(r, 0, [ry - 1, ry, ry + 1].map(day_in)).map(iso)
            });
            if value.is_some() || reference.is_none() {
                return Some(Found {
                    end: i + 3,
                    value,
                    precision: DatePrecision::Day,
                    relative: true,
                });
            }
        }
    }
    // year after a month, with an era mark: returns (year, is_hijri, next index)
    let year_at = |k: usize| -> Option<(i64, Option<bool>, usize)> {
        // 2 أغسطس من عام 1990، مارس من العام 2014
        let k = match (v.form(k), v.form(k + 1)) {
            ("من", "عام" | "العام") => k + 2,
            ("عام" | "العام", _) => k + 1,
            _ => k,
        };
        let y = v.number(k)?;
        let era = v.word(k + 1).and_then(|(w, n)| match w {
            Word::Era(h) => Some((h, n)),
            _ => None,
        });
        Some((y, era.map(|e| e.0), k + 1 + era.map(|e| e.1).unwrap_or(0)))
    };
    // day + month (+ "/ second name" or "(second name)") + year?; the day as a number or as
    // an ordinal with من (الثالث من آب)
    // (في الـ 15 من يوليو: the article written apart; 15 من يوليو)
    let numeric_day = |k: usize| v.number(k).filter(|d| (1..=31).contains(d));
    let day_at = numeric_day(i)
        .map(|d| (d, i + 1))
        .or_else(|| {
            (v.form(i) == "ال")
                .then(|| numeric_day(i + 1))
                .flatten()
                .map(|d| (d, i + 2))
        })
        .map(|(d, at)| {
            (
                d,
                if v.form(at) == "من" && v.number(at).is_none() {
                    at + 1
                } else {
                    at
                },
            )
        })
        .or_else(|| match v.word(i) {
            Some((Word::Ordinal(d), n)) if v.form(i + n) == "من" => Some((d, i + n + 1)),
            _ => None,
        })
        // غرة ذي القعدة: the first day of the month
        .or_else(|| (v.form(i).trim_start_matches(['و', 'ب', 'ف']) == "غرة").then_some((1, i + 1)))
        // أول يناير، أول رمضان: the first day, right before the month's name
        .or_else(|| {
            (v.form(i).trim_start_matches(['و', 'ب', 'ف']) == "اول"
                && matches!(v.word(i + 1), Some((Word::Month(_) | Word::Hijri(_), _))))
            .then_some((1, i + 1))
        })
        // الأول من شهر ذي القعدة
        .map(|(d, at)| (d, if v.form(at) == "شهر" { at + 1 } else { at }));
    if let Some((d, at)) = day_at {
        // the day in the month a direction word points to, ending at `end` (a Hijri month
        // when its sentence counts in Hijri months: الـ 27 من الشهر الجاري … حتى الـ 4 من شهر
        // ذي القعدة)
        let in_month = |dir: i64, end: usize| Found {
            end,
            value: rel(&|r| {
                if v.counts_in_hijri(i) {
                    let (hy, hm, _) = hijri_from_days(r);
                    let months = hy * 12 + hm as i64 - 1 + dir;
                    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) as u32 + 1);
                    return hijri_day(y, m, d).map(iso);
                }
                let (y, m) = month_from(r, dir);
                civil_day(y, m, d as u32).map(iso)
            }),
            precision: DatePrecision::Day,
            relative: true,
        };
        // 12 الجاري: a day of this month (a number right before الجاري)
        if let (Some((Word::Dir(0), dn)), true) = (v.word(at), numeric_day(i).is_some()) {
            return Some(in_month(0, at + dn));
        }
        // 25 من الشهر الجاري، العاشر من الشهر (الميلادي) الماضي: a day of the month the text
        // points to (الشهر الهجري المقبل: a Hijri one, as its sentence counts)
        if let (Some((Word::Unit(Unit::Month), un)), true) = (v.word(at), at > i + 1) {
            let un = un + usize::from(matches!(v.word(at + un), Some((Word::Era(_), 1))));
            if let Some((Word::Dir(dir), dn)) = v.word(at + un) {
                return Some(in_month(dir, at + un + dn));
            }
        }
        if let Some((w, n)) = v.word(at) {
            // تموز/يوليو، يوليو (تموز)
            let month = match w {
                Word::Month(m) => Some(m),
                _ => None,
            };
            let k = v.past_second_month_name(at + n, month);
            // السادس من أغسطس المقبل، الثاني من يونيو الماضي
            let (dir, dn) = match v.word(k) {
                Some((Word::Dir(d), dn)) => (d, dn),
                _ => (0, 0),
            };
            match w {
                Word::Month(m) => {
                    if let Some((y, _, end)) =
                        year_at(k).filter(|(y, h, _)| is_year(*y) && *h != Some(true))
                    {
                        if let Some(z) = civil_day(y, m, d as u32) {
                            return Some(Found {
                                end,
                                value: day(z),
                                precision: DatePrecision::Day,
                                relative: false,
                            });
                        }
                    }
                    // (15 يوليو من العام الماضي، 15 يوليو هذا العام: the year it names)
                    if let Some((offset, end)) = relative_year_at(v, k + dn) {
                        return Some(Found {
                            end,
                            value: rel(&|r| {
                                civil_day(civil_from_days(r).0 + offset, m, d as u32).map(iso)
                            }),
                            precision: DatePrecision::Day,
                            relative: true,
                        });
                    }
                    // no year: the occurrence its direction word names, else the nearest (in
                    // the year the sentence tells of, when it names an earlier one: في عام 1993
                    // حين قتل طالب في الرابع من يوليو)
                    let told = match (dn, v.story_before(i)) {
                        (0, Story::Year(y)) => Some(y),
                        _ => None,
                    };
                    let value = rel(&|r| {
                        let (ry, _, _) = civil_from_days(r);
                        if let Some(y) = told.filter(|&y| y < ry) {
                            return civil_day(y, m, d as u32).map(iso);
                        }
                        let day_in = |y: i64| civil_day(y, m, d as u32);
                        nearest_occurrence(r, dir, [ry - 1, ry, ry + 1].map(day_in)).map(iso)
                    });
                    return Some(Found {
                        end: k + dn,
                        value,
                        precision: DatePrecision::Day,
                        relative: true,
                    });
                }
                Word::Hijri(m) => {
                    if let Some((y, _, end)) =
                        year_at(k).filter(|(y, h, _)| is_hijri_year(*y) && *h != Some(false))
                    {
                        return Some(Found {
                            end,
                            value: day(days_from_hijri(y, m, d as u32)),
                            precision: DatePrecision::Day,
                            relative: false,
                        });
                    }
                    // السابع من ذي القعدة المقبل: in the Hijri year its direction word names
                    // (صفر and رجب are also "zero" and a name: 2 صفر is a score)
                    let short_name = v.form(at + n - 1).chars().count() <= 3;
                    if d <= 30 && !(short_name && dir == 0) {
                        let value = rel(&|r| {
                            let (hy, _, _) = hijri_from_days(r);
                            let candidates =
                                [hy - 1, hy, hy + 1].map(|y| Some(days_from_hijri(y, m, d as u32)));
                            nearest_occurrence(r, dir, candidates).map(iso)
                        });
                        return Some(Found {
                            end: k + dn,
                            value,
                            precision: DatePrecision::Day,
                            relative: true,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    // منذ 26 يوماً، قبل 3 أسابيع: a count of days or weeks before the reference
    if matches!(v.form(i), "منذ" | "قبل" | "ومنذ" | "وقبل") {
        if let Some(count) = v.number(i + 1).filter(|c| (1..=400).contains(c)) {
            let unit = match v.form(i + 2) {
                "يوما" | "يوم" | "ايام" => Some((1, false)),
                "اسبوعا" | "اسبوع" | "اسابيع" => Some((7, true)),
                _ => None,
            };
            // (قبل 48 ساعة: whole days back)
            let unit =
                unit.or_else(|| matches!(v.form(i + 2), "ساعة" | "ساعات").then_some((1, false)));
            let count = if matches!(v.form(i + 2), "ساعة" | "ساعات") {
                count / 24
            } else {
                count
            };
            // (قبل 3 أيام من الانتخابات، قبل 12 ساعة فقط من وصوله count from something else)
            let after = if matches!(v.form(i + 3), "فقط" | "تقريبا" | "فحسب") {
                i + 4
            } else {
                i + 3
            };
            let from_other = matches!(v.form(after), "من" | "على");
            if let (Some((days, vague)), false) = (unit, from_other) {
                return Some(Found {
                    end: i + 3,
                    value: rel(&|r| day(r - count * days)),
                    precision: if vague {
                        DatePrecision::Week
                    } else {
                        DatePrecision::Day
                    },
                    relative: true,
                });
            }
        }
    }
    if let Some((w, n)) = v.word(i) {
        match w {
            // month + year, or month with a direction word (يناير الماضي)
            Word::Month(m) => {
                // يوليو (تموز) الحالي، تموز/يوليو 2015: the second name is skipped
                let one_name = n;
                let n = v.past_second_month_name(i + n, Some(m)) - i;
                // a month written with its second name is a month, not a name (أيار)
                let both_names = n > one_name;
                if let Some((y, _, end)) =
                    year_at(i + n).filter(|(y, h, _)| is_year(*y) && *h != Some(true))
                {
                    return Some(Found {
                        end,
                        value: month_value(y, m),
                        precision: DatePrecision::Month,
                        relative: false,
                    });
                }
                // (مايو ويونيو 1999: the year written after the month joined to it)
                if let Some((Word::Month(_), k)) = v.word(i + n) {
                    if v.raw(i + n).starts_with('و') {
                        let after = v.past_second_month_name(i + n + k, None);
                        if let Some((y, _, _)) =
                            year_at(after).filter(|(y, h, _)| is_year(*y) && *h != Some(true))
                        {
                            return Some(Found {
                                end: i + n,
                                value: month_value(y, m),
                                precision: DatePrecision::Month,
                                relative: false,
                            });
                        }
                    }
                }
                let dir = match v.word(i + n) {
                    Some((Word::Dir(d), dn)) => Some((d, dn)),
                    _ => None,
                };
                let year = relative_year_at(v, i + n);
                if dir.is_some() || v.month_named_alone(i) || both_names || year.is_some() {
                    let dn = dir.map_or(0, |d| d.1);
                    // (سبتمبر من العام الجاري، أكتوبر من العام الماضي: the year it names)
                    let year = year.or_else(|| relative_year_at(v, i + n + dn));
                    let end = year.map_or(i + n + dn, |y| y.1);
                    // (يناير وفبراير من العام الماضي: the year the month joined to it names)
                    let joined_year = || match v.word(i + n + dn) {
                        Some((Word::Month(_), k)) if v.form(i + n + dn).starts_with('و') => {
                            let after = v.past_second_month_name(i + n + dn + k, None);
                            relative_year_at(v, after)
                        }
                        _ => None,
                    };
                    let year = year.or_else(joined_year);
                    let story = v.story_before(i);
                    let value = rel(&|r| {
                        month_value(
                            month_year(r, m, dir.map(|d| d.0), year.map(|y| y.0), story),
                            m,
                        )
                    });
                    return Some(Found {
                        end,
                        value,
                        precision: DatePrecision::Month,
                        relative: true,
                    });
                }
            }
            Word::Hijri(m) => {
                if let Some((y, _, end)) =
                    year_at(i + n).filter(|(y, h, _)| is_hijri_year(*y) && *h != Some(false))
                {
                    return Some(Found {
                        end,
                        value: hijri_month_value(y, m),
                        precision: DatePrecision::Month,
                        relative: false,
                    });
                }
                // شهر رمضان الماضي، في رمضان: its middle day, in the Hijri year its direction
                // word names (صفر and رجب are also "zero" and a name: only
                // after شهر or with a direction word)
                let k = i + n;
                let (dir, dn) = match v.word(k) {
                    Some((Word::Dir(d), dn)) => (Some(d), dn),
                    _ => (None, 0),
                };
                if dir.is_some() || v.month_named_alone(i) {
                    let value = rel(&|r| {
                        let (hy, _, _) = hijri_from_days(r);
                        let candidates =
                            [hy - 1, hy, hy + 1].map(|y| Some(days_from_hijri(y, m, 15)));
                        day(nearest_occurrence(r, dir.unwrap_or(0), candidates)?)
                    });
                    return Some(Found {
                        end: k + dn,
                        value,
                        precision: DatePrecision::Month,
                        relative: true,
                    });
                }
            }
            // (a weekday closing a short name in marks is the name's: برنامج "لقاء الخميس";
            // not a day or a time of it in marks, «يوم الخميس»)
            Word::Weekday(_)
                if i >= 2
                    && is_quote_mark(v.raw(i - 2))
                    && is_quote_mark(v.raw(i + n))
                    && v.word(i - 1).is_none()
                    && !time_of_day(v.form(i - 1))
                    && v.form(i - 1).chars().all(char::is_alphabetic) => {}
            // (يوم) الأحد (الماضي)
            Word::Weekday(wd) => {
                let (mut dir, dn) = match (v.word(i + n), v.form(i + n)) {
                    (Some((Word::Dir(d), dn)), _) => (d, dn),
                    // (الأربعاء بعد المقبل: the week after the next one)
                    (_, "بعد") => match v.word(i + n + 1) {
                        Some((Word::Dir(1), dn)) => (2, 1 + dn),
                        _ => (0, 0),
                    },
                    _ => (0, 0),
                };
                // (يومي الجمعة والسبت المقبلين: the direction after the second of two
                // weekdays joined by و is the first one's too)
                // (and a past first one is the days before the second: يومي الأربعاء والخميس
                // الماضيين, told on a Thursday, are the Wednesday and Thursday of last week)
                let mut second = None;
                if dn == 0 {
                    let k = i + n + usize::from(v.form(i + n) == "و");
                    if let Some((wd2, n2)) = v.weekday_at(k) {
                        if let Some((Word::Dir(d), _)) = v.word(k + n2) {
                            dir = d;
                            second = Some(wd2);
                        }
                    }
                }
                if let Some(f) = written_date_after(v, i + n + dn, wd, reference) {
                    return Some(f);
                }
                // (ستعقد الجلسة الخميس، من المقرر عقد جولة يوم الاثنين: in a clause that
                // tells of what is to come, the next such day)
                let ahead = dir == 0 && v.clause_looks_ahead(i);
                // (the second of two coming days joined by و is after the first: يومي الأحد
                // والاثنين المقبلين, told on a Sunday, are the next Sunday and the Monday after)
                let first_of_pair = (1..=2)
                    .filter_map(|back| i.checked_sub(back))
                    .find_map(|k| {
                        let joined = v.form(k + 1) == "و" || v.raw(i).starts_with('و');
                        v.weekday_at(k)
                            .filter(|&(_, n0)| {
                                joined && k + n0 + usize::from(v.form(k + n0) == "و") == i
                            })
                            .map(|(wd0, _)| wd0)
                    });
                // (days from the reference to the next such weekday, a week on when it is today)
                let to_next = |d: i64| if d == 0 { 7 } else { 7 - d };
                let value = rel(&|r| {
                    let diff = days_since(r, wd);
                    let after_first = first_of_pair
                        .is_some_and(|wd0| to_next(diff) < to_next(days_since(r, wd0)));
                    Some(iso(match dir {
                        1 if after_first => r + 7 + to_next(diff),
                        1 => r + to_next(diff),
                        2 => r + 7 + to_next(diff),
                        -1 => match second {
                            Some(wd2) => {
                                let diff2 = days_since(r, wd2);
                                let last = r - if diff2 == 0 { 7 } else { diff2 };
                                last - (wd2 as i64 - wd as i64).rem_euclid(7)
                            }
                            None => r - if diff == 0 { 7 } else { diff },
                        },
                        _ if ahead && diff != 0 => r + 7 - diff,
                        _ => r - diff,
                    }))
                });
                return Some(Found {
                    end: i + n + dn,
                    value,
                    precision: DatePrecision::Day,
                    relative: true,
                });
            }
            // عيد الفطر، ثاني أيام عيد الأضحى، عشية العيد: the feast's day nearest the reference
            // (العيد: whichever Eid is nearest)
            // (not العيد الوطني, a national day)
            Word::Feast(0, _, _) if v.form(i + n).starts_with("ال") => {}
            // (a bare العيد is a day only in a frame of time: خلال العيد، أيام العيد، إجازة
            // العيد; not معاني العيد, أجواء العيد)
            Word::Feast(0, 0, 0)
                if n == 1
                    && v.form(i).ends_with("العيد")
                    && !i
                        .checked_sub(1)
                        .is_some_and(|p| lexicon().feast_frames.contains(v.form(p))) => {}
            Word::Feast(m, d, off) => {
                let value = rel(&|r| {
                    let (hy, _, _) = hijri_from_days(r);
                    let feasts: &[(u32, u32)] = if m == 0 {
                        &[(10, 1), (12, 10)]
                    } else {
                        &[(m, d)]
                    };
                    feasts
                        .iter()
                        .flat_map(|&(m, d)| {
                            [hy - 1, hy, hy + 1].map(|y| days_from_hijri(y, m, d) + off)
                        })
                        .min_by_key(|&c| ((c - r).abs(), c > r))
                        .map(iso)
                });
                return Some(Found {
                    end: i + n,
                    value,
                    precision: DatePrecision::Day,
                    relative: true,
                });
            }
            // قبل يومين، قبل أيام، قبل أسبوع
            Word::Ago(days, vague) => {
                // (قبل يوم 18 سبتمبر: before the day a date names, no day ago)
                if v.form(i + n - 1) == "يوم"
                    && (v.number(i + n).is_some()
                        || matches!(v.word(i + n), Some((Word::Ordinal(_), _))))
                {
                    return None;
                }
                return Some(Found {
                    end: i + n,
                    value: rel(&|r| day(r - days)),
                    precision: if vague {
                        DatePrecision::Week
                    } else {
                        DatePrecision::Day
                    },
                    relative: true,
                });
            }
            // «اليوم» alone in quotation marks is a newspaper's name (لـ «اليوم»)
            Word::Day(_) if i > 0 && is_quote_mark(v.raw(i - 1)) && is_quote_mark(v.raw(i + n)) => {
            }
            // (في اليوم الثالث للعملية: a day counted from something else, not today)
            Word::Day(_) if matches!(v.word(i + n), Some((Word::Ordinal(_), _))) => {}
            // أمس، أول أمس، اليوم; with its weekday (أمس الثلاثاء), the day that weekday names
            Word::Day(off) => {
                // (10 ريالات في اليوم، ثلاث مرات في اليوم: a rate, per day)
                let per_day = off == 0
                    && n == 1
                    && v.form(i) == "اليوم"
                    && i > 0
                    && matches!(v.form(i - 1), "في" | "فى")
                    && !matches!(v.form(i + n), "نفسه" | "ذاته")
                    && (i.saturating_sub(6)..i - 1)
                        .any(|k| v.number(k).is_some() || lexicon().rates.contains(v.form(k)));
                if per_day {
                    return None;
                }
                // (العالم اليوم: the world of today, no day)
                if off == 0 && i > 0 && matches!(v.form(i - 1), "العالم" | "عالم" | "عالمنا")
                {
                    return None;
                }
                // (فريدمان غدا هو المحتكر: the verb "became" between its subject and a
                // pronoun, no tomorrow; أعلنت أن غدا هو المتمم is)
                let word = |k: usize| {
                    let f = v.form(k);
                    !f.is_empty() && f.chars().all(char::is_alphabetic)
                };
                if off == 1
                    && matches!(v.form(i + n), "هو" | "هي" | "هم" | "هن")
                    // (a predicate after the pronoun, not a colon: الاحتمال الأصعب … غدًا هو:)
                    && word(i + n + 1)
                    && i > 0
                    && word(i - 1)
                    && !rasid_arabic::is_stopword(v.form(i - 1))
                {
                    return None;
                }
                if let Some((wd, wn)) = v.weekday_at(i + n) {
                    // (اليوم الثلاثاء 19/10/1436هـ: the date written after it)
                    if let Some(f) = written_date_after(v, i + n + wn, wd, reference) {
                        return Some(f);
                    }
                    return Some(Found {
                        end: i + n + wn,
                        // (the weekday wins over the day word: see writing_day)
                        value: rel(&|r| day(r + off - days_since(r + off, wd))),
                        precision: DatePrecision::Day,
                        relative: true,
                    });
                }
                return Some(Found {
                    end: i + n,
                    value: rel(&|r| day(r + off)),
                    precision: DatePrecision::Day,
                    relative: true,
                });
            }
            // (العام 2014, للعام 2014: the year written after it, read below)
            Word::Unit(Unit::Year) if v.number(i + n).is_some_and(is_year) => {}
            // (أواخر) الأسبوع/الشهر/العام (الفائت)
            Word::Part(_) | Word::Unit(_) => {
                let (part, k) = match w {
                    Word::Part(p) => (Some(p), i + n),
                    _ => (None, i),
                };
                // نهاية 2014، مطلع عام 2015: that part of the year written, by the month that
                // stands for it (as مطلع العام المقبل)
                if let Some(p) = part {
                    if let Some((y, era, end)) = year_at(k) {
                        if era != Some(true) && is_year(y) {
                            return Some(Found {
                                end,
                                value: month_value(y, year_part_month(p)),
                                precision: DatePrecision::Month,
                                relative: false,
                            });
                        }
                    }
                }
                // منتصف يوليو (تموز) الحالي، أواخر آذار، نهاية شهر شوال الجاري: the day that
                // stands for that part of the month, in the year the text gives
                let km = k + usize::from(part.is_some() && v.form(k) == "شهر");
                if let (Some(p), Some((Word::Month(m), mn))) = (part, v.word(km)) {
                    let month = scan(v, km, reference)
                        .filter(|f| f.precision == DatePrecision::Month)
                        .map(|f| (f.end, f.value.as_deref().and_then(year_month)));
                    let (end, ym) = month.unwrap_or_else(|| {
                        // (with the month's second name: منتصف مارس (آذار))
                        let story = v.story_before(i);
                        let ym = reference.map(|r| (month_year(r, m, None, None, story), m));
                        (v.past_second_month_name(km + mn, Some(m)), ym)
                    });
                    return Some(Found {
                        end,
                        value: ym.and_then(|(y, m)| day(part_day(gregorian_month_days(y, m), p))),
                        precision: DatePrecision::Month,
                        relative: true,
                    });
                }
                if let (Some(p), Some((Word::Hijri(_), _))) = (part, v.word(km)) {
                    if let Some(found) = scan(v, km, reference) {
                        let value = found.value.as_deref().and_then(parse_iso).map(|mid| {
                            let (y, m, _) = hijri_from_days(mid);
                            iso(part_day(hijri_month_days(y, m), p))
                        });
                        return Some(Found { value, ..found });
                    }
                }
                // (بداية هذا العام، نهاية هذا الشهر: a part of the current one)
                let k = k + usize::from(part.is_some() && matches!(v.form(k), "هذا" | "هذه"));
                let Some((Word::Unit(unit), un)) = v.word(k) else {
                    return None;
                };
                let (dir, dn) = match v.word(k + un) {
                    Some((Word::Dir(d), dn)) => (d, dn),
                    _ if part.is_some() => (0, 0),
                    _ => return None, // "الأسبوع" alone is not a date
                };
                let mut end = k + un + dn;
                let (value, precision) = period(unit, dir, part, reference);
                // (العام الماضي 2014م: the year it names, written after it)
                if let (Unit::Year, None, Some(y)) = (unit, part, v.number(end)) {
                    if value.as_deref() == Some(format!("{y:04}").as_str()) {
                        end += 1;
                        if let Some((Word::Era(false), n)) = v.word(end) {
                            end += n;
                        }
                    }
                }
                return Some(Found {
                    end,
                    value,
                    precision,
                    relative: true,
                });
            }
            _ => {}
        }
    }
    // الربع الثاني (من العام الجاري، من عام 2014، لعام 2015): a quarter of a year, dated like a
    // season by its middle month, in the year written after it, else the nearest such quarter
    if let Some((word @ (Word::Quarter(mid) | Word::Half(mid)), n)) = v.word(i) {
        let half = matches!(word, Word::Half(_));
        let mut end = i + n;
        // (من) العام الجاري / الماضي / المقبل، من هذا العام
        let year = relative_year_at(v, end)
            .and_then(|(offset, e)| {
                end = e;
                let y = reference.map(|r| civil_from_days(r).0 + offset)?;
                // (النصف الأول من العام الحالي 2015م: the year written again after it)
                if let Some((_, _, e)) = year_at(end).filter(|&(written, _, _)| written == y) {
                    end = e;
                }
                Some(y)
            })
            .or_else(|| {
                // (2015، من 2015م، من عام 2014، لعام 2015)
                let k = end + usize::from(matches!(v.form(end), "لعام" | "للعام" | "من"));
                let (y, era, e) = year_at(k)?;
                (era != Some(true) && is_year(y)).then(|| {
                    end = e;
                    y
                })
            })
            .or_else(|| {
                // (النصف الثاني من العام: the year of the publication)
                (v.form(end) == "من"
                    && v.form(end + 1) == "العام"
                    && !matches!(v.word(end + 2), Some((Word::Dir(_), _))))
                .then(|| {
                    end += 2;
                    reference.map(|r| civil_from_days(r).0)
                })
                .flatten()
            });
        // (else the year its sentence tells of; the nearest quarter in a sentence of what is to
        // come; else the last one that has begun, its middle at most 45 days ahead)
        let story = v.story_before(i);
        if half && year.is_none() && !matches!(story, Story::Year(_)) {
            return None;
        }
        let value = match (year, story) {
            (Some(y), _) | (None, Story::Year(y)) => month_value(y, mid),
            (None, _) => reference.and_then(|r| {
                let y = if story == Story::Future {
                    year_of_middle(r, mid, r, 0)?
                } else {
                    year_of_middle(r, mid, r + 45, -1)?
                };
                month_value(y, mid)
            }),
        };
        return Some(Found {
            end,
            value,
            precision: DatePrecision::Month,
            relative: year.is_none(),
        });
    }
    // الشتاء الماضي، الصيف المقبل، هذا الصيف: the season's middle month (the last one before
    // the publication's own season, this one, or the next one after it)
    let season = if matches!(v.form(i), "هذا" | "هذه") {
        v.word(i + 1).and_then(|(w, n)| match w {
            Word::Season(mid) => Some((mid, 1 + n, 0, 0)),
            _ => None,
        })
    } else {
        v.word(i).and_then(|(w, n)| match (w, v.word(i + n)) {
            (Word::Season(mid), Some((Word::Dir(dir), dn))) => Some((mid, n, dir, dn)),
            _ => None,
        })
    };
    if let Some((mid, n, dir, dn)) = season {
        // (a season runs about 46 days either side of its middle: the last one is over before
        // the publication's season began, the next begins after it ends)
        let value = reference.and_then(|r| {
            let y = year_of_middle(r, mid, r + dir.signum() * 46, dir.signum())?;
            month_value(y, mid)
        });
        return Some(Found {
            end: i + n + dn,
            value,
            precision: DatePrecision::Month,
            relative: true,
        });
    }
    // هذا الأسبوع، هذا الشهر، (ل)هذا العام: the current one
    if matches!(
        v.form(i).trim_start_matches(['و', 'ل', 'ب', 'ف']),
        "هذا" | "هذه"
    ) {
        if let Some((Word::Unit(unit), un)) = v.word(i + 1) {
            let (value, precision) = period(unit, 0, None, reference);
            return Some(Found {
                end: i + 1 + un,
                value,
                precision,
                relative: true,
            });
        }
    }
    // 1436 / 1437هـ، (1888 – 1952م): the first year of a range takes the mark of the second
    if let (Some(y), Some(y2), Some((Word::Era(hijri), _))) =
        (v.number(i), v.number(i + 2), v.word(i + 3))
    {
        let range = matches!(v.form(i + 1), "/" | "-" | "–") && (1..=120).contains(&(y2 - y));
        if let Some(value) = era_year_value(y, hijri).filter(|_| range) {
            return Some(Found {
                end: i + 1,
                value: Some(value),
                precision: DatePrecision::Year,
                relative: false,
            });
        }
    }
    // 2015م، 1436هـ: a year with its era mark, wherever it stands (not 2000 م2, مسافة 2000م:
    // meters)
    let measured = i > 0 && matches!(v.word(i - 1), Some((Word::Measure, 1)));
    let squared = |k: usize| v.number(k).is_some() || matches!(v.form(k), "²" | "٢");
    if let (Some(y), Some((Word::Era(hijri), n)), false) = (v.number(i), v.word(i + 1), measured) {
        if !hijri && squared(i + 1 + n) {
            return None;
        }
        let value = era_year_value(y, hijri);
        if value.is_some() {
            return Some(Found {
                end: i + 1 + n,
                value,
                precision: DatePrecision::Year,
                relative: false,
            });
        }
    }
    // a chronology line: "1978 - اغتيال …", "2011: انسحاب …"
    if let Some(y) = v.number(i).filter(|y| is_year(*y)) {
        // (or a sentence's start: a chronology's lines may run on, "… ديغول. 1943- فرار …")
        let line_start = i == 0
            || v.line_start.get(i).copied().unwrap_or(false)
            || matches!(v.form(i - 1), "." | "؟" | "!");
        if line_start && matches!(v.form(i + 1), "-" | ":" | "–" | "—") {
            return Some(Found {
                end: i + 1,
                value: Some(format!("{y:04}")),
                precision: DatePrecision::Year,
                relative: false,
            });
        }
    }
    // عام 2014، سنة 1441 هـ، في 2011
    let year_word = {
        let f = v.form(i);
        let f = f.strip_prefix(['و', 'ف']).unwrap_or(f);
        let f = f.strip_prefix(['ل', 'ب']).unwrap_or(f);
        // (صيف 2014: the year of a season)
        // (للعام، للسنة: ل on the article)
        matches!(f, "عام" | "العام" | "سنة" | "لعام" | "لسنة")
            || matches!(v.word(i), Some((Word::Season(_), 1)))
                && v.number(i + 1).is_some_and(is_year)
    };
    if year_word || year_preposition(v.form(i)) {
        // (في 2015/07/15 is a numeric date, read from its first number)
        let numeric_date =
            |end: usize| matches!(v.form(end), "/" | "-" | ".") && v.number(end + 1).is_some();
        // (عام 1436هـ/ 2015م: a year with its era mark is no numeric date)
        if let Some((y, hijri, end)) =
            year_at(i + 1).filter(|&(_, era, end)| era.is_some() || !numeric_date(end))
        {
            // (عام 1436 with no era mark, in a text of these years: the Hijri year; عام 1453
            // five centuries back stays no date)
            let hijri_unmarked = hijri.is_none()
                && year_word
                && is_hijri_year(y)
                && reference.is_some_and(|r| (hijri_from_days(r).0 - y).abs() <= 10);
            if hijri == Some(true) && is_hijri_year(y) || hijri_unmarked {
                // (a Hijri year straddles two Gregorian ones: its middle day)
                return Some(Found {
                    end,
                    value: hijri_year_value(y),
                    precision: DatePrecision::Year,
                    relative: false,
                });
            }
            if is_year(y) {
                return Some(Found {
                    end,
                    value: Some(format!("{y:04}")),
                    precision: DatePrecision::Year,
                    relative: false,
                });
            }
        }
    }
    None
}

/// Finds temporal expressions and resolves them.
/// Whether a date mention's text names the day after what follows it (غداة): it dates only
/// what comes after it, not the verb before it.
pub(crate) fn dates_what_follows(mention: &str) -> bool {
    is_morrow(&Normalizer::search().normalize_str(mention))
}

/// [`dates_what_follows`] for a search-normalized form.
pub(crate) fn is_morrow(form: &str) -> bool {
    let form = form.strip_prefix('و').unwrap_or(form);
    matches!(lexicon().words.get(form), Some(Word::Morrow(_)))
}

pub struct DateTagger;

impl Component for DateTagger {
    fn name(&self) -> &'static str {
        "dates"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let reference = doc.meta.published.as_deref().and_then(parse_iso);
        let line_start: Vec<bool> = (0..doc.tokens.len())
            .map(|i| {
                i == 0
                    || doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start].contains('\n')
            })
            .collect();
        let mut v = View {
            line_start,
            forms: crate::search_forms(doc),
            kinds: doc.tokens.iter().map(|t| t.kind).collect(),
            spans: &doc.tokens,
            text: &doc.text,
            words: Vec::new(),
        };
        v.words = (0..v.forms.len()).map(|i| v.lookup_word(i)).collect();
        let reference = reference.map(|p| writing_day(&v, p));
        let prov = self.provenance();
        let mut out = Vec::new();
        let mut i = 0;
        // the day the text last gave, for anaphoric dates (قبل ذلك بيوم)
        // (and where it ends)
        let mut last_day: Option<(i64, usize)> = None;
        // and the month of the last day or month it gave (الشهر ذاته), in its calendar
        // (Hijri: الأول من شهر ذي القعدة … الثامن من الشهر نفسه)
        let mut last_month: Option<(bool, i64, u32)> = None;
        // a day counted from one the text gave, over the n tokens from i
        let day_mention = |i: usize, n: usize, value: Option<String>| DateMention {
            id: String::new(),
            span: Span::new(v.spans[i].span.start, v.spans[i + n - 1].span.end),
            value,
            precision: DatePrecision::Day,
            relative: true,
            provenance: prov.clone(),
        };
        while i < v.forms.len() {
            let word = v.word(i);
            if let Some((Word::Name, n)) = word {
                i += n;
                continue;
            }
            if let Some((Word::After(off), n)) = word {
                out.push(day_mention(i, n, last_day.map(|(d, _)| iso(d + off))));
                i += n;
                continue;
            }
            if let Some((Word::Morrow(off), n)) = word {
                // what follows it is dated by the day its paragraph last gave (without one,
                // وسط ضغوط … غداة التفجير says nothing of when)
                let start = v.spans[i].span.start;
                let in_paragraph = |end: usize| !v.text[end..start].contains('\n');
                if let Some((day, _)) = last_day.filter(|&(_, end)| in_paragraph(end)) {
                    out.push(day_mention(i, n, Some(iso(day + off))));
                }
                i += n;
                continue;
            }
            // الثاني من الشهر ذاته: that day of the month the text last gave
            if let Some((d, end)) = same_month_day(&v, i) {
                let value = last_month
                    .and_then(|(hijri, y, m)| {
                        if hijri {
                            hijri_day(y, m, d as i64)
                        } else {
                            civil_day(y, m, d)
                        }
                    })
                    .map(iso);
                let mut mention = day_mention(i, end - i, value);
                mention.span.start += v.proclitic_len(i);
                if let Some(z) = mention.value.as_deref().and_then(parse_iso) {
                    last_day = Some((z, mention.span.end));
                }
                out.push(mention);
                i = end;
                continue;
            }
            let Some(f) = scan(&v, i, reference) else {
                i += 1;
                continue;
            };
            // (لهذا اليوم العالمي: a name a date word opens is no date, read from where it starts)
            if (i + 1..f.end).any(|j| matches!(v.word(j), Some((Word::Name, _)))) {
                i += 1;
                continue;
            }
            // "يوم" before a weekday or a date, "صباح/مساء" before a day word belong to it,
            // both at most (مساء يوم الأحد) (unless the tagger read it into a name: الاتحاد
            // مساء اليوم)
            let mut start = i;
            while start > 0 && start + 2 > i && {
                let before = v.form(start - 1);
                let in_name = doc.entities[crate::ranges::overlapping(
                    &doc.entities,
                    v.spans[start - 1].span,
                    |e| e.span,
                )]
                .iter()
                .next()
                .is_some();
                // (a time of day before a day only: وظهر الأيام الماضية is "and it appeared")
                time_of_day(before.strip_prefix('و').unwrap_or(before))
                    && !in_name
                    && f.precision == DatePrecision::Day
            } {
                start -= 1;
            }
            // (في 2013، منذ عام 1992، حتى 2019: the preposition before a year is not the date's)
            if year_preposition(v.form(start))
                && (v.number(start + 1).is_some_and(is_year)
                    || matches!(v.form(start + 1), "عام" | "العام"))
                && start + 1 < f.end
            {
                start += 1;
            }
            let span = Span::new(
                v.spans[start].span.start + v.proclitic_len(start),
                v.spans[f.end - 1].span.end,
            );
            // a date word inside a name (روسيا اليوم) is not a date
            let crossing = doc.entities
                [crate::ranges::overlapping(&doc.entities, span, |e| e.span)]
            .iter()
            .any(|e| !span.contains(e.span));
            let mut f = f;
            // الخميس 21 شوال: the weekday the writer saw settles a day the calendars disagree
            // on (a sighting a day off the table)
            // (Hijri dates only: a Gregorian date is exact, and a weekday further back may be
            // the day of the verb, وقالت الوزارة الأربعاء إن 12 مارس …)
            // (and a numeric date whose weekday disagrees with its day-first reading is read
            // month first when that reading agrees: الاثنين الموافق 10/4/1436هـ is the 4th of
            // Shawwal, a Monday, not the 10th of Rabi' al-Akhir, a Friday)
            let hijri = (start..f.end).any(|k| matches!(v.word(k), Some((Word::Hijri(_), _))));
            let numeric = v.number(start).is_some();
            if f.precision == DatePrecision::Day && !f.relative && (hijri || numeric) {
                let weekday_at = |k: Option<usize>| match k.and_then(|k| v.word(k)) {
                    Some((Word::Weekday(wd), _)) => Some(wd),
                    _ => None,
                };
                let joined = |k: usize| matches!(v.form(k), "،" | "," | "(" | "يوم" | "الموافق");
                // (before the date, or opening its mention: يوم الخميس 10 ذي الحجة)
                let opening = (start..(start + 2).min(f.end)).find_map(|k| weekday_at(Some(k)));
                let wd = opening
                    .or_else(|| weekday_at(start.checked_sub(1)))
                    .or_else(|| {
                        start
                            .checked_sub(1)
                            .filter(|&k| joined(k))
                            .and_then(|k| weekday_at(k.checked_sub(1)))
                    });
                if let (Some(wd), Some(z)) = (wd, f.value.as_deref().and_then(parse_iso)) {
                    let shift = [-1, 1].into_iter().find(|s| weekday(z + s) == wd);
                    let swapped = month_first(&v, start)
                        .filter(|m| m.end == f.end)
                        .and_then(|m| m.value)
                        .filter(|m| parse_iso(m).is_some_and(|d| weekday(d) == wd));
                    if weekday(z) == wd {
                    } else if let Some(m) = swapped.filter(|_| numeric) {
                        f.value = Some(m);
                    } else if let Some(shift) = shift.filter(|_| hijri) {
                        f.value = Some(iso(z + shift));
                    }
                }
            }
            // يومي الخميس والجمعة من كل أسبوع، كل خميس: days that recur, no date
            // (past a coordinated day: الخميس والجمعة من كل أسبوع)
            let recurring = (f.end..f.end + 3).any(|k| v.form(k) == "من" && v.form(k + 1) == "كل")
                || start > 0 && v.form(start - 1) == "كل";
            // واليوم الآخر: the Last Day of the creed, not a date
            let last_day_of_creed = v.form(f.end) == "الاخر" && v.form(start).ends_with("اليوم");
            // ثورة 25 يناير، قصر 22 مايو: a revolution or a place named by its day, not a date
            // of this story (with its year, ثورة 14 تموز 1958, the date stands)
            let revolution = f.relative
                && start > 0
                && lexicon()
                    .named_by_day
                    .contains(v.form(start - 1).trim_start_matches(['و', 'ب', 'ل', 'ف']));
            if !crossing && !last_day_of_creed && !revolution && !recurring {
                if f.precision == DatePrecision::Day {
                    if let Some(d) = f.value.as_deref().and_then(parse_iso) {
                        last_day = Some((d, span.end));
                    }
                }
                // (a month it names or points to, or a written date; not a weekday's)
                let hijri = (start..f.end).any(|k| matches!(v.word(k), Some((Word::Hijri(_), _))));
                let names_month = (start..f.end).any(|k| {
                    matches!(
                        v.word(k),
                        Some((Word::Month(_) | Word::Hijri(_) | Word::Unit(Unit::Month), _))
                    )
                }) || !f.relative;
                let month = match (f.precision, f.value.as_deref()) {
                    _ if !names_month => None,
                    (DatePrecision::Day, Some(x)) if hijri => parse_iso(x).map(|z| {
                        let (y, m, _) = hijri_from_days(z);
                        (true, y, m)
                    }),
                    (DatePrecision::Day | DatePrecision::Month, Some(x)) if !hijri => x
                        .get(..7)
                        .and_then(|month| parse_iso(&format!("{month}-01")))
                        .map(|z| {
                            let (y, m, _) = civil_from_days(z);
                            (false, y, m)
                        }),
                    _ => None,
                };
                last_month = month.or(last_month);
                out.push(DateMention {
                    id: String::new(),
                    span,
                    value: f.value,
                    precision: f.precision,
                    relative: f.relative,
                    provenance: prov.clone(),
                });
            }
            i = f.end.max(i + 1);
        }
        range_start_years(&doc.text, &mut out);
        night_across_two_days(&doc.text, &mut out);
        for (n, d) in out.iter_mut().enumerate() {
            d.id = format!("d{}", n + 1);
        }
        doc.dates = out;
    }
}

/// ليل الثلاثاء الأربعاء، ليلة الاثنين - الثلاثاء: a night named by the two days it spans is
/// one expression, dated by the evening it began (after midnight, بعد منتصف ليل …, by the
/// second day).
fn night_across_two_days(text: &str, dates: &mut Vec<DateMention>) {
    let mut k = 1;
    while k < dates.len() {
        let (night, next) = (&dates[k - 1], &dates[k]);
        let written = night.span.slice(text);
        let opens_with_night = ["ليل ", "ليلة ", "ليله "]
            .iter()
            .any(|w| written.starts_with(w));
        let joined = text
            .get(night.span.end..next.span.start)
            .is_some_and(|between| {
                between
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '/'))
                    .is_empty()
            });
        let day = |d: &DateMention| {
            (d.precision == DatePrecision::Day)
                .then(|| d.value.as_deref().and_then(parse_iso))
                .flatten()
        };
        let consecutive = matches!((day(night), day(next)), (Some(a), Some(b)) if b == a + 1);
        // (the next one a weekday as written, not a date: ليل الجمعة 24 يوليو)
        let bare_weekday = next.relative && !next.span.slice(text).contains(char::is_numeric);
        if opens_with_night && joined && consecutive && bare_weekday {
            let after_midnight = text[..night.span.start].trim_end().ends_with("بعد منتصف");
            let merged = DateMention {
                span: Span::new(night.span.start, next.span.end),
                value: if after_midnight {
                    next.value.clone()
                } else {
                    night.value.clone()
                },
                ..night.clone()
            };
            dates[k - 1] = merged;
            dates.remove(k);
        } else {
            k += 1;
        }
    }
}

/// من أول يناير وحتى 15 يوليو هذا العام: the first date of a range, written without its year,
/// that would come after the last takes the last's year (or the year before: من ديسمبر إلى
/// مارس 2015).
fn range_start_years(text: &str, dates: &mut [DateMention]) {
    for k in 1..dates.len() {
        let (start, end) = (&dates[k - 1], &dates[k]);
        // (mentions may nest: يومين inside بعد يومين من …)
        if start.span.end > end.span.start {
            continue;
        }
        let opens = text[..start.span.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "من" | "ومن" | "منذ"));
        let between = text[start.span.end..end.span.start]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ','));
        // (not a dash: يونيو - حزيران names one month twice)
        let joins = matches!(between, "إلى" | "الى" | "حتى" | "وحتى" | "ولغاية");
        let (Some(a), Some(b)) = (start.value.as_deref(), end.value.as_deref()) else {
            continue;
        };
        // (more than a month after it: a start a few days after an end counted in the other
        // calendar, or a weekday, is read as written)
        let month_start = |v: &str| v.get(..7).and_then(|m| parse_iso(&format!("{m}-01")));
        let after = match (month_start(a), month_start(b)) {
            (Some(x), Some(y)) => x - y > 31,
            _ => false,
        };
        if !(opens && joins && start.relative && after) {
            continue;
        }
        let (Ok(year), Ok(end_year)) = (a[..4].parse::<i32>(), b[..4].parse::<i32>()) else {
            continue;
        };
        // the end's year, or the one before when the start's month and day come later in it
        let moved = |y: i32| format!("{y:04}{}", &a[4..]);
        let mut y = end_year;
        if moved(y).as_str() > b {
            y -= 1;
        }
        if y < year {
            dates[k - 1].value = Some(moved(y));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pipeline, Segmenter};
    use rasid_doc::Meta;

    fn dates(
        text: &str,
        published: Option<&str>,
    ) -> Vec<(String, Option<String>, DatePrecision, bool)> {
        let meta = Meta {
            published: published.map(str::to_string),
            ..Default::default()
        };
        let mut d = Document::new("t".into(), meta, text.into());
        Pipeline::new(vec![Box::new(Segmenter), Box::new(DateTagger)]).run(&mut d);
        d.dates
            .iter()
            .map(|x| {
                (
                    x.span.slice(&d.text).to_string(),
                    x.value.clone(),
                    x.precision,
                    x.relative,
                )
            })
            .collect()
    }

    /// Asserts each date's text and value, in order.
    fn assert_values(text: &str, published: Option<&str>, want: &[(&str, Option<&str>)]) {
        let found = dates(text, published);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|(t, v, _, _)| (t.as_str(), v.as_deref()))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    fn one(text: &str, published: Option<&str>) -> (String, Option<String>, DatePrecision) {
        let d = dates(text, published);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        (d[0].0.clone(), d[0].1.clone(), d[0].2)
    }

    const PUB: Option<&str> = Some("2020-03-18"); // a Wednesday

    #[test]
    fn absolute_dates_in_both_month_systems() {
        assert_eq!(
            one("وقع الهجوم في 21 تموز 2015 قرب المدينة", None),
            (
                "21 تموز 2015".into(),
                Some("2015-07-21".into()),
                DatePrecision::Day
            )
        );
        assert_eq!(
            one("في 3 كانون الأوّل 2011 انسحبت", None).1.as_deref(),
            Some("2011-12-03")
        );
        assert_eq!(
            one("بتاريخ 21 تموز/يوليو 2015 وقع", None),
            (
                "21 تموز/يوليو 2015".into(),
                Some("2015-07-21".into()),
                DatePrecision::Day
            )
        );
        assert_eq!(
            one("منذ كانون الأوّل 2011 والقوات", None),
            (
                "كانون الأوّل 2011".into(),
                Some("2011-12".into()),
                DatePrecision::Month
            )
        );
        assert_eq!(one("في شهر يناير 2020", None).1.as_deref(), Some("2020-01"));
        assert_eq!(
            one("بتاريخ 21/7/2015 وقع", None).1.as_deref(),
            Some("2015-07-21")
        );
        assert_eq!(
            one("بتاريخ ٢٠١٥-٠٧-٢١ وقع", None).1.as_deref(),
            Some("2015-07-21")
        );
        assert_eq!(
            one("عاد التنظيم عام 2014 إلى", None),
            ("عام 2014".into(), Some("2014".into()), DatePrecision::Year)
        );
    }

    #[test]
    fn hijri_dates_are_converted() {
        assert_eq!(
            one("في 1 رمضان 1441 هـ بدأ", None),
            (
                "1 رمضان 1441 هـ".into(),
                Some("2020-04-24".into()),
                DatePrecision::Day
            )
        );
        // the Umm al-Qura table's day, unless the weekday written with it says otherwise
        assert_eq!(
            one("في 10 ذي الحجة 1436هـ", None).1.as_deref(),
            Some("2015-09-23")
        );
        let found = dates("يوم الخميس 10 ذي الحجة 1436هـ", None);
        assert_eq!(found.last().unwrap().1.as_deref(), Some("2015-09-24"));
        assert_eq!(one("خلال عام 1441هـ", None).2, DatePrecision::Year);
    }

    #[test]
    fn seasons_with_a_direction_are_their_middle_month() {
        // (the publication, PUB, is in March 2020: in spring)
        let month = |t: &str| one(t, PUB).1;
        assert_eq!(month("وبرز دوره في الشتاء الماضي"), Some("2020-01".into()));
        assert_eq!(month("وبرز دوره في الصيف الماضي"), Some("2019-07".into()));
        assert_eq!(month("ويبدأ في الصيف المقبل"), Some("2020-07".into()));
        assert_eq!(month("وبدأ هذا الربيع"), Some("2020-04".into()));
        assert_eq!(month("وانتقل في الربيع الماضي"), Some("2019-04".into()));
        // a season alone is no date (الربيع العربي)
        assert!(dates("أحداث الربيع العربي", PUB).is_empty());
    }

    #[test]
    fn days_ago_and_parts_of_a_named_month() {
        assert_eq!(
            one("وقع الهجوم قبل يومين في", PUB),
            (
                "قبل يومين".into(),
                Some("2020-03-16".into()),
                DatePrecision::Day
            )
        );
        assert_eq!(
            one("أحرقوا المنزل قبل أيام", PUB),
            (
                "قبل أيام".into(),
                Some("2020-03-15".into()),
                DatePrecision::Week
            )
        );
        assert_eq!(one("قبل 5 أيام", PUB).1.as_deref(), Some("2020-03-13"));
        assert_eq!(
            one("اعتقلوا في منتصف مارس (آذار) الحالي عددا", PUB),
            (
                "منتصف مارس (آذار) الحالي".into(),
                Some("2020-03-15".into()),
                DatePrecision::Month
            )
        );
        // a month after the publication month is last year's
        assert_eq!(one("في أواخر أيار", PUB).1.as_deref(), Some("2019-05-31"));
        assert_eq!(
            one("بحلول منتصف أيار", PUB).1.as_deref(),
            Some("2020-05-15")
        );
        assert_eq!(
            one("وقع ذلك في الثالث من آذار/مارس الحالي", PUB)
                .1
                .as_deref(),
            Some("2020-03-03")
        );
        assert_eq!(
            one("في الحادي والعشرين من يناير 2019", PUB).1.as_deref(),
            Some("2019-01-21")
        );
        assert_eq!(one("قتل أول من أمس", PUB).1.as_deref(), Some("2020-03-16"));
    }

    #[test]
    fn a_month_alone_after_a_preposition_or_with_its_second_name() {
        assert_eq!(
            one("وقعت الحادثة في أيار", PUB),
            ("أيار".into(), Some("2019-05".into()), DatePrecision::Month)
        );
        // what is to come is the coming month; a year the sentence tells of is the month's
        for (text, want) in [
            ("سيعقد المؤتمر في أيار", "2020-05"),
            ("ارتفعت عقود النفط تسليم مايو أيار", "2020-05"),
            ("من المقرر أن تنتهي الأعمال بحلول حزيران", "2020-06"),
            (
                "شن التنظيم في 2014 هجوما واسعا وسيطر على الموصل في حزيران",
                "2014-06",
            ),
            (
                "وهو أعلى مستوى منذ عام 2007 بعد هبوط بدأ في حزيران",
                "2019-06",
            ),
        ] {
            assert_eq!(
                dates(text, PUB).last().and_then(|d| d.1.clone()).as_deref(),
                Some(want),
                "{text}"
            );
        }
        assert_eq!(
            one("اعتقلوه يونيو (حزيران) بعد", PUB).1.as_deref(),
            Some("2019-06")
        );
        // إب is a Yemeni governorate, not آب
        assert!(dates("اشتباكات عنيفة في إب وتعز", PUB).is_empty());
        assert_eq!(one("وفي آب قتل ثلاثة", PUB).1.as_deref(), Some("2019-08"));
    }

    #[test]
    fn anaphoric_dates_count_from_the_date_last_given() {
        assert_values(
            "قتل جنديان أمس في هجوم، وقتل شرطي في اليوم نفسه، وكان انفجار قد وقع قبل ذلك بيوم.",
            PUB,
            &[
                ("أمس", Some("2020-03-17")),
                ("اليوم نفسه", Some("2020-03-17")),
                ("قبل ذلك بيوم", Some("2020-03-16")),
            ],
        );
        // nothing to count from: unresolved, the text kept
        assert_eq!(one("وفي اليوم التالي اعتقل", PUB).1, None);
    }

    #[test]
    fn a_day_of_a_month_takes_the_year_its_sentence_tells_of() {
        // published 2020-03-18
        assert_values(
            "وكانت الجريمة السابقة في عام 1993 حين قتل طالب في الرابع من يوليو.",
            PUB,
            &[
                ("عام 1993", Some("1993")),
                ("الرابع من يوليو", Some("1993-07-04")),
            ],
        );
        // not the year of a parenthesis between dashes
        assert_values(
            "وسيترك الرئيس - الذي انتخب لأول مرة في 1998 - منصبه في 26 فبراير.",
            PUB,
            &[("1998", Some("1998")), ("26 فبراير", Some("2020-02-26"))],
        );
    }

    #[test]
    fn the_morrow_of_an_event_dates_it_a_day_before_the_day_its_paragraph_gave() {
        assert_values(
            "قصفت طائرات اليوم مواقع للتنظيم غداة تبادل لإطلاق النار على الحدود.",
            PUB,
            &[("اليوم", Some("2020-03-18")), ("غداة", Some("2020-03-17"))],
        );
        // the day given in an earlier sentence of the paragraph counts
        assert_values(
            "قتل 21 شخصا الثلاثاء في بغداد. وتأتي هذه الهجمات غداة مقتل 23 شخصا.",
            PUB,
            &[
                ("الثلاثاء", Some("2020-03-17")),
                ("غداة", Some("2020-03-16")),
            ],
        );
        // no day given in the paragraph: no date (the morrow of an undated bombing)
        assert!(dates(
            "تزايدت الضغوط على الحكومة.\nوسط ضغوط غداة التفجير الانتحاري",
            PUB
        )
        .is_empty());
    }

    #[test]
    fn a_date_without_its_year_takes_the_year_its_direction_word_names() {
        let p = Some("2015-08-01");
        for (published, text, want) in [
            // the coming one, the past one, else the nearest
            (p, "السادس من أغسطس المقبل", "2015-08-06"),
            (p, "17 أيلول/ سبتمبر المقبل", "2015-09-17"),
            (p, "الثاني من يونيو الماضي", "2015-06-02"),
            (p, "في 3 أغسطس", "2015-08-03"),
            (p, "في 28 يوليو", "2015-07-28"),
            (Some("2016-01-03"), "في 28 ديسمبر", "2015-12-28"),
            // Hijri: 1 Dhu al-Qa'dah 1436 was 16 August 2015
            (p, "الأول من شهر ذي القعدة", "2015-08-16"),
            (p, "السابع من ذي القعدة المقبل", "2015-08-22"),
        ] {
            assert_eq!(one(text, published).1.as_deref(), Some(want), "{text}");
        }
        // a Hijri month alone after شهر or with a direction word, dated by its middle day:
        // Ramadan 1436 ran from 18 June to 16 July 2015
        let (text, value, precision) = one("خلال شهر رمضان الماضي", p);
        assert_eq!(
            (text.as_str(), value.as_deref()),
            ("شهر رمضان الماضي", Some("2015-07-02"))
        );
        assert_eq!(precision, DatePrecision::Month);
        // (صفر "zero" and رجب a name: not months on their own)
        assert!(dates("الرئيس التركي رجب طيب أردوغان", p).is_empty());
    }

    #[test]
    fn hijri_numeric_dates_years_with_their_era_and_parts_of_hijri_months() {
        let p = Some("2015-08-02");
        for (text, want, precision) in [
            // 20 Ramadan 1436, spaces around the slashes
            (
                "يوم الثلاثاء 20 /9 / 1436 هـ",
                "2015-07-07",
                DatePrecision::Day,
            ),
            (
                "النهائي في 22/11/1386ه بين",
                "1967-03-03",
                DatePrecision::Day,
            ),
            // a month's name between the slashes, and the era mark apart
            (
                "كتابي بتاريخ 7/يوليو/2015 م الذي",
                "2015-07-07",
                DatePrecision::Day,
            ),
            // a Hijri year (1436: 24 October 2014 to 13 October 2015) by its middle day
            (
                "في دورتها الثالثة 1436هـ التي",
                "2015-04-19",
                DatePrecision::Year,
            ),
            ("الذي تأسس 2009م في جدة", "2009", DatePrecision::Year),
            // Shawwal 1436 ran from 17 July to 15 August 2015
            (
                "حتى نهاية شوال الجاري للتسجيل",
                "2015-08-15",
                DatePrecision::Month,
            ),
            (
                "في أواخر شهر شوال الجاري",
                "2015-08-15",
                DatePrecision::Month,
            ),
            (
                "في مطلع شهر يونيو الماضي",
                "2015-06-01",
                DatePrecision::Month,
            ),
        ] {
            let (_, value, prec) = one(text, p);
            assert_eq!((value.as_deref(), prec), (Some(want), precision), "{text}");
        }
        // a year with its era mark is no numeric date; both years are dates
        let d = dates("دورة عام 1436هـ/ 2015م التي", p);
        assert_eq!(
            d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
            ["عام 1436هـ", "2015م"]
        );
        // the other calendar's name of the same month, with no mark between
        assert_eq!(
            one("رفع الفائدة في سبتمبر أيلول المقبل", p),
            (
                "سبتمبر أيلول المقبل".into(),
                Some("2015-09".into()),
                DatePrecision::Month
            )
        );
        // the Hijri name of a month in parentheses is a date too
        let d = dates("آخر إحصائية لشهر مارس (جمادى الآخرة) الماضي", p);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(d[0].1.as_deref(), Some("2015-03"));
    }

    #[test]
    fn a_weekday_takes_the_date_written_after_it_and_outlets_are_no_dates() {
        let p = Some("2015-08-04");
        let d = dates(
            "يغادر اليوم الثلاثاء 19/10/1436هـ الموافق 4/8/2015م ويعود يوم الأحد (10/شوال/1436هـ)",
            p,
        );
        assert_eq!(
            d.iter()
                .map(|d| (d.0.as_str(), d.1.as_deref()))
                .collect::<Vec<_>>(),
            [
                ("اليوم الثلاثاء 19/10/1436هـ", Some("2015-08-04")),
                ("4/8/2015م", Some("2015-08-04")),
                ("يوم الأحد (10/شوال/1436هـ)", Some("2015-07-26")),
            ]
        );
        // a news outlet's name holds اليوم, and is no date
        let d = dates(
            "عين اليوم – متابعات / صرح لموقع “عين اليوم” أن الوفاة وقعت اليوم",
            p,
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].1.as_deref(), Some("2015-08-04"));
    }

    #[test]
    fn a_night_between_two_days_is_one_date_of_the_evening_it_began() {
        // published Wednesday 2020-03-18
        assert_values(
            "وشن الطيران ليل الاثنين الثلاثاء غارات، وقصف ليلة الأحد - الاثنين.",
            PUB,
            &[
                ("ليل الاثنين الثلاثاء", Some("2020-03-16")),
                ("ليلة الأحد - الاثنين", Some("2020-03-15")),
            ],
        );
        // after midnight, the second day; days that do not follow each other stay two
        assert_values(
            "وقتل جندي بعد منتصف ليل الاثنين/ الثلاثاء، ثم ليل الاثنين والأربعاء.",
            PUB,
            &[
                ("ليل الاثنين/ الثلاثاء", Some("2020-03-17")),
                ("ليل الاثنين", Some("2020-03-16")),
                ("الأربعاء", Some("2020-03-18")),
            ],
        );
    }

    #[test]
    fn a_weekday_reads_an_ambiguous_numeric_date_month_first() {
        // 10/4/1436هـ: the 10th of Rabi' al-Akhir is a Friday; the 4th of Shawwal a Monday
        assert_values(
            "حتى مساء الاثنين الموافق 10/4 / 1436هـ",
            Some("2015-07-22"),
            &[
                ("مساء الاثنين", Some("2015-07-20")),
                ("10/4 / 1436هـ", Some("2015-07-20")),
            ],
        );
        // the usual reading stands when the weekday agrees with it
        assert_values(
            "يوم الثلاثاء الموافق 20/9/1436هـ",
            Some("2015-07-22"),
            &[
                ("يوم الثلاثاء", Some("2015-07-07")),
                ("20/9/1436هـ", Some("2015-07-07")),
            ],
        );
        // (a Hijri year needs no هـ in a numeric date: يوم الأحد الموافق 17/ 10/ 1436)
        assert_values(
            "وتبدأ المقابلات يوم الأحد الموافق 17/ 10/ 1436",
            Some("2015-07-31"),
            &[
                ("يوم الأحد", Some("2015-08-02")),
                ("17/ 10/ 1436", Some("2015-08-02")),
            ],
        );
    }

    #[test]
    fn a_postponement_looks_ahead_and_the_verb_ghada_is_no_tomorrow() {
        let p = Some("2015-08-05");
        // (a month without its year after a postponement or an extension is the coming one)
        assert_values(
            "وتقلصت فرص تأجيل رفع أسعار الفائدة حتى ديسمبر. وارتفعت الصادرات في نوفمبر.",
            p,
            &[("ديسمبر", Some("2015-12")), ("نوفمبر", Some("2014-11"))],
        );
        // (غدا between a subject and a pronoun is the verb "became"; after أن it is tomorrow)
        assert!(dates("يبدو أن الصحفي توماس فريدمان غدا هو المحتكر الوحيد.", p).is_empty());
        assert_eq!(
            dates("والاحتمال الذي يغير المراكز غدًا هو: فوز العراق.", p).len(),
            1
        );
        assert_values(
            "وأعلنت السلطنة أن غدا هو المتمم للشهر.",
            p,
            &[("غدا", Some("2015-08-06"))],
        );
    }

    #[test]
    fn the_year_after_its_article_and_named_days_that_are_no_dates() {
        let p = Some("2015-07-27");
        // (العام 2014 with no preposition before it, and للعام with ل on the article)
        assert_values(
            "وارتفع الدخل العام 2014 إلى مليار. وقال إن الأرقام للعام 2013 كانت أعلى.",
            p,
            &[("العام 2014", Some("2014")), ("للعام 2013", Some("2013"))],
        );
        // (an adjective العام is still no date)
        assert_values("وقال المدير العام إن الخطة جاهزة.", p, &[]);
        // (a day the world or a country marks is not the day of publication)
        assert_values(
            "واحتفلت المدارس باليوم الوطني ولهذا اليوم العالمي معنى كبير. وقال اليوم إن الخطة جاهزة.",
            p,
            &[("اليوم", Some("2015-07-27"))],
        );
    }

    #[test]
    fn a_hijri_year_needs_no_era_mark_and_a_target_year_no_year_word() {
        let p = Some("2015-07-27");
        // (عام 1436 in a text of 1436: the Hijri year, by a day inside it; five centuries back
        // it is no date of this story)
        assert_values(
            "بدأ العمل بالنظام عام 1436 في جميع المنافذ. وفتحت القسطنطينية عام 1453.",
            p,
            &[("عام 1436", Some("2015-04-19"))],
        );
        assert_values(
            "ويرتفع الإنتاج إلى 7 في المائة بحلول 2020.",
            p,
            &[("2020", Some("2020"))],
        );
    }

    #[test]
    fn first_of_a_month_days_of_this_month_and_other_words_for_days() {
        let p = Some("2015-08-08");
        for (text, span, value) in [
            (
                "يبدأ في غرة ذي القعدة 1436هـ",
                "غرة ذي القعدة 1436هـ",
                "2015-08-16",
            ),
            ("يبدأ المهرجان في 12 الجاري", "12 الجاري", "2015-08-12"),
            ("وقع الحادث بالأمس", "الأمس", "2015-08-07"),
            ("يبدأ يوم الغد", "يوم الغد", "2015-08-09"),
            ("أصيب بها قبل حوالي أسبوع", "قبل حوالي أسبوع", "2015-08-01"),
        ] {
            let (t, v, _) = one(text, p);
            assert_eq!((t.as_str(), v.as_deref()), (span, Some(value)), "{text}");
        }
        assert_eq!(one("ارتفع الإنتاج لهذا العام", p).1.as_deref(), Some("2015"));
        // a part of a year written in digits
        assert_eq!(one("حتى نهاية 2014", p).1.as_deref(), Some("2014-12"));
        assert_eq!(one("في بداية عام 2016", p).1.as_deref(), Some("2016-01"));
        // yesterday's allies and one-day surgery are no dates
        assert!(dates("فحلفاء الأمس قد لا يصبحون كذلك", p).is_empty());
        assert!(dates("تجرى جراحة اليوم الواحد في المستشفى", p).is_empty());
        // days that recur; a verb that looks like a time of day
        assert!(dates("يفتح المعرض يومي الخميس والجمعة من كل أسبوع", p).is_empty());
        assert_eq!(one("وظهر الأيام الماضية عدد من", p).0, "الأيام الماضية");
        // the preposition before a year is not the date's; a count keeps منذ
        assert_eq!(one("تأسست الشركة في 2013", p).0, "2013");
        assert_eq!(one("يعمل منذ عام 1992", p).0, "عام 1992");
        assert_eq!(one("أقل مستوى منذ 3 أشهر", p).0, "منذ 3 أشهر");
    }

    #[test]
    fn counts_of_days_weeks_months_and_years_back() {
        let p = Some("2015-01-31");
        for (text, value, precision) in [
            (
                "وهو أقل مستوى له منذ 3 أشهر",
                "2014-10",
                DatePrecision::Month,
            ),
            (
                "وصل قبل 5 أيام إلى المدينة",
                "2015-01-26",
                DatePrecision::Day,
            ),
            ("غادر البلاد قبل 10 سنوات", "2005", DatePrecision::Year),
            ("قتل منذ 2 أسابيع", "2015-01-17", DatePrecision::Week),
            // an approximate count, a dual of months or years
            ("وقع الحادث قبل نحو عامين", "2013", DatePrecision::Year),
            ("غادر منذ حوالي 3 أشهر", "2014-10", DatePrecision::Month),
            ("افتتح قبل شهرين", "2014-11", DatePrecision::Month),
        ] {
            let (_, v, prec) = one(text, p);
            assert_eq!((v.as_deref(), prec), (Some(value), precision), "{text}");
        }
        assert!(dates("وصل قبل عامين من الانتخابات", p).is_empty());
        // counts in words, one month or year back; not a month's name, nor a year written
        for (text, value) in [
            ("وقع الحادث قبل ثلاثة أشهر", "2014-10"),
            ("غادر قبل قرابة شهر", "2014-12"),
            ("فقدت العاصمة قبل عام", "2014"),
            ("تأسس منذ ست سنوات", "2009"),
            // (tens in words, and the singular after eleven)
            ("زارها قبل عشرين عاما", "1995"),
            ("زارها قبل 30 سنة", "1985"),
        ] {
            assert_eq!(one(text, p).1.as_deref(), Some(value), "{text}");
        }
        assert_eq!(one("وصل قبل شهر رمضان", p).0, "شهر رمضان");
        assert_eq!(one("يعمل منذ عام 2007", p).0, "عام 2007");
    }

    #[test]
    fn a_weekday_in_a_clause_of_what_is_to_come_is_the_next_one() {
        // published Saturday 2015-07-25
        let p = Some("2015-07-25");
        assert_eq!(
            one("ستعقد الجلسة الخميس في الرياض", p).1.as_deref(),
            Some("2015-07-30")
        );
        assert_eq!(
            one("ومن المقرر عقد جولة جديدة يوم الاثنين", p).1.as_deref(),
            Some("2015-07-27")
        );
        // the clause of a past verb keeps the last one, whatever came before it
        assert_eq!(
            one("وسيزور الرئيس الجديد الذي تسلم مهامه الخميس المدينة", p)
                .1
                .as_deref(),
            Some("2015-07-23")
        );
        assert_eq!(
            one("قتل ثلاثة أشخاص الخميس في هجوم", p).1.as_deref(),
            Some("2015-07-23")
        );
    }

    #[test]
    fn a_range_of_days_in_one_month_gives_both_days() {
        let p = Some("2015-07-25");
        let found = |text: &str| -> Vec<(String, Option<String>)> {
            dates(text, p).into_iter().map(|d| (d.0, d.1)).collect()
        };
        let day = |s: &str, v: &str| (s.to_string(), Some(v.to_string()));
        assert_eq!(
            found("تقام الفعاليات من الرابع إلى 15 أغسطس المقبل"),
            [
                day("الرابع", "2015-08-04"),
                day("15 أغسطس المقبل", "2015-08-15")
            ]
        );
        assert_eq!(
            found("ينعقد المؤتمر من 13 - 15 نوفمبر المقبل"),
            [
                day("13", "2015-11-13"),
                day("15 نوفمبر المقبل", "2015-11-15")
            ]
        );
        // a count is no day; a day after the month's name
        assert!(found("من 13 إلى 15 شخصا").is_empty());
        assert_eq!(
            found("يحتفل للثامن من شهر أغسطس"),
            [day("للثامن من شهر أغسطس", "2015-08-08")]
        );
    }

    #[test]
    fn days_just_before_and_after_the_publication() {
        let p = Some("2015-08-05");
        for (text, span, value) in [
            ("في مؤتمر صحفي عقده قبل قليل", "قبل قليل", "2015-08-05"),
            ("يصل الوفد مساء غد إلى عدن", "مساء غد", "2015-08-06"),
            ("تبدأ الرحلة بعد غد", "بعد غد", "2015-08-07"),
            // the days to come, as the days gone (الأيام الماضية): a day of that week
            (
                "سيعودون خلال الأيام القليلة المقبلة",
                "الأيام القليلة المقبلة",
                "2015-08-07",
            ),
            (
                "وصل الوفد مساء يوم الأحد إلى عدن",
                "مساء يوم الأحد",
                "2015-08-02",
            ),
        ] {
            let (s, v, _) = one(text, p);
            assert_eq!((s.as_str(), v.as_deref()), (span, Some(value)), "{text}");
        }
        // the end year of a range; a feast without its epithet
        let years: Vec<_> = dates("عمل في الشركة منذ 2004 وحتى 2012", p)
            .into_iter()
            .map(|d| d.0)
            .collect();
        assert_eq!(years, ["2004", "2012"]);
        assert_eq!(one("بمناسبة حلول عيد الفطر المبارك", p).0, "عيد الفطر");
        // a day counted from something else, a sermon named by its feast: no dates
        assert!(dates("في اليوم الثالث للعملية العسكرية تقدمت القوات", p).is_empty());
        assert!(dates("ألقى خطبة عيد الفطر في طهران", p).is_empty());
        // an amount per day is a rate, not today; the day itself still is
        assert!(dates("وتكلف الخدمة 10 ريالات في اليوم فقط", p).is_empty());
        assert!(dates("وينصح الأطباء بشرب لتر مياه في اليوم", p).is_empty());
        assert_eq!(
            one("وأصيب 16 في الساعات الأربع والعشرين الماضية", p).0,
            "الساعات الأربع والعشرين الماضية"
        );
        assert_eq!(one("وقال الوزير في اليوم إن الخطة جاهزة", p).0, "اليوم");
        // a weekday closing a short name in marks is the name's; a day in marks is a day
        assert!(dates("وشارك في برنامج \"لقاء الخميس\" للناجحين", p).is_empty());
        assert_eq!(one("وقال إن «يوم الخميس» موعد الاجتماع", p).0, "يوم الخميس");
        // two weeks to come or gone: the week a week away
        let (s, v, _) = one("وسيعقد الاجتماع خلال الأسبوعين المقبلين", p);
        assert_eq!((s.as_str(), v.is_some()), ("الأسبوعين المقبلين", true));
    }

    #[test]
    fn quarters_of_a_year_by_their_middle_month() {
        let p = Some("2015-07-31");
        for (text, span, value) in [
            ("تراجعت الأرباح خلال الربع الثاني.", "الربع الثاني", "2015-05"),
            (
                "ارتفعت المبيعات في الربع الأول من العام الجاري.",
                "الربع الأول من العام الجاري",
                "2015-02",
            ),
            (
                "مقارنة بالربع الرابع من عام 2013.",
                "الربع الرابع من عام 2013",
                "2013-11",
            ),
            (
                "نتائج الربع الثالث لعام 2014.",
                "الربع الثالث لعام 2014",
                "2014-08",
            ),
            // the last one that has begun, the nearest one when the sentence looks ahead
            (
                "وكانت الخسائر كبيرة في الربع الرابع.",
                "الربع الرابع",
                "2014-11",
            ),
            (
                "وتتوقع الشركة نموا في الربع الرابع.",
                "الربع الرابع",
                "2015-11",
            ),
        ] {
            let (t, v, prec) = one(text, p);
            assert_eq!(
                (t.as_str(), v.as_deref(), prec),
                (span, Some(value), DatePrecision::Month)
            );
        }
    }

    #[test]
    fn words_that_look_like_dates_and_year_ranges() {
        let p = Some("2015-07-24");
        for text in [
            "كشف لـ «اليوم» المدير العام",
            "نحن بأمسّ الحاجة إلى الدعم",
            "ولامس الذهب أقل مستوى له",
            "الفرق بين الاثنين كبير",
            "على مسافة 2000م من الشاطئ",
            "بمساحة 2000 م2 تقريبا",
            "فجر نفسه خلال أداء المصلين لصلاة الجمعة",
            "وألقى خطبة الجمعة إمام المسجد",
            "عانى الاقتصاد منذ ثورة 25 يناير من صعوبات",
            "واستعادت القوات قصر 22 مايو الرئاسي",
            "يقع المبنى خلف ملعب 22 مايو",
            "قرب مدينة السادس من أكتوبر",
            "يدرس الأطفال في مدرسة الأحد",
        ] {
            assert!(dates(text, p).is_empty(), "{text}: {:?}", dates(text, p));
        }
        // a revolution named by its day and year keeps its date
        assert_eq!(
            one("اندلعت ثورة 14 تموز 1958 في بغداد", p).1.as_deref(),
            Some("1958-07-14")
        );
        // the first year of a range takes the second's era mark
        let d = dates("للعام الدراسي 1436 / 1437هـ", p);
        assert_eq!(
            d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
            ["1436", "1437هـ"]
        );
        // the year first; a part of a Hijri month with no شهر; الموافق before the parenthesis
        assert_eq!(one("في 1436/10/17هـ", p).1.as_deref(), Some("2015-08-02"));
        assert_eq!(
            one("حتى نهاية شوال للتسجيل", p).1.as_deref(),
            Some("2015-08-15")
        );
        // (الموافق joins two expressions; the weekday takes the date's day)
        assert_values(
            "يوم الثلاثاء الموافق (5-10-1436 هـ) صباحا",
            p,
            &[
                ("يوم الثلاثاء", Some("2015-07-21")),
                ("5-10-1436 هـ", Some("2015-07-21")),
            ],
        );
        // dashes of two lengths in one date
        assert_eq!(
            one("بتاريخ 4 – 9 - 1436هـ", p).1.as_deref(),
            Some("2015-06-21")
        );
    }

    #[test]
    fn a_conjunction_or_preposition_glued_to_a_date_stays_out_of_its_span() {
        let p = Some("2015-08-02");
        let d = dates("وَأمس وصل ونهاية الشهر الماضي ولعام 2015 وصباح أمس", p);
        assert_eq!(
            d.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(),
            ["أمس", "نهاية الشهر الماضي", "عام 2015", "صباح أمس"]
        );
    }

    #[test]
    fn review_cases_of_relative_years_halves_first_days_and_ranges_of_months() {
        let p = Some("2015-07-25");
        // a year named relative to the publication's joins the month or day before it, and a
        // year written after العام الماضي joins it
        assert_values(
            "في شهر أكتوبر من العام الماضي وفي 15 يوليو هذا العام ويونيو من هذا العام \
             والسادس من أغسطس من العام الماضي والعام الماضي 2014م",
            p,
            &[
                ("شهر أكتوبر من العام الماضي", Some("2014-10")),
                ("15 يوليو هذا العام", Some("2015-07-15")),
                ("يونيو من هذا العام", Some("2015-06")),
                ("السادس من أغسطس من العام الماضي", Some("2014-08-06")),
                ("العام الماضي 2014م", Some("2014")),
            ],
        );
        // a half of a year with its year; a half of anything else is no date
        assert_values(
            "في النصف الأول من هذا العام والنصف الثاني من عام 2014",
            p,
            &[
                ("النصف الأول من هذا العام", Some("2015-04")),
                ("النصف الثاني من عام 2014", Some("2014-10")),
            ],
        );
        assert!(dates("سجل في النصف الأول من المباراة", p).is_empty());
        // أول before a month's name is its first day; months that open and close a range
        assert_values(
            "منذ أول رمضان، ومن مايو حتى يوليو",
            p,
            &[
                ("أول رمضان", Some("2015-06-18")),
                ("مايو", Some("2015-05")),
                ("يوليو", Some("2015-07")),
            ],
        );
        assert!(dates("كان أول الواصلين", p).is_empty());
        // the feasts in the plural (Eid al-Fitr 1436 was 17 July 2015); خواتيم, the last days
        assert_values(
            "من ثاني أيام الأعياد، في خواتيم رمضان",
            p,
            &[
                ("ثاني أيام الأعياد", Some("2015-07-18")),
                ("خواتيم رمضان", Some("2015-07-16")),
            ],
        );
    }

    #[test]
    fn a_month_in_a_sentence_that_counts_in_hijri_dates_is_a_hijri_one() {
        // published 2015-07-27 = 11 Shawwal 1436: the 27th of this month is 27 Shawwal
        assert_values(
            "وتستمر الفعاليات من الـ 27 من الشهر الجاري حتى الـ 4 من شهر ذي القعدة القادم.",
            Some("2015-07-27"),
            &[
                ("الـ 27 من الشهر الجاري", Some("2015-08-12")),
                ("الـ 4 من شهر ذي القعدة القادم", Some("2015-08-19")),
            ],
        );
        assert_values(
            "وتستمر الفعاليات حتى 27 من الشهر الجاري.",
            Some("2015-07-27"),
            &[("27 من الشهر الجاري", Some("2015-07-27"))],
        );
        // so is a day and month in digits without their year (16 Shawwal 1436)
        assert_values(
            "وتم تسليمها بتاريخ 16/10 حسب الخطاب المؤرخ في 1/11/1436هـ.",
            Some("2015-08-02"),
            &[
                ("16/10", Some("2015-08-01")),
                ("1/11/1436هـ", Some("2015-08-16")),
            ],
        );
    }

    #[test]
    fn days_joined_by_and_share_the_month_of_the_last() {
        assert_values(
            "تقام المباراتان يومي 25 و26 سبتمبر المقبل، والاجتماع في الثاني والخامس من الشهر المقبل.",
            Some("2015-08-01"),
            &[
                ("25", Some("2015-09-25")),
                ("26 سبتمبر المقبل", Some("2015-09-26")),
                ("الثاني", Some("2015-09-02")),
                ("الخامس من الشهر المقبل", Some("2015-09-05")),
            ],
        );
        // (a Hijri range's first day is counted back in its own calendar: 5 Dhu al-Qadah
        // 1436 is 2015-08-20)
        assert_values(
            "تقام البطولة خلال الفترة من 5 حتى 14 /11 /1436هـ.",
            Some("2015-08-01"),
            &[
                ("5", Some("2015-08-20")),
                ("14 /11 /1436هـ", Some("2015-08-29")),
            ],
        );
    }

    #[test]
    fn the_first_night_before_last_is_two_days_back() {
        let (_, v, _) = one("وقعت الحادثة البارحة الأولى في المدينة", Some("2015-07-22"));
        assert_eq!(v.as_deref(), Some("2015-07-20"));
    }

    #[test]
    fn tomorrow_with_its_weekday_dates_the_writing() {
        // published Thursday 2015-08-06; "the day after tomorrow, Friday" was written on
        // Wednesday, so "the day before yesterday" is Monday
        assert_values(
            "قتل أمس الأول. وتقام المباراة بعد غد الجمعة.",
            Some("2015-08-06"),
            &[
                ("أمس الأول", Some("2015-08-03")),
                ("بعد غد الجمعة", Some("2015-08-07")),
            ],
        );
    }

    #[test]
    fn a_chronology_year_opens_a_line_or_a_sentence() {
        let d = dates(
            "1940- حكومة فيشي تصدر حكما على ديغول. 1943- فرار 600 اسير.\n2002: الغاء العقوبة",
            PUB,
        );
        assert_eq!(
            d.iter().map(|d| d.1.as_deref()).collect::<Vec<_>>(),
            [Some("1940"), Some("1943"), Some("2002")]
        );
        // a number after a sentence's end that no dash or colon follows is no year
        assert!(dates("وصل العدد. 1943 شخصا", PUB).is_empty());
    }

    #[test]
    fn a_year_after_min_am() {
        assert_eq!(
            one("غزا العراق الكويت في 2 أغسطس من عام 1990م، وتدخل", PUB),
            (
                "2 أغسطس من عام 1990م".into(),
                Some("1990-08-02".into()),
                DatePrecision::Day
            )
        );
    }

    #[test]
    fn a_named_weekday_of_today_dates_the_writing() {
        // published Friday 2020-03-20; "اليوم الأربعاء" says it was written on the 18th
        assert_values(
            "قال الوزير اليوم الأربعاء إن الطائرات قصفت الليلة الماضية مواقع، وأعلن أمس عن خطة.",
            Some("2020-03-20"),
            &[
                ("اليوم الأربعاء", Some("2020-03-18")),
                ("الليلة الماضية", Some("2020-03-17")),
                ("أمس", Some("2020-03-17")),
            ],
        );
        // (the أمس of أول من أمس is no yesterday: the day before yesterday, Thursday, and
        // yesterday, Friday, agree on a Saturday's writing)
        assert_values(
            "وقال أول من أمس الخميس إن الهجوم وقع. وأضاف أمس الجمعة أن القوات تقدمت.",
            Some("2015-07-21"),
            &[
                ("أول من أمس الخميس", Some("2015-07-16")),
                ("أمس الجمعة", Some("2015-07-17")),
            ],
        );
        // a weekday six days back still dates the writing (a page fetched a week late)
        assert_eq!(
            one("قال الوزير اليوم الأحد", Some("2015-08-01"))
                .1
                .as_deref(),
            Some("2015-07-26")
        );
        // a weekday that fits the publication date changes nothing
        assert_eq!(
            one("أعلن أمس الخميس", Some("2020-03-20")).1.as_deref(),
            Some("2020-03-19")
        );
    }

    #[test]
    fn relative_expressions_resolve_against_publication() {
        assert_eq!(one("قال أمس إن", PUB).1.as_deref(), Some("2020-03-17"));
        for today in [
            "قتل خلال الساعات الـ24 الأخيرة",
            "قتل خلال الـ24 ساعة الماضية",
            "وقعت الاشتباكات وصباح هذا اليوم",
            "قتل خلال الساعات الماضية",
        ] {
            assert_eq!(one(today, PUB).1.as_deref(), Some("2020-03-18"), "{today}");
        }
        assert_eq!(one("شن غارات ليل الثلاثاء", PUB).0, "ليل الثلاثاء");
        assert_eq!(
            one("تصاعدت خلال الأيام القليلة الماضية", PUB),
            (
                "الأيام القليلة الماضية".into(),
                Some("2020-03-16".into()),
                DatePrecision::Week
            )
        );
        assert_eq!(
            one("ما كشفت عنه الوكالة أول أمس يوضح", PUB).1.as_deref(),
            Some("2020-03-16")
        );
        assert_eq!(
            one("دخلت العربات اليوم", PUB).1.as_deref(),
            Some("2020-03-18")
        );
        assert_eq!(
            one("أعلنت يوم الإثنين الفائت عن", PUB),
            (
                "يوم الإثنين الفائت".into(),
                Some("2020-03-16".into()),
                DatePrecision::Day
            )
        );
        assert_eq!(
            one("في بيان يوم الأحد", PUB).1.as_deref(),
            Some("2020-03-15")
        );
        assert_eq!(
            one("يصل الخميس المقبل", PUB).1.as_deref(),
            Some("2020-03-19")
        );
        let (text, value, precision) = one("شيع الحشد أواخر الأسبوع الفائت 10 من عناصره", PUB);
        assert_eq!(
            (text.as_str(), precision),
            ("أواخر الأسبوع الفائت", DatePrecision::Week)
        );
        assert_eq!(value.as_deref(), Some("2020-03-12")); // the Thursday of the week before
        assert_eq!(
            one("خلال الأسبوع الماضي", PUB).1.as_deref(),
            Some("2020-03-10")
        );
        assert_eq!(
            one("في الشهر الفائت", PUB),
            (
                "الشهر الفائت".into(),
                Some("2020-02".into()),
                DatePrecision::Month
            )
        );
        assert_eq!(
            one("منذ مطلع العام", PUB),
            (
                "مطلع العام".into(),
                Some("2020-01".into()),
                DatePrecision::Month
            )
        );
        assert_eq!(
            one("في شهر يناير الفائت", PUB).1.as_deref(),
            Some("2020-01")
        );
        assert_eq!(one("في العام الماضي", PUB).1.as_deref(), Some("2019"));
        assert_eq!(one("في 5 آذار", PUB).1.as_deref(), Some("2020-03-05"));
    }

    #[test]
    fn unresolved_without_a_publication_date() {
        let d = dates("قال أمس إن الأسبوع الماضي شهد", None);
        assert_eq!(d.len(), 2);
        assert!(d.iter().all(|x| x.1.is_none() && x.3));
    }

    #[test]
    fn a_weekday_with_its_written_date_feasts_and_days_of_a_pointed_month() {
        // (text, the mention found, its value), published 2015-08-05
        let cases = [
            // the weekday written with a date is that date, not the last such weekday
            ("قتل يوم السبت 25 يوليو", "يوم السبت 25 يوليو", "2015-07-25"),
            ("الجمعة (24 تموز)", "الجمعة (24 تموز)", "2015-07-24"),
            ("الثلاثاء 14-7-2015", "الثلاثاء 14-7-2015", "2015-07-14"),
            ("في 2015/07/15", "2015/07/15", "2015-07-15"),
            ("في الـ 15 من يوليو", "الـ 15 من يوليو", "2015-07-15"),
            ("في 3 من الشهر الجاري", "3 من الشهر الجاري", "2015-08-03"),
            // feasts by the Umm al-Qura table (Eid al-Fitr 1436 was 17 July 2015; the sighting
            // put Arafat 1436 a day after the table)
            ("في أول أيام عيد الفطر", "أول أيام عيد الفطر", "2015-07-17"),
            ("عشية العيد", "عشية العيد", "2015-07-16"),
            ("يوم عرفة", "يوم عرفة", "2015-09-22"),
            ("منذ ثلاثة أيام", "منذ ثلاثة أيام", "2015-08-02"),
            ("قبل 48 ساعة", "قبل 48 ساعة", "2015-08-03"),
            ("في 22/7", "22/7", "2015-07-22"),
            ("هذا الشهر", "هذا الشهر", "2015-08"),
            ("يوم الاربعاء الماضى", "يوم الاربعاء الماضى", "2015-07-29"),
        ];
        for (text, mention, value) in cases {
            assert_values(text, Some("2015-08-05"), &[(mention, Some(value))]);
        }
        // (a score is no date; counts from another event,
        // a national day and a weekday that disagrees with the written date are left alone)
        let p = Some("2015-08-05");
        assert_values("فاز الفريق 2/1 أمس", p, &[("أمس", Some("2015-08-04"))]);
        assert_values("الفوز في 2-1", p, &[]);
        // (the range's first day is a day of its month, not 10 November)
        assert_values(
            "في 10-11 أكتوبر",
            p,
            &[
                ("10", Some("2015-10-10")),
                ("11 أكتوبر", Some("2015-10-11")),
            ],
        );
        assert_values("قبل 12 ساعة فقط من وصوله", p, &[]);
        assert_values("يوم العيد الوطني", p, &[]);
        let d = dates("يوم السبت التاسع من الشهر الجاري", p);
        assert!(
            d.iter().all(|x| x.0 != "يوم السبت التاسع من الشهر الجاري"),
            "{d:?}"
        );
    }

    #[test]
    fn counted_days_ago_and_the_night_before_last() {
        let p = Some("2015-07-31");
        assert_eq!(one("منذ 26 يوماً", p).1.as_deref(), Some("2015-07-05"));
        assert_eq!(one("قبل 3 أيام", p).1.as_deref(), Some("2015-07-28"));
        let (_, value, precision) = one("منذ 2 أسابيع", p);
        assert_eq!(
            (value.as_deref(), precision),
            (Some("2015-07-17"), DatePrecision::Week)
        );
        assert_eq!(
            one("الليلة قبل الماضية", p).1.as_deref(),
            Some("2015-07-29")
        );
        // a count of something else is no date
        assert!(dates("منذ 26 عاماً من الخبرة", p).is_empty());
        // an approximate count reads as the count (حوالى with its alif maqsura too)
        assert_eq!(
            one("قبل حوالى ثلاثة أيام", p).1.as_deref(),
            Some("2015-07-28")
        );
        assert_eq!(one("منذ زهاء عامين", p).1.as_deref(), Some("2013"));
        // days counted from the day the text gave
        let found = dates("ووصل الوفد في 29 مايو، وغادر بعدها بأربعة أيام.", p);
        assert_eq!(
            found.last().unwrap().1.as_deref(),
            Some("2015-06-02"),
            "{found:?}"
        );
    }

    #[test]
    fn the_hours_of_the_day_and_today_before_tomorrow_are_no_dates() {
        let p = Some("2015-07-31");
        assert!(dates("تبقى المحلات مفتوحة طيلة ساعات اليوم", p).is_empty());
        assert!(dates("يتناول الدواء في أوقات مختلفة من اليوم", p).is_empty());
        assert!(dates("نريد أن تتوقف الحرب اليوم قبل الغد", p).is_empty());
        assert_eq!(
            one("وقال اليوم إن الحرب ستتوقف", p).1.as_deref(),
            Some("2015-07-31")
        );
    }

    #[test]
    fn review_cases_are_no_dates_or_keep_their_day() {
        let p = Some("2015-08-01");
        // a score, days before something else
        assert!(dates("فاز الهلال على النصر 2 صفر", p).is_empty());
        assert!(dates("وقبل 3 أيام من الانتخابات أعلنت اللجنة", p).is_empty());
        assert!(dates("قبل 3 أيام من الانتخابات", p).is_empty());
        // a weekday that dates the verb does not move an exact Gregorian date
        let found = dates("وقالت الوزارة الأربعاء إن 12 مارس 2015 سيكون عطلة", p);
        assert!(
            found.iter().any(|d| d.1.as_deref() == Some("2015-03-12")),
            "{found:?}"
        );
        let found = dates("وصل الوفد الجمعة 6 أغسطس 2015", p);
        assert!(
            found.iter().any(|d| d.1.as_deref() == Some("2015-08-06")),
            "{found:?}"
        );
    }

    #[test]
    fn a_weekday_in_parentheses_after_today_dates_the_writing() {
        // a Friday paper: "today (Thursday)" was written on Thursday
        let found = dates("قتل ثلاثة جنود اليوم (الخميس) في هجوم.", Some("2015-07-31"));
        assert_eq!(found[0].0, "اليوم (الخميس)");
        assert_eq!(found[0].1.as_deref(), Some("2015-07-30"));
    }

    #[test]
    fn the_last_day_of_the_creed_is_no_date() {
        assert!(dates("يؤمن بالله واليوم الآخر", Some("2015-08-09")).is_empty());
        assert_eq!(dates("وصل الوفد اليوم", Some("2015-08-09")).len(), 1);
    }

    #[test]
    fn not_dates() {
        assert!(dates("زار الأب ابنه في الأسبوع", PUB).is_empty());
        assert!(dates("قتل 2014 شخصا", PUB).is_empty());
        assert!(dates("أكد رمضان أن", PUB).is_empty());
    }

    #[test]
    fn the_first_date_of_a_range_takes_the_year_of_the_last() {
        let p = Some("2015-08-07");
        assert_values(
            "في الفترة من أول يناير وحتى 15 يوليو هذا العام، ومن 7 يوليو الماضي وحتى الخامس من \
             الشهر الجاري",
            p,
            &[
                ("أول يناير", Some("2015-01-01")),
                ("15 يوليو هذا العام", Some("2015-07-15")),
                ("7 يوليو الماضي", Some("2015-07-07")),
                ("الخامس من الشهر الجاري", Some("2015-08-05")),
            ],
        );
        // (not a date before another that is no range: أول يناير is the next one)
        assert_values(
            "يبدأ العمل بالنظام في أول يناير",
            p,
            &[("أول يناير", Some("2016-01-01"))],
        );
    }

    #[test]
    fn months_never_common_words_after_a_comparison_or_a_delivery() {
        let p = Some("2015-07-30");
        assert_values(
            "مقارنة مع يناير وفبراير من العام الماضي، وأعلى من يونيو، وخام برنت تسليم سبتمبر",
            p,
            &[
                ("يناير", Some("2014-01")),
                ("فبراير من العام الماضي", Some("2014-02")),
                ("يونيو", Some("2015-06")),
                ("سبتمبر", Some("2015-09")),
            ],
        );
        // (not a name, nor a verb written like a month: ثورة فبراير، ما يوليه من اهتمام)
        assert_values(
            "شارك في ثورة فبراير وشكر الأمير على ما يوليه من اهتمام",
            p,
            &[],
        );
    }

    #[test]
    fn the_eid_in_a_frame_of_time_weekdays_after_next_and_two_weekdays_ahead() {
        let p = Some("2015-07-29");
        assert_values(
            "وزار الحديقة خلال أيام العيد وفي رابع أيام العيد، بينما تسعى المبادرة لإبراز معاني العيد",
            p,
            &[
                ("العيد", Some("2015-07-17")),
                ("رابع أيام العيد", Some("2015-07-20")),
            ],
        );
        assert_values(
            "ستنطلق البطولة يومي الجمعة و السبت المقبلين وتقام المباراة الأربعاء بعد المقبل",
            p,
            &[
                ("الجمعة", Some("2015-07-31")),
                ("السبت المقبلين", Some("2015-08-01")),
                ("الأربعاء بعد المقبل", Some("2015-08-12")),
            ],
        );
        assert_values(
            "وقال هذا الصباح إن الوفد وصل",
            p,
            &[("هذا الصباح", Some("2015-07-29"))],
        );
    }

    #[test]
    fn two_days_quarters_with_their_year_parts_of_this_year_and_the_world_of_today() {
        let p = Some("2015-07-30");
        assert_values(
            "اشتد الألم في اليومين الماضيين وتصل الطائرات في اليومين المقبلين",
            p,
            &[
                ("اليومين الماضيين", Some("2015-07-29")),
                ("اليومين المقبلين", Some("2015-07-31")),
            ],
        );
        assert_values(
            "للربع الأول من 2015م وخلال النصف الأول من العام الحالي 2015م وفي النصف الثاني من \
             العام ومنذ بداية هذا العام",
            p,
            &[
                ("للربع الأول من 2015م", Some("2015-02")),
                ("النصف الأول من العام الحالي 2015م", Some("2015-04")),
                ("النصف الثاني من العام", Some("2015-10")),
                ("بداية هذا العام", Some("2015-01")),
            ],
        );
        assert_values("وتجتاح الظاهرة العالم اليوم", p, &[]);
        // the first three or six months of a year named; not of anything else
        assert_values(
            "خلال الأشهر الثلاثة الأولى من العام وفي الأشهر الستة الأولى من 2014",
            p,
            &[
                ("الأشهر الثلاثة الأولى من العام", Some("2015-02")),
                ("الأشهر الستة الأولى من 2014", Some("2014-04")),
            ],
        );
        assert_values("وقال إن الأشهر الثلاثة الأولى من الحمل صعبة", p, &[]);
        // before the day a date names is no day ago (and no two mentions overlap)
        assert_values(
            "وعلى الكونغرس التصويت على القرار قبل يوم 18 سبتمبر المقبل",
            p,
            &[("يوم 18 سبتمبر المقبل", Some("2015-09-18"))],
        );
    }

    #[test]
    fn pairs_share_a_year_or_a_direction_and_the_definite_yesterday() {
        // (published on a Sunday) the second of two coming days is after the first
        assert_values(
            "وسيزور الوفد المدينة يومي الأحد والاثنين المقبلين",
            Some("2015-08-02"),
            &[
                ("الأحد", Some("2015-08-09")),
                ("الاثنين المقبلين", Some("2015-08-10")),
            ],
        );
        let p = Some("2015-08-06");
        // the year written after the second of two months is the first one's too
        assert_values(
            "وقعت الهجمات في مايو ونوفمبر 2003م",
            p,
            &[("مايو", Some("2003-05")), ("نوفمبر 2003م", Some("2003-11"))],
        );
        // الأمس is yesterday; not the recent past, yesterday's foes, nor then and now
        assert_values(
            "وارتفع المؤشر في تداولات الأمس",
            p,
            &[("الأمس", Some("2015-08-05"))],
        );
        assert_values(
            "وكان ذلك في الأمس القريب، فعدو الأمس صار صديقا، وكرم النادي نجوم الأمس",
            p,
            &[],
        );
    }

    #[test]
    fn a_day_of_the_same_month_counts_in_the_month_last_named() {
        assert_values(
            "تنطلق البطولة في الرابع من أبريل المقبل وتختتم في العشرين من الشهر ذاته، \
             والمباراة النهائية في 18 من نفس الشهر.",
            PUB,
            &[
                ("الرابع من أبريل المقبل", Some("2020-04-04")),
                ("العشرين من الشهر ذاته", Some("2020-04-20")),
                ("18 من نفس الشهر", Some("2020-04-18")),
            ],
        );
        // in the calendar the month was named in
        assert_values(
            "يبدأ العام الدراسي في الأول من شعبان المقبل، والدراسة في الخامس من الشهر نفسه.",
            PUB,
            &[
                ("الأول من شعبان المقبل", Some("2020-03-25")),
                ("الخامس من الشهر نفسه", Some("2020-03-29")),
            ],
        );
        // no month named before (a weekday names none): unresolved, the text kept
        assert_values(
            "وصل الوفد يوم الأحد، ويغادر في العاشر من الشهر ذاته.",
            PUB,
            &[
                ("يوم الأحد", Some("2020-03-15")),
                ("العاشر من الشهر ذاته", None),
            ],
        );
        // the same month of another year is not this one
        let d = dates(
            "بلغت المبيعات في مارس الماضي ذروتها مقارنة بالخامس من الشهر نفسه من العام الماضي.",
            PUB,
        );
        assert!(d.iter().all(|x| !x.0.contains("الشهر نفسه")), "{d:?}");
    }

    #[test]
    fn the_calendar_word_between_the_month_and_its_direction() {
        assert_eq!(
            one("ويبدأ التسجيل في الخامس من الشهر الميلادي المقبل", PUB).1,
            Some("2020-04-05".into())
        );
        // الهجري: the next Hijri month (Sha'ban 1441 opens on 2020-03-25)
        assert_eq!(
            one("ويبدأ التسجيل في الخامس من الشهر الهجري المقبل", PUB).1,
            Some("2020-03-29".into())
        );
        // and after a year, the calendar mark is the date's
        assert_eq!(one("وفي عام 1435 الهجري وصل", PUB).0, "عام 1435 الهجري");
    }

    #[test]
    fn a_month_and_its_other_name_after_a_dash_are_one_date() {
        assert_eq!(
            one("وقع ذلك في 14 تموز - يوليو الماضي", PUB).0,
            "14 تموز - يوليو الماضي"
        );
        // two months are not one month's two names
        assert_eq!(one("ترتفع الحرارة بين يوليو - أغسطس عادة", PUB).0, "يوليو");
    }

    #[test]
    fn two_past_weekdays_under_one_dual_direction_follow_each_other() {
        assert_values(
            "وأقيمت العروض يومي الأحد والاثنين الماضيين.",
            PUB,
            &[
                ("الأحد", Some("2020-03-15")),
                ("الاثنين الماضيين", Some("2020-03-16")),
            ],
        );
        // told on the Monday: last week's Sunday and Monday
        assert_values(
            "وأقيمت العروض يومي الأحد والاثنين الماضيين.",
            Some("2020-03-16"),
            &[
                ("الأحد", Some("2020-03-08")),
                ("الاثنين الماضيين", Some("2020-03-09")),
            ],
        );
    }

    #[test]
    fn a_month_of_shipments_is_the_coming_one() {
        assert_values(
            "ورفعت الشركة أسعار البيع لشحنات مايو أيار إلى آسيا.",
            PUB,
            &[("مايو أيار", Some("2020-05"))],
        );
    }
}
