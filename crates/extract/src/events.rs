//! Conflict and security events in ACLED's schema: a trigger lexicon gives
//! the event type and sub-type (ACLED's priority order when tactics co-occur);
//! actors come from entities and actor words, with ACLED actor types; the
//! location from geocoded places (geo precision from "قرب"، "ريف"، "شرق مدينة"
//! and the kind of place); the date from the date layer, else the publication
//! date; fatalities from numbers and number words next to death words, with
//! ACLED's rules for vague amounts; `claimed_by` from the quotes. Reports of
//! one event in a document are merged. Data in `data/events/`.

use crate::geo::{country_info, is_country_name};
use crate::ner::resources::{phrase_key, word_key};
use crate::{table_rows as rows, Component};
use rasid_arabic::Normalizer;
use rasid_doc::{
    Actor, DatePrecision, Document, EntityLabel, Event, EventDate, EventLocation, SourceType,
};
use rasid_text::{Span, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

struct Trigger {
    event_type: &'static str,
    sub_event_type: &'static str,
    priority: u32,
}

struct Lexicons {
    triggers: HashMap<String, Trigger>,
    max_trigger: usize,
    /// first words of two-word triggers whose object has the article (اطلق النار، القت
    /// القبض): the subject may stand between them
    split_verbs: std::collections::HashSet<String>,
    /// first words of the triggers of several words
    phrase_starts: std::collections::HashSet<String>,
    actors: HashMap<String, u8>,
    numbers: HashMap<String, u32>,
    /// context word → role (not_occurred, denial, disrupted)
    context: HashMap<String, &'static str>,
    /// the words of the phrases that mark an opinion column (context.tsv `opinion`)
    opinion_marks: Vec<Vec<String>>,
    /// closed-class words by role (`Role as usize`, data/events/words.tsv)
    words: Vec<Vec<&'static str>>,
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let norm = Normalizer::search();
        let mut triggers = HashMap::new();
        let mut max_trigger = 1;
        for r in rows(include_str!("../data/events/triggers.tsv")) {
            let form = norm.normalize_str(r[0]);
            max_trigger = max_trigger.max(form.split_whitespace().count());
            triggers.insert(
                form,
                Trigger {
                    event_type: r[1],
                    sub_event_type: r[2],
                    priority: r[3].parse().expect("priority"),
                },
            );
        }
        let split_verbs = triggers
            .keys()
            .filter_map(|t| {
                let (verb, object) = t.split_once(' ')?;
                (object.starts_with("ال") && !object.contains(' ') && !verb.starts_with("ال"))
                    .then(|| verb.to_string())
            })
            .collect();
        let phrase_starts = triggers
            .keys()
            .filter_map(|t| t.split_once(' ').map(|(first, _)| first.to_string()))
            .collect();
        let actors = rows(include_str!("../data/events/actors.tsv"))
            .map(|r| (phrase_key(r[0]), r[1].parse().expect("inter")))
            .collect();
        let numbers = rows(include_str!("../data/events/numbers.tsv"))
            .map(|r| (norm.normalize_str(r[0]), r[1].parse().expect("value")))
            .collect();
        let context: HashMap<String, &'static str> =
            rows(include_str!("../data/events/context.tsv"))
                .map(|r| (norm.normalize_str(r[0]), r[1]))
                .collect();
        let opinion_marks = context
            .iter()
            .filter(|(_, &role)| role == "opinion")
            .map(|(phrase, _)| phrase.split(' ').map(str::to_string).collect())
            .collect();
        let words = crate::words_by_role(
            include_str!("../data/events/words.tsv"),
            "events/words.tsv",
            Role::Relative as usize + 1,
            |name| {
                Some(match name {
                    "death" => Role::Death,
                    "the_dead" => Role::TheDead,
                    "funeral" => Role::Funeral,
                    "met_death" => Role::MetDeath,
                    "locative" => Role::Locative,
                    "near" => Role::Near,
                    "compass" => Role::Compass,
                    "container" => Role::Container,
                    "container_with_ba" => Role::ContainerWithBa,
                    "settlement" => Role::Settlement,
                    "qualifier" => Role::Qualifier,
                    "killing_verb" => Role::KillingVerb,
                    "harm_stem" => Role::HarmStem,
                    "count_tail" => Role::CountTail,
                    "injury" => Role::Injury,
                    "over" => Role::Over,
                    "until" => Role::Until,
                    "complementizer" => Role::Complementizer,
                    "relative" => Role::Relative,
                    _ => return None,
                } as usize)
            },
        );
        Lexicons {
            triggers,
            max_trigger,
            split_verbs,
            phrase_starts,
            opinion_marks,
            actors,
            numbers,
            context,
            words,
        }
    })
}

/// Whether the trigger at token `k` of a sentence (`toks`) reports something that happened:
/// not negated or denied, not a name (ساحة التحرير), not expected, not a standing state
/// (المناطق التي سيطر عليها), not a purpose (لتحرير), not an accident (حادث مروري).
fn reported_as_happened(
    forms: &[String],
    place_token: &[bool],
    toks: &[usize],
    k: usize,
    t: &Trigger,
) -> bool {
    let role = |b: usize| context_role(&forms[toks[b]]);
    // a particle just before it, or a denial anywhere before it in the sentence; a future verb
    // or an aim anywhere before it in its own clause (no punctuation between)
    let clause_start = (0..k)
        .rev()
        .take_while(|&b| forms[toks[b]].chars().any(char::is_alphabetic))
        .last()
        .unwrap_or(k);
    // (and what may happen: قد with a present verb of the third person masculine, قد يؤدي
    // القصف إلى مقتل، قد يشهد; not قد with a past one, وقد شهدت; a ت verb after قد is as often
    // a past one, قد تم، قد تلقى، قد توصل, as a present one, قد تشهد, and is left)
    let may = |b: usize| {
        matches!(forms[toks[b]].as_str(), "قد" | "وقد")
            && toks
                .get(b + 1)
                .is_some_and(|&n| forms[n].starts_with('ي') && forms[n].chars().count() >= 3)
    };
    // (or a future verb the trigger is the subject of, right after it or after كان: الصواريخ
    // كانت ستسقط على تل أبيب لو …، الهجوم الذي سيستهدف …)
    let future_predicate = (k + 1..(k + 3).min(toks.len())).any(|b| {
        crate::future_verb(&forms[toks[b]], 2.5)
            && (b == k + 1
                || matches!(
                    forms[toks[b - 1]].as_str(),
                    "كان" | "كانت" | "الذي" | "التي"
                ))
    });
    let future_or_aim = future_predicate
        || (clause_start..k).any(|b| {
            crate::future_verb(&forms[toks[b]], 2.5) || role(b) == Some("intent") || may(b)
        });
    // (not across the أن of a reported clause: ذكرت الحركة دون إسهاب أنه تم اعتقال …; the
    // أن of دون أن is the negation's own)
    let reported_from = (k.saturating_sub(4)..k)
        .rfind(|&b| is(Role::Complementizer, &forms[toks[b]]) && !(b > 0 && negates(role(b - 1))))
        .map_or(k.saturating_sub(4), |b| b + 1);
    // (a period after it, too: شهدتا قتالا بريا مكثفا خلال الأسبوعين الماضيين; not one since
    // which it is the first: المظاهرات الأكبر منذ سنوات)
    let period_after = (k + 1..(k + 5).min(toks.len()))
        .any(|b| role(b) == Some("period") && forms[toks[b - 1]] != "منذ");
    // what a demand asks for (للمطالبة بتحرير المختطفات, not جاءت هذه المطالبة في وقفة احتجاجية:
    // a demand is never the protest that makes it)
    let demanded = |b: usize| {
        role(b) == Some("demand")
            && t.event_type != "Protests"
            && forms[toks[b + 1]].starts_with('ب')
    };
    // (a case farther back before an event the text names as known, with the article: وجهت
    // النيابة الاتهام إلى 29 شخصاً في حادث التفجير)
    let case_before_known = crate::without_article(&forms[toks[k]]).is_some()
        && (k.saturating_sub(7)..k)
            .take_while(|&b| forms[toks[b]].chars().any(char::is_alphanumeric))
            .any(|b| role(b) == Some("case"));
    let negated = (reported_from..k)
        .any(|b| negates(role(b)) || matches!(role(b), Some("case" | "period")) || demanded(b))
        || case_before_known
        || period_after
        || future_or_aim
        || (0..k).any(|b| role(b) == Some("denial"));
    let in_name = k > 0 && role(k - 1) == Some("name")
        || k + 1 < toks.len() && role(k + 1) == Some("name_after");
    // deaths on the road or in the water are accidents, not political violence (within a few
    // words: a sentence may report an attack and an accident, فيما لقي شخصان مصرعهما في حادث …)
    let accident =
        (k.saturating_sub(6)..(k + 7).min(toks.len())).any(|b| role(b) == Some("accident"));
    // an arrest for an ordinary offence, in its clause (ضبط عدد من مخالفي نظام الإقامة، القبض
    // على مروجي المخدرات), is law enforcement no conflict is about
    let clause_end = (k + 1..toks.len())
        .find(|&b| !forms[toks[b]].chars().any(char::is_alphanumeric))
        .unwrap_or(toks.len());
    // (one's own family shot, assaulted or killed, after a verb or noun of it with its doer:
    // أطلق النار على زوجته، قتل شقيقه، بالاعتداء على شقيقه; past النار، على)
    let kills = |b: usize| {
        let f = bare_word(&forms[toks[b]]);
        words(Role::HarmStem).any(|stem| f.starts_with(stem)) || is(Role::KillingVerb, f)
    };
    let family_killed_after = |v: usize, end: usize| {
        let mut b = v + 1;
        while b < end && matches!(forms[toks[b]].as_str(), "النار" | "على" | "الرصاص")
        {
            b += 1;
        }
        b < end && role(b) == Some("family_victim")
    };
    // (and the arrest of one who shot or killed his own family: القبض على مواطن أطلق النار على
    // شقيقه)
    let ordinary_offence = t.sub_event_type == "Arrests"
        && (clause_start..clause_end).any(|b| {
            role(b) == Some("ordinary_offence") || kills(b) && family_killed_after(b, clause_end)
        });
    // a shooting or killing of the perpetrator's own family (إطلاق النار على زوجته وابنه، قتل
    // شقيقه) is a domestic crime no conflict is about
    // (its first object: قتل مسلحون الجندي وشقيقه is another matter; and only after a verb
    // of shooting or killing with its doer: مقتل ابنه، اختطاف شقيقه are the victim's kin)
    let domestic = matches!(t.event_type, "Battles" | "Violence against civilians")
        && kills(k)
        && family_killed_after(k, clause_end);
    // (nor is a thing stopped an arrest: أوقفت منح التأشيرات، توقيف الشاحنات)
    let thing_stopped =
        t.sub_event_type == "Arrests" && k + 1 < toks.len() && role(k + 1) == Some("thing_stopped");
    // a habit, before or after it (ينفذ الطيران يوميا غارات، هاجمت مرارا معسكرات)
    let habit = (k.saturating_sub(3)..(k + 4).min(toks.len())).any(|b| role(b) == Some("habit"));
    // (or an imminence after it: تحرير زنجبار بات قريبا)
    let expected = (k.saturating_sub(6)..k).any(|b| role(b) == Some("expected"))
        || (k + 1..(k + 5).min(toks.len())).any(|b| role(b) == Some("expected"));
    let standing_control = t.sub_event_type == "Non-state actor overtakes territory"
        && k > 0
        && is(Role::Relative, forms[toks[k - 1]].as_str());
    // a toll in a relative clause tells what its antecedent did (الحرب التي أسفرت عن مقتل …،
    // النزاع الذي أودى بحياة …): the antecedent is the event, if it is one
    let toll_of_antecedent = t.priority <= DEATH_ONLY
        && (k.saturating_sub(4)..k).any(|b| is(Role::Relative, forms[toks[b]].as_str()));
    // ground taken, as a noun after بعد (عاد الوزراء بعد تحرير المدينة): a time the text
    // tells by an event reported before, not a report of it
    let taken_before = matches!(
        t.sub_event_type,
        "Government regains territory" | "Non-state actor overtakes territory"
    ) && (!forms[toks[k]].starts_with(['و', 'ف'])
        && (k.saturating_sub(2)..k).any(|b| role(b) == Some("told_by"))
        // (or a clause after بعد أن: زار عدن بعد أن أحكمت القوات سيطرتها عليها)
        || (k.saturating_sub(7)..k.saturating_sub(1)).any(|b| {
            role(b) == Some("told_by") && forms[toks[b + 1]] == "ان" && b + 2 >= clause_start
        }));
    // only for taking ground: لهجوم after تعرض is the attack itself
    let purpose = forms[toks[k]].starts_with('ل')
        && !forms[toks[k]].starts_with("ال")
        && t.event_type == "Battles"
        && t.sub_event_type != "Armed clash";
    // ground retaken is ground: a place, a place word or a position within seven words after
    // the verb or noun (past its subject), before من or a comma (استعادة السيطرة على المدينة، تحرير عدن؛ not
    // استعادة البث من مدينة عدن، جهود استعادة العلاقات، تحرير الخدمات والاستثمارات)
    let not_ground = t.sub_event_type == "Government regains territory"
        && context_role(&forms[toks[k]]) == Some("retaking")
        && !(k + 1..(k + 8).min(toks.len()))
            .take_while(|&b| {
                // (من after a quantifier is the partitive: استعادة الكثير من المواقع)
                let partitive = || {
                    let before = &forms[toks[b - 1]];
                    lexicons().numbers.contains_key(&format!("{before} من"))
                };
                (forms[toks[b]] != "من" || partitive())
                    && forms[toks[b]].chars().any(char::is_alphabetic)
            })
            // (ground: a place, a place word or a position, مواقع، معسكر)
            .any(|b| {
                let j = toks[b];
                place_token[j]
                    || crate::geo::is_place_word(&forms[j])
                    || context_role(&forms[j]) == Some("ground")
            })
        // (its pronoun is the ground named before: بعد استعادتها)
        && !["ها", "هم", "ه"].iter().any(|p| forms[toks[k]].ends_with(p));
    // an agreement in general (اتفاق، اتفاقية) settles a conflict only with what it settles
    // near it: a truce, prisoners, a withdrawal, the use of bases (not a contract, a
    // cooperation accord, a nuclear or trade treaty or the club الاتفاق)
    // (its role without clitics and article: للهدنة، لتبادل، بانسحاب)
    let bare_role = |b: usize| {
        let form = forms[toks[b]].as_str();
        context_role(bare_word(form)).or_else(|| context_role(form))
    };
    // (a thing stopped after a word of stopping is a cessation too: اتفاقا لوقف القتال)
    let settles = |b: usize| {
        bare_role(b) == Some("conflict_subject")
            || bare_role(b) == Some("thing_stopped")
                && b > 0
                && bare_role(b - 1) == Some("not_occurred")
    };
    let unsettled_deal = bare_role(k) == Some("deal")
        && !(k.saturating_sub(6)..(k + 11).min(toks.len())).any(|b| b != k && settles(b));
    !(negated
        || unsettled_deal
        || habit
        || not_ground
        || in_name
        || expected
        || standing_control
        || toll_of_antecedent
        || taken_before
        || purpose
        || accident
        || ordinary_offence
        || domestic
        || thing_stopped)
}

/// The roles of the closed-class words the rules read (data/events/words.tsv, where each is
/// described).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Death,
    TheDead,
    Funeral,
    MetDeath,
    Locative,
    Near,
    /// a compass direction (شمال، جنوبي): part of the near words, and after another place it
    /// locates that place (إب جنوب صنعاء)
    Compass,
    Container,
    /// before a place, with ب glued: it contains the place before (بمنطقة جازان)
    ContainerWithBa,
    /// before a place: it is a town or village (قرية دوما), the scene over a region after it
    Settlement,
    /// a word between a death and its count (ما لا يقل عن، نحو، أكثر من)
    Qualifier,
    /// a past verb of killing whose subject may stand before the count (أعدم التنظيم 4 رجال)
    KillingVerb,
    /// the start of a verb or noun of shooting, assault or stabbing (أطلق، إطلاق، اعتداء، طعن)
    HarmStem,
    /// after a count and its noun, qualifying it (على الأقل، تقريبا)
    CountTail,
    /// a wounded person (جرحى، مصابين)
    Injury,
    /// before a month or year: a period a toll adds up over (خلال رمضان، طوال العام)
    Over,
    /// before a date: the end of what began before (حتى صباح الجمعة)
    Until,
    /// that (أن، أنه): opens a reported clause, which a negation before it does not reach
    Complementizer,
    /// (the last role: the table is sized by it)
    Relative,
}

/// Whether `word` (search-normalized) is one of the words of `role`.
fn is(role: Role, word: &str) -> bool {
    lexicons().words[role as usize].contains(&word)
}

/// The words of `role`.
fn words(role: Role) -> impl Iterator<Item = &'static str> {
    lexicons().words[role as usize].iter().copied()
}

/// The token right before byte offset `start` (the last one that ends at or before it).
/// The first token that ends after byte `start` (the token at or after it).
fn token_at(doc: &Document, start: usize) -> usize {
    doc.tokens.partition_point(|t| t.span.end <= start)
}

fn token_before(doc: &Document, start: usize) -> Option<usize> {
    token_at(doc, start).checked_sub(1)
}

/// Trigger priority of words that report a death and no tactic (مقتل، مصرع; triggers.tsv).
const DEATH_ONLY: u32 = 8;

/// The strongest trigger of an event type and sub-type (for a word that names its event by
/// another report's).
fn trigger_like(event_type: &str, sub_event_type: &str) -> Option<&'static Trigger> {
    lexicons()
        .triggers
        .values()
        .filter(|t| t.event_type == event_type && t.sub_event_type == sub_event_type)
        .max_by_key(|t| t.priority)
}

/// A word without the one و or ف glued before it (وقتل → قتل; not فيما → يما: only one
/// letter, and only where a word is left).
fn without_conjunction(form: &str) -> &str {
    form.strip_prefix(['و', 'ف'])
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(form)
}

/// A word without its conjunction, preposition and article (بالاعتداء، للهدنة، لتبادل → اعتداء،
/// هدنة، تبادل).
fn bare_word(form: &str) -> &str {
    crate::without_article(form).unwrap_or_else(|| {
        let f = without_conjunction(form);
        f.strip_prefix(['ب', 'ل']).unwrap_or(f)
    })
}

/// The role a context word plays (data/events/context.tsv), a leading و or ف ignored.
fn context_role(form: &str) -> Option<&'static str> {
    let c = &lexicons().context;
    c.get(form)
        .or_else(|| c.get(without_conjunction(form)))
        .copied()
}

/// Whether a context role says what follows did not happen (a negation, a condition, a threat
/// …, دون: the role `without`, or an anniversary that recalls it).
fn negates(role: Option<&str>) -> bool {
    matches!(role, Some("not_occurred" | "without" | "anniversary"))
}

/// Whether the text marks itself as an opinion column (context.tsv: مقالات أخرى للكاتب; the
/// last word may run into the next title, للكاتبحتى, as pages are flattened).
fn opinion_column(forms: &[String]) -> bool {
    lexicons().opinion_marks.iter().any(|m| {
        let n = m.len();
        forms.windows(n).any(|w| {
            w[..n - 1].iter().zip(m).all(|(f, p)| f == p) && w[n - 1].starts_with(&m[n - 1])
        })
    })
}

/// Whether the lead (the first two sentences) announces a judicial execution (نفذت وزارة
/// الداخلية حكم القتل قصاصا): the crime such a notice recounts is a court case, and neither it
/// nor the execution is political violence ACLED codes.
fn execution_notice(doc: &Document, forms: &[String]) -> bool {
    let lead_end = doc
        .sentences
        .iter()
        .take(2)
        .next_back()
        .map_or(0, |s| s.end);
    let n = token_at(doc, lead_end);
    forms[..n]
        .iter()
        .any(|f| context_role(f) == Some("execution"))
}

/// Whether a sentence opens by turning to another story (إلى ذلك، من جهة أخرى; context.tsv):
/// what the sentences before it said does not carry over.
fn topic_shift(forms: &[String], toks: &[usize]) -> bool {
    (1..=3).any(|n| {
        toks.get(..n).is_some_and(|first| {
            let words: Vec<&str> = first.iter().map(|&j| forms[j].as_str()).collect();
            let joined = words.join(" ");
            let bare = joined.strip_prefix('و').unwrap_or(&joined);
            context_role(bare) == Some("topic_shift")
        })
    })
}

/// Sentences before a report, within its paragraph, that may give its date.
const DATE_LOOKBACK: usize = 3;

/// Sentences before a report that names no party, within its paragraph, that may name them.
const ACTOR_LOOKBACK: usize = 3;

/// The noun of taking control, a report of taking ground only after a verb of success
/// (context.tsv: success; تمكنت القوات من السيطرة على …), read then as its verb's trigger.
const CONTROL_NOUN: &str = "السيطرة";
const CONTROL_VERB: &str = "سيطر";

pub struct EventExtractor;

/// Whether a report places its event only in a region (geo precision 3: a country, a
/// governorate, or a named place no gazetteer locates) or nowhere.
fn coarsely_placed(e: &Event) -> bool {
    e.location
        .as_ref()
        .is_none_or(|l| l.geo_precision == Some(3) || l.place.is_none())
}

/// Whether the region a coarse report names holds the other report's place: a governorate
/// joins an event in that governorate, a country one in that country (either unplaced: yes).
fn in_region_of(weak: &Event, full: &Event) -> bool {
    match (&weak.location, &full.location) {
        (Some(w), Some(f)) => {
            w.country == f.country && (w.admin1.is_none() || w.admin1 == f.admin1)
        }
        _ => true,
    }
}

/// Another report of an event the document places more precisely (same type and day; this
/// one only names the country or governorate, or no place) is that event.
fn merge_unplaced(events: &mut Vec<Event>) {
    // (a named place no gazetteer locates, بلدة تل شهاب, is no region, even where its
    // sentence tells the governorate and no coordinates: it joins only a report told in the
    // same words)
    let region = |e: &Event| {
        e.location.as_ref().is_none_or(|l| {
            l.admin1.is_some() && l.latitude.is_some()
                || l.place.as_deref().is_none_or(crate::geo::is_country_name)
        })
    };
    let day = |e: &Event| e.date.as_ref().and_then(|d| d.value.clone());
    merge_weaker(
        events,
        coarsely_placed,
        |weak, full| {
            // (in one sentence, a clause with a toll of its own is another event: قتل 20 في
            // الهويدر، في حين قتل ثلاثة في منطقة الوثبة)
            let own_toll =
                weak.fatalities > 0 && full.fatalities > 0 && weak.fatalities != full.fatalities;
            day(full) == day(weak)
                && (region(weak)
                    || weak.span.start < full.span.end
                        && full.span.start < weak.span.end
                        && !own_toll)
                && in_region_of(weak, full)
        },
        // (a lead's total over several places is no toll of the first detail it joins: the
        // detail's own count stands)
        |weak, full| {
            if full.fatalities == 0 {
                full.fatalities = weak.fatalities;
            }
        },
    );
}

/// The actors ACLED's event types imply when the text names none of that kind: protesters in
/// a protest, rioters in a riot, civilians as the target of violence against civilians or as
/// the dead of a bombing who did not fight, an unidentified armed group behind a bombing no
/// one is named for. They stand for a type, not a mention (no span).
fn with_acled_actors(
    event_type: &str,
    sub_event_type: &str,
    civilians_killed: bool,
    actor1: Option<Actor>,
    actor2: Option<Actor>,
) -> (Option<Actor>, Option<Actor>) {
    let implied = |name: &str, inter: u8| Actor {
        name: name.to_string(),
        span: None,
        inter: Some(inter),
    };
    let has = |inter: u8| {
        [&actor1, &actor2]
            .iter()
            .any(|a| a.as_ref().and_then(|a| a.inter) == Some(inter))
    };
    let (actor1, actor2) = match event_type {
        // the crowd acts; a force that met it is the other party
        "Protests" | "Riots" => {
            let (name, inter) = if event_type == "Protests" {
                ("متظاهرون", 6)
            } else {
                ("مثيرو شغب", 5)
            };
            if has(inter) {
                return (actor1, actor2);
            }
            let force = [actor1, actor2]
                .into_iter()
                .flatten()
                .find(|a| a.inter == Some(1));
            (Some(implied(name, inter)), force)
        }
        // the victims are civilians by the type's definition; the perpetrator stays
        "Violence against civilians" if !has(7) => (actor1.or(actor2), Some(implied("مدنيون", 7))),
        "Explosions/Remote violence" => {
            let bombing = matches!(
                sub_event_type,
                "Remote explosive/landmine/IED" | "Suicide bomb" | "Grenade"
            );
            let victims = (civilians_killed && !has(7)).then(|| implied("مدنيون", 7));
            match (actor1, actor2) {
                (None, None) if bombing => (Some(implied("مجهولون", 3)), victims),
                (Some(a), None) | (None, Some(a)) => (Some(a), victims),
                (a1, a2) => (a1, a2),
            }
        }
        _ => (actor1, actor2),
    };
    // civilians never act in ACLED's coding of violence: the victims named first (قتل 5
    // أطفال بقصف الطيران) stand second, and two names of victims are one party
    match (actor1, actor2) {
        (Some(first), second)
            if first.inter == Some(7) && !matches!(event_type, "Protests" | "Riots") =>
        {
            match second {
                Some(other) if other.inter != Some(7) => (Some(other), Some(first)),
                _ => (None, Some(first)),
            }
        }
        pair => pair,
    }
}

/// Whether the place `e` is written after a compass direction that follows another place
/// (إب جنوب صنعاء، الحاوي شمال غربي الموصل): it locates that place and is not a scene.
fn locates_the_place_before(
    doc: &Document,
    forms: &[String],
    place_token: &[bool],
    e: &rasid_doc::Entity,
) -> bool {
    // (not after و: أذربيجان وشرق تركيا are two places)
    let compass = |f: &str| is(Role::Compass, f.strip_prefix('ب').unwrap_or(f));
    let k = token_at(doc, e.span.start);
    let mut b = k;
    while b > 0 && k - b < 2 && compass(&forms[b - 1]) {
        b -= 1;
    }
    // (a place the gazetteer locates: an unknown name leaves the reference as the scene; a
    // quarter is coded as its town, حي اليرموك غربي بعقوبة)
    let locates = b < k
        && b > 0
        && place_token[b - 1]
        && doc.entities
            [crate::ranges::overlapping(&doc.entities, doc.tokens[b - 1].span, |x| x.span)]
        .iter()
        .any(|x| x.place.as_ref().is_some_and(|p| p.kind != "quarter"));
    // (or the region that contains the town or village before, written after it: قرية دوما
    // بمنطقة نابلس, where the village, known or not, is the scene; not a camp or a mosque in a
    // region, معسكر الحمزة بمنطقة ميتم)
    let settlement_before = || {
        let Some(town) = doc.entities
            [crate::ranges::overlapping(&doc.entities, doc.tokens[k - 2].span, |x| x.span)]
        .iter()
        .find(|x| x.place.is_some()) else {
            return false;
        };
        let first = token_at(doc, town.span.start);
        first > 0 && {
            let w = without_conjunction(&forms[first - 1]);
            is(
                Role::Settlement,
                &word_key(w.strip_prefix('ب').unwrap_or(w)),
            )
        }
    };
    let contains = k >= 2
        && place_token[k - 2]
        && {
            let bare = without_conjunction(forms[k - 1].as_str());
            let glued_ba = bare.starts_with('ب');
            let key = word_key(bare.strip_prefix(['ب', 'ل']).unwrap_or(bare));
            is(Role::Container, &key) || glued_ba && is(Role::ContainerWithBa, &key)
        }
        && settlement_before();
    locates || contains
}

/// Another report of an event the document dates (same type and place; this one carries only
/// the publication date, no date of its own) is that event.
fn merge_undated(events: &mut Vec<Event>) {
    let place = |e: &Event| e.location.as_ref().and_then(|l| l.place.clone());
    let undated =
        |e: &Event| place(e).is_some() && e.date.as_ref().is_none_or(|d| d.span.is_none());
    merge_weaker(
        events,
        undated,
        |weak, full| {
            full.date.as_ref().is_some_and(|d| d.span.is_some()) && place(full) == place(weak)
        },
        |weak, full| full.fatalities = full.fatalities.max(weak.fatalities),
    );
}

/// A report that places its event only in a country or governorate (or nowhere) and gives
/// the same toll of two or more as a report of the same type close after or before it, at a
/// place inside that region, is that report: a lead and its detail (قتل ثمانية حوثيين في
/// مأرب … ثم … مقتل ثمانية حوثيين في الجفينة). A date of its own stands if the detail has none.
fn merge_same_toll(text: &str, events: &mut Vec<Event>) {
    let written_date = |e: &Event| e.date.as_ref().filter(|d| d.span.is_some()).cloned();
    merge_weaker(
        events,
        |e| coarsely_placed(e) && e.fatalities >= 2,
        |weak, full| {
            let (a, b) = if weak.span.start < full.span.start {
                (weak.span, full.span)
            } else {
                (full.span, weak.span)
            };
            // (within a paragraph or the next: a detail follows its lead closely)
            let near =
                a.end <= b.start && text[a.end..b.start].matches('\n').count() <= 2 || a == b;
            // (two days written are two events)
            let same_day = match (written_date(weak), written_date(full)) {
                (Some(x), Some(y)) => x.value == y.value,
                _ => true,
            };
            // (a full report with the same toll is not coarse, or it would be weak too)
            !coarsely_placed(full)
                // (with no place at all, of the same tactic too: an IED's toll is not an
                // air strike's)
                && (weak.location.is_some() || full.sub_event_type == weak.sub_event_type)
                && full.fatalities == weak.fatalities
                && near
                && in_region_of(weak, full)
                && same_day
        },
        |weak, full| {
            if full.date.as_ref().is_none_or(|d| d.span.is_none()) {
                if let Some(d) = weak.date.as_ref().filter(|d| d.span.is_some()) {
                    full.date = Some(d.clone());
                }
            }
        },
    );
}

/// Folds each `weak` report into the first report of the same type that is not weak and
/// `joins` it (`fold(weak, full)` keeps what the weak one adds), then drops the folded reports.
fn merge_weaker(
    events: &mut Vec<Event>,
    weak: impl Fn(&Event) -> bool,
    joins: impl Fn(&Event, &Event) -> bool,
    fold: fn(&Event, &mut Event),
) {
    let mut keep = vec![true; events.len()];
    for i in 0..events.len() {
        if !weak(&events[i]) {
            continue;
        }
        let target = (0..events.len()).find(|&j| {
            j != i
                && keep[j]
                && !weak(&events[j])
                && events[j].event_type == events[i].event_type
                && joins(&events[i], &events[j])
        });
        if let Some(j) = target {
            keep[i] = false;
            let weak = events[i].clone();
            fold(&weak, &mut events[j]);
        }
    }
    let mut k = keep.into_iter();
    events.retain(|_| k.next().unwrap_or(true));
}

/// Whether the text between two names of a list holds only what joins them: spaces, commas, و
/// and a clitic the next name lost (بغداد، وبابل read as و ب ابل).
fn only_list_joiners(gap: &str) -> bool {
    gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, '،' | ',' | 'و' | 'ب' | 'ل'))
        .is_empty()
}

/// A list of three or more places in `sentence`, its names set one after the other with only
/// what joins them between, that names `here` (or the governorate `here` is in: العاصمة بغداد …
/// منها بغداد، وبابل، وكربلاء …): the list's span.
fn list_naming(doc: &Document, sentence: Span, here: &rasid_doc::Place) -> Option<Span> {
    let places: Vec<&rasid_doc::Entity> = doc.entities
        [crate::ranges::within(&doc.entities, sentence, |e| e.span)]
    .iter()
    .filter(|e| e.place.is_some())
    .collect();
    let names_here = |e: &&rasid_doc::Entity| {
        e.place.as_ref().is_some_and(|p| {
            p.id == here.id || p.kind == "admin1" && here.admin1.as_deref() == Some(p.name.as_str())
        })
    };
    places
        .chunk_by(|a, b| only_list_joiners(&doc.text[a.span.end..b.span.start.max(a.span.end)]))
        .find(|run| run.len() >= 3 && run.iter().any(names_here))
        .map(|run| Span::new(run[0].span.start, run[run.len() - 1].span.end))
}

/// The places a clause lists as the scenes of one report: its geocoded places in text order,
/// without countries and governorates when a finer place is there, without containers
/// (`… بمديرية حرض`) and repeats. Empty or one place: no list.
fn listed_places<'d>(
    doc: &'d Document,
    clause: Span,
    forms: &[String],
) -> Vec<&'d rasid_doc::Entity> {
    let ents: Vec<&rasid_doc::Entity> = doc.entities
        [crate::ranges::within(&doc.entities, clause, |e| e.span)]
    .iter()
    .filter(|e| e.place.is_some())
    .collect();
    let kind_is = |e: &rasid_doc::Entity, kinds: &[&str]| {
        e.place
            .as_ref()
            .is_some_and(|p| kinds.contains(&p.kind.as_str()))
    };
    // (quarters of a town are not scenes of their own: قصف أحياء كلابة والروضة في مدينة تعز
    // is one event in the town)
    let fine =
        |e: &rasid_doc::Entity| e.place.is_some() && !kind_is(e, &["country", "admin1", "quarter"]);
    // towns, else governorates (تظاهرات في بابل وكربلاء والنجف): ACLED codes each
    // with towns, a governorate coordinated with them is listed too (الناصرية والبصرة: a
    // governorate named like its capital), not one that contains them (الرمادي في الأنبار)
    let coordinated = |e: &rasid_doc::Entity| {
        let first = crate::ranges::overlapping(&doc.tokens, e.span, |t| t.span).start;
        // a و glued before the name, not the name's own first letter (واسط)
        let glued = &doc.text[doc.tokens[first].span.start.min(e.span.start)..e.span.start];
        glued.starts_with('و') || first > 0 && matches!(forms[first - 1].as_str(), "و" | "،" | ",")
    };
    // (the first conjunct too: حول الحسكة وحلب وكوباني)
    let first_conjunct = |e: &rasid_doc::Entity| {
        ents.iter().any(|n| {
            n.span.start > e.span.end
                && coordinated(n)
                && only_list_joiners(&doc.text[e.span.end..n.span.start])
        })
    };
    let admin1_item =
        |e: &rasid_doc::Entity| kind_is(e, &["admin1"]) && (coordinated(e) || first_conjunct(e));
    let items = ents.iter().filter(|e| fine(e) || admin1_item(e)).count();
    let listed: Vec<&rasid_doc::Entity> = if ents.iter().any(|e| fine(e)) && items >= 2 {
        ents.iter()
            .copied()
            .filter(|e| fine(e) || admin1_item(e))
            .collect()
    } else if !ents.iter().any(|e| fine(e)) {
        ents.iter()
            .copied()
            .filter(|e| kind_is(e, &["admin1"]))
            .collect()
    } else {
        // (one town with governorates: the town's event, not a list: قاعدة العند في لحج
        // وحماية عدن)
        Vec::new()
    };
    if listed.len() < 2 {
        return Vec::new();
    }
    let mut out: Vec<&rasid_doc::Entity> = Vec::new();
    // places that locate an earlier one (دار سعد الواقع بين محافظتي عدن ولحج، مثلث العلم الذي
    // يربط بين لحج وعدن) are references, not more scenes (a direction word does not make one:
    // ريف حلب وريف إدلب are two scenes)
    let earlier_place = |e: &rasid_doc::Entity| {
        doc.entities[crate::ranges::within(
            &doc.entities,
            Span::new(clause.start, e.span.start),
            |x| x.span,
        )]
        .iter()
        .any(|x| x.place.is_some())
            || ents.first().is_some_and(|f| f.span.start < e.span.start)
    };
    let mut reference_before = false;
    for e in listed {
        // the word before the place: a container cue after an earlier place
        let words_before: Vec<usize> =
            crate::ranges::within(&doc.tokens, Span::new(clause.start, e.span.start), |t| {
                t.span
            })
            .collect();
        // (its proclitics off, one conjunction then one preposition: بمديرية، وبولاية،
        // قرية آراكوي التابعة لقضاء شرناق)
        let before = words_before.last().map(|&j| {
            let f = without_conjunction(&forms[j]);
            crate::ner::resources::word_key(f.strip_prefix(['ب', 'ل']).unwrap_or(f))
        });
        // (a region word contains only with ب: قطاع الطوال بمنطقة جازان; ومنطقة X is one
        // more place)
        let glued_ba = words_before
            .last()
            .is_some_and(|&j| forms[j].starts_with('ب'));
        let contains = before
            .as_deref()
            .is_some_and(|b| is(Role::Container, b) || glued_ba && is(Role::ContainerWithBa, b));
        if !out.is_empty() && contains {
            continue;
        }
        // a locating word within three words before it (الواقعة بين، القريبة من) or one of
        // coming from it (القادمة من), or a parenthesis that
        // places it (قضاء بعاج (غرب الموصل))
        let locating = words_before.iter().rev().take(3).any(|&j| {
            matches!(
                context_role(&forms[j]),
                Some("locating" | "origin" | "toward" | "distance" | "route")
            ) || doc.tokens[j].span.slice(&doc.text).contains('(')
        });
        // (a place a bearing from it places right after an earlier one: قرية الفلاحين شمال
        // مدينة عدن — Aden locates the village and is no scene of its own)
        let bearing_from = {
            let mut chain = words_before.iter().rev().peekable();
            let mut bearing = false;
            while let Some(&&j) = chain.peek() {
                match crate::geo::bearing_word(&forms[j]) {
                    Some(near) => bearing |= near,
                    None => break,
                }
                chain.next();
            }
            // (and a preposition before the bearing: قرية زركلة في منطقة رواندز في شرق أربيل)
            if bearing && chain.peek().is_some_and(|&&j| forms[j] == "في") {
                chain.next();
            }
            bearing
                && chain.next().is_some_and(|&j| {
                    ents.iter().any(|x| {
                        fine(x)
                            && x.span.start < e.span.start
                            && x.span.end == doc.tokens[j].span.end
                    })
                })
        };
        if bearing_from {
            reference_before = true;
            continue;
        }
        // (the seat of someone named, التي يوجد مقرها في طرابلس, is no scene)
        let seat = words_before
            .iter()
            .rev()
            .take(3)
            .any(|&j| context_role(&forms[j]) == Some("seat"));
        if seat {
            continue;
        }
        // (where someone came from is no scene, nor the places joined to it: عائلات متحدرة من
        // الفوعة وكفريا تظاهرت في …)
        let origin = matches!(words_before.as_slice(), [.., o, m]
            if forms[*m] == "من" && context_role(&forms[*o]) == Some("origin"));
        if origin {
            reference_before = true;
            continue;
        }
        let conjunct = coordinated(e) && reference_before;
        if (locating || conjunct) && earlier_place(e) {
            reference_before = true;
            continue;
        }
        reference_before = false;
        // (one place twice: by name, by its gazetteer entry, or another spelling after a
        // slash, سروج/سوروتش; not by coordinates, which a quarter shares with its town)
        let same = |o: &&rasid_doc::Entity| {
            let (Some(a), Some(b)) = (&o.place, &e.place) else {
                return false;
            };
            let between = doc.text.get(o.span.end..e.span.start).unwrap_or("");
            a.name == b.name || a.id == b.id || between.trim() == "/"
        };
        if !out.iter().any(same) {
            out.push(e);
        }
    }
    out
}

/// The datelines of a document: a place opening a paragraph, before a dash or a colon
/// (`بيروت - واس:`، `بغداد (رويترز) -`، `الرياض، جدة: …`), or after an outlet and a dash
/// (`سبق- الرياض:`). They say where the report was filed: an event's place only when its text
/// names no other.
fn datelines(doc: &Document) -> Vec<Span> {
    let text = &doc.text;
    // a dash or colon within 40 characters on the line closes a run of datelines
    let closed = |from: usize| {
        let rest = &text[from..];
        rest.find(['-', '–', '—', ':'])
            .is_some_and(|i| !rest[..i].contains('\n') && rest[..i].chars().count() <= 40)
    };
    let mut out: Vec<Span> = Vec::new();
    for e in doc.entities.iter().filter(|e| e.place.is_some()) {
        let line_start = text[..e.span.start].rfind('\n').map_or(0, |i| i + 1);
        let before = text[line_start..e.span.start].trim();
        let after = text[e.span.end..].trim_start();
        // after an outlet and a dash, closed by a colon (سبق- الرياض:، واس- جدة:)
        let after_outlet = before.ends_with(['-', '–', '—'])
            && before.split_whitespace().count() <= 3
            && after.starts_with(':');
        // the paragraph's first name, or one listed after an earlier dateline (بيروت، لندن -)
        let opens = before.is_empty()
            || out.last().is_some_and(|d| {
                d.start >= line_start
                    && text[d.end..e.span.start]
                        .trim()
                        .trim_matches(['،', ',', 'و'])
                        .trim()
                        .is_empty()
            });
        // (past an agency in parentheses: بغداد (رويترز) -)
        let after = match after
            .strip_prefix('(')
            .and_then(|r| Some((r, r.find(')')?)))
        {
            Some((rest, i)) if i < 40 => rest[i + 1..].trim_start(),
            _ => after,
        };
        let closes = after.starts_with(['-', '–', '—', ':'])
            || after.starts_with(['،', ',']) && closed(e.span.end);
        if after_outlet || opens && closes {
            out.push(e.span);
        }
    }
    out
}

/// The words of a quote that frame its statement: from the quote's start to its content, or,
/// for a cue after the content (… وفقا للبيان العسكري الذي أذيع اليوم الاثنين), from the cue
/// to the end of its sentence. A date there is the day of the statement, not of the event.
fn statement_frame(doc: &Document, q: &rasid_doc::Quote) -> Span {
    if q.cue.start >= q.content.end {
        let end = crate::ranges::overlapping(&doc.sentences, q.cue, |s| *s)
            .next()
            .map_or(q.cue.end, |si| doc.sentences[si].end);
        Span::new(q.cue.start, end)
    } else {
        Span::new(q.span.start, q.content.start)
    }
}

/// The clauses of a sentence (token indices): cut at commas and semicolons, and before
/// غداة (what follows it happened the day before), with short pieces (under five words)
/// joined to the clause before them.
fn clauses(toks: &[usize], forms: &[String], kinds: &[TokenKind]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut cur: Vec<usize> = Vec::new();
    for &j in toks {
        if !cur.is_empty() && crate::dates::is_morrow(&forms[j]) {
            out.push(std::mem::take(&mut cur));
        }
        let cut =
            kinds[j] == TokenKind::Punct && matches!(forms[j].as_str(), "،" | "," | "؛" | ";");
        cur.push(j);
        if cut {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    let words = |c: &Vec<usize>| c.iter().filter(|&&j| kinds[j] != TokenKind::Punct).count();
    let mut merged: Vec<Vec<usize>> = Vec::new();
    for c in out {
        match merged.last_mut() {
            Some(prev) if words(&c) < 5 || words(prev) < 5 => prev.extend(c),
            _ => merged.push(c),
        }
    }
    merged
}

struct Sent {
    span: Span,
    toks: Vec<usize>,
}

impl EventExtractor {
    fn trigger_at(forms: &[String], toks: &[usize], k: usize) -> Option<(&'static Trigger, usize)> {
        let lex = lexicons();
        // (the noun of taking ground after a verb of success: تمكنت القوات من السيطرة على …)
        if forms[toks[k]] == CONTROL_NOUN
            && k >= 2
            && matches!(forms[toks[k - 1]].as_str(), "من" | "في")
            && (k.saturating_sub(8)..k - 1)
                .any(|j| context_role(&forms[toks[j]]) == Some("success"))
        {
            return lex.triggers.get(CONTROL_VERB).map(|t| (t, 1));
        }
        for len in (1..=lex.max_trigger).rev() {
            if k + len > toks.len() {
                continue;
            }
            // (الفجر is dawn, not فجر "blew up")
            if len == 1 && context_role(&forms[toks[k]]) == Some("other_noun") {
                continue;
            }
            let words: Vec<&str> = (k..k + len).map(|j| forms[toks[j]].as_str()).collect();
            let mut joined = words.join(" ");
            // the accusative's alef (انفجاراً، هجوماً) is not part of the noun
            if len == 1 && joined.chars().count() >= 5 && !lex.triggers.contains_key(&joined) {
                if let Some(noun) = joined.strip_suffix('ا') {
                    let definite = format!("ال{noun}");
                    if lex.triggers.contains_key(noun) {
                        joined = noun.to_string();
                    } else if lex.triggers.contains_key(&definite) {
                        joined = definite;
                    }
                }
                // (nor is its owner's pronoun on a strike: غاراتها; not on a weapon it used,
                // بصواريخها, nor on fighting or a liberation in general, في قتالها ضد، بعد
                // تحريرها, nor on a death, told of a known person, حتى مقتله; its toll below)
                let owned = ["هما", "هم", "ها", "ه"].iter().find_map(|p| {
                    let noun = joined.strip_suffix(p)?;
                    let noun = without_conjunction(noun);
                    let t = lex.triggers.get(noun)?;
                    (noun.chars().count() >= 4 && t.event_type == "Explosions/Remote violence")
                        .then_some(noun)
                });
                if let Some(noun) = owned {
                    joined = noun.to_string();
                }
            }
            if let Some(t) = lex.triggers.get(&joined) {
                return Some((t, len));
            }
            // (الضربات الجوية، بالعبوة الناسفة: the article on each word of a listed phrase)
            let first_bare = crate::without_article(words[0]).unwrap_or(words[0]);
            if len > 1
                && words.iter().any(|w| w.contains("ال"))
                && lex.phrase_starts.contains(first_bare)
            {
                let bare: Vec<&str> = std::iter::once(first_bare)
                    .chain(words[1..].iter().map(|w| w.strip_prefix("ال").unwrap_or(w)))
                    .collect();
                if let Some(t) = lex.triggers.get(&bare.join(" ")) {
                    return Some((t, len));
                }
            }
            for p in ["و", "ف", "ب", "ل", "ال", "وال", "بال", "لل"] {
                if let Some(rest) = joined.strip_prefix(p) {
                    if rest.chars().next().is_some_and(|c| c != ' ') {
                        let candidate = if p.ends_with("لل") {
                            format!("ال{rest}")
                        } else {
                            rest.to_string()
                        };
                        if let Some(t) = lex
                            .triggers
                            .get(&candidate)
                            .or_else(|| lex.triggers.get(&format!("ال{rest}")))
                        {
                            return Some((t, len));
                        }
                    }
                }
            }
        }
        // a verb and its definite object with the subject between them (أطلق مسلحون النار،
        // ألقت قوات الأمن القبض): the two-word trigger the verb opens
        let verb = without_conjunction(&forms[toks[k]]);
        if !lex.split_verbs.contains(verb) {
            return None;
        }
        // (past commas around a time between them: ألقت قوات الأمن، فجر اليوم الجمعة، القبض)
        for j in k + 2..(k + 9).min(toks.len()) {
            let between = forms[toks[j - 1]].as_str();
            let comma = matches!(between, "،" | ",");
            if !comma && !between.chars().any(char::is_alphabetic) || between.starts_with('و') {
                break;
            }
            let object = forms[toks[j]].as_str();
            if !object.starts_with("ال") {
                continue;
            }
            if let Some(t) = lex.triggers.get(&format!("{verb} {object}")) {
                return Some((t, 1));
            }
        }
        None
    }

    /// Deaths stated in a sentence: numbers (or number words) next to death
    /// words; the lowest of conflicting figures. Injuries are not deaths.
    fn fatalities(
        forms: &[String],
        kinds: &[TokenKind],
        person_start: &[bool],
        toks: &[usize],
    ) -> u32 {
        let lex = lexicons();
        let value_at = |k: usize| -> Option<u32> {
            let j = *toks.get(k)?;
            if kinds[j] == TokenKind::Number {
                return forms[j]
                    .replace(',', "")
                    .parse::<f64>()
                    .ok()
                    .map(|v| v as u32);
            }
            let word = forms[j].trim_start_matches('و');
            let next = toks.get(k + 1).map(|&n| forms[n].as_str()).unwrap_or("");
            let unit = lex
                .numbers
                .get(word)
                .copied()
                .filter(|v| (1..10).contains(v));
            // (سبعة عشر: a unit before عشر is a teen; خمسة وعشرون: before و and a ten, their sum)
            let teen = unit
                .filter(|_| lex.numbers.get(next) == Some(&10))
                .map(|v| v + 10);
            let and_ten = unit.and_then(|v| {
                let ten = lex.numbers.get(next.strip_prefix('و')?).copied()?;
                (ten % 10 == 0 && (20..100).contains(&ten)).then_some(v + ten)
            });
            // (a victim named by a singular noun — قتل شرطي، قتل الشرطي، مقتل القيادي, or in the
            // accusative: أن شرطيا قتل — is one; not the noun a count is of: 43 شخصا)
            let counted_noun = k
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|&p| {
                    kinds[p] == TokenKind::Number || lex.numbers.contains_key(forms[p].as_str())
                });
            // (the عشر of a teen read from its end: سبعة عشر مدنيا قتلوا)
            let unit_before = k
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .and_then(|&p| lex.numbers.get(forms[p].trim_start_matches('و')).copied())
                .filter(|v| (1..10).contains(v));
            let teen_from_end = lex
                .numbers
                .get(word)
                .filter(|&&v| v == 10)
                .and(unit_before)
                .map(|v| v + 10);
            let singular = || {
                [Some(word), word.strip_prefix("ال"), word.strip_suffix('ا')]
                    .into_iter()
                    .flatten()
                    .find_map(|w| lex.numbers.get(w).filter(|&&v| v == 1))
                    .copied()
                    .filter(|_| !counted_noun)
            };
            teen.or(and_ten)
                .or(teen_from_end)
                .or_else(|| lex.numbers.get(&format!("{} {next}", forms[j])).copied())
                .or_else(|| lex.numbers.get(word).copied().filter(|&v| v != 1))
                .or_else(singular)
        };
        // (على الأقل، تقريبا after a count's noun; a sentence's tokens are consecutive)
        let tail = |n: usize| {
            is(Role::CountTail, forms[n].as_str())
                || forms[n] == "على"
                    && forms
                        .get(n + 1)
                        .is_some_and(|m| is(Role::CountTail, m.as_str()))
        };
        // a count that ends at token b, or stands before its noun there (40 حوثيا، 47 شخصا)
        let count_ending_at = |b: usize| {
            value_at(b).or_else(|| {
                (b > 0 && kinds[toks[b]] == TokenKind::Arabic)
                    .then(|| value_at(b - 1))
                    .flatten()
            })
        };
        let mut found: Vec<u32> = Vec::new();
        // the token of the last death counted, for a death joined to it by و
        let mut last_counted: Option<usize> = None;
        // the death a لقي met (مصرعه، حتفهم)
        let met_end = |n: &usize| forms[*n].starts_with("مصرع") || forms[*n].starts_with("حتف");
        for (k, &j) in toks.iter().enumerate() {
            let f = forms[j].trim_start_matches(['و', 'ف', 'ب', 'ل']);
            // (a death with its victim's pronoun: مقتله، مقتلهما)
            let owned = [("هما", 2), ("ها", 1), ("ه", 1)]
                .iter()
                .find_map(|&(p, n)| {
                    let noun = f.strip_suffix(p)?;
                    // (not the death a لقي met, counted with its verb: لقي مصرعه مع 40 آخرين;
                    // nor the plural of the dead: قتلاه)
                    let met = noun.starts_with("مصرع") || noun.starts_with("حتف");
                    let plural = noun.ends_with(['ا', 'ى', 'ي', 'ء']);
                    // (استشهاده ب is his citing of something)
                    let citing = noun == "استشهاد";
                    (noun.chars().count() >= 3
                        && is(Role::Death, noun)
                        && !met
                        && !plural
                        && !citing)
                        .then_some(n)
                });
            // (with the article, only right after its count: سقوط عدد من الشهداء، عشرات القتلى;
            // not من بين القتلى القيادي)
            let defined = crate::without_article(f).is_some_and(|w| is(Role::TheDead, w));
            let death = is(Role::Death, f)
                || is(Role::Death, forms[j].as_str())
                || defined
                || owned.is_some();
            // لقي 24 عنصرا … مصرعهم: the count comes between the verb and the death
            let met_death = is(Role::MetDeath, without_conjunction(&forms[j]))
                && toks[k + 1..(k + 16).min(toks.len())].iter().any(met_end);
            let funeral = is(Role::Funeral, f) || met_death;
            if !death && !funeral {
                continue;
            }
            // مقتل 5 / 5 قتلى / قتل خمسة / شيع … 10 من عناصره / لقي 24 … مصرعهم
            let window: Vec<usize> = if defined {
                // (a vague amount written with its من: عدد من القتلى; not the partitive of
                // dead already counted, تسعة من القتلى هم من المدنيين)
                let of = k >= 2
                    && forms[toks[k - 1]] == "من"
                    && lex
                        .numbers
                        .contains_key(&format!("{} من", forms[toks[k - 2]]));
                let count_at = if of { Some(k - 2) } else { k.checked_sub(1) };
                count_at.into_iter().collect()
            } else if met_death {
                // (only up to the death: لقيت امرأة حتفها وأصيب 15)
                (k + 1..toks.len())
                    .take_while(|&x| !met_end(&toks[x]))
                    .take(8)
                    .collect()
            } else if funeral {
                (k + 1..(k + 8).min(toks.len())).collect()
            } else {
                // the number next to it, after then before (مقتل 5، 5 قتلى), else one word
                // further, not across a conjunction (11 قتيلا وأصيب 46: the 46 are wounded)
                // nor punctuation; past a qualifier (قتلت ما لا يقل عن 60)
                let joins = |x: usize| {
                    toks.get(x)
                        .is_some_and(|&t| kinds[t] == TokenKind::Punct || forms[t].starts_with('و'))
                };
                // (and an opening bracket: استشهاد (15) خمسة عشر; and the mark that closes a
                // death word quoted: أسفر عن «استشهاد» 26 شخصا)
                let mut after = k + 1;
                while after < toks.len()
                    && after < k + 6
                    && (is(Role::Qualifier, forms[toks[after]].as_str())
                        || matches!(forms[toks[after]].as_str(), "(" | "»" | "”" | "\""))
                {
                    after += 1;
                }
                let mut w = vec![after, k.wrapping_sub(1)];
                if !joins(after) {
                    w.push(after + 1);
                }
                if !joins(k.wrapping_sub(1)) {
                    w.push(k.wrapping_sub(2));
                }
                w.into_iter().filter(|&x| x < toks.len()).collect()
            };
            // (the dead with the article count only with the amount right before them)
            if defined && window.iter().all(|&x| value_at(x).is_none()) {
                continue;
            }
            // (8 من المسلحين الحوثيين قتلوا: a count of a group named before the verb)
            // (or of a noun: 40 حوثيا من أبناء مديرية حيدان قتلوا)
            let partitive = || {
                (k.saturating_sub(5)..k)
                    .find(|&x| x > 0 && forms[toks[x]] == "من")
                    .and_then(|x| count_ending_at(x - 1))
            };
            // (قتل ضابط و3 جنود، 39 متمردا و17 مقاتلا، أربعة من الجنود و13 مدنيا: a count joined
            // by و to the first, right after it or after its noun, adds to it)
            let joined = |x: usize| -> u32 {
                let and_at = |y: usize| toks.get(y).is_some_and(|&n| forms[n] == "و");
                let noun_at = |y: usize| {
                    toks.get(y)
                        .is_some_and(|&n| kinds[n] == TokenKind::Arabic && value_at(y).is_none())
                };
                let number_at =
                    |y: usize| toks.get(y).is_some_and(|&n| kinds[n] == TokenKind::Number);
                let of_noun = toks.get(x + 1).is_some_and(|&n| forms[n] == "من") && noun_at(x + 2);
                // where the joined count stands
                let at = if and_at(x + 1) {
                    Some(x + 2)
                } else if of_noun && and_at(x + 3) && number_at(x + 4) {
                    Some(x + 4)
                } else if noun_at(x + 1) {
                    // (past its noun, the group it is of and its qualifier: 37 مسلحا من داعش
                    // و16 من البيشمركة، 39 متمردا على الأقل و17 مقاتلا)
                    let mut y = x + 2;
                    if toks.get(y).is_some_and(|&n| forms[n] == "من") && noun_at(y + 1) {
                        y += 2;
                    }
                    while toks.get(y).is_some_and(|&n| tail(n)) {
                        y += 1;
                    }
                    (and_at(y) && number_at(y + 1)).then_some(y + 1)
                } else {
                    None
                };
                // (not the wounded: و10 جرحى)
                at.filter(|&a| {
                    !toks
                        .get(a + 1)
                        .is_some_and(|&n| is(Role::Injury, forms[n].as_str()))
                })
                .and_then(value_at)
                .unwrap_or(0)
            };
            // (47 شخصا على الأقل قتلوا: a count before the verb, past its qualifier and noun)
            let before_tail = || {
                let mut b = k.checked_sub(1)?;
                if !tail(toks[b]) {
                    return None;
                }
                while b > 0 && tail(toks[b]) {
                    b -= 1;
                }
                count_ending_at(b)
            };
            // (15 مسلحا حوثيا قتلوا: a count before the verb, its noun and the noun's adjective
            // both in the accusative)
            let before_adjective = || {
                let accusative = |x: usize| {
                    kinds[toks[x]] == TokenKind::Arabic
                        && forms[toks[x]].ends_with('ا')
                        && value_at(x).is_none()
                };
                let b = k.checked_sub(3)?;
                (accusative(b + 1) && accusative(b + 2))
                    .then(|| value_at(b))
                    .flatten()
            };
            // (أعدم تنظيم داعش 4 خياطين، قتل المتمردون أمس جنديين، قتلت قوات الأمن خمسة
            // مسلحين: a verb's count after its subject and its day, a few words on, with no
            // punctuation or و before it; digits with the victims' noun after them)
            let past_subject = || {
                if is(Role::KillingVerb, without_conjunction(&forms[j])) {
                    (k + 2..(k + 6).min(toks.len()))
                        .take_while(|&x| {
                            kinds[toks[x - 1]] != TokenKind::Punct
                                && !(x - 1 > k && forms[toks[x - 1]].starts_with('و'))
                        })
                        .find(|&x| {
                            let noun_after = toks
                                .get(x + 1)
                                .is_some_and(|&n| kinds[n] == TokenKind::Arabic);
                            if kinds[toks[x]] == TokenKind::Number {
                                noun_after
                            } else {
                                value_at(x).is_some()
                            }
                        })
                } else {
                    None
                }
            };
            let counted = window
                .into_iter()
                .find_map(|x| value_at(x).map(|v| if x > k { v + joined(x) } else { v }))
                // (a count of a group before the verb comes first: تسعة من مسلحي الحوثي
                // قتلوا إضافة إلى اثنين)
                .or_else(|| {
                    partitive()
                        .is_none()
                        .then(past_subject)
                        .flatten()
                        .and_then(value_at)
                })
                .or_else(before_tail)
                .or_else(before_adjective)
                // (14 متمردا لقوا حتفهم: the count before the verb, with its noun)
                .or_else(|| {
                    k.checked_sub(1)
                        .filter(|_| met_death)
                        .and_then(count_ending_at)
                });
            // (لقي القيادي مصرعه: one death a singular pronoun names; مع 40 آخرين after the
            // death adds to the count)
            let met = met_death
                .then(|| (k + 1..(k + 16).min(toks.len())).find(|&x| met_end(&toks[x])))
                .flatten();
            let one_met = || {
                let end = met?;
                matches!(
                    forms[toks[end]].as_str(),
                    "مصرعه" | "مصرعها" | "حتفه" | "حتفها"
                )
                .then_some(1)
            };
            let with_others = met
                .filter(|&end| toks.get(end + 1).is_some_and(|&n| forms[n] == "مع"))
                .and_then(|end| value_at(end + 2))
                .unwrap_or(0);
            // (مقتل صالح الطائي: a person named right after the death is one)
            let one_named =
                || (death && toks.get(k + 1).is_some_and(|&n| person_start[n])).then_some(1);
            // (ارتفع عدد قتلى التفجير إلى 18: the toll a count rose to)
            let rose_to = || {
                let after_count = k > 0 && matches!(forms[toks[k - 1]].as_str(), "عدد" | "حصيلة");
                (k + 1..(k + 10).min(toks.len()))
                    .filter(|_| after_count)
                    .find(|&x| forms[toks[x]] == "الى")
                    .and_then(|x| value_at(x + 1))
            };
            // (استشهاد وجرح عدد من …، مقتل وإصابة العشرات: a vague amount of killed and wounded
            // holds an unknown number of dead, ACLED's 3; a number is left to the wounded)
            let killed_and_wounded = || {
                let wounded = toks.get(k + 1).is_some_and(|&n| {
                    forms[n]
                        .strip_prefix('و')
                        .is_some_and(|w| is(Role::Injury, w))
                });
                let vague = toks
                    .get(k + 2)
                    .is_some_and(|&n| kinds[n] == TokenKind::Arabic)
                    && value_at(k + 2).is_some();
                (death && wounded && vague).then_some(3)
            };
            // (one victim named by a singular noun, then more joined by و before any
            // punctuation: استشهاد العريف سعد والجندي فهد والجندي علي are three)
            let and_more = |v: u32| {
                if v != 1 {
                    return v;
                }
                let joined_singular = |x: usize| {
                    forms[toks[x]].strip_prefix('و').is_some_and(|f| {
                        lex.numbers.get(f.strip_prefix("ال").unwrap_or(f)) == Some(&1)
                    })
                };
                let more = (k + 2..(k + 20).min(toks.len()))
                    .take_while(|&x| kinds[toks[x]] != TokenKind::Punct)
                    .filter(|&x| joined_singular(x))
                    .count();
                v + more as u32
            };
            if let Some(v) = counted
                .or_else(partitive)
                .or_else(one_met)
                .or_else(one_named)
                .map(and_more)
                .or_else(rose_to)
                .or(owned)
                .or_else(killed_and_wounded)
                .map(|v| v + with_others)
            {
                // (مقتل 21 من الحوثيين ومقتل 3 من القوات الشرعية: a death joined by و to the
                // one counted before it, with no punctuation between, is more dead, not another
                // figure for the same; the same figure again is the same dead, a headline run
                // into its sentence: مقتل 57 مدنيا في قصف … وقتل 57 مدنيا)
                let joined_death = forms[j].starts_with('و')
                    && last_counted
                        .is_some_and(|p| (p + 1..k).all(|x| kinds[toks[x]] != TokenKind::Punct));
                match found.last_mut() {
                    Some(last) if joined_death && *last != v => *last += v,
                    _ => found.push(v),
                }
                last_counted = Some(k);
            }
        }
        // (سقوط قتلى، أسفرت عن قتلى وجرحى: dead with no number are ACLED's unknown plural, 3;
        // not when denied, دون وقوع قتلى, nor a number of them, عدد قتلى أقل)
        let unnumbered = || {
            toks.iter().enumerate().any(|(k, &j)| {
                forms[j].trim_start_matches(['و', 'ب']) == "قتلى"
                    && !(k > 0 && matches!(forms[toks[k - 1]].as_str(), "عدد" | "حصيلة"))
                    && !(k.saturating_sub(6)..k).any(|b| negates(context_role(&forms[toks[b]])))
            })
        };
        found
            .into_iter()
            .filter(|&v| v > 0 && v < 100_000)
            .min()
            .or_else(|| unnumbered().then_some(3))
            .unwrap_or(0)
    }
}

impl Component for EventExtractor {
    fn name(&self) -> &'static str {
        "events"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let forms = crate::search_forms(doc);
        // an opinion column (مقالات أخرى للكاتب) reports no events: ACLED codes reports (nor
        // does an execution notice)
        if opinion_column(&forms) || execution_notice(doc, &forms) {
            doc.events.clear();
            return;
        }
        let kinds: Vec<TokenKind> = doc.tokens.iter().map(|t| t.kind).collect();
        // the date mentions that date only what follows them (غداة), read once
        let morrow: Vec<bool> = doc
            .dates
            .iter()
            .map(|d| crate::dates::dates_what_follows(d.span.slice(&doc.text)))
            .collect();
        // the tokens of places, and of date mentions (فجر in فجر اليوم is dawn, no bombing)
        let place_token = crate::ranges::marked_within(
            &doc.tokens,
            doc.entities
                .iter()
                .filter(|e| e.label == EntityLabel::Location)
                .map(|e| e.span),
            |t| t.span,
        );
        let in_date =
            crate::ranges::marked_within(&doc.tokens, doc.dates.iter().map(|d| d.span), |t| t.span);
        let datelines = datelines(doc);
        let dateline_of = |e: &rasid_doc::Entity| datelines.contains(&e.span);
        let mut person_start = vec![false; doc.tokens.len()];
        for e in doc
            .entities
            .iter()
            .filter(|e| e.label == EntityLabel::Person)
        {
            let first = crate::ranges::within(&doc.tokens, e.span, |t| t.span).start;
            if let Some(p) = person_start.get_mut(first) {
                *p = true;
            }
        }
        let sents: Vec<Sent> = doc
            .sentences
            .iter()
            .map(|s| Sent {
                span: *s,
                toks: crate::ranges::within(&doc.tokens, *s, |t| t.span).collect(),
            })
            .collect();
        // whether each sentence turns to another story, read once
        let shifts: Vec<bool> = sents.iter().map(|s| topic_shift(&forms, &s.toks)).collect();
        // the clauses of each sentence, read once
        let sentence_clauses: Vec<Vec<Vec<usize>>> = sents
            .iter()
            .map(|s| clauses(&s.toks, &forms, &kinds))
            .collect();
        // the clauses that describe a noun (after a comma, opened by التي، الذي …): the dates
        // in them date what they describe, not the sentence's report
        let describing: Vec<Span> = sentence_clauses
            .iter()
            .flatten()
            .filter(|c| {
                c.first()
                    .is_some_and(|&j| is(Role::Relative, forms[j].as_str()))
            })
            .map(|c| {
                Span::new(
                    doc.tokens[c[0]].span.start,
                    doc.tokens[c[c.len() - 1]].span.end,
                )
            })
            .collect();
        let in_describing =
            |d: &rasid_doc::DateMention| describing.iter().any(|c| c.contains(d.span));
        // the stem keys of the words, each computed once when first asked for
        let keys: Vec<std::cell::OnceCell<String>> = vec![Default::default(); forms.len()];
        let key_of = |j: usize| keys[j].get_or_init(|| word_key(&forms[j])).as_str();
        // the quotes each sentence overlaps, found once
        let mut quotes_of: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
        for (qi, q) in doc.quotes.iter().enumerate() {
            for si in crate::ranges::overlapping(&doc.sentences, q.content, |s| *s) {
                quotes_of[si].push(qi);
            }
        }
        // reports of one event (type, place, date) in a document are one event
        let mut seen: HashMap<(String, Option<String>, Option<String>), usize> = HashMap::new();
        let mut same_sentence: HashMap<(usize, usize, Option<String>, Option<String>), usize> =
            HashMap::new();
        let mut priority: Vec<u32> = Vec::new();
        let published = doc
            .meta
            .published
            .as_deref()
            .and_then(crate::calendar::parse_iso);
        let published_year = published.map(|p| crate::calendar::iso(p)[..4].to_string());
        let prov = self.provenance();
        let lex = lexicons();
        // the outlets the document cites (a relay, or a news source: لـ«الوطن»، قالت وكالة
        // دوغان): no party to what they report, wherever they are named (حصلت "الوطن" على نسخة)
        let outlets: std::collections::HashSet<&str> = {
            let cited: Vec<Span> = doc
                .quotes
                .iter()
                .flat_map(|q| {
                    let source = q
                        .speaker
                        .as_ref()
                        .filter(|_| matches!(q.source_type, SourceType::Agency | SourceType::Media))
                        .map(|sp| sp.span);
                    q.via.iter().filter_map(|v| v.span).chain(source)
                })
                .collect();
            doc.entities
                .iter()
                .filter(|e| cited.iter().any(|c| c.overlaps(e.span)))
                .filter_map(|e| e.canonical.as_deref())
                .collect()
        };
        let mut events: Vec<Event> = Vec::new();
        for (si, s) in sents.iter().enumerate() {
            if s.span.slice(&doc.text).trim_end().ends_with(['؟', '?']) {
                continue;
            }
            // يذكر أن …: the author recalls background
            if s.toks
                .iter()
                .take(2)
                .any(|&j| context_role(&forms[j]) == Some("background"))
            {
                continue;
            }
            // رابط الخبر بصحيفة الوئام: …: a line that links to the story gives its headline
            // again, no report of its own
            let link_line = s.toks.len() > 1
                && context_role(&forms[s.toks[0]]) == Some("link")
                && matches!(forms[s.toks[1]].as_str(), "الخبر" | "المقال" | "المادة");
            if link_line {
                continue;
            }
            // the triggers of the sentence: (position in the sentence, trigger)
            let mut triggers: Vec<(usize, &Trigger)> = (0..s.toks.len())
                .filter(|&k| !in_date[s.toks[k]])
                .filter_map(|k| Self::trigger_at(&forms, &s.toks, k).map(|(t, _)| (k, t)))
                .collect();
            // words that name an event by the report before them (في حادث مماثل، الضربات
            // الأخرى): that report's type, in place of what the noun alone would say
            if let Some(before) = events.last() {
                let like = std::cell::OnceCell::new();
                for k in 0..s.toks.len() {
                    let role = |j: usize| s.toks.get(j).and_then(|&t| context_role(&forms[t]));
                    // (a strike word the lexicon knows, ضربة جوية, keeps its own type; crowds
                    // going out after a protest, كما خرج المئات في كربلاء, protest too)
                    let resumed = match role(k) {
                        Some("resumed") => matches!(
                            before.sub_event_type.as_str(),
                            "Air/drone strike" | "Shelling/artillery/missile attack"
                        ),
                        Some("crowd_out") => {
                            before.event_type == "Protests"
                                && (k + 1..k + 4).any(|j| role(j) == Some("crowd"))
                        }
                        _ => false,
                    } && triggers.iter().all(|&(x, _)| x != k);
                    let similar = role(k + 1) == Some("similar")
                        && (role(k) == Some("incident") || triggers.iter().any(|&(x, _)| x == k));
                    if !(resumed || similar) || in_date[s.toks[k]] {
                        continue;
                    }
                    let like = like
                        .get_or_init(|| trigger_like(&before.event_type, &before.sub_event_type));
                    if let Some(t) = *like {
                        triggers.retain(|&(x, _)| x != k);
                        triggers.push((k, t));
                    }
                }
                triggers.sort_by_key(|&(k, _)| k);
            }
            let clauses_of_sentence = &sentence_clauses[si];
            // whether all its triggers fall in one clause: the sentence reports one event
            let one_event_sentence = {
                let mut owner = triggers.iter().map(|&(k, _)| {
                    clauses_of_sentence
                        .iter()
                        .position(|c| c.contains(&s.toks[k]))
                });
                let first = owner.next().flatten();
                owner.all(|c| c == first)
            };
            // whether a sentence after sentence p, up to this one, turns to another story
            let shift_since = |p: usize| (p + 1..=si).any(|q| shifts[q]);
            for (ci, clause) in clauses_of_sentence.iter().cloned().enumerate() {
                let in_clause = |k: usize| clause.contains(&s.toks[k]);
                // the strongest trigger of the clause, not negated or hypothetical; one that
                // only describes the noun before it loses to the clause's own (أعدم داعش 50 من
                // أهالي الفلوجة الذين تظاهروا: an execution, not a protest)
                let own = |k: usize| k == 0 || !is(Role::Relative, forms[s.toks[k - 1]].as_str());
                let mut best: Option<(&Trigger, usize)> = None;
                for &(k, t) in triggers.iter().filter(|(k, _)| in_clause(*k)) {
                    if reported_as_happened(&forms, &place_token, &s.toks, k, t)
                        && best.is_none_or(|(b, bk)| (own(k), t.priority) > (own(bk), b.priority))
                    {
                        best = Some((t, k));
                    }
                }
                let Some((trig, tk)) = best else { continue };
                let trigger_span = doc.tokens[s.toks[tk]].span;
                let clause_span = Span::new(
                    doc.tokens[clause[0]].span.start,
                    doc.tokens[*clause.last().unwrap()].span.end,
                );
                // actors: entities (by canonical name) and actor words, in text order; the
                // outlet a source spoke to relays the report and is no actor (… لوكالة الأنباء
                // الألمانية أن العصيان …)
                // (by span, or by the canonical name of the entity it links: ”Dpa” after it)
                let relays: Vec<&rasid_doc::Via> = quotes_of[si]
                    .iter()
                    .flat_map(|&qi| &doc.quotes[qi].via)
                    .collect();
                let relay_names: Vec<&str> = relays
                    .iter()
                    .filter_map(|v| v.entity.as_deref())
                    .filter_map(|id| doc.entities.iter().find(|x| x.id == id))
                    .filter_map(|x| x.canonical.as_deref())
                    .collect();
                // (so is a news agency or outlet that is the source: وقالت وكالة دوغان إن …)
                let reporter = |e: &rasid_doc::Entity| {
                    quotes_of[si].iter().any(|&qi| {
                        let q = &doc.quotes[qi];
                        matches!(q.source_type, SourceType::Agency | SourceType::Media)
                            && q.speaker
                                .as_ref()
                                .is_some_and(|sp| sp.span.overlaps(e.span))
                    })
                };
                let relay = |e: &rasid_doc::Entity| {
                    reporter(e)
                        || e.canonical.as_deref().is_some_and(|c| outlets.contains(c))
                        || relays
                            .iter()
                            .any(|v| v.span.is_some_and(|v| v.overlaps(e.span)))
                        || e.canonical
                            .as_deref()
                            .is_some_and(|c| relay_names.contains(&c))
                };
                // (whether the speaker of a quote in the sentence names it)
                let spoken_by = |span: Span| {
                    quotes_of[si].iter().any(|&qi| {
                        doc.quotes[qi]
                            .speaker
                            .as_ref()
                            .is_some_and(|sp| sp.span.overlaps(span))
                    })
                };
                let mut actors: Vec<(Actor, usize)> = Vec::new();
                let mut striking_countries: Vec<(Span, &str)> = Vec::new();
                // whether the words right before an actor make it part of another name
                // (مجلس الأمن، وكالة «دوغان»: past a quotation mark), no party (من دون مقاومة)
                // or only a supporter (بدعم من طيران التحالف)
                let no_party_before = |start: usize| {
                    let k = token_at(doc, start);
                    let head = k.checked_sub(1).map(|p| match kinds[p] {
                        TokenKind::Punct => p.saturating_sub(1),
                        _ => p,
                    });
                    head.is_some_and(|p| context_role(&forms[p]) == Some("name_head"))
                        || (1..=4).any(|d| {
                            k.checked_sub(d)
                                .is_some_and(|p| match context_role(&forms[p]) {
                                    Some("aside") => true,
                                    // (right after دون: من دون مقاومة كبيرة)
                                    Some("without") => d == 1,
                                    _ => false,
                                })
                        })
                };
                for e in doc.entities[crate::ranges::within(&doc.entities, s.span, |e| e.span)]
                    .iter()
                    .filter(|e| e.label != EntityLabel::Location && !relay(e))
                    // (a month the tagger took for a name: في نيسان الماضي is no Nissan)
                    .filter(|e| {
                        doc.dates[crate::ranges::overlapping(&doc.dates, e.span, |d| d.span)]
                            .is_empty()
                    })
                {
                    let name = e
                        .canonical
                        .clone()
                        .unwrap_or_else(|| e.span.slice(&doc.text).to_string());
                    let inter = lex.actors.get(&phrase_key(&name)).copied();
                    // (the source of the report is no party to it unless it is an armed one:
                    // بحسب المرصد السوري، قالت منظمة العفو)
                    let source = spoken_by(e.span);
                    // (a place of care, study or worship, an outlet, a council is no party:
                    // مستشفى كركوك، وكالة دوغان، مجلس الأمن الدولي)
                    let first_word = name.split_whitespace().next().unwrap_or("");
                    // (or before it, outside the name the tagger found: وكالة «دوغان»)
                    let no_party = matches!(
                        context_role(&Normalizer::search().normalize_str(first_word)),
                        Some("name_head" | "facility")
                    ) || no_party_before(e.span.start);
                    if (e.label == EntityLabel::Organization || inter.is_some())
                        && (inter.is_some() || !source)
                        && (inter.is_some() || !no_party)
                    {
                        actors.push((
                            Actor {
                                name,
                                span: Some(e.span),
                                inter,
                            },
                            e.span.start,
                        ));
                    }
                }
                // actor words (الجيش، داعش، المتظاهرون) among a sentence's tokens
                // (the longest listed phrase at each word: القوات الأمنية، الجيش السوري الحر)
                let actor_words = |toks: &[usize], actors: &mut Vec<(Actor, usize)>| {
                    let mut i = 0;
                    while i < toks.len() {
                        let listed = (1..=3usize).rev().find_map(|n| {
                            let words = toks.get(i..i + n)?;
                            if words.iter().any(|&w| !kinds[w].is_wordlike()) {
                                return None;
                            }
                            let key: Vec<String> =
                                words.iter().map(|&w| key_of(w).to_string()).collect();
                            lex.actors.get(&key.join(" ")).map(|&inter| (n, inter))
                        });
                        let Some((n, inter)) = listed else {
                            i += 1;
                            continue;
                        };
                        let (j, last) = (toks[i], toks[i + n - 1]);
                        // (part of another name: مجلس الأمن، حزب الشعب الجمهوري)
                        let in_name = no_party_before(doc.tokens[j].span.start);
                        i += n;
                        if in_name {
                            continue;
                        }
                        // (a country is a place here, as among the names: في الولايات المتحدة;
                        // forces loyal to a party named after them are that party's: القوات
                        // الموالية للحوثيين)
                        let whose = toks.get(i).is_some_and(|&w| {
                            forms[w].starts_with('ل') && lex.actors.contains_key(key_of(w))
                        });
                        if whose || place_token[j] {
                            continue;
                        }
                        // (without the conjunction or preposition glued to it: والجيش →
                        // الجيش; للجيش, where ل took the article's alef, is named الجيش)
                        let first = crate::ner::without_proclitic(&doc.text, doc.tokens[j].span);
                        let mut span = Span::new(first.start, doc.tokens[last].span.end);
                        // (with the country's adjective after it: الجيش التركي)
                        if toks.contains(&(last + 1))
                            && crate::geo::country_of_adjective(&forms[last + 1]).is_some()
                        {
                            span = Span::new(span.start, doc.tokens[last + 1].span.end);
                        }
                        let written = span.slice(&doc.text);
                        let name = match written.strip_prefix("لل") {
                            Some(rest) if forms[j].starts_with("لل") => format!("ال{rest}"),
                            _ => written.to_string(),
                        };
                        if !actors
                            .iter()
                            .any(|(a, _)| a.span.is_some_and(|x| x.overlaps(span)))
                        {
                            actors.push((
                                Actor {
                                    name,
                                    span: Some(span),
                                    inter: Some(inter),
                                },
                                span.start,
                            ));
                        }
                    }
                };
                actor_words(&s.toks, &mut actors);
                // a country that strikes (شنت تركيا غارات، قصفت تركيا مواقع، إن الولايات المتحدة
                // وحلفاءها شنوا 18 غارة): its forces are a party, named by the country as ACLED
                // does; only as the subject of a verb of striking or launching, so not where it
                // is (شهدت تركيا، في سوريا), whom it leads (الذي تقوده الولايات المتحدة) or what
                // it says (دانت الجزائر الغارات)
                if matches!(
                    trig.sub_event_type,
                    "Air/drone strike" | "Shelling/artillery/missile attack"
                ) {
                    let bare = |j: usize| without_conjunction(&forms[j]);
                    let launching = |j: usize| context_role(bare(j)) == Some("launch");
                    let verb_trigger = {
                        let w = forms[s.toks[tk]].as_str();
                        w.ends_with('ت') && !w.ends_with("ات")
                    };
                    let from = doc.tokens[s.toks[tk.saturating_sub(8)]].span.start;
                    let until = match s.toks.get(tk + 1) {
                        Some(&j) if verb_trigger => doc.tokens[j].span.end,
                        _ => trigger_span.start,
                    };
                    for e in &doc.entities
                        [crate::ranges::within(&doc.entities, Span::new(from, until), |e| e.span)]
                    {
                        let Some(iso) = e
                            .place
                            .as_ref()
                            .filter(|p| p.kind == "country")
                            .map(|p| p.country.as_str())
                        else {
                            continue;
                        };
                        // (its position among the sentence's tokens)
                        let Some(k) = s
                            .toks
                            .iter()
                            .position(|&j| doc.tokens[j].span.end > e.span.start)
                        else {
                            continue;
                        };
                        let subject = k == tk + 1 && verb_trigger
                            || k > 0 && k < tk && launching(s.toks[k - 1])
                            || k > 0
                                && matches!(bare(s.toks[k - 1]), "ان" | "بان")
                                && (k + 1..(k + 4).min(s.toks.len()))
                                    .any(|b| launching(s.toks[b]) || b == tk && verb_trigger);
                        if !subject || spoken_by(e.span) || relay(e) || dateline_of(e) {
                            continue;
                        }
                        let name = e
                            .canonical
                            .clone()
                            .unwrap_or_else(|| e.span.slice(&doc.text).to_string());
                        if !actors.iter().any(|(a, _)| a.name == name) {
                            actors.push((
                                Actor {
                                    name,
                                    span: Some(e.span),
                                    inter: Some(8),
                                },
                                e.span.start,
                            ));
                            striking_countries.push((e.span, iso));
                        }
                    }
                }
                // (the parties the sentence does not name, up to two: the armed ones the
                // sentences before it in its paragraph name, a lead's: وشنت طائرات التحالف غارات
                // … واستهدفت غارات مواقع للحوثيين)
                let parties = |actors: &Vec<(Actor, usize)>| {
                    let mut types: Vec<u8> = actors.iter().filter_map(|a| a.0.inter).collect();
                    types.sort_unstable();
                    types.dedup();
                    types.len()
                };
                for p in (si.saturating_sub(ACTOR_LOOKBACK)..si).rev() {
                    if parties(&actors) >= 2
                        || doc.text[sents[p].span.end..s.span.start].contains('\n')
                        || shift_since(p)
                    {
                        break;
                    }
                    let before = actors.len();
                    let mut earlier = Vec::new();
                    actor_words(&sents[p].toks, &mut earlier);
                    // (only armed parties of another type than the sentence's own: the victims
                    // and crowds of another sentence are not this one's)
                    let own: Vec<u8> = actors[..before].iter().filter_map(|a| a.0.inter).collect();
                    actors.extend(earlier.into_iter().filter(|a| {
                        a.0.inter
                            .is_some_and(|i| !own.contains(&i) && !matches!(i, 5..=7))
                    }));
                }
                // the subject right after a verb of taking ground, when it is state forces
                // (سيطرت القوات العراقية على …، سيطر الجيش اليمني والمقاومة على …): the
                // government regains territory
                let state_subject = trig.sub_event_type == "Non-state actor overtakes territory"
                    && {
                        let after = |n: usize| {
                            (tk + 1..tk + 1 + n)
                                .map(|x| s.toks.get(x).map(|&j| word_key(&forms[j])))
                                .collect::<Option<Vec<_>>>()
                                .map(|w| w.join(" "))
                        };
                        let by_words = [2, 1]
                            .iter()
                            .filter_map(|&n| after(n))
                            .any(|k| lex.actors.get(&k) == Some(&1));
                        // (a party named between the verb and its object: سيطرت قوات الجيش الوطني
                        // والمقاومة على …)
                        let object = (tk + 1..(tk + 7).min(s.toks.len()))
                            .find(|&b| {
                                kinds[s.toks[b]] == TokenKind::Punct || forms[s.toks[b]] == "على"
                            })
                            .map_or(clause_span.end, |b| doc.tokens[s.toks[b]].span.start);
                        // (any of them: سيطرت المقاومة والجيش الوطني على …)
                        let by_entity = actors
                            .iter()
                            .filter(|a| a.1 >= trigger_span.end && a.1 < object)
                            .any(|a| a.0.inter == Some(1));
                        // (the noun with its owner's pronoun after the subject: فرضت القوات
                        // الأمنية سيطرتها على …)
                        // (or a verb that imposes control, the noun right after it, after its
                        // subject: إن قوات الأمن باتت تفرض سيطرة كاملة على …)
                        let imposing = s.toks.get(tk + 1).is_some_and(|&j| {
                            Some(forms[j].as_str()) == crate::without_article(CONTROL_NOUN)
                        });
                        let owner_before = (imposing
                            || ["ها", "هم"].iter().any(|p| forms[s.toks[tk]].ends_with(p)))
                            && {
                                let from = (tk.saturating_sub(5)..tk)
                                    .rev()
                                    .find(|&b| kinds[s.toks[b]] == TokenKind::Punct)
                                    .map_or(clause_span.start, |b| doc.tokens[s.toks[b]].span.end);
                                actors
                                    .iter()
                                    .filter(|a| a.1 >= from && a.1 < trigger_span.start)
                                    .max_by_key(|a| a.1)
                                    .is_some_and(|a| a.0.inter == Some(1))
                            };
                        // (the noun after a verb of success: its subject is that verb's,
                        // تمكن الجيش والمقاومة من السيطرة على …)
                        let success_subject = (forms[s.toks[tk]] == CONTROL_NOUN || imposing)
                            && actors
                                .iter()
                                .filter(|a| a.1 >= clause_span.start && a.1 < trigger_span.start)
                                .min_by_key(|a| a.1)
                                .is_some_and(|a| a.0.inter == Some(1));
                        by_words || by_entity || owner_before || success_subject
                    };
                // (not the parties of another event the sentence sets beside this one, past a
                // clause that opens with فيما، بينما، في حين and reports an event of another
                // kind: اندلعت اشتباكات في الرمادي، بينما قصفت طائرات التحالف مواقع في الفلوجة;
                // not the other side's dead of one battle, لقي 24 من الحوثيين مصرعهم، بينما قتل
                // 2 من المقاومة في المعارك)
                let opens_beside = |c: &Vec<usize>| {
                    let first = without_conjunction(&forms[c[0]]);
                    first != "حين" && context_role(first) == Some("contrast")
                        || first == "في"
                            && c.get(1)
                                .is_some_and(|&j| context_role(&forms[j]) == Some("contrast"))
                };
                let other_kind = |c: &Vec<usize>| {
                    triggers.iter().any(|&(k, t)| {
                        c.contains(&s.toks[k])
                            && t.priority > DEATH_ONLY
                            && t.sub_event_type != trig.sub_event_type
                    })
                };
                let beside: Vec<usize> = clauses_of_sentence
                    .iter()
                    .filter(|c| opens_beside(c) && (other_kind(c) || other_kind(&clause)))
                    .map(|c| doc.tokens[c[0]].span.start)
                    .collect();
                let stretch_start = beside
                    .iter()
                    .copied()
                    .filter(|&b| b <= trigger_span.start)
                    .max()
                    .unwrap_or(s.span.start);
                let stretch_end = beside
                    .iter()
                    .copied()
                    .filter(|&b| b > trigger_span.start)
                    .min()
                    .unwrap_or(s.span.end);
                actors.retain(|a| {
                    a.0.span
                        .is_none_or(|sp| sp.start < s.span.start || sp.start >= s.span.end)
                        || (stretch_start..stretch_end).contains(&a.1)
                });
                // the two actors nearest the trigger, in text order (ACLED's order implies no blame)
                actors.sort_by_key(|a| a.1.abs_diff(trigger_span.start));
                let mut near: Vec<(Actor, usize)> = Vec::new();
                for a in actors {
                    // (one party named twice, in full and short: المقاومة الشعبية … المقاومة)
                    let same = |n: &Actor| {
                        n.name == a.0.name
                            || n.inter == a.0.inter
                                && (n.name.contains(&a.0.name) || a.0.name.contains(&n.name))
                    };
                    // (one side named with its ally: سيطرت المقاومة والجيش الوطني على …; not
                    // the two sides of a clash, بين الجيش والحوثيين، اشتباكات الجيش والحوثيين)
                    let allied = |n: &(Actor, usize)| {
                        let (Some(x), Some(y)) = (n.0.span, a.0.span) else {
                            return false;
                        };
                        let (first, second) = if x.start < y.start { (x, y) } else { (y, x) };
                        let joined = first.end <= second.start
                            && doc.text[first.end..second.start]
                                .trim_matches(|c: char| c.is_whitespace() || "و،,".contains(c))
                                .is_empty();
                        let before = doc.text[..first.start].split_whitespace().next_back();
                        let between_sides = before.is_some_and(|w| matches!(w, "بين" | "وبين"));
                        let clash_of = trig.sub_event_type == "Armed clash"
                            && trigger_span.end <= first.start
                            && doc.text[trigger_span.end..first.start].trim().is_empty();
                        joined && !between_sides && !clash_of
                    };
                    if near.len() < 2 && !near.iter().any(|n| same(&n.0) || allied(n)) {
                        near.push(a);
                    }
                }
                near.sort_by_key(|a| a.1);
                let mut it = near.into_iter().map(|a| a.0);
                let actor1 = it.next();
                let actor2 = it.next();
                let (mut event_type, mut sub) = (trig.event_type, trig.sub_event_type);
                // whether the clause says the dead fought (مقتل 13 عنصرا)
                let combatants = clause
                    .iter()
                    .any(|&j| context_role(&forms[j]) == Some("combatant"));
                // a death with no tactic: a battle when the dead fought, else an attack
                if trig.priority <= DEATH_ONLY && !combatants {
                    (event_type, sub) = ("Violence against civilians", "Attack");
                }
                // قصف الطيران، قصفت طائرات التحالف: bombing from the air is an air strike
                // (the aircraft may stand further before, as the subject of a verb the shelling
                // is the object of: واصلت طائرات التحالف العربي أمس قصف …)
                // (past the commas around a time: وواصلت المقاتلات، أمس، قصف)
                let dated = |b: usize| s.toks.get(b).is_some_and(|&j| in_date[j]);
                let aircraft_before = (tk.saturating_sub(6)..tk)
                    .rev()
                    .take_while(|&b| {
                        kinds[s.toks[b]] != TokenKind::Punct
                            || dated(b + 1)
                            || b > 0 && dated(b - 1)
                    })
                    .any(|b| context_role(&forms[s.toks[b]]) == Some("aircraft"));
                // (bare bombing, قصف, that goes on with the air strikes its paragraph reported
                // before, and names no guns: more of them)
                let goes_on_from_the_air = || {
                    let bare = matches!(
                        without_conjunction(&forms[s.toks[tk]]),
                        "قصف" | "قصفت" | "قصفوا"
                    );
                    let guns = clause
                        .iter()
                        .any(|&j| context_role(&forms[j]) == Some("ground_fire"));
                    bare && !guns
                        && events.last().is_some_and(|e| {
                            e.sub_event_type == "Air/drone strike"
                                && e.span.end <= trigger_span.start
                                && !doc.text[e.span.end..trigger_span.start].contains('\n')
                        })
                };
                if sub == "Shelling/artillery/missile attack"
                    && (aircraft_before
                        || (tk..(tk + 4).min(s.toks.len()))
                            .any(|b| context_role(&forms[s.toks[b]]) == Some("aircraft"))
                        || goes_on_from_the_air())
                {
                    sub = "Air/drone strike";
                }
                if state_subject {
                    sub = "Government regains territory";
                }
                // فجر أحد المسلحين نفسه: the bomber blew himself up (past a parenthesis: فجر
                // أحد مسلحي (داعش) أمس نفسه)
                if sub == "Remote explosive/landmine/IED"
                    && (tk + 1..(tk + 9).min(s.toks.len()))
                        .take_while(|&b| !matches!(forms[s.toks[b]].as_str(), "،" | "," | "؛"))
                        .any(|b| context_role(&forms[s.toks[b]]) == Some("suicide"))
                {
                    sub = "Suicide bomb";
                }
                // فجر التنظيم 16 منزلا، تفجير جسرين: buildings blown up (and no one killed, see
                // below) are property destroyed
                let property_blown_up = sub == "Remote explosive/landmine/IED"
                    && (tk + 1..(tk + 6).min(s.toks.len()))
                        .take_while(|&b| kinds[s.toks[b]] != TokenKind::Punct)
                        .any(|b| context_role(&forms[s.toks[b]]) == Some("property"));
                // احباط هجوم، تفكيك عبوة: the weapon was not used (nor were explosives found and
                // then blown up: فجرت قوات الأمن سبع عبوات عثرت عليها)
                let found_after = sub == "Remote explosive/landmine/IED"
                    && (tk + 1..(tk + 10).min(s.toks.len()))
                        .take_while(|&b| kinds[s.toks[b]] != TokenKind::Punct)
                        .any(|b| context_role(&forms[s.toks[b]]) == Some("found"));
                if ((tk.saturating_sub(3)..tk)
                    .any(|b| context_role(&forms[s.toks[b]]) == Some("disrupted"))
                    || found_after)
                    && matches!(event_type, "Explosions/Remote violence" | "Battles")
                {
                    (event_type, sub) = ("Strategic developments", "Disrupted weapons use");
                }
                if event_type == "Battles"
                    && sub == "Armed clash"
                    && [&actor1, &actor2]
                        .iter()
                        .any(|a| a.as_ref().is_some_and(|a| a.inter == Some(7)))
                {
                    (event_type, sub) = ("Violence against civilians", "Attack");
                }
                // location: a geocoded place in the sentence (a town over a country), else in the
                // two sentences before it
                // a place written after a locative word (في سوريا، قرب الحسكة، بالعراق) is
                // where something happened; one without it is often an actor (إن الولايات
                // المتحدة نفذت غارات)
                let locative = |e: &rasid_doc::Entity| {
                    let k = token_at(doc, e.span.start);
                    let own = doc.tokens.get(k).is_some_and(|t| {
                        t.span.start < e.span.start
                            && doc.text[t.span.start..e.span.start].contains('ب')
                    });
                    // (one conjunction off: في itself begins with ف, وفي with two)
                    own || k.checked_sub(1).is_some_and(|p| {
                        let w = forms[p].as_str();
                        [w, without_conjunction(w)].into_iter().any(|w| {
                            is(Role::Locative, w) || is(Role::Near, w.trim_start_matches('ب'))
                        })
                    })
                };
                // where a statement about the event was made is not where the event was (وقال
                // امام الصحافيين في انقرة إن التفجير …): the frames of the quotes reporting it
                let frames: Vec<Span> = quotes_of[si]
                    .iter()
                    .map(|&qi| &doc.quotes[qi])
                    .filter(|q| q.content.contains(trigger_span))
                    .map(|q| Span::new(q.span.start.min(q.content.start), q.content.start))
                    .collect();
                let in_frame = |e: &rasid_doc::Entity| frames.iter().any(|f| f.contains(e.span));
                // a place someone came from (القادم من صنعاء) or that locates another (القريبة
                // من سوروتش) is the scene only when no other place is
                // (or one someone went to, باتجاه عدن, or a distance is measured from, 110 كلم
                // جنوب بغداد, or one that stands for its government, بحسب أنقرة)
                let elsewhere = |e: &rasid_doc::Entity| {
                    // (a conjunct is where the first of its list is: من الفوعة وكفريا)
                    let mut e = e;
                    while let Some(first) = doc.entities
                        [..doc.entities.partition_point(|x| x.span.end <= e.span.start)]
                        .iter()
                        .rfind(|x| x.place.is_some())
                        .filter(|x| {
                            doc.text[x.span.end..e.span.start]
                                .trim()
                                .trim_matches(['،', ',', 'و'])
                                .trim()
                                .is_empty()
                        })
                    {
                        e = first;
                    }
                    let k = token_at(doc, e.span.start);
                    let before = |d: usize| k.checked_sub(d).and_then(|j| context_role(&forms[j]));
                    k >= 2
                        && forms[k - 1] == "من"
                        && matches!(before(2), Some("origin" | "locating"))
                        || k >= 2 && forms[k - 1] == "الى" && before(2) == Some("route")
                        || matches!(before(1), Some("toward" | "according" | "native"))
                        || matches!(before(2), Some("toward" | "native"))
                            && crate::geo::bearing_word(&forms[k - 1]) == Some(false)
                        || (1..=3).any(|d| matches!(before(d), Some("distance" | "seat")))
                };
                let place_among = |sp: Span, skip_frames: bool| {
                    doc.entities[crate::ranges::within(&doc.entities, sp, |e| e.span)]
                        .iter()
                        .filter(|e| e.place.is_some())
                        .filter(move |e| !(skip_frames && in_frame(e)))
                        // (a country that strikes is a party, not the scene, nor is one that
                        // leads a force: التحالف الذي تقوده الولايات المتحدة، بقيادة السعودية)
                        .filter(|e| !striking_countries.iter().any(|(sp, _)| *sp == e.span))
                        .filter(|e| {
                            token_before(doc, e.span.start)
                                .is_none_or(|p| context_role(&forms[p]) != Some("leading"))
                        })
                        .max_by_key(|e| {
                            (
                                !elsewhere(e),
                                // (a place that only locates the one before it is no scene:
                                // محافظة إب جنوب صنعاء، قرية الحاوي شمال غربي الموصل)
                                !locates_the_place_before(doc, &forms, &place_token, e),
                                // the finest place: a town over a district over a governorate
                                // (a quarter below the town it is in)
                                e.place.as_ref().map(|p| match p.kind.as_str() {
                                    "country" => 0,
                                    "admin1" => 1,
                                    "admin2" | "quarter" => 2,
                                    _ => 3,
                                }),
                                // (among countries, which are often actors)
                                e.place.as_ref().is_some_and(|p| p.kind != "country")
                                    || locative(e),
                                // (where the report was filed, below where the text puts it)
                                !dateline_of(e),
                                std::cmp::Reverse(e.span.start.abs_diff(trigger_span.start)),
                            )
                        })
                };
                // a town in the sentence beats a country in the clause (the country is often an
                // actor: نفذت الولايات المتحدة غارات قرب الحسكة); then the clause's country, then
                // a town of the two sentences before, then a country elsewhere in the sentence
                // (this order did best on the dev split)
                let fine =
                    |e: &&rasid_doc::Entity| e.place.as_ref().is_some_and(|p| p.kind != "country");
                let place_in = |sp: Span| place_among(sp, true);
                // (the frame's place only when nothing else places the event: شهود في الموصل
                // قالوا إن …)
                let loc_entity = place_in(clause_span)
                    .filter(fine)
                    .or_else(|| place_in(s.span).filter(fine))
                    .or_else(|| place_in(clause_span))
                    .or_else(|| {
                        // (across paragraphs too: did better on the dev split than within)
                        (si.saturating_sub(2)..si)
                            .rev()
                            .find_map(|p| place_in(sents[p].span).filter(fine))
                    })
                    .or_else(|| place_in(s.span))
                    .or_else(|| place_among(s.span, false).filter(fine))
                    .or_else(|| place_among(s.span, false));
                // several places listed in the clause (غارات على X وY وZ): one event each, as
                // ACLED codes them
                let mut listed = listed_places(doc, clause_span, &forms);
                // (or a list later in the sentence that names the clause's one place among three
                // or more: تشهد … العاصمة بغداد … مظاهرات، … منها بغداد، وبابل، وكربلاء …; a
                // list, its names set one after the other with commas and و only, not places
                // scattered over a long sentence)
                let here = loc_entity.and_then(|e| e.place.as_ref());
                if let Some(run) = here
                    .filter(|_| listed.len() < 2)
                    .and_then(|here| list_naming(doc, s.span, here))
                {
                    listed = listed_places(doc, run, &forms);
                }
                listed.retain(|e| !dateline_of(e));
                // (nor a place someone comes from or heads to: 12 مسلحا من أبناء مدينة رداع قتلوا
                // في الضالع is one event, in الضالع)
                listed.retain(|e| !elsewhere(e));
                if listed.iter().any(|e| !in_frame(e)) {
                    listed.retain(|e| !in_frame(e));
                }
                // a governorate listed with towns (الناصرية والبصرة) is its capital city
                let towns_listed = listed.len() >= 2
                    && listed
                        .iter()
                        .any(|e| e.place.as_ref().is_some_and(|p| p.kind != "admin1"));
                let loc_entities: Vec<Option<&rasid_doc::Entity>> = if listed.len() >= 2 {
                    listed.into_iter().map(Some).collect()
                } else {
                    vec![loc_entity]
                };
                let locate = |e: &rasid_doc::Entity| {
                    let p = e.place.as_ref().unwrap();
                    let window = Span::new(e.span.start.saturating_sub(40), e.span.start);
                    let before: Vec<&str> = crate::ranges::within(&doc.tokens, window, |t| t.span)
                        .map(|j| forms[j].as_str())
                        .collect();
                    // (within its sentence: …بالجنوب. وفي صنعاء is not south of Sanaa)
                    let near = before
                        .iter()
                        .rev()
                        .take(3)
                        .take_while(|w| !matches!(**w, "." | "؛" | "!" | "؟" | "?"))
                        .any(|w| is(Role::Near, w.trim_start_matches(['و', 'ب', 'ف'])));
                    let precision = match p.kind.as_str() {
                        "admin1" if towns_listed => 1,
                        "country" | "admin1" => 3,
                        // an unlisted place has the coordinates of the place it is in, if any
                        "unlisted" | "quarter" if p.latitude.is_none() => 3,
                        // (a quarter has its town's coordinates: the town is the place)
                        "quarter" => 1,
                        "admin2" | "unlisted" => 2,
                        _ if near => 2,
                        _ => 1,
                    };
                    EventLocation {
                        span: Some(e.span),
                        place: Some(p.name.clone()),
                        admin1: p.admin1.clone(),
                        country: country_info(&p.country)
                            .map(|c| c.0.to_string())
                            .or(Some(p.country.clone())),
                        latitude: p.latitude,
                        longitude: p.longitude,
                        geo_precision: Some(precision),
                    }
                };
                // date: in the sentence, else just before it, else the publication date
                // the resolved date nearest the trigger
                // (a date after منذ "since" starts a period; it does not date this report)
                // (منذ صباح أمس: fighting since yesterday morning is dated by it)
                let recent = |d: &rasid_doc::DateMention| {
                    let day = d.value.as_deref().and_then(crate::calendar::parse_iso);
                    matches!((day, published), (Some(day), Some(p)) if day + 3 >= p)
                };
                // (منذ before the date, or opening it: منذ أربعة أشهر)
                let since = |d: &rasid_doc::DateMention| {
                    if recent(d) {
                        return false;
                    }
                    let before = crate::ranges::within(
                        &doc.tokens,
                        Span::new(d.span.start.saturating_sub(12), d.span.start),
                        |t| t.span,
                    )
                    .last();
                    let first = crate::ranges::within(&doc.tokens, d.span, |t| t.span).next();
                    before
                        .into_iter()
                        .chain(first)
                        .any(|j| forms[j].trim_start_matches('و') == "منذ")
                };
                // (حتى before the date: the end of what began before, استمرت المواجهات حتى
                // صباح الجمعة, not its day)
                let until = |d: &rasid_doc::DateMention| {
                    token_before(doc, d.span.start)
                        .is_some_and(|p| is(Role::Until, without_conjunction(&forms[p])))
                };
                let date_in = |sp: Span| {
                    let range = crate::ranges::within(&doc.dates, sp, |d| d.span);
                    doc.dates[range.clone()]
                        .iter()
                        .zip(&morrow[range])
                        // a year alone is too coarse; an unresolved date (no publication date
                        // to resolve against) still marks the report's own date
                        .filter(|(d, _)| d.precision != DatePrecision::Year)
                        .filter(|(d, _)| !since(d) && !until(d))
                        // (غداة الهجوم dates the attack right after it in its sentence, not
                        // the verb before it nor what the next sentences report)
                        .filter(|&(d, &morrow)| {
                            !morrow || d.span.start < trigger_span.start && s.span.contains(d.span)
                        })
                        .map(|(d, _)| d)
                        // a day after the publication is a plan (تظاهرات غدا الجمعة), not the
                        // day of what is reported
                        .filter(|d| {
                            let day = d.value.as_deref().and_then(crate::calendar::parse_iso);
                            !matches!((day, published), (Some(day), Some(p)) if day > p)
                        })
                        // (the date after the trigger first: what precedes it may date
                        // another verb, توفي جندي أمس متأثرا بإصابته في إطلاق النار يوم الخميس)
                        .min_by_key(|d| {
                            (
                                d.span.start < trigger_span.start,
                                d.span.start.abs_diff(trigger_span.start),
                            )
                        })
                        // (a day written right after the month it falls in tells the day: في
                        // شهر رمضان المبارك في 26 يونيو الماضي)
                        .map(|d| {
                            if d.precision != DatePrecision::Month {
                                return d;
                            }
                            let month_day = d.value.as_deref().and_then(|v| match v.len() {
                                7 => crate::calendar::parse_iso(&format!("{v}-15")),
                                _ => crate::calendar::parse_iso(v),
                            });
                            doc.dates[crate::ranges::within(
                                &doc.dates,
                                Span::new(d.span.end, (d.span.end + 80).min(sp.end)),
                                |x| x.span,
                            )]
                            .iter()
                            .find(|x| {
                                let day = x.value.as_deref().and_then(crate::calendar::parse_iso);
                                x.precision == DatePrecision::Day
                                    && matches!((day, month_day), (Some(a), Some(b)) if a.abs_diff(b) <= 20)
                            })
                            .unwrap_or(d)
                        })
                };
                // whether sentence p (before this one) is in this one's paragraph and this one
                // does not turn to another story (إلى ذلك، من جهة أخرى)
                let same_paragraph = |p: usize| {
                    !doc.text[sents[p].span.end..s.span.start].contains('\n') && !shift_since(p)
                };
                // the date of an event of the same type a few sentences before, dated there
                // (a lead: وقتل 30 شخصا في سلسلة تفجيرات أول من أمس … واستهدف أكثر الهجمات …)
                let lead = (si.saturating_sub(4)..=si)
                    .rev()
                    .find(|&q| shifts[q])
                    .map_or(sents[si.saturating_sub(4)].span.start, |q| {
                        sents[q].span.start
                    });
                let lead_date = || {
                    events
                        .iter()
                        .rev()
                        .take_while(|e| e.span.start >= lead)
                        .find(|e| {
                            // (what happened غداة … is the day before: no lead for what follows)
                            e.event_type == event_type
                                && e.date.as_ref().and_then(|d| d.span).is_some_and(|sp| {
                                    !morrow[crate::ranges::within(&doc.dates, sp, |d| d.span)]
                                        .contains(&true)
                                })
                        })
                        .and_then(|e| e.date.clone())
                };
                // (the day a statement was made, في بيان اليوم الأحد إن: a later sentence takes
                // the date of its lead of the same type before it, if any)
                let statement_day = |d: &rasid_doc::DateMention| {
                    doc.quotes
                        .iter()
                        .any(|q| statement_frame(doc, q).contains(d.span))
                };
                // (not a date in another clause that describes a noun: وقع الانفجار في بلدة
                // سروج، التي طردت منها القوات الكردية في نهاية يونيو مقاتلي داعش)
                let date = date_in(clause_span)
                    .or_else(|| date_in(s.span).filter(|d| !in_describing(d)))
                    .or_else(|| {
                        // the sentences before it in its paragraph (a lead dates the details)
                        (si.saturating_sub(DATE_LOOKBACK)..si)
                            .rev()
                            .take_while(|&p| same_paragraph(p))
                            .find_map(|p| date_in(sents[p].span))
                            .filter(|d| !in_describing(d))
                            .filter(|d| !statement_day(d) || lead_date().is_none())
                    })
                    .map(|d| {
                        // a date in the frame of the quote that reports the event dates the
                        // statement (وقالت قوة المهام في بيان اليوم الأحد إن غارات …): the event
                        // is the one a lead a few sentences before reported, of the same type
                        let in_frame = quotes_of[si].iter().map(|&qi| &doc.quotes[qi]).any(|q| {
                            q.content.contains(trigger_span)
                                && statement_frame(doc, q).contains(d.span)
                        });
                        in_frame.then(lead_date).flatten().unwrap_or(EventDate {
                            span: Some(d.span),
                            // (a whole month is dated, as ACLED does, by its middle day)
                            value: d.value.as_ref().map(|v| match v.len() {
                                7 => format!("{v}-15"),
                                _ => v.clone(),
                            }),
                            time_precision: Some(match d.precision {
                                DatePrecision::Day => 1,
                                DatePrecision::Week => 2,
                                _ => 3,
                            }),
                        })
                    })
                    .or_else(lead_date)
                    .or_else(|| {
                        published.map(|p| EventDate {
                            span: None,
                            value: Some(crate::calendar::iso(p)),
                            time_precision: Some(2),
                        })
                    });
                // background history (عام 2014 in a 2020 article) is not a new event
                // (a month counts by its end: the background is what ended well before)
                let event_day = date.as_ref().and_then(|d| {
                    let v = d.value.as_deref()?;
                    let full = match (d.time_precision, v.get(..7)) {
                        (Some(3), Some(month)) if v.len() == 10 && v.ends_with("-15") => {
                            format!("{month}-28")
                        }
                        _ => v.to_string(),
                    };
                    crate::calendar::parse_iso(&full)
                });
                if let (Some(day), Some(p)) = (event_day, published) {
                    if day < p - 60 {
                        continue;
                    }
                }
                // a year alone before the publication year (1978 - …، العام الماضي) dates
                // the clause as history (a long sentence may recall 2014 and report today)
                // (a Hijri year is dated by its middle day: its first four digits)
                let past_year = |d: &rasid_doc::DateMention| {
                    d.precision == DatePrecision::Year
                        && d.value
                            .as_deref()
                            .and_then(|v| v.get(..4))
                            .is_some_and(|y| published_year.as_deref().is_some_and(|p| y < p))
                };
                // (or, for a report with no date of its own, its sentence: فأطلق عليه النار …
                // وقضى عليه عام 1837)
                let undated = date.as_ref().is_none_or(|d| d.span.is_none());
                let recalled = if undated { s.span } else { clause_span };
                if doc.dates[crate::ranges::within(&doc.dates, recalled, |d| d.span)]
                    .iter()
                    .any(past_year)
                {
                    continue;
                }
                // the toll of the clause, else of its sentence when the sentence reports one
                // event (قتل 3 من أفراد الشرطة، أمس، في هجوم …: the toll opens the lead)
                // (a protest's grievance, demand or the anniversary it marks is no toll of it:
                // تظاهروا احتجاجا على مقتل خمسة، في الذكرى الأولى للتفجير)
                // (and a death it follows: خرجت مظاهرات إثر مقتل عقيد)
                let grievance_at = |toks: &[usize]| {
                    toks.iter()
                        .enumerate()
                        .position(|(x, &j)| {
                            let after_death = || {
                                context_role(&forms[j]) == Some("told_by")
                                    && toks.get(x + 1).is_some_and(|&n| is(Role::Death, &forms[n]))
                            };
                            event_type == "Protests"
                                && (matches!(
                                    context_role(&forms[j]),
                                    Some("grievance" | "demand" | "anniversary")
                                ) || after_death())
                        })
                        .unwrap_or(toks.len())
                };
                let toll_of = |toks: &[usize]| {
                    Self::fatalities(&forms, &kinds, &person_start, &toks[..grievance_at(toks)])
                };
                let fatalities = match toll_of(&clause) {
                    0 if one_event_sentence => toll_of(&s.toks),
                    n => n,
                };
                // a battle's dead on the other side, told in the clauses before it that report
                // no event of their own and set beside it with في حين / بينما / فيما (قتل 15
                // متمردا …، في حين قتل 6 من مقاتلي المقاومة في اشتباكات): ACLED sums both sides
                let fatalities =
                    if event_type == "Battles" && fatalities > 0 && opens_beside(&clause) {
                        let before: u32 = clauses_of_sentence[..ci]
                            .iter()
                            .rev()
                            .take_while(|c| !triggers.iter().any(|&(k, _)| c.contains(&s.toks[k])))
                            .map(|c| toll_of(c))
                            .sum();
                        fatalities + before
                    } else {
                        fatalities
                    };
                if property_blown_up && fatalities == 0 {
                    (event_type, sub) = ("Strategic developments", "Looting/property destruction");
                }
                // a protest the forces broke up (اعتقلت قوات الأمن عشرة متظاهرين، فرقت الشرطة
                // المحتجين بالغاز المسيل للدموع) is a protest with intervention; one where
                // protesters were killed, excessive force against them
                if event_type == "Protests" {
                    let intervened = s
                        .toks
                        .iter()
                        .any(|&j| context_role(&forms[j]) == Some("intervention"));
                    if fatalities > 0 {
                        sub = "Excessive force against protesters";
                    } else if intervened {
                        sub = "Protest with intervention";
                    }
                }
                // statistics over months (12053 غارة، استشهاد 4844 مواطنا) are not one event
                // (before any trigger of the clause, not only the one that names it)
                // (and thousands dead right after a word of death in the sentence: مقتل 2927
                // من التنظيم، جراء الغارات, which the toll reader may not give this clause; not
                // احتجزت 1302 شخص, one sweep of arrests, nor a truce in a sentence that counts
                // the war's dead)
                let at_least = |b: usize, least: f64| {
                    s.toks.get(b).is_some_and(|&j| {
                        kinds[j] == TokenKind::Number
                            && forms[j]
                                .replace(',', "")
                                .parse::<f64>()
                                .is_ok_and(|v| v >= least)
                    })
                };
                let triggers_here = triggers.iter().map(|&(k, _)| k).filter(|&k| in_clause(k));
                let counted = triggers_here
                    .flat_map(|k| k.saturating_sub(3)..k)
                    .any(|b| at_least(b, 100.0))
                    || !matches!(event_type, "Strategic developments" | "Protests" | "Riots")
                        && triggers.iter().any(|&(k, t)| {
                            t.priority == DEATH_ONLY && (k + 1..=k + 2).any(|b| at_least(b, 1000.0))
                        });
                // a running total (قتل 19 شخصا منذ بداية الأزمة، منذ اندلاع المواجهات), or one
                // over a whole month or year (قتل 1452 مدنيا خلال رمضان، خلال شهر تموز)
                let whole_period_from = |j: usize| {
                    let at = doc.tokens[j].span;
                    doc.dates[crate::ranges::overlapping(&doc.dates, at, |d| d.span)]
                        .iter()
                        .any(|d| {
                            d.span.start == at.start
                                && matches!(d.precision, DatePrecision::Month | DatePrecision::Year)
                        })
                };
                let running_total = clause.windows(2).any(|w| {
                    let before = without_conjunction(&forms[w[0]]);
                    before == "منذ" && context_role(&forms[w[1]]) == Some("period_start")
                        || is(Role::Over, before) && whole_period_from(w[1])
                });
                if counted || running_total || fatalities >= 1000 {
                    continue;
                }
                // a claim of an event reported before in its paragraph names who did it, when
                // the report named no one (وتبنى تنظيم القاعدة الهجوم), and reports nothing new
                // (not one denied: ونفى التنظيم مسؤوليته عن الهجوم)
                let claimed = without_conjunction(&forms[s.toks[tk]]).starts_with("ال")
                    && (tk.saturating_sub(4)..tk)
                        .any(|b| context_role(&forms[s.toks[b]]) == Some("claim"))
                    && !(0..tk).any(|b| context_role(&forms[s.toks[b]]) == Some("denial"));
                if claimed {
                    let in_paragraph = |e: &Event| {
                        let between = Span::new(e.span.end.min(s.span.start), s.span.start);
                        !between.slice(&doc.text).contains('\n')
                    };
                    if let Some(e) = events.last_mut().filter(|e| in_paragraph(e)) {
                        e.fatalities = e.fatalities.max(fatalities);
                        let unnamed = e.actor1.as_ref().is_none_or(|a| a.span.is_none());
                        if let Some(by) = actor1.clone().filter(|a| unnamed && a.inter != Some(7)) {
                            e.actor1 = Some(by);
                        }
                        continue;
                    }
                }
                // nothing specific (no town, no date written, no toll): talk about violence,
                // not a report of an event (عانت من التفجيرات)
                let specific_place = loc_entities
                    .iter()
                    .flatten()
                    .any(|e| e.place.as_ref().is_some_and(|p| p.kind != "country"));
                let dated_here = date
                    .as_ref()
                    .and_then(|d| d.span)
                    .is_some_and(|d| s.span.contains(d));
                // (a count of those arrested is specific: ألقت الشرطة القبض على 251 شخصا)
                let counted_arrest = sub == "Arrests"
                    && clause
                        .iter()
                        .any(|&j| j > s.toks[tk] && kinds[j] == TokenKind::Number);
                if !specific_place && !dated_here && fatalities == 0 && !counted_arrest {
                    continue;
                }
                // (a definite noun with nothing of its own, المظاهرات والاحتجاجات الشعبية, names
                // protests in general, unless its clause places or dates it: a town or a date
                // further on in the sentence is where or when something else happened)
                let trigger_form = forms[s.toks[tk]].trim_start_matches(['و', 'ف', 'ب', 'ل']);
                let placed_in_clause = loc_entities
                    .iter()
                    .flatten()
                    .any(|e| clause_span.contains(e.span));
                let dated_in_clause = date
                    .as_ref()
                    .and_then(|d| d.span)
                    .is_some_and(|d| clause_span.contains(d));
                if trigger_form.starts_with("ال")
                    && !placed_in_clause
                    && !dated_in_clause
                    && fatalities == 0
                    && !counted_arrest
                {
                    continue;
                }
                // الانفجار، الهجوم with no date of its own, after a report: the definite noun
                // names the event already reported (its toll may be revised)
                // (or, in a later clause with no place or date of its own, the event an
                // earlier clause of the sentence reported: فجر أحد المسلحين نفسه أمس في قضاء
                // بعاج، وأسفر الانفجار عن مقتل 33)
                let earlier_clause = !placed_in_clause
                    && !dated_in_clause
                    && events.last().is_some_and(|e| e.span == s.span);
                // (or one reacted to, whatever the day: دانت الجزائر بشدة أمس التفجير)
                let reacted = (tk.saturating_sub(4)..tk)
                    .any(|b| context_role(&forms[s.toks[b]]) == Some("reaction"));
                let anaphora = (trigger_form.starts_with("ال")
                    || forms[s.toks[tk]].starts_with("لل"))
                    && (!dated_here || earlier_clause || reacted);
                // the event named is one reported before (of any type: الاعتداء after a هجوم)
                // at the place the clause names, if it names one (الهجوم على حاجز
                // شمال بغداد is another event)
                // (the latest such report at the clause's place, in its paragraph or the one
                // before: a follow-up paragraph on the toll, past a background clause)
                let near = |e: &Event| {
                    let between = Span::new(e.span.end.min(s.span.start), s.span.start);
                    between.slice(&doc.text).matches('\n').count() <= 1
                };
                let at_its_place = |e: &Event| {
                    let place = e.location.as_ref().and_then(|l| l.place.as_deref());
                    // (a country that reacts is no place: دانت الجزائر)
                    loc_entities
                        .iter()
                        .flatten()
                        .filter(|l| clause_span.contains(l.span))
                        .filter(|l| {
                            !(reacted && l.place.as_ref().is_some_and(|p| p.kind == "country"))
                        })
                        .all(|l| {
                            l.place.as_ref().map(|p| p.name.as_str()) == place
                                // (or the country it is in: انفجار في أكرا … الانفجار في غانا)
                                || l.place.as_ref().is_some_and(|p| {
                                    p.kind == "country"
                                        && e.location.as_ref().is_some_and(|el| {
                                            el.country.is_some()
                                                && el.country.as_deref()
                                                    == country_info(&p.country).map(|c| c.0)
                                        })
                                })
                        })
                };
                // the events reported before at the clause's place, the latest first: in its
                // paragraph or the one before, or (`far`) anywhere before
                let reported_before = |far: bool| {
                    let events = &events;
                    (0..events.len())
                        .rev()
                        .take_while(move |&i| far || near(&events[i]))
                        .filter(move |&i| at_its_place(&events[i]))
                };
                // a death told of a tactic the sentence names after it by its definite noun
                // (وأعلنت الوزارة مقتل 27 شخصا، وإصابة 100 آخرين في الانفجار): the toll of that
                // event, reported before at the clause's place
                let told_of = (trig.priority <= DEATH_ONLY)
                    .then(|| {
                        // (the first tactic after it: not الكمين after في كمين نصبته …)
                        triggers
                            .iter()
                            .find(|&&(k, t)| k > tk && t.priority > DEATH_ONLY)
                            .filter(|&&(k, _)| {
                                without_conjunction(&forms[s.toks[k]])
                                    .trim_start_matches(['ب', 'ل'])
                                    .starts_with("ال")
                            })
                    })
                    .flatten()
                    .and_then(|&(_, t)| {
                        reported_before(false).find(|&i| {
                            events[i].event_type == t.event_type && events[i].span != s.span
                        })
                    });
                if let Some(i) = told_of {
                    events[i].fatalities = events[i].fatalities.max(fatalities);
                    continue;
                }
                // (one of its own type first: الانفجار is the explosion, not the battle a
                // sentence between recalled)
                let named = anaphora
                    .then(|| {
                        reported_before(reacted)
                            .find(|&i| events[i].event_type == trig.event_type)
                            .or_else(|| reported_before(reacted).next())
                    })
                    .flatten();
                if let Some(i) = named {
                    events[i].fatalities = events[i].fatalities.max(fatalities);
                    continue;
                }
                // (or one reported before only by its country, which the clause now places:
                // هاجم انتحاريان حماما في شمال العراق … وأسفر الهجوم الذي وقع في بلدة طوز
                // خورماتو عن …)
                let here = loc_entities
                    .iter()
                    .flatten()
                    .find(|l| clause_span.contains(l.span) && !dateline_of(l));
                let refined = here.filter(|_| anaphora).and_then(|here| {
                    let p = here.place.as_ref().filter(|p| p.kind != "country")?;
                    let country = country_info(&p.country).map(|c| c.0.to_string());
                    (0..events.len())
                        .rev()
                        .take_while(|&i| near(&events[i]))
                        .find(|&i| {
                            events[i].location.as_ref().is_some_and(|l| {
                                // (a country has no coordinates of its own; nor has a town no
                                // gazetteer lists, which its own sentence names as the scene:
                                // غارة على بلدة اليادودة … وألقى البراميل المتفجرة على بلدة تل
                                // شهاب is another event; one the dateline names is refined)
                                let own_scene = !l.place.as_deref().is_none_or(is_country_name)
                                    && l.span.is_some_and(|sp| events[i].span.contains(sp));
                                l.latitude.is_none()
                                    && !own_scene
                                    && country.is_some()
                                    && l.country == country
                            })
                        })
                        .map(|i| (i, here))
                });
                if let Some((i, here)) = refined {
                    events[i].location = Some(locate(here));
                    events[i].fatalities = events[i].fatalities.max(fatalities);
                    continue;
                }
                let claimed_by = quotes_of[si]
                    .iter()
                    .map(|&qi| &doc.quotes[qi])
                    .find(|q| {
                        q.content.contains(trigger_span)
                            || q.content.overlaps(s.span) && q.content.len() * 2 >= s.span.len()
                    })
                    .map(|q| q.id.clone())
                    .unwrap_or_else(|| "author".to_string());
                // the country adjective of a force (الجيش التركي، القوات السعودية: the last word
                // of the actor, or the word right after it) and its token
                let nationality = |a: &Actor| {
                    let sp = a.span?;
                    let last = doc.tokens.partition_point(|t| t.span.start < sp.end);
                    [last.checked_sub(1), Some(last)]
                        .into_iter()
                        .flatten()
                        .filter(|&k| k < doc.tokens.len() && doc.tokens[k].span.start < sp.end + 2)
                        .find_map(|k| Some((k, crate::geo::country_of_adjective(&forms[k])?)))
                };
                // (arrests with no place written: in the country of the force that made them,
                // الشرطة التركية; an army or air force strikes abroad as often as at home)
                let actor_country = || {
                    if sub != "Arrests" {
                        return None;
                    }
                    let (k, (iso, name)) = [&actor1, &actor2]
                        .into_iter()
                        .flatten()
                        .find_map(nationality)?;
                    Some(EventLocation {
                        span: Some(doc.tokens[k].span),
                        place: Some(name.to_string()),
                        admin1: None,
                        country: country_info(iso)
                            .map(|c| c.0.to_string())
                            .or(Some(iso.to_string())),
                        latitude: None,
                        longitude: None,
                        geo_precision: Some(3),
                    })
                };
                // (the dead of a bombing are civilians unless the clause says they fought)
                let civilians_killed = fatalities > 0 && !combatants;
                let (actor1, actor2) = with_acled_actors(
                    event_type,
                    sub,
                    civilians_killed,
                    actor1.clone(),
                    actor2.clone(),
                );
                // a force a country's adjective names is that state's at home and an external
                // force abroad, as ACLED codes it
                let placed_force = |a: &Option<Actor>, location: &Option<EventLocation>| {
                    let mut a = a.clone()?;
                    if matches!(a.inter, Some(1 | 8)) {
                        let country = striking_countries
                            .iter()
                            .find(|(sp, _)| a.span == Some(*sp))
                            .map(|&(_, iso)| iso);
                        let of = country
                            .or_else(|| nationality(&a).map(|(_, (iso, _))| iso))
                            .and_then(country_info);
                        if let (Some((of, ..)), Some(at)) =
                            (of, location.as_ref().and_then(|l| l.country.as_deref()))
                        {
                            a.inter = Some(if of == at { 1 } else { 8 });
                        }
                    }
                    Some(a)
                };
                for (n, loc) in loc_entities.iter().enumerate() {
                    let location = loc.map(locate).or_else(actor_country);
                    let (actor1, actor2) = (
                        placed_force(&actor1, &location),
                        placed_force(&actor2, &location),
                    );
                    let ev = Event {
                        id: String::new(),
                        span: s.span,
                        event_type: event_type.to_string(),
                        sub_event_type: sub.to_string(),
                        actor1,
                        actor2,
                        location,
                        date: date.clone(),
                        // the toll of a list of places is not split by place: the first carries it
                        fatalities: if n == 0 { fatalities } else { 0 },
                        claimed_by: claimed_by.clone(),
                        provenance: prov.clone(),
                    };
                    // one event reported twice in a document is one event (a rising toll revises it)
                    let key = (
                        ev.event_type.clone(),
                        ev.location.as_ref().and_then(|l| l.place.clone()),
                        ev.date.as_ref().and_then(|d| d.value.clone()),
                    );
                    // and the clauses of one sentence at one place and day report one event:
                    // the higher tactic in ACLED's order names it (not past a clause set beside
                    // the report that tells another kind: قصف المتمردون حي كلابة في مدينة تعز،
                    // بينما اندلعت اشتباكات في شارع الأربعين)
                    let here = (si, stretch_start, key.1.clone(), key.2.clone());
                    match seen.get(&key).or_else(|| same_sentence.get(&here)) {
                        Some(&i) => {
                            same_sentence.entry(here.clone()).or_insert(i);
                            let e: &mut Event = &mut events[i];
                            e.fatalities = e.fatalities.max(ev.fatalities);
                            if same_sentence.get(&here) == Some(&i) && trig.priority > priority[i] {
                                e.event_type = ev.event_type;
                                e.sub_event_type = ev.sub_event_type;
                                priority[i] = trig.priority;
                                // later reports of the new type join it too
                                seen.entry(key).or_insert(i);
                            }
                        }
                        None => {
                            seen.insert(key, events.len());
                            same_sentence.insert(here, events.len());
                            priority.push(trig.priority);
                            events.push(ev);
                        }
                    }
                }
            }
        }
        merge_unplaced(&mut events);
        merge_undated(&mut events);
        merge_same_toll(&doc.text, &mut events);
        for (n, e) in events.iter_mut().enumerate() {
            e.id = format!("ev{}", n + 1);
        }
        doc.events = events;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use rasid_doc::Meta;

    /// None of these texts reports an event.
    fn assert_no_events(texts: &[&str]) {
        for text in texts {
            let e = events(text);
            assert!(e.is_empty(), "{text}: {e:?}");
        }
    }

    fn events(text: &str) -> Vec<Event> {
        let meta = Meta {
            published: Some("2020-03-18".into()),
            ..Default::default()
        };
        let mut d = Document::new("t".into(), meta, text.into());
        Pipeline::standard().run(&mut d);
        d.validate().unwrap();
        d.events
    }

    /// The place of each event, in order.
    /// The fatalities of the one event a text reports (it must report one).
    fn only_toll(text: &str) -> u32 {
        let e = events(text);
        assert_eq!(e.len(), 1, "{text}: {e:?}");
        e[0].fatalities
    }

    fn places(e: &[Event]) -> Vec<Option<&str>> {
        e.iter()
            .map(|e| e.location.as_ref().and_then(|l| l.place.as_deref()))
            .collect()
    }

    #[test]
    fn a_dateline_places_an_event_only_when_the_text_names_no_other_place() {
        let e = events(
            "بيروت - واس: قتل 12 شخصا في غارة جوية شنتها طائرات النظام أمس على مدينة دوما بريف دمشق.",
        );
        assert_eq!(places(&e), [Some("دوما")]);
        assert_eq!(e[0].fatalities, 12);
        let e = events("سبق- أبها: أطلق مسلح النار عشوائيا أمس؛ ما أسفر عن مقتل شخصين.");
        assert_eq!(places(&e), [Some("أبها")]);
    }

    #[test]
    fn prisoner_exchanges_and_transfers_are_strategic_developments() {
        let e = events(
            "وأشرف الصليب الأحمر أمس على تنفيذ صفقة تبادل أسرى بين الحوثيين والمقاومة في مدينة تعز.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            (e[0].event_type.as_str(), e[0].sub_event_type.as_str()),
            ("Strategic developments", "Other")
        );
        let loc = e[0].location.as_ref().unwrap();
        assert_eq!(loc.place.as_deref(), Some("تعز"), "{e:?}");
    }

    #[test]
    fn a_governorate_heading_a_list_of_places_is_listed_too() {
        let e = events("وتركزت الغارات الجوية أمس في سوريا حول الحسكة وحلب وكوباني.");
        let places = places(&e);
        assert_eq!(
            places,
            [Some("الحسكة"), Some("حلب"), Some("كوباني")],
            "{e:?}"
        );
    }

    #[test]
    fn the_head_of_a_list_of_cities_the_tagger_missed_is_listed() {
        let e =
            events("وخرجت أمس مظاهرات في مدن عدة، منها البصرة والنجف وكربلاء، احتجاجا على الفساد.");
        let places = places(&e);
        assert_eq!(
            places,
            [Some("البصرة"), Some("النجف"), Some("كربلاء")],
            "{e:?}"
        );
    }

    #[test]
    fn an_undated_detail_takes_the_date_of_its_lead_of_the_same_type() {
        // published 2020-03-18: أول من أمس is the 16th
        let e = events(
            "وقتل 30 شخصا في سلسلة تفجيرات بسيارات مفخخة في العراق أول من أمس.\n\
             وانفجرت سيارة مفخخة في بلدة مندلي، ما أدى إلى مقتل أربعة أشخاص.\n\
             وتظاهر المئات في البصرة احتجاجا على انقطاع الكهرباء.",
        );
        let date_at = |place: &str| {
            e.iter()
                .find(|e| e.location.as_ref().and_then(|l| l.place.as_deref()) == Some(place))
                .and_then(|e| e.date.as_ref())
                .and_then(|d| d.value.clone())
        };
        assert_eq!(date_at("مندلي").as_deref(), Some("2020-03-16"), "{e:?}");
        // (a report of another type keeps the publication date)
        assert_eq!(date_at("البصرة").as_deref(), Some("2020-03-18"), "{e:?}");
    }

    #[test]
    fn a_date_in_the_statements_frame_dates_the_statement_not_the_strike() {
        // published Wednesday 2020-03-18: Saturday is the 14th, Sunday the 15th
        let e = events(
            "قال الجيش الأمريكي إن التحالف شن 16 غارة جوية في العراق يوم السبت.\n\
             وقالت قوة المهام المشتركة في بيان يوم الأحد إن الغارات شملت خمس غارات قرب الموصل.",
        );
        let mosul = e
            .iter()
            .find(|e| e.location.as_ref().and_then(|l| l.place.as_deref()) == Some("الموصل"))
            .expect("the strikes near Mosul");
        assert_eq!(
            mosul.date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-14"),
            "{e:?}"
        );
        // nor a later sentence of its paragraph, which the strikes it goes on with date; the
        // strikes named by the report before them are air strikes, one at each place
        let e = events(
            "قال الجيش الأمريكي إن التحالف شن 16 غارة جوية في العراق يوم السبت.
             وقالت قوة المهام المشتركة في بيان يوم الأحد إن الغارات شملت خمس غارات قرب الموصل. وجرت الضربات الأخرى قرب كركوك والفلوجة.",
        );
        fn place(e: &Event) -> Option<&str> {
            e.location.as_ref().and_then(|l| l.place.as_deref())
        }
        let later: Vec<_> = e
            .iter()
            .filter(|e| place(e) != Some("الموصل"))
            .map(|e| {
                (
                    place(e),
                    e.sub_event_type.as_str(),
                    e.date.as_ref().and_then(|d| d.value.as_deref()),
                )
            })
            .collect();
        assert_eq!(
            later,
            [
                (Some("كركوك"), "Air/drone strike", Some("2020-03-14")),
                (Some("الفلوجة"), "Air/drone strike", Some("2020-03-14"))
            ],
            "{e:?}"
        );
    }

    #[test]
    fn an_execution_notice_reports_no_event_and_a_bracketed_toll_counts() {
        let notice = "نفذت وزارة الداخلية اليوم حكم القتل قصاصا في أحد الجناة بمدينة جدة.\n\
                      وأوضح البيان أن الجاني أقدم على قتل مواطن بإطلاق النار عليه إثر خلاف بينهما، وتمكنت سلطات الأمن من القبض عليه.";
        assert!(events(notice).is_empty(), "{:?}", events(notice));
        let e =
            events("وقع انفجار في مسجد بمدينة أبها أمس مما نتج عنه استشهاد (15) خمسة عشر مصليا.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 15);
    }

    #[test]
    fn an_aim_anywhere_before_the_trigger_in_its_clause_is_no_report() {
        assert!(
            events("تسعى القوات الموالية للحكومة اليمنية إلى إحكام سيطرتها على مدينة عدن.")
                .is_empty()
        );
        // nor a future verb, a hedge or a precaution before it
        for text in [
            "وأكد أن الساعات المقبلة ستشهد انتصارا كبيرا للمقاومة في تحرير قاعدة العند.",
            "وقالت المصادر إن الحوثيين ربما يعملون على قصف مدينة عدن.",
            "وفر المسلحون من مواقعهم في مدينة عدن تحسبا لهجوم مباغت.",
            // (a kind something is said to be)
            "وقال الدكتور إن التمرد المسلح يشكل اعتداء مباشرا ومتواصلا على حق الشعوب.",
            // (a pledge or a threat)
            "وتعهد الرئيس في اجتماع مغلق للمجلس قبل أيام بتفجير مفاجأة في الانتخابات.",
            // (a plot, far before its list of aims)
            "وقالت الشرطة إن الموقوفين خططوا من الخارج لإثارة الفتنة وإشاعة الفوضى وتفجير 3 مساجد في مدينة الخبر.",
        ] {
            assert!(events(text).is_empty(), "{text}: {:?}", events(text));
        }
        // a place a bearing from the capital locates is the scene, not the capital
        let e = events(
            "واندلعت اشتباكات عنيفة أمس بين الحوثيين ورجال القبائل في مديرية أرحب شمال العاصمة صنعاء.",
        );
        assert_eq!(places(&e), [Some("أرحب")], "{e:?}");
        // where a road leads is no scene when another place is named
        let e =
            events("وشنت طائرات التحالف غارات على بلدة الباب والطرق المؤدية إلى حلب وحماة أمس.");
        assert_eq!(places(&e), [Some("الباب")], "{e:?}");
        // the seat of someone named is no scene
        let e = events(
            "واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس قوات حفتر بأنها قصفت ناقلة نفط قرب مدينة بنغازي أمس.",
        );
        assert_eq!(places(&e), [Some("بنغازي")], "{e:?}");
        // (past a comma the clause is another: the report stands)
        let e = events("تسعى القوات إلى التقدم، وقد سيطرت أمس على مدينة زنجبار.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_similar_incident_is_of_the_type_of_the_report_before_it() {
        let e = events(
            "انفجرت عبوة ناسفة في سوق بمدينة كركوك أمس ما أدى إلى مقتل ثلاثة أشخاص.
             وفي حادث مماثل قتل شخص وأصيب ثمانية قرب سوق شعبية في مدينة الموصل.",
        );
        let mosul = e
            .iter()
            .find(|e| e.location.as_ref().and_then(|l| l.place.as_deref()) == Some("الموصل"))
            .expect("the second bombing");
        assert_eq!(
            mosul.sub_event_type, "Remote explosive/landmine/IED",
            "{e:?}"
        );
        assert_eq!(mosul.fatalities, 1);
        // targeting after shelling is more of it
        let e = events(
            "وقصفت قوات النظام بالمدفعية مدينة درعا أمس.\nإضافة إلى استهدافها مدينة دوما بريف دمشق.",
        );
        let duma = e
            .iter()
            .find(|e| e.location.as_ref().and_then(|l| l.place.as_deref()) == Some("دوما"))
            .expect("the shelling of Duma");
        assert_eq!(
            duma.sub_event_type, "Shelling/artillery/missile attack",
            "{e:?}"
        );
        // (in the accusative too: انفجارا مماثلا)
        let e = events(
            "انفجرت عبوة ناسفة في سوق بمدينة كركوك أمس.\nوذكر المصدر أن انفجارا مماثلا وقع في مدينة الموصل أمس.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        // crowds going out after a protest protest too, one event per town; leaks do not
        let e = events(
            "وتظاهر الآلاف في ساحة التحرير وسط بغداد أمس احتجاجا على انقطاع الكهرباء. كما خرج المئات في كربلاء والديوانية.",
        );
        assert_eq!(
            places(&e),
            [Some("بغداد"), Some("كربلاء"), Some("الديوانية")],
            "{e:?}"
        );
        let e = events(
            "وتظاهر الآلاف في مدينة طهران أمس. وتتزايد الشكوك بعد أن خرجت تسريبات تقول إن العقوبات باقية.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        // similar words after other nouns say nothing; strikes alone are no event
        assert!(events("وكانت خلافات مماثلة ظهرت بين الطرفين في مدينة الموصل.").is_empty());
        assert!(events("وجرت الضربات الأخرى قرب كركوك والفلوجة.").is_empty());
    }

    #[test]
    fn the_clauses_own_trigger_a_bomber_blowing_himself_up_and_the_air_force() {
        let sub = |text: &str| {
            events(text)
                .first()
                .map(|e| (e.event_type.clone(), e.sub_event_type.clone()))
        };
        // a trigger in a relative clause describes its noun: the execution is the event
        assert_eq!(
            sub("وأعدم التنظيم 50 شخصا من أهالي مدينة الفلوجة الذين تظاهروا ضده أمس.").map(|t| t.0),
            Some("Violence against civilians".into())
        );
        assert_eq!(
            sub("وفجر أحد مسلحي التنظيم نفسه أمس وسط تجمع في قضاء البعاج.").map(|t| t.1),
            Some("Suicide bomb".into())
        );
        assert_eq!(
            sub("وفجر أحد مسلحي (داعش) أمس نفسه وسط تجمع في قضاء البعاج.").map(|t| t.1),
            Some("Suicide bomb".into())
        );
        assert_eq!(
            sub("وقصف سلاح الجو العراقي مواقع التنظيم في مدينة الحويجة أمس.").map(|t| t.1),
            Some("Air/drone strike".into())
        );
    }

    #[test]
    fn aircraft_or_artillery_targeting_a_place_is_a_strike() {
        let e = events("واستهدفت طائرات التحالف مواقع المتمردين في صعدة وحجة أمس.");
        let rows: Vec<(&str, Option<&str>)> = e
            .iter()
            .map(|e| {
                let place = e.location.as_ref().and_then(|l| l.place.as_deref());
                (e.sub_event_type.as_str(), place)
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("Air/drone strike", Some("صعدة")),
                ("Air/drone strike", Some("حجة"))
            ],
            "{e:?}"
        );
        let e = events("واستهدفت مدفعية الجيش مواقع التنظيم في مدينة الرمادي أمس.");
        assert_eq!(
            e.first().map(|e| e.sub_event_type.as_str()),
            Some("Shelling/artillery/missile attack")
        );
        // the verb alone targets anything (استهدف البرنامج الشباب): no event
        assert!(events("واستهدف البرنامج الشباب في مدينة الرمادي أمس.").is_empty());
    }

    #[test]
    fn a_parenthesis_placing_a_town_and_the_toll_clause_after_it_make_one_event() {
        let e = events(
            "وقال مسؤول إن أحد مسلحي التنظيم فجر نفسه أمس وسط مجموعة من المسلحين في قضاء \
             بعاج (غرب الموصل)، وأسفر الانفجار عن مقتل أكثر من 33 مسلحا.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 33);
        assert_ne!(
            e[0].location.as_ref().and_then(|l| l.place.as_deref()),
            Some("الموصل")
        );
    }

    #[test]
    fn warnings_plans_and_running_totals_are_no_events() {
        assert!(events(
            "وحذرت الاستخبارات قوات الأمن بشأن احتمال تنفيذ مسلحي التنظيم هجمات في مدينة أنقرة."
        )
        .is_empty());
        assert!(events(
            "وقتل نحو 390 مقاتلا وجرح 400 آخرون خلال أسبوعين من الغارات الجوية على قواعد \
             المتمردين في قضاء زاخو."
        )
        .is_empty());
        // a plan, a delay, a call, a permission, a road closed to avoid attacks, possible attacks
        assert_no_events(&[
            "ننتظر تنفيذ المرحلة الأخيرة من خطة تحرير مدينة الفلوجة.",
            "وانتقد التأخير في عمليات تحرير مدينتي الفلوجة والرمادي.",
            "وأكد وجوب انسحاب الحوثيين من صنعاء.",
            "وسمحت بشن هجمات انطلاقا من قاعدة انجرليك.",
            "وأغلقت السلطات طريقا سريعا في ديار بكر لتجنب هجمات إرهابية.",
            "وحذرت السفارة من هجمات محتملة تستهدف محطات الحافلات في مدينة إسطنبول.",
        ]);
    }

    #[test]
    fn a_claim_names_who_did_what_was_reported_before() {
        let actor1 = |text: &str| {
            let e = events(text);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            e[0].actor1.as_ref().map(|a| a.name.clone())
        };
        let report = "وقتل تسعة جنود أمس في تفجير انتحاري استهدف حاجزا عسكريا في مدينة القطن. ";
        assert_eq!(
            actor1(&format!("{report}وأعلن تنظيم القاعدة مسؤوليته عن الهجوم.")).as_deref(),
            Some("تنظيم القاعدة")
        );
        // (a denial names no one)
        assert_ne!(
            actor1(&format!("{report}ونفى تنظيم القاعدة مسؤوليته عن الهجوم.")).as_deref(),
            Some("تنظيم القاعدة")
        );
    }

    #[test]
    fn a_town_in_its_province_is_one_scene() {
        // (بمقاطعة، بإقليم: the province that contains the town before it, no second scene)
        let e = events("وقتل ثلاثة جنود أمس في اشتباكات مع مسلحين قرب بلدة شيلوبي بمقاطعة شرناك.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn quarters_of_a_town_are_one_event_in_the_town() {
        let e = events("قصف المتمردون أمس أحياء كلابة والشماسي والروضة في مدينة تعز.");
        assert_eq!(places(&e), [Some("تعز")]);
        let e =
            events("انفجرت عبوة ناسفة أمس في حي اليرموك غربي بعقوبة ما أدى إلى مقتل ستة مدنيين.");
        assert_eq!(places(&e), [Some("بعقوبة")]);
        assert_eq!(e[0].fatalities, 6);
    }

    #[test]
    fn abilities_and_any_attempt_are_no_events() {
        assert!(
            events("وأكد المصدر أن القوات في مدينة الموصل قادرة على صد هجوم التنظيم.").is_empty()
        );
        assert!(events("وعززت الشرطة وجودها في مدينة القطيف لمنع أي أعمال شغب.").is_empty());
        assert!(events("وقال إن الجيش في مدينة تعز مستعد لصد أي هجوم.").is_empty());
    }

    #[test]
    fn a_bombing_named_as_a_case_is_no_new_event() {
        assert!(
            events("وبدأت المحكمة جلسة محاكمة المتهمين في تفجير المسجد في مدينة الكويت أمس.")
                .is_empty()
        );
        assert!(events("ودعا الوزير إلى الإسراع في إنجاز التحقيق في التفجير في بعقوبة.").is_empty());
        // nor one whose perpetrators are hunted or described (منفذو الهجوم من آديامان)
        assert!(
            events("وأطلقت السلطات عملية واسعة للعثور على منفذي الهجوم في مدينة ديار بكر.")
                .is_empty()
        );
        assert!(events("وقال مسؤول إن منفذي الهجوم رجلان في العشرين من آديامان.").is_empty());
    }

    #[test]
    fn what_happened_on_the_eve_is_its_own_event_a_day_before() {
        // published Wednesday 2020-03-18
        let e = events(
            "قصفت طائرات حربية تركية اليوم مواقع للتنظيم في مدينة الرقة غداة اشتباكات بين \
             الجيش التركي والمسلحين على الحدود.",
        );
        let kinds: Vec<(&str, Option<&str>)> = e
            .iter()
            .map(|e| {
                let day = e.date.as_ref().and_then(|d| d.value.as_deref());
                (e.event_type.as_str(), day)
            })
            .collect();
        assert_eq!(
            kinds,
            [
                ("Explosions/Remote violence", Some("2020-03-18")),
                ("Battles", Some("2020-03-17"))
            ],
            "{e:?}"
        );
    }

    #[test]
    fn an_assassination_in_the_passive_is_an_attack() {
        let e = events("واغتيل القيادي في الحزب برصاص مجهولين بجوار منزله في مدينة تعز أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Violence against civilians");
    }

    #[test]
    fn road_accidents_and_containers_are_not_events() {
        assert!(events("لقي شابان مصرعهما أمس في حادث مروري على طريق المدينة.").is_empty());
        // (or a disaster: a flood, a storm, a fall into a well)
        assert_no_events(&[
            "ولقي 46 شخصا مصرعهم أمس في ولاية كسلا بالفيضانات.",
            "ولقي طفل مصرعه أمس في تعز جراء سقوطه ببئر مهجورة.",
            "وأسفرت العاصفة أمس عن مقتل ستة أشخاص في تايوان.",
        ]);
        // (an attack reported beside an accident is still an event)
        let e = events(
            "قتل أربعة جنود أمس في هجوم انتحاري على حاجز في الموصل، فيما لقي شخصان مصرعهما في حادث تصادم على طريق بغداد.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(events("وتحمل الطائرة عبوات من الأملاح لزيادة المطر أمس.").is_empty());
        assert!(events("وضبطت البلدية في جدة أمس 179 عبوة حليب منتهية الصلاحية.").is_empty());
        // a note of protest and a decision to allow strikes report no protest and no strike
        assert!(events("وسلمت الوزارة السفير مذكرة احتجاج في بغداد أمس.").is_empty());
        assert!(events("وقررت الحكومة السماح بشن غارات على مواقع في الرقة أمس.").is_empty());
        assert_eq!(
            events("وقتل جنديان أمس بانفجار عبوات ناسفة في الموصل.").len(),
            1
        );
    }

    #[test]
    fn one_town_among_governorates_is_one_event_at_the_town() {
        let e = events(
            "وبدأت القوات الحكومية أمس هجوما واسعا لاستعادة قاعدة العند الجوية في لحج وحماية عدن.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        let loc = e[0].location.as_ref().unwrap();
        assert_eq!(loc.place.as_deref(), Some("العند"), "{e:?}");
    }

    #[test]
    fn a_country_after_a_locative_word_is_the_place_not_the_actor() {
        let e =
            events("وقالت القيادة إن الولايات المتحدة نفذت أمس 15 غارة جوية على أهداف في سوريا.");
        assert_eq!(e.len(), 1, "{e:?}");
        let loc = e[0].location.as_ref().unwrap();
        assert_eq!(loc.place.as_deref(), Some("سوريا"), "{e:?}");
        // (في is locative though it begins like a conjunction, and so is وفي)
        for text in [
            "شنت الولايات المتحدة غارات جوية على مواقع في العراق يوم الأربعاء.",
            "شنت الولايات المتحدة غارات جوية على مواقع داعش وفي العراق يوم الأربعاء.",
        ] {
            let e = events(text);
            assert_eq!(places(&e), [Some("العراق")], "{text}: {e:?}");
        }
    }

    #[test]
    fn two_spellings_of_a_place_and_its_region_are_one_scene() {
        let e = events("وقتل 32 شخصا في تفجير انتحاري في سروج / سوروتش أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 32, "{e:?}");
        // (nor is the region after بمنطقة; ومنطقة names one more)
        let e = events("واستشهد جندي أمس في سقوط مقذوف على قطاع الطوال بمنطقة جازان.");
        assert_eq!(places(&e), [Some("الطوال")], "{e:?}");
        let e = events("وقصفت الطائرات أمس مواقع في مدينة تعز ومنطقة الحوبان.");
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn mines_laid_are_no_event_and_a_capital_cited_is_no_scene() {
        let e = events(
            "وكشفت مصادر عن قيام ميليشيات الحوثي بزراعة ألغام أرضية في الجسور والطرق في لحج أمس.",
        );
        assert!(e.is_empty(), "{e:?}");
        let e = events(
            "شن الطيران التركي أمس غارات على مواقع للمتمردين في شمال العراق وقتل 260 مقاتلا بحسب أنقرة.",
        );
        assert_eq!(places(&e), [Some("العراق")], "{e:?}");
    }

    #[test]
    fn plans_and_running_totals_are_no_events() {
        for text in [
            // (a battle prepared for, a duty left undone)
            "وتسلمت المقاومة أسلحة ومدرعات استعدادا لمعركة تحرير قاعدة العند.",
            "وأدان النجيفي صمت الحكومة وتقاعسها عن واجبها في تحرير مدينة الموصل.",
            // (a toll over a whole month, or since the middle of one, is a running total)
            "وقالت الشبكة إن البراميل تسببت بمقتل 368 شخصا خلال الشهر الماضي في ريف دمشق.",
            "وتشهد سوريا منذ منتصف آذار/مارس 2011 نزاعا داميا تسبب بمقتل اكثر من 230 الف شخص.",
            // (a period after the trigger too)
            "وقال إن محافظتي عدن وتعز شهدتا قتالا بريا مكثفا خلال الأسبوعين الماضيين.",
            "ولقي اثنان من القرويين حتفهما في هجمات مماثلة خلال الأشهر القليلة الماضية.",
            // (thousands dead in another clause of the sentence)
            "ولفت إلى مقتل 2927 على الأقل من عناصر التنظيم، جراء غارات التحالف على مقاره في \
             محافظتي حماة وحلب.",
        ] {
            let e = events(text);
            assert!(e.is_empty(), "{text}: {e:?}");
        }
        // a sweep of arrests of a thousand people is one event
        let e = events("وقال البيان إن السلطات احتجزت 1302 شخص في حملة أمنية في مدينة حلب أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_habit_is_no_event_and_a_reaction_names_the_event_reported_before() {
        for text in [
            "ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في شمال العراق.",
            "وكانت تركيا قد هاجمت مرارا معسكرات لحزب العمال الكردستاني في شمال العراق.",
            "وتحاصر قوات المعارضة البلدتين، وغالبا ما تندلع اشتباكات في محيط الفوعة.",
            // (a context word after و: only the conjunction comes off, ووقف is وقف)
            "وأكد وجوب حدوث انسحاب، ووقف لإطلاق النار في صنعاء.",
        ] {
            let e = events(text);
            assert!(e.is_empty(), "{text}: {e:?}");
        }
        // (artillery answering fire is shelling)
        let e = events("وردت المدفعية السعودية أمس على مصادر النيران في نجران.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Shelling/artillery/missile attack");
        let e = events(
            "قتل 20 شخصا أمس في تفجير انتحاري استهدف مسجدا في مدينة أبها.\n\
             ودانت الجزائر بشدة أمس التفجير الإرهابي.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(places(&e), [Some("أبها")], "{e:?}");
    }

    #[test]
    fn a_country_that_strikes_is_a_party_and_not_the_scene() {
        let parties = |text: &str| {
            let e = events(text);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            let names: Vec<(String, Option<u8>)> = [&e[0].actor1, &e[0].actor2]
                .into_iter()
                .flatten()
                .map(|a| (a.name.clone(), a.inter))
                .collect();
            (names, e[0].location.as_ref().and_then(|l| l.place.clone()))
        };
        let us = ("الولايات المتحدة".to_string(), Some(8));
        for text in [
            "وقالت القيادة إن الولايات المتحدة وحلفاءها شنوا أمس 18 غارة جوية على مواقع في العراق.",
            "شنت الولايات المتحدة أمس غارات جوية على مواقع في العراق.",
        ] {
            let (names, place) = parties(text);
            assert!(names.contains(&us), "{text}: {names:?}");
            assert_eq!(place.as_deref(), Some("العراق"), "{text}");
        }
        // (a country striking at home is its state forces)
        let (names, _) = parties("قصفت تركيا أمس مواقع حزب العمال الكردستاني في ديار بكر.");
        assert!(names.contains(&("تركيا".to_string(), Some(1))), "{names:?}");
        // (the country that leads a force is no scene either)
        let (_, place) =
            parties("قال الجيش إن التحالف الذي تقوده الولايات المتحدة شن أمس غارات على مواقع داعش.");
        assert_eq!(place, None);
        // not where it is, whom it leads, or what it condemns
        for text in [
            "قال إن التحالف الذي تقوده الولايات المتحدة شن أمس غارات على الموصل.",
            "شهدت تركيا أمس غارات على مواقع في ديار بكر.",
        ] {
            let (names, _) = parties(text);
            assert!(
                names
                    .iter()
                    .all(|(n, _)| n != "الولايات المتحدة" && n != "تركيا"),
                "{text}: {names:?}"
            );
        }
    }

    #[test]
    fn a_count_between_laqiya_and_the_death_is_the_toll() {
        let e = events(
            "لقي 24 عنصرا من ميليشيات الحوثي المتمردة وعناصر الرئيس المخلوع علي عبدالله صالح مصرعهم في مواجهات مع المقاومة في مدينة تعز.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 24);
    }

    #[test]
    fn a_battles_dead_on_both_sides_set_beside_each_other_are_summed() {
        let e = events(
            "قتل 15 متمردا من الحوثيين، من بينهم ثلاثة قياديين، في حين قتل 6 من مقاتلي المقاومة في اشتباكات وقعت أمس في قرى جبل صبر جنوب تعز.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 21);
    }

    #[test]
    fn injuries_after_the_death_laqiya_met_are_not_the_toll() {
        let e = events("لقيت امرأة حتفها وأصيب 15 شخصا بجروح في قصف على مدينة حلب أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_ne!(e[0].fatalities, 15, "{e:?}");
    }

    #[test]
    fn a_day_after_the_publication_does_not_date_a_report() {
        // published Wednesday 18 March 2020: the protests went on, a new one is planned
        let e = events("وتواصلت التظاهرات في مدينة البصرة وسط دعوات إلى تظاهرة حاشدة غدا الخميس.");
        assert_eq!(e.len(), 1, "{e:?}");
        let date = e[0].date.as_ref().unwrap();
        assert_eq!(date.value.as_deref(), Some("2020-03-18"), "{e:?}");
    }

    #[test]
    fn ied_with_place_date_and_fatalities() {
        let e = events(
            "قتل خمسة جنود عراقيين أمس بانفجار عبوة ناسفة قرب مدينة الرمادي في محافظة الأنبار.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Explosions/Remote violence");
        assert_eq!(e[0].sub_event_type, "Remote explosive/landmine/IED");
        assert_eq!(e[0].fatalities, 5);
        let loc = e[0].location.as_ref().unwrap();
        assert_eq!(loc.place.as_deref(), Some("الرمادي"));
        assert_eq!(loc.country.as_deref(), Some("Iraq"));
        assert_eq!(loc.geo_precision, Some(2));
        let date = e[0].date.as_ref().unwrap();
        assert_eq!(
            (date.value.as_deref(), date.time_precision),
            (Some("2020-03-17"), Some(1))
        );
        assert_eq!(e[0].claimed_by, "author");
        // (a vehicle laden with explosives is a bomb, whatever noun the attack has)
        let e = events("واستخدمت مركبة محملة بالمتفجرات أمس في هجوم على مركز للشرطة في إسطنبول.");
        assert_eq!(
            e.first().map(|e| e.sub_event_type.as_str()),
            Some("Remote explosive/landmine/IED"),
            "{e:?}"
        );
    }

    #[test]
    fn a_list_of_places_is_one_event_per_place_and_yemen_is_in_the_gazetteer() {
        let e =
            events("وشنت طائرات التحالف أمس غارات على مواقع للمسلحين في مدينة زبيد والمخا وحيس.");
        let places = places(&e);
        assert_eq!(places, [Some("زبيد"), Some("المخا"), Some("حيس")], "{e:?}");
        assert!(e.iter().all(|e| e.sub_event_type == "Air/drone strike"));
        let loc = e[2].location.as_ref().unwrap();
        assert_eq!(loc.country.as_deref(), Some("Yemen"));
        assert_eq!(loc.admin1.as_deref(), Some("الحديدة"));
    }

    #[test]
    fn a_district_after_a_place_contains_it() {
        let e = events("وقتل ثلاثة مدنيين في قصف على قرية الجراحي بمديرية زبيد أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn battles_outrank_the_air_strikes_that_support_them() {
        let e = events("واندلعت اشتباكات عنيفة أمس في بلدة الكرمة بدعم من غارات جوية للتحالف.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            (e[0].event_type.as_str(), e[0].sub_event_type.as_str()),
            ("Battles", "Armed clash")
        );
    }

    #[test]
    fn purposes_sentences_history_and_talk_are_not_events() {
        // a purpose
        assert!(events("وحشدت القوات آلاف الجنود أمس لتحرير مدينة الموصل.").is_empty());
        // a court sentence
        assert!(events("وأصدرت المحكمة أمس الحكم بإعدام ثلاثة متهمين في بغداد.").is_empty());
        // a chronology line
        assert!(events("1991 - انفجار سيارة مفخخة في بيروت.").is_empty());
        // talk about violence with no place, date or toll
        assert!(events("وقال الوزير إن المنطقة عانت طويلا من التفجيرات والتطرف.").is_empty());
    }

    #[test]
    fn names_expectations_and_reminders_are_not_events() {
        // a square's name
        let e = events("وتظاهر الآلاف أمس في ساحة التحرير وسط بغداد.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Protests");
        // expected
        assert!(events("ولم يحدد المتحدث أمس تاريخ بدء الهجوم على مدينة الموصل.").is_empty());
        // a reminder of background
        assert!(events("يذكر أن القوات شنت هجوما على مدينة تكريت أمس.").is_empty());
        // a standing state of control
        assert!(
            events("ويعاني السكان في المناطق التي سيطر عليها التنظيم في الموصل أمس.").is_empty()
        );
    }

    #[test]
    fn a_line_that_links_to_the_story_reports_nothing() {
        let e = events(
            "قصفت طائرات التحالف مواقع المتمردين في مدينة كركوك أمس.\nرابط الخبر بصحيفة الوئام: قصف جوي لمواقع المتمردين في الموصل وكركوك",
        );
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_negation_before_a_reported_clause_does_not_reach_into_it() {
        let e = events("وذكرت الحركة دون إسهاب أنه تم اعتقال قائد عسكري أمس في مدينة دبي.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Arrests");
        // (the أن of دون أن is the negation's own)
        let e = events("وحلقت مقاتلات تركية أمس فوق جبل قنديل من دون أن تشن غارات.");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_district_the_village_belongs_to_is_no_scene_of_its_own() {
        let e = events("وقتل ثلاثة جنود أمس في هجوم في قرية آراكوي التابعة لقضاء شرناق.");
        assert_eq!(places(&e), [Some("آراكوي")], "{e:?}");
    }

    #[test]
    fn a_lead_and_its_detail_with_one_toll_are_one_event() {
        // the lead places the clash in the governorate, the detail in a town of it (and the
        // lead's date stands)
        let e = events(
            "قتل ثمانية مسلحين أمس في اشتباكات مع الجيش في محافظة الأنبار.\n\
             وقال مصدر إن المواجهات اندلعت في مدينة الرمادي وأسفرت عن مقتل ثمانية مسلحين.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(places(&e), [Some("الرمادي")]);
        assert_eq!(
            e[0].date.as_ref().unwrap().value.as_deref(),
            Some("2020-03-17")
        );
        // two towns with the same toll are two events
        let e = events(
            "قتل ثلاثة جنود أمس في هجوم في مدينة الرمادي. وقتل ثلاثة جنود أمس في هجوم في مدينة تكريت.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn a_since_date_does_not_date_the_event_and_an_undated_report_joins_the_dated_one() {
        let e = events("وقتل ثلاثة جنود أمس في هجوم على مدينة كركوك التي تشهد توترا منذ 12 مارس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-17")
        );
        let e = events(
            "واستهدف تفجير انتحاري سوقا في مدينة كركوك أول من أمس. وأعلنت الشرطة أن منفذ التفجير الانتحاري في كركوك شاب في العشرين.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-16")
        );
        // a count back that opens with منذ starts a period too: the report is today's
        let e = events(
            "واندلعت اشتباكات عنيفة في مدينة كركوك بين القوات والمسلحين الذين يحاصرونها منذ أربعة أشهر.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-18")
        );
        // fighting since yesterday morning is dated by it
        let e = events("وتدور اشتباكات عنيفة في أطراف مدينة كركوك منذ صباح أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-17")
        );
    }

    #[test]
    fn a_lead_dates_the_details_of_its_paragraph_only() {
        let e = events(
            "وقتل عشرة أشخاص في سلسلة تفجيرات في العراق أول من أمس. وقتل ثلاثة جنود في تفجير سيارة مفخخة في منطقة الطارمية. وقتل أربعة مدنيين في تفجير في مندلي.\n\nوقتل شرطي في هجوم مسلح في كركوك.",
        );
        let dated: Vec<(Option<&str>, Option<&str>)> = e
            .iter()
            .map(|e| {
                (
                    e.location.as_ref().and_then(|l| l.place.as_deref()),
                    e.date.as_ref().and_then(|d| d.value.as_deref()),
                )
            })
            .collect();
        assert!(
            dated.contains(&(Some("الطارمية"), Some("2020-03-16"))),
            "{dated:?}"
        );
        assert!(
            dated.contains(&(Some("مندلي"), Some("2020-03-16"))),
            "{dated:?}"
        );
        // a new paragraph: the publication date
        assert!(
            dated.contains(&(Some("كركوك"), Some("2020-03-18"))),
            "{dated:?}"
        );
    }

    #[test]
    fn the_toll_opening_a_lead_counts_for_its_one_event() {
        let e = events("قتل 3 من أفراد الشرطة، أمس، في هجوم مسلح في مدينة كركوك.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 3);
    }

    #[test]
    fn a_trigger_in_the_accusative_keeps_its_type() {
        let e = events("قالت الشرطة إن انفجاراً في مدينة كركوك أسفر عن مقتل خمسة أشخاص.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Explosions/Remote violence");
        assert_eq!(e[0].fatalities, 5);
    }

    #[test]
    fn dawn_is_no_bombing() {
        // (الفجر is dawn, not the verb فجر; the verb still is one)
        assert_no_events(&[
            "وبلغ سعر الروبيان في الفجر 200 ريال في سوق القطيف أمس.",
            "ويخرج الصيادون أمس بعد صلاة الفجر من ميناء جازان.",
        ]);
        let e = events("واعتقلت قوات الاحتلال عند الفجر عشرة فلسطينيين في الخليل أمس.");
        assert_eq!(
            e.first().map(|e| e.sub_event_type.as_str()),
            Some("Arrests"),
            "{e:?}"
        );
        let e = events("وفجر انتحاري نفسه أمس في مسجد بالكويت.");
        assert_eq!(
            e.first().map(|e| e.sub_event_type.as_str()),
            Some("Suicide bomb")
        );
    }

    #[test]
    fn victims_named_by_rank_or_singular_nouns_joined_by_wa_add_up() {
        // (a rank names one victim; each more joined by و before any punctuation is one more)
        for (text, dead) in [
            (
                "وأعلنت القيادة أمس استشهاد الرقيب ماجد العتيبي في جازان جراء قذيفة أطلقها الحوثيون.",
                1,
            ),
            (
                "وأعلنت القيادة أمس استشهاد العريف سعد الشهري والجندي فهد القحطاني والجندي علي \
                 الزهراني في جازان جراء قذائف أطلقها الحوثيون.",
                3,
            ),
            ("وقتل نقيب شرطة ومجند أمس في انفجار عبوة ناسفة في العريش.", 2),
            // (the wounded are not dead)
            ("وقتل جندي أمس وأصيب مدني في هجوم على نقطة تفتيش في العريش.", 1),
        ] {
            assert_eq!(only_toll(text), dead, "{text}");
        }
    }

    #[test]
    fn counts_past_qualifiers_and_partitives_bombing_from_the_air_and_bare_actor_words() {
        assert_eq!(
            only_toll("شنت طائرات غارة على سوق في صعدة أمس فقتلت ما لا يقل عن 60 مدنياً."),
            60
        );
        assert_eq!(
            only_toll("وقال المصدر إن 8 من المسلحين قتلوا في اشتباكات في تعز أمس."),
            8
        );
        // the wounded after a conjunction are not the dead
        assert_eq!(
            only_toll("ارتفعت حصيلة التفجير في بغداد أمس إلى 11 قتيلا وأصيب 46 شخصا."),
            11
        );
        assert_eq!(
            only_toll("وتمت تصفية 12 مسلحا في هجوم للجيش في الرمادي أمس."),
            12
        );
        // a victim named in the singular or the dual; a count joined to it by و adds
        assert_eq!(
            only_toll("قتل شرطي تركي في هجوم على مركز للشرطة في ديار بكر أمس."),
            1
        );
        assert_eq!(
            only_toll("قتل ضابط و3 جنود في انفجار عبوة ناسفة في العريش أمس."),
            4
        );
        // history and running totals are no new events
        assert!(events("وسيطر التنظيم على مدينة دير الزور في صيف 2014.").is_empty());
        assert!(events("وقتل 19 شخصا في مدينة حلب منذ بداية الأزمة.").is_empty());
        // state forces taking ground regain it
        let e = events("وسيطرت القوات العراقية على مناطق شرق الرمادي أمس.");
        assert_eq!(e[0].sub_event_type, "Government regains territory");
        // (the national army of another country too, with its allies)
        let e = events("وسيطرت القوات اليمنية والمقاومة الشعبية أمس على بلدة العين في لحج.");
        assert_eq!(e[0].sub_event_type, "Government regains territory", "{e:?}");
        let e = events("وسيطر التنظيم على مدينة تدمر أمس.");
        assert_eq!(e[0].sub_event_type, "Non-state actor overtakes territory");
        let e = events("وكان طيران التحالف قصف أمس مواقع في صعدة.");
        assert_eq!(e[0].sub_event_type, "Air/drone strike");
        let e = events("وقصفت المدفعية مواقع في صعدة أمس.");
        assert_eq!(e[0].sub_event_type, "Shelling/artillery/missile attack");
        let e = events("واشتبك مسلحون مع عناصر للجيش في الرمادي أمس.");
        let names: Vec<&str> = [&e[0].actor1, &e[0].actor2]
            .iter()
            .filter_map(|a| a.as_ref().map(|a| a.name.as_str()))
            .collect();
        assert!(names.iter().all(|n| !n.starts_with("لل")), "{names:?}");
    }

    #[test]
    fn the_parties_of_an_event_set_beside_another_are_not_its_own() {
        let names = |e: &Event| -> Vec<String> {
            [&e.actor1, &e.actor2]
                .iter()
                .filter_map(|a| a.as_ref().map(|a| a.name.clone()))
                .collect()
        };
        // an air strike of the coalition beside an attack in another town
        let e = events(
            "وقتل ثلاثة جنود في هجوم لمسلحين على نقطة تفتيش في الرمادي أمس، بينما قصفت طائرات \
             التحالف الدولي مواقع لتنظيم داعش في الفلوجة.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(!names(&e[0]).iter().any(|n| n.contains("التحالف")), "{e:?}");
        assert!(names(&e[1]).iter().any(|n| n.contains("التحالف")), "{e:?}");
        // the other side's dead of one battle: both sides stay its parties
        let e = events(
            "ولقي 24 عنصرا من ميليشيات الحوثي مصرعهم في تعز أمس، بينما قتل اثنان من رجال \
             المقاومة الشعبية في المعارك.",
        );
        let all: Vec<String> = e.iter().flat_map(names).collect();
        assert!(all.iter().any(|n| n.contains("المقاومة")), "{e:?}");
        assert!(all.iter().any(|n| n.contains("الحوثي")), "{e:?}");
    }

    #[test]
    fn villages_their_sentence_puts_in_a_governorate_stay_events_of_their_own() {
        // (the governorate the sentence tells makes no region of them: both clashes stay,
        // not merged into the city's report of the same day)
        let e = events(
            "وسيطرت المقاومة على مدينة عدن أمس. وتحدثت مصادر عن معارك محدودة بين الحوثيين \
             والمقاومة في منطقتي الفيوش وجعولا في المدخل الشمالي لمدينة عدن أمس.",
        );
        assert_eq!(
            places(&e),
            [Some("عدن"), Some("الفيوش"), Some("جعولا")],
            "{e:?}"
        );
        let admin1: Vec<Option<&str>> = e
            .iter()
            .map(|e| e.location.as_ref().and_then(|l| l.admin1.as_deref()))
            .collect();
        assert_eq!(admin1, [Some("عدن"); 3]);
    }

    #[test]
    fn pounding_is_a_bombing_and_imposing_control_takes_ground() {
        // دكت: a bombing (from the air when aircraft do it)
        let e = events("ودكت مقاتلات التحالف العربي مواقع الحوثيين في مدينة تعز أمس.");
        assert_eq!(e[0].sub_event_type, "Air/drone strike");
        // تفرض سيطرة: imposing control is taking ground, state forces' a regaining
        let e =
            events("وقالت القيادة إن قوات الأمن باتت تفرض سيطرة كاملة على جامعة الأنبار في الرمادي.");
        assert_eq!(e[0].sub_event_type, "Government regains territory", "{e:?}");
    }

    #[test]
    fn protests_in_general_are_no_event_and_the_outlet_spoken_to_is_no_actor() {
        // a definite noun with no place, date or toll of its own in its clause
        let e = events(
            "بدأت الحكومة بمحاولات لخلق ذرائع بدءاً من المظاهرات والاحتجاجات الشعبية، وصولاً إلى اجتماع الرئيس في يناير الماضي مع نظيره في مؤتمر دافوس في سويسرا.",
        );
        assert!(e.is_empty(), "{e:?}");
        // placed or dated in its clause, it is one
        let e = events("وشهدت البصرة أمس المظاهرات الأكبر منذ سنوات.");
        assert_eq!(e.len(), 1, "{e:?}");
        let e = events(
            "وذكرت مصادر في المدينة لوكالة الأنباء الألمانية (د ب أ) أن مسلحين هاجموا حاجزا للشرطة في كركوك أمس.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        let actors: Vec<&str> = [&e[0].actor1, &e[0].actor2]
            .iter()
            .filter_map(|a| a.as_ref().map(|a| a.name.as_str()))
            .collect();
        assert!(actors.iter().all(|a| !a.contains("الأنباء")), "{actors:?}");
    }

    #[test]
    fn a_definite_trigger_names_the_event_already_reported() {
        let e = events(
            "أسفر انفجار في مدينة كركوك أمس عن مقتل خمسة أشخاص. ووقع الانفجار قرب سوق شعبي مزدحم. وقالت الشرطة إن الانفجار أدى إلى مقتل سبعة.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 7);
        // whatever word the first report used
        let e = events(
            "قتل ثلاثة من الشرطة أمس في هجوم مسلح في مدينة كركوك. ونسبت السلطات الاعتداء إلى مسلحين.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        // with a town of its own, it is another event
        let e = events(
            "أسفر انفجار في مدينة كركوك أمس عن مقتل خمسة أشخاص. وفي الموصل أدى الانفجار الثاني إلى مقتل ثلاثة.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        // and so with a governorate of its own (which a report elsewhere does not absorb);
        // a dual counts two dead
        let e = events(
            "قتل خمسة في هجوم في مدينة كركوك أمس. وقتل جنديان في الهجوم على حاجز شمال بغداد.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[1].fatalities, 2);
    }

    #[test]
    fn governorates_listed_with_towns_are_their_cities_and_containers_are_not_listed() {
        let e =
            events("تظاهر المئات أمس في مدن الناصرية والبصرة والنجف احتجاجا على انقطاع الكهرباء.");
        let places = places(&e);
        assert_eq!(places, [Some("الناصرية"), Some("البصرة"), Some("النجف")]);
        assert!(e
            .iter()
            .all(|e| e.location.as_ref().unwrap().geo_precision == Some(1)));
        let e = events("قتل خمسة في تفجير قرب الرمادي في الأنبار.");
        assert_eq!(e.len(), 1, "{e:?}");
        let e = events("قتل خمسة في تفجير في مدينة الكوت في واسط.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn a_list_later_in_the_sentence_that_names_the_clauses_place_gives_the_scenes() {
        let e = events(
            "وتشهد المحافظات ومنها العاصمة بغداد مظاهرات، خرجت على الحكومة بسبب سوء الخدمات، \
             وشارك فيها الآلاف منها بغداد، وكربلاء، والنجف، والبصرة.",
        );
        assert_eq!(e.len(), 4, "{e:?}");
        // places scattered over a sentence are no list
        let e = events(
            "وتشهد بغداد مظاهرات منذ أيام، بينما زار الوزير البصرة ثم توجه إلى كربلاء قبل أن يعود إلى النجف.",
        );
        assert_eq!(places(&e), [Some("بغداد")]);
    }

    #[test]
    fn future_verbs_demands_to_stop_and_counts_are_not_events() {
        for w in ["ستطلق", "سيشن", "وستكون"] {
            assert!(crate::future_verb(w, 2.5), "{w}");
        }
        for w in ["سيارة", "سيطرة", "ستة", "سنوات", "ساعدت", "ساهم", "سيدي"]
        {
            assert!(!crate::future_verb(w, 2.5), "{w}");
            // (and, but for سيدي, with the looser ratio the date tagger uses)
            assert!(w == "سيدي" || !crate::future_verb(w, 1.0), "{w}");
        }
        assert!(events("أعلنت تركيا أنها ستطلق قريبا هجوما واسعا في مدينة الرقة.").is_empty());
        // (the subject of a future verb after it, or of كان with one: what would have been)
        assert!(
            events("وقال الرئيس أمس إن الصواريخ كانت ستسقط على مدينة حيفا لو فشل الاتفاق.")
                .is_empty()
        );
        assert!(events("وقال الوزير إن الهجوم سيستهدف مدينة الرقة.").is_empty());
        // what may happen (قد with a present verb), not what did (قد with a past one)
        assert!(events("قد يؤدي القصف على مدينة الحلة إلى مقتل العشرات.").is_empty());
        assert_eq!(events("وقد شهدت مدينة الحلة اشتباكات عنيفة أمس.").len(), 1);
        assert!(events("طالب المجلس الحكومة بوقف القصف على مدينة الفلوجة.").is_empty());
        assert!(events(
            "وثق المرصد تنفيذ طائرات النظام الحربية 26350 غارة على مدينة حلب منذ بداية العام."
        )
        .is_empty());
    }

    #[test]
    fn a_recalled_year_in_another_clause_leaves_the_report_alone() {
        let e = events(
            "عادت التحديات التي واجهها العراق عام 2014، حيث شيع الحشد أمس 7 من عناصره إثر تعرضهم لهجوم كبير في مدينة سامراء.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 7);
        // whatever word the first report used
        let e = events(
            "قتل ثلاثة من الشرطة أمس في هجوم مسلح في مدينة كركوك. ونسبت السلطات الاعتداء إلى مسلحين.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            e[0].date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-17")
        );
    }

    #[test]
    fn statistics_are_not_events_and_directions_are_not_places() {
        assert!(events(
            "ووثق المرصد أمس تنفيذ طائرات النظام 12053 غارة على مدينة حلب منذ مطلع العام."
        )
        .is_empty());
        let e = events("وقصفت طائرات حربية أمس مواقع في الشمال.");
        assert!(
            e.iter().all(|e| e.location.is_none()),
            "الشمال is a direction: {e:?}"
        );
        // a place written after a direction from another place locates it (إب جنوب صنعاء);
        // after و it is one more place (أذربيجان وشرق تركيا)
        let place = |text: &str| {
            events(text)
                .first()
                .and_then(|e| e.location.as_ref()?.place.clone())
        };
        assert_eq!(
            place("وسيطرت المقاومة الشعبية أمس على ست مديريات في محافظة إب جنوب صنعاء."),
            Some("إب".to_string())
        );
        assert_eq!(
            place("وقتل 10 من عناصر داعش أمس بضربة جوية في منطقة حصيبة شرقي الرمادي."),
            Some("حصيبة".to_string())
        );
    }

    #[test]
    fn a_day_after_until_ends_what_began_before() {
        // (the clash of Thursday evening that went on until Friday morning is one event, on
        // the day it began)
        for text in [
            "وقتل 18 حوثيا في مواجهات اندلعت مساء الخميس في منطقة سناح. واستمرت المواجهات حتى صباح الجمعة.",
            "واندلعت اشتباكات عنيفة في منطقة سناح استمرت من مساء الخميس وحتى صباح الجمعة.",
        ] {
            let e = events(text);
            assert_eq!(e.len(), 1, "{text}: {e:?}");
            assert_eq!(
                e[0].date.as_ref().and_then(|d| d.value.as_deref()),
                Some("2020-03-12"),
                "{text}"
            );
        }
    }

    #[test]
    fn an_upgraded_report_still_joins_later_reports() {
        let e = events(
            "وشنت طائرات التحالف أمس غارات جوية على بلدة الكرمة، واندلعت اشتباكات عنيفة أمس في بلدة الكرمة بين الطرفين. واندلعت اشتباكات عنيفة أمس في بلدة الكرمة.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Battles");
    }

    #[test]
    fn a_foiled_bombing_is_disrupted_weapons_use() {
        for text in [
            "وتمكنت قوات الأمن أمس من تفكيك عبوة ناسفة قرب سوق مدينة كركوك.",
            // (explosives found, then blown up)
            "وفجرت قوات الأمن أمس سبع عبوات ناسفة عثرت عليها في مدينة الرمادي.",
        ] {
            let e = events(text);
            assert_eq!(e.len(), 1, "{e:?}");
            assert_eq!(
                (e[0].event_type.as_str(), e[0].sub_event_type.as_str()),
                ("Strategic developments", "Disrupted weapons use")
            );
        }
    }

    #[test]
    fn priority_vague_amounts_and_claims() {
        let e = events(
            "وقال المرصد السوري إن غارات جوية استهدفت بلدة في ريف إدلب وأسفرت عن مقتل العشرات.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Air/drone strike");
        assert_eq!(e[0].fatalities, 12);
        assert_eq!(e[0].claimed_by, "q1");
    }

    #[test]
    fn injuries_negation_and_civilians() {
        let e = events("أصيب ثلاثة مدنيين بجروح في هجوم لمسلحين على سوق في بغداد.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].event_type, "Violence against civilians");
        assert_eq!(e[0].fatalities, 0);
        let none = events("ونفى الجيش أن يكون قد شن أي غارة على المنطقة.");
        assert!(none.is_empty(), "{none:?}");
    }

    #[test]
    fn duplicate_reports_merge() {
        let e = events(
            "قتل شخصان في تفجير بالموصل اليوم. وارتفعت حصيلة التفجير في الموصل اليوم إلى 4 قتلى.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 4);
    }

    #[test]
    fn a_named_place_no_gazetteer_locates_is_its_own_event() {
        // a village no gazetteer lists stays an event of its own, not folded into the strikes
        // on a town told in another sentence; a governorate's report still joins its town's
        let e = events(
            "وقصف الطيران الحربي مدينة درعا أمس. وألقى الطيران المروحي براميل متفجرة على بلدة تل شهاب أمس.",
        );
        assert_eq!(places(&e), [Some("درعا"), Some("تل شهاب")], "{e:?}");
        let e = events("قتل شخصان في غارة على مدينة درعا أمس. وتعرضت محافظة درعا لغارة أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn an_outlet_the_text_cites_is_no_party_anywhere_in_it() {
        let e = events(
            "وقال مصدر أمني لـ«الشرق الأوسط» إن الوضع هادئ. وأفادت «الشرق الأوسط» بأن الحوثيين قصفوا مدينة تعز أمس.",
        );
        let names: Vec<_> = e
            .iter()
            .flat_map(|x| [&x.actor1, &x.actor2])
            .filter_map(|a| a.as_ref().map(|a| a.name.clone()))
            .collect();
        assert!(names.iter().all(|n| !n.contains("الشرق")), "{e:?}");
    }

    #[test]
    fn protests_the_forces_broke_up_and_their_grievances() {
        let sub = |text: &str| {
            events(text)
                .first()
                .map(|e| (e.sub_event_type.clone(), e.fatalities))
        };
        assert_eq!(
            sub("واعتقلت السلطات عشرة متظاهرين خلال احتجاجات في مدينة البصرة أمس."),
            Some(("Protest with intervention".to_string(), 0))
        );
        assert_eq!(
            sub("وقتل متظاهر برصاص الشرطة خلال احتجاجات في مدينة البصرة أمس."),
            Some(("Excessive force against protesters".to_string(), 1))
        );
        // (the deaths a protest is against are no toll of it)
        assert_eq!(
            sub("وتظاهر الآلاف في مدينة البصرة أمس احتجاجا على مقتل خمسة أشخاص."),
            Some(("Peaceful protest".to_string(), 0))
        );
        // (nor is a death it follows)
        assert_eq!(
            sub("وشهدت مدينة اللاذقية أمس مظاهرات إثر مقتل عقيد في الجيش على يد قريب للرئيس."),
            Some(("Peaceful protest".to_string(), 0))
        );
    }

    #[test]
    fn what_a_protest_demands_or_recalls_is_no_event_of_its_own() {
        // (the liberation a protest asks for is no regaining of ground)
        let e = events("وتظاهر أمس مئات في محافظة أربيل للمطالبة بتحرير المختطفات من سجون داعش.");
        let types: Vec<_> = e.iter().map(|e| e.event_type.as_str()).collect();
        assert_eq!(types, ["Protests"], "{e:?}");
        assert!(events("وطالبوا بتوقيف المتهم بقتل الشاب في مدينة البصرة.").is_empty());
        // (a demand that the protest itself makes stays a protest)
        assert_eq!(
            events("وجاءت هذه المطالبة في وقفة احتجاجية نظمها الأهالي في مدينة البصرة أمس.").len(),
            1
        );
        // (an anniversary recalls the blast, and its dead are no toll of the protest)
        assert!(
            events("وفي الذكرى الأولى للتفجير الذي قتل فيه عشرة أشخاص في بغداد، صدر كتاب.")
                .is_empty()
        );
        let e = events(
            "وتظاهر مئات في بغداد أمس بمناسبة الذكرى الأولى للتفجير الذي قتل فيه عشرة أشخاص.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(
            (e[0].sub_event_type.as_str(), e[0].fatalities),
            ("Peaceful protest", 0)
        );
    }

    #[test]
    fn retaking_names_ground_or_is_no_event() {
        assert_no_events(&[
            "وطالب الوزير بسرعة استعادة البث من مدينة عدن أمس.",
            "وتبحث الدولتان في عمان أمس جهود استعادة علاقاتهما.",
            "وستركز المباحثات في بغداد على سبل تحرير الخدمات والاستثمارات.",
        ]);
        for text in [
            "وتمكنت القوات من تحرير مدينة زنجبار أمس.",
            "استعادت المقاومة الشعبية وقوات الجيش الموالية القصر الرئاسي بحي التواهي في عدن أمس.",
            "وساعدت الغارات رجال المقاومة على استعادة الكثير من المواقع في مأرب أمس.",
        ] {
            let e = events(text);
            assert!(
                e.iter()
                    .any(|x| x.sub_event_type == "Government regains territory"),
                "{text}: {e:?}"
            );
        }
    }

    #[test]
    fn bare_bombing_after_air_strikes_in_its_paragraph_is_more_of_them() {
        let e = events(
            "وشنت طائرات التحالف غارات جوية على مدينة صنعاء أمس. كما قصفت مدرسة يتخذها الحوثيون قاعدة لهم في مدينة عمران.",
        );
        let amran = e
            .iter()
            .find(|x| x.location.as_ref().and_then(|l| l.place.as_deref()) == Some("عمران"))
            .expect("the bombing in Amran");
        assert_eq!(amran.sub_event_type, "Air/drone strike", "{e:?}");
        // (guns named, or a new paragraph: shelling)
        let e = events(
            "وشنت طائرات التحالف غارات جوية على مدينة صنعاء أمس. كما قصفت قوات صالح بالمدفعية مدينة عمران.",
        );
        assert!(
            e.iter()
                .any(|x| x.sub_event_type == "Shelling/artillery/missile attack"),
            "{e:?}"
        );
    }

    #[test]
    fn a_leads_total_does_not_replace_the_toll_of_the_detail_it_joins() {
        // the governorate's total (28) joins the town's strike, whose own toll (21) stands
        let e = events(
            "قتل 28 مدنيا في غارات جوية على محافظة حلب أمس. وشنت طائرات النظام غارات جوية على مدينة منبج أمس مما أدى إلى مقتل 21 مدنيا.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 21);
    }

    #[test]
    fn the_date_after_the_trigger_a_purpose_kill_and_a_verb_after_fa() {
        // أمس dates the death; the shooting is dated by the date after it
        let e = events(
            "توفي جندي خامس، أمس، متأثرا بإصابته في حادث إطلاق النار على مركز عسكري في مدينة الرمادي يوم الأحد.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        let day = e[0].date.as_ref().and_then(|d| d.value.as_deref());
        assert_eq!(day, Some("2020-03-15"), "{e:?}");
        // أطلق مسلحون النار: a verb and its object around the subject; ليقتلوا خمسة: the toll
        // of a purpose clause
        let e =
            events("وأطلق مسلحون النار على حاجز للجيش في مدينة الرمادي أمس ليقتلوا خمسة عسكريين.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 5);
        // فعمد "so he proceeded" is not the town عمد
        let e = events(
            "وهاجم مسلحون مركزا للشرطة في مدينة الرمادي، فعمد عناصر الشرطة إلى الرد عليهم وقتل اثنان منهم.",
        );
        assert!(
            e.iter()
                .all(|x| x.location.as_ref().and_then(|l| l.place.as_deref()) == Some("الرمادي")),
            "{e:?}"
        );
    }

    #[test]
    fn tolls_of_definite_victims_joined_counts_and_a_death_met() {
        let toll = |text: &str| events(text).first().map(|e| e.fatalities);
        // a teen in words before the verb, its noun no singular victim
        assert_eq!(
            toll("وقالت الشرطة إن سبعة عشر مدنيا قتلوا في انفجار سيارة مفخخة في مدينة بعقوبة أمس."),
            Some(17)
        );
        // many, like several, is 3
        assert_eq!(
            toll("وقتل العديد من المسلحين في اشتباكات مع الجيش في مدينة الرمادي أمس."),
            Some(3)
        );
        // a victim named by a definite singular is one
        assert_eq!(
            toll("وقتل الشرطي في هجوم مسلح على حاجز في مدينة الرمادي أمس."),
            Some(1)
        );
        // a second count after the first one's noun adds to it
        assert_eq!(
            toll("وقتل 39 متمردا و17 مقاتلا مواليا في معارك في مدينة زنجبار أمس."),
            Some(56)
        );
        // لقي مصرعه: one, and the others with him
        assert_eq!(
            toll("ولقي القيادي الحوثي مصرعه مع 40 آخرين في غارة جوية على مدينة تعز أمس."),
            Some(41)
        );
        // vague amounts
        assert_eq!(
            toll("وقتل عشرات من المدنيين في غارة جوية على مدينة تعز أمس."),
            Some(12)
        );
    }

    #[test]
    fn tolls_in_number_words_accusative_victims_named_victims_and_groups_joined() {
        let toll = |text: &str| events(text).first().map(|e| e.fatalities);
        // teens and a unit with its ten are written out
        assert_eq!(
            toll("وقتل سبعة عشر شخصا في انفجار سيارة مفخخة في مدينة بعقوبة أمس."),
            Some(17)
        );
        assert_eq!(
            toll("وقتل خمسة وعشرون مدنيا في غارة جوية على مدينة تعز أمس."),
            Some(25)
        );
        // an indefinite victim in the accusative is one; the noun of a count is not
        assert_eq!(
            toll("وقالت الوكالة إن شرطيا قتل وأصيب آخر في هجوم على مركز في مدينة ماردين."),
            Some(1)
        );
        assert_eq!(
            toll("وقالت الوزارة إن 43 شخصا قتلوا في قصف على مدينة عدن أمس."),
            Some(43)
        );
        // a person named right after the death
        assert_eq!(
            toll("وأسفرت الغارة عن مقتل صالح أحمد الطائي في قضاء الحويجة أمس."),
            Some(1)
        );
        // a second group after the first one's partitive
        assert_eq!(
            toll("وقتل أربعة من الجنود و13 مدنيا في هجوم على مدينة الرمادي أمس."),
            Some(17)
        );
        // duals of the nouns victims are counted with, and in construct before what they are of
        assert_eq!(
            toll("وشنت طائرات إسرائيلية غارة على القنيطرة أمس وقتلت عضوين من الحزب."),
            Some(2)
        );
        assert_eq!(
            toll("وأسفر هجوم على مدينة شانلي أورفا أمس عن مقتل ضابطي شرطة."),
            Some(2)
        );
    }

    #[test]
    fn negations_imminence_and_where_a_statement_was_made() {
        // what did not happen, or is about to, is no event
        assert!(events("وقال المصدر إنه ليس هناك سيطرة أو معارك داخل قاعدة العند.").is_empty());
        assert!(events("وأكد المتحدث أن تحرير مدينة زنجبار بات قريبا.").is_empty());
        // the event is where it happened, not where the statement was made
        let e = events(
            "وقال رئيس الوزراء امام الصحافيين في انقرة إن التفجير الانتحاري الذي وقع في بلدة سروج أمس أودى بحياة 30 شخصا.",
        );
        assert_eq!(places(&e), vec![Some("سروج")], "{e:?}");
        assert_eq!(e[0].fatalities, 30);
    }

    #[test]
    fn places_that_locate_another_are_no_scenes_of_their_own() {
        let e = events(
            "ودارت اشتباكات عنيفة في منطقة دار سعد الواقعة بين محافظتي عدن ولحج أمس أسفرت عن مقتل 57 شخصا.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 57);
        // nor is the place the dead come from, or one the fighters head to
        let e = events(
            "وقال المصدر إن 12 مسلحا من أبناء مدينة رداع قتلوا في اشتباكات مع المقاومة في مدينة الضالع أمس.",
        );
        assert_eq!(places(&e), [Some("الضالع")], "{e:?}");
        assert_eq!(e[0].fatalities, 12);
        let e = events(
            "وانطلقت الزوارق أمس في اتجاه مدينة عدن لإسناد المسلحين الذين خاضوا مواجهات عنيفة في التواهي والمعلا.",
        );
        assert!(!places(&e).contains(&Some("عدن")), "{e:?}");
        // a list of scenes is still one event each
        assert_eq!(
            events("وشنت الطائرات غارات على صنعاء وتعز والحديدة أمس.").len(),
            3
        );
    }

    #[test]
    fn to_the_east_of_a_town_is_near_it_within_its_sentence() {
        let precision = |text: &str| {
            let e = events(text);
            e.last().unwrap().location.as_ref().unwrap().geo_precision
        };
        assert_eq!(
            precision("وقصفت قوات النظام أمس مواقع إلى الشرق من مدينة درعا."),
            Some(2)
        );
        assert_eq!(
            precision("وقصفت الطائرات مواقع في الجنوب. وفي مدينة درعا قتل أمس ثلاثة جنود في هجوم."),
            Some(1)
        );
    }

    #[test]
    fn taking_ground_after_a_verb_of_success_is_reported() {
        let e = events("وتمكن الجيش والمقاومة أمس من السيطرة على منطقتي الوهط وصبر.");
        assert_eq!(places(&e), [Some("الوهط"), Some("صبر")], "{e:?}");
        assert!(e
            .iter()
            .all(|e| e.sub_event_type == "Government regains territory"));
        // (not without success, nor where it failed)
        assert!(events("وتسعى المقاومة لمنع الحوثيين من السيطرة على مدينة عدن.").is_empty());
        assert!(events("ولم تتمكن القوات أمس من السيطرة على مدينة زنجبار.").is_empty());
    }

    #[test]
    fn an_event_known_only_by_its_month_is_dated_by_the_middle_day() {
        let e = events("وفي مارس الجاري، قتل عشرة جنود في هجوم على مدينة الرمادي.");
        let date = e[0].date.as_ref().unwrap();
        assert_eq!(
            (date.value.as_deref(), date.time_precision),
            (Some("2020-03-15"), Some(3)),
            "{e:?}"
        );
    }

    #[test]
    fn ground_taken_before_which_something_happened_is_no_report() {
        assert!(events("ويرجح أن تسجيل الحلقة تم قبل تحرير عدن.").is_empty());
        assert_eq!(events("وأعلنت المقاومة أمس تحرير مدينة عدن.").len(), 1);
    }

    #[test]
    fn supporters_resistance_that_was_not_and_outlets_take_no_actors_place() {
        let actors = |text: &str| -> Vec<String> {
            let e = events(text);
            assert_eq!(e.len(), 1, "{e:?}");
            [&e[0].actor1, &e[0].actor2]
                .into_iter()
                .flatten()
                .map(|a| a.name.clone())
                .collect()
        };
        assert_eq!(
            actors(
                "وسيطرت القوات الموالية لهادي أمس على مدينة شقرة من دون مقاومة كبيرة من الحوثيين."
            ),
            ["القوات الموالية", "الحوثيون"]
        );
        assert_eq!(
            actors("وبدأت القوات الموالية لهادي بدعم من طيران التحالف هجوما على قاعدة العند أمس."),
            ["القوات الموالية"]
        );
        // (only after دون: the party after ضد is the opponent)
        assert_eq!(
            actors("وشن الجيش أمس هجوما ضد المسلحين في مدينة الرمادي."),
            ["الجيش", "المسلحين"]
        );
        let found = actors("ونقلت وكالة «دوغان» أن مسلحين هاجموا أمس مركزا للشرطة في سيلوبي.");
        assert!(!found.iter().any(|a| a.contains("دوغان")), "{found:?}");
    }

    #[test]
    fn a_city_by_its_apposition_parts_of_an_area_and_a_bearing_after_fi() {
        let precision = |e: &Event| e.location.as_ref().unwrap().geo_precision;
        // a governorate's name called a city after a comma is the city
        let e = events(
            "واندلعت اشتباكات عنيفة أمس في تعز، ثالث اكبر مدن اليمن، بين الحوثيين والمقاومة.",
        );
        assert_eq!(places(&e), [Some("تعز")], "{e:?}");
        assert_eq!(precision(&e[0]), Some(1));
        // (not a city word in the next clause)
        let e =
            events("وسيطرت المقاومة أمس على الطريق بين محافظتي أبين وعدن، واجتاحوا مدينة شقرة.");
        assert!(
            e.iter().all(|e| precision(e) != Some(1)
                || e.location.as_ref().unwrap().place.as_deref() != Some("عدن")),
            "{e:?}"
        );
        // parts of an area are near it
        let e = events("وسيطرت المقاومة أمس على اجزاء من مدينة الضالع بعد معارك مع الحوثيين.");
        assert_eq!(precision(&e[0]), Some(2), "{e:?}");
        // a town a bearing from another places it, after في too
        let e =
            events("واستهدفت المقاتلات التركية أمس بلدة رواندز في شرق أربيل، عاصمة إقليم كردستان.");
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn the_towns_people_came_from_are_no_scenes_nor_the_towns_joined_to_them() {
        let e = events(
            "وتظاهرت أمس عائلات منحدرة من تلعفر وسنجار في مدينة أربيل مطالبة بالعودة إلى بيوتها.",
        );
        assert_eq!(places(&e), [Some("أربيل")], "{e:?}");
        let e = events("وتظاهر نازحون قادمون من الرمادي والفلوجة في كربلاء أمس.");
        assert_eq!(places(&e), [Some("كربلاء")], "{e:?}");
    }

    #[test]
    fn a_word_that_differs_from_a_place_by_its_final_ta_is_not_that_place() {
        // الحديد "iron" is not الحديدة
        let e = events("وقتل 10 أشخاص في هجوم على قرية الحديد في محافظة ديالى أمس.");
        assert!(
            e.iter()
                .all(|x| x.location.as_ref().and_then(|l| l.country.as_deref()) == Some("Iraq")),
            "{e:?}"
        );
        // the places of one country the text names tell where an ambiguous one is
        let e = events("وقصف الحوثيون أحياء الروضة وعصيفرة في مدينة تعز أمس.");
        assert!(
            e.iter()
                .all(|x| x.location.as_ref().and_then(|l| l.country.as_deref()) == Some("Yemen")),
            "{e:?}"
        );
    }

    #[test]
    fn a_country_adjective_after_a_place_says_its_country() {
        // بلدة حضر السورية is not الحضر in Iraq
        let e = events("وقتل 5 في هجوم على بلدة حضر السورية أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        let l = e[0].location.as_ref().unwrap();
        assert_eq!(l.country.as_deref(), Some("Syria"), "{e:?}");
        assert_eq!(l.place.as_deref(), Some("حضر"), "{e:?}");
    }

    #[test]
    fn buildings_blown_up_with_no_one_killed_are_property_destroyed() {
        let e = events("وفجر تنظيم داعش 16 منزلا في قرية البو جاسم قرب مدينة الرمادي أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Looting/property destruction");
        // with a toll it stays an explosion
        let e = events("وقتل 5 أشخاص في تفجير منزل في مدينة الرمادي أمس.");
        assert_eq!(e[0].event_type, "Explosions/Remote violence", "{e:?}");
    }

    #[test]
    fn shelling_by_aircraft_named_before_its_verb_is_an_air_strike() {
        let e = events("وواصلت طائرات التحالف العربي أمس قصف مواقع الحوثيين في مدينة صعدة.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Air/drone strike");
        // not across a clause boundary
        let e =
            events("حلقت الطائرات فوق المدينة، وقصفت المدفعية مواقع المسلحين في مدينة صعدة أمس.");
        assert!(
            e.iter().all(|x| x.sub_event_type != "Air/drone strike"),
            "{e:?}"
        );
    }

    #[test]
    fn actors_acled_types_imply_from_the_sentence_before_and_not_the_source() {
        let types = |e: &Event| {
            [&e.actor1, &e.actor2]
                .map(|a| a.as_ref().and_then(|a| a.inter))
                .to_vec()
        };
        // protesters in a protest; civilians as the target of violence against them
        let e = events("تظاهر المئات أمس في البصرة احتجاجا على انقطاع الكهرباء.");
        assert_eq!(types(&e[0]), [Some(6), None]);
        let e = events("أعدم تنظيم داعش أمس 12 شخصا في الموصل.");
        assert_eq!(types(&e[0]), [Some(2), Some(7)], "{e:?}");
        // a bombing no one is named for: an unidentified armed group; its dead, who did not
        // fight, civilians
        let e = events("انفجرت عبوة ناسفة أمس في سوق ببغداد ما أدى إلى مقتل 3 أشخاص.");
        assert_eq!(types(&e[0]), [Some(3), Some(7)], "{e:?}");
        let e = events("انفجرت عبوة ناسفة أمس في سوق ببغداد.");
        assert_eq!(types(&e[0]), [Some(3), None], "{e:?}");
        // soldiers, two of them too, fought: no civilians
        let e = events("قتل جنديان أمس بانفجار عبوة ناسفة في ديار بكر.");
        assert_eq!(types(&e[0]), [Some(3), None], "{e:?}");
        // two rockets are a shelling
        let e = events("وأطلق مسلحون صاروخين على قاعدة عسكرية في ديار بكر أمس.");
        assert_eq!(e[0].sub_event_type, "Shelling/artillery/missile attack");
        // the parties the sentence before names; the monitor that reports is none
        let e = events(
            "وشنت طائرات التحالف سلسلة غارات على مواقع داعش أمس في الرقة. \
             وقال المرصد السوري لحقوق الإنسان إن الغارات قتلت 12 عنصرا في الطبقة.",
        );
        assert!(e
            .iter()
            .all(|e| e.actor1.as_ref().is_none_or(|a| !a.name.contains("المرصد"))));
        assert_eq!(types(e.last().unwrap()), [Some(8), Some(2)], "{e:?}");
        // victims named before the perpetrator stand second; two names of victims are one
        let e = events("وقتل 8 مدنيين أمس بقصف عشوائي للحوثيين على الأحياء السكنية في مدينة تعز.");
        assert_eq!(types(&e[0]), [Some(2), Some(7)], "{e:?}");
        let e = events("وقتل 15 شخصا بينهم نساء وأطفال أمس في قصف من طيران حربي على بلدة سراقب.");
        assert!(types(&e[0])[0] != Some(7), "{e:?}");
    }

    #[test]
    fn a_national_force_is_external_abroad_and_the_state_at_home() {
        let actor1 = |text: &str| {
            let e = events(text);
            e[0].actor1.clone().map(|a| (a.name, a.inter))
        };
        assert_eq!(
            actor1("وقصف الجيش التركي أمس مواقع لحزب العمال الكردستاني في شمال العراق."),
            Some(("الجيش التركي".to_string(), Some(8)))
        );
        assert_eq!(
            actor1("واشتبك الجيش التركي أمس مع مسلحين من حزب العمال الكردستاني في ديار بكر."),
            Some(("الجيش التركي".to_string(), Some(1)))
        );
        // the other party, named in the sentence before
        let e = events(
            "وشنت طائرات التحالف أمس غارات على صنعاء. واستهدفت غارات مسائية مواقع للحوثيين في \
             منطقة ذمار أمس.",
        );
        let last = e.last().unwrap();
        let mut types: Vec<_> = [&last.actor1, &last.actor2]
            .map(|a| a.as_ref().and_then(|a| a.inter))
            .to_vec();
        types.sort();
        assert_eq!(types, [Some(2), Some(8)], "{e:?}");
    }

    #[test]
    fn arrests_with_no_place_are_in_the_country_of_the_force_that_made_them() {
        let e = events("اعتقلت الشرطة التركية أمس 20 شخصا.");
        assert_eq!(places(&e), [Some("تركيا")]);
        assert_eq!(e[0].location.as_ref().unwrap().geo_precision, Some(3));
        // a strike is not placed by its force's country
        let e = events("وقصفت القوات التركية أمس مواقع للمسلحين.");
        assert!(e.iter().all(|e| e.location.is_none()), "{e:?}");
        // a count of those arrested makes the report specific with no date or town written
        let e = events("ألقت الشرطة التركية القبض على 251 شخصا في إطار حملة مداهمات.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Arrests");
        assert!(events("ألقت الشرطة التركية القبض على مشتبهين في إطار حملة مداهمات.").is_empty());
    }

    #[test]
    fn a_killing_verbs_count_after_its_subject() {
        let e = events("وأعدم تنظيم داعش 4 خياطين في مدينة الموصل أمس.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 4);
        // and before the verb, past the count's noun and its adjective
        let e = events("وقالت مصادر إن 15 مسلحاً حوثياً قتلوا في غارة جوية على مديرية صرواح أمس.");
        assert_eq!(e[0].fatalities, 15, "{e:?}");
        // past the day, in number words, a dual or a singular
        for (text, toll) in [
            ("قتل المتمردون أمس جنديين في هجوم في مدينة الرمادي.", 2),
            ("قتل المتمردون أمس جنديا في هجوم في مدينة الرمادي.", 1),
            ("قتل مسلحون أمس ثلاثة جنود في هجوم في مدينة الرمادي.", 3),
        ] {
            let e = events(text);
            assert_eq!(e.len(), 1, "{e:?}");
            assert_eq!(e[0].fatalities, toll, "{text}");
        }
        // not past a conjunction: the 15 are someone else
        let e = events("وقتل مسلح وأصيب 15 شخصا في هجوم على حاجز في مدينة الموصل أمس.");
        assert_eq!(e[0].fatalities, 1, "{e:?}");
    }

    #[test]
    fn dawn_split_arrests_bearings_owned_strikes_and_subjects_of_taking_ground() {
        // فجر اليوم is dawn, no bombing; the arrest past the time between its verb and object
        let e =
            events("ألقت قوات الأمن التركية، فجر اليوم الجمعة، القبض على 17 شخصا بمدينة ديار بكر.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].sub_event_type, "Arrests");
        // a town a bearing from it places is no scene of its own; a country before is no town
        let e = events(
            "وسيطر مقاتلو المقاومة الشعبية أمس على بلدة الحوطة وقرية الفلاحين شمال مدينة عدن.",
        );
        assert!(!places(&e).contains(&Some("عدن")), "{e:?}");
        let e = events("وقال البيان إن الغارات التي نفذت أمس كانت في سوريا قرب مدن الحسكة وحلب.");
        assert!(places(&e).contains(&Some("الحسكة")), "{e:?}");
        // a place near which another lies, or one someone came from, is no scene of its own
        let e = events("وقتل 5 أشخاص أمس في هجوم انتحاري في بلدة شانلي أورفة القريبة من سوروتش.");
        assert_eq!(places(&e), [Some("شانلي أورفة")], "{e:?}");
        let e = events("وقتل 3 جنود أمس في هجوم على دورية في الحوطة قادمة من صنعاء.");
        assert_eq!(places(&e), [Some("الحوطة")], "{e:?}");
        // two bombers blowing themselves up
        let e = events("وقتل 10 أشخاص أمس عندما فجر انتحاريان نفسيهما في سوق بمدينة مايدوغوري.");
        assert_eq!(e[0].sub_event_type, "Suicide bomb", "{e:?}");
        // nor one someone went to, nor one a distance is measured from
        let e = events("وتقدمت القوات أمس في بلدة الحوطة باتجاه مدينة عدن بعد معارك مع الحوثيين.");
        assert_eq!(places(&e), [Some("الحوطة")], "{e:?}");
        let e = events("وقتل 5 جنود أمس في هجوم على بلدة الشرقاط 290 كلم شمال بغداد.");
        assert_eq!(places(&e), [Some("الشرقاط")], "{e:?}");
        // a strike with its owner's pronoun; not a weapon it used, nor fighting in general
        let e = events("وشنت المقاتلات التركية أمس أولى غاراتها على مواقع داعش في جرابلس.");
        assert_eq!(e[0].sub_event_type, "Air/drone strike", "{e:?}");
        assert!(events("ودعت الحكومة إلى دعم المعارضة المعتدلة في قتالها ضد داعش.").is_empty());
        // aircraft before a shelling past the commas around a time; an air campaign
        let e = events("وواصلت المقاتلات التركية، أمس، قصف أهداف لداعش في جرابلس.");
        assert_eq!(e[0].sub_event_type, "Air/drone strike", "{e:?}");
        let e = events("وشنت تركيا أمس حملة جوية ضد معسكرات حزب العمال الكردستاني في دهوك.");
        assert_eq!(e[0].sub_event_type, "Air/drone strike", "{e:?}");
        // grenades (a homemade bomb is none), rocket attacks, clearing ground; no ethnic
        // cleansing, no death sentence carried out
        let e = events("وأصيب 10 أشخاص أمس في هجوم بقنبلة يدوية على مركز للشرطة في ديار بكر.");
        assert_eq!(e[0].sub_event_type, "Grenade", "{e:?}");
        let e = events("وقال المتحدث إن قنبلة يدوية الصنع انفجرت أمس قرب آلية للشرطة في هرات.");
        assert_eq!(
            e[0].sub_event_type, "Remote explosive/landmine/IED",
            "{e:?}"
        );
        // a car that exploded is a bomb, not an attack on the dead
        let e = events("وانفجرت سيارة أمس في منطقة الزعفرانية ببغداد ما أدى إلى مقتل أربعة أشخاص.");
        assert_eq!(
            (e[0].sub_event_type.as_str(), e[0].fatalities),
            ("Remote explosive/landmine/IED", 4),
            "{e:?}"
        );
        let e = events("وأسفرت الهجمات الصاروخية أمس على الرمادي عن مقتل 5 جنود.");
        assert_eq!(
            e[0].sub_event_type, "Shelling/artillery/missile attack",
            "{e:?}"
        );
        let e = events("وتمكنت المقاومة أمس من تطهير منطقة الوهط في لحج.");
        assert_eq!(e[0].sub_event_type, "Government regains territory", "{e:?}");
        assert!(events("وحذر من أن ذلك سيؤدي إلى تطهير عرقي في حمص.").is_empty());
        // a nuclear deal is diplomacy between states; a truce is an agreement of a conflict
        assert!(events("ووقعت إيران أمس الاتفاق النووي مع القوى الكبرى في فيينا.").is_empty());
        let e = events("وأعلن التحالف أمس هدنة إنسانية في اليمن لمدة خمسة أيام.");
        assert_eq!(e[0].sub_event_type, "Agreement", "{e:?}");
        // an agreement in general is one of a conflict only by what it settles: not a
        // contract, a cooperation accord or the club الاتفاق
        assert_no_events(&[
            "ووقع نادي الاتفاق أمس في الدمام عقدا مع المدافع.",
            "ووقعت الغرفة التجارية في أبها أمس اتفاقية تعاون مع الجامعة.",
            "وتوصل النادي أمس في جدة إلى اتفاق مع اللاعب لمدة موسمين.",
        ]);
        for text in [
            "ووقعت قبيلتا التبو والطوارق أمس في سبها اتفاقا لوقف القتال.",
            "وأبرم الحوثيون والمقاومة أمس في تعز اتفاقا لتبادل الأسرى.",
            "ووقعت تركيا أمس اتفاقا مع الولايات المتحدة يسمح باستخدام قاعدة إنجرليك.",
        ] {
            let e = events(text);
            assert_eq!(
                e.first().map(|e| e.sub_event_type.as_str()),
                Some("Agreement"),
                "{text}: {e:?}"
            );
        }
        // a camp and a street are named by what follows: not the Algerian town معسكر, nor the
        // Iraqi capital in a street of Damascus
        let e = events("وشنت طائرات التحالف أمس غارات على قاعدة العند ومعسكر لبوزة المجاور لها.");
        assert_eq!(places(&e), [Some("العند")], "{e:?}");
        let e = events("وسقطت أمس قذائف هاون على شارعي الثورة وبغداد في دمشق.");
        assert_eq!(places(&e), [Some("دمشق")], "{e:?}");
        // an opinion column reports no events (its mark may run into the next title)
        assert!(events(
            "وقد شهدت حلب أمس غارات عنيفة قتل فيها عشرات المدنيين. والله من وراء القصد. \
             مقالات أخرى للكاتبحتى لا ننسى"
        )
        .is_empty());
        // a clause with a toll of its own is another event, even where no gazetteer places it
        let e = events(
            "قتل 20 شخصا أمس في تفجير سيارة مفخخة في سوق الهويدر شمال بعقوبة، في حين قتل \
             ثلاثة أشخاص في تفجير عبوة ناسفة في منطقة الوثبة.",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!((e[0].fatalities, e[1].fatalities), (20, 3), "{e:?}");
        // the attack a report placed only by its country, placed by the next sentence
        let e = events(
            "قتل 12 شخصا أمس عندما هاجم انتحاريان حماما في شمال العراق. \
             وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45 شخصا.",
        );
        assert_eq!(places(&e), [Some("طوز خورماتو")], "{e:?}");
        assert_eq!(e[0].fatalities, 12, "{e:?}");
        // but a report whose own sentence names its town (one no gazetteer lists) is placed
        // already: the next sentence's strike on another town is another event
        let e = events(
            "وفي ريف درعا، نفذ الطيران الحربي غارة أمس على بلدة اليادودة، وأنباء عن سقوط قتلى. \
             وألقى الطيران المروحي البراميل المتفجرة على بلدة تل الحمامصة.",
        );
        assert_eq!(places(&e), [Some("اليادودة"), Some("تل الحمامصة")], "{e:?}");
        // a town, then the explosion in its country: the same event (انفجار في أكرا، الانفجار
        // في غانا)
        let e = events(
            "وقع انفجار أمس في محطة للوقود بمدينة كوماسي أودى بحياة 20 شخصا. \
             وقال المتحدث إن الانفجار في غانا سببه حريق.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        // a death told of the explosion the sentence names after it is that explosion's toll,
        // no attack of its own
        let e = events(
            "قالت الشرطة أمس الاثنين إن الانفجار الذي هز بلدة جرابلس عمل إرهابي. \
             وأعلنت الشرطة مقتل 14 شخصا، وإصابة 50 آخرين في الانفجار.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 14, "{e:?}");
        // but not when the sentence reports its own tactic first (في كمين … الكمين)
        let e = events(
            "وتصاعدت المواجهات أمس في محافظة البيضاء. وقالت مصادر إن 8 مسلحين قتلوا في كمين \
             نصبته لهم القوات، وذكرت أن الكمين نصب في جبل الثعالب.",
        );
        assert!(e.iter().any(|e| e.fatalities == 8), "{e:?}");
        // a clause set beside the report (بينما …) that tells another kind is another event,
        // even at the same place and day
        let e = events(
            "وقصف المتمردون أمس بشكل عشوائي حي كلابة والشماسي والروضة في مدينة تعز جنوبي البلاد، \
             بينما اندلعت اشتباكات وقصف في شارع الأربعين شمال شرقي المدينة.",
        );
        let types: Vec<_> = e.iter().map(|e| e.event_type.as_str()).collect();
        assert_eq!(types, ["Explosions/Remote violence", "Battles"], "{e:?}");
        // the explosion named is the explosion reported, not the battle a sentence between tells
        let e = events(
            "قالت الشرطة أمس إن انفجارا هز بلدة سروج. ودارت معارك عنيفة أمس في بلدة كوباني. \
             وقال شهود إن 20 قتيلا سقطوا في الانفجار.",
        );
        let fatal: Vec<_> = e
            .iter()
            .map(|e| (e.event_type.as_str(), e.fatalities))
            .collect();
        assert!(fatal.contains(&("Explosions/Remote violence", 20)), "{e:?}");
        // a date in a clause that describes a place dates what it describes, not the report
        let e = events(
            "قالت الشرطة أمس إن انفجارا هز بلدة سروج. ووقع الانفجار في حديقة مركز ثقافي في بلدة \
             سروج، التي تقابل بلدة عين العرب السورية، التي طردت منها القوات الكردية في نهاية \
             فبراير مقاتلي التنظيم.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        // a toll in a relative clause belongs to its antecedent: a war is no event, an attack
        // is one
        assert!(events("وحذر من استمرار الحرب التي أسفرت عن مقتل ألفي مدني في اليمن.").is_empty());
        let e = events("وأدان الهجوم الذي أسفر عن مقتل 5 جنود أمس في العريش.");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 5, "{e:?}");
        // ground taken, told as the time of something else, is no new report
        assert!(events("وعاد الوزراء أمس إلى عدن بعد تحرير المدينة من الحوثيين.").is_empty());
        assert!(events(
            "وزار رئيس الوزراء مدينة عدن أمس بعد أن أحكمت القوات الموالية للحكومة سيطرتها عليها."
        )
        .is_empty());
        assert!(!events("وبعد معارك عنيفة، حررت المقاومة أمس بلدة الوهط في لحج.").is_empty());
        assert!(events("ونفذت وزارة الداخلية أمس حكم القتل قصاصا بجان في الرياض.").is_empty());
        // state forces taking ground, named in a phrase, after a head word or before the noun
        for text in [
            "وسيطرت قوات الجيش الوطني والمقاومة الشعبية أمس على بلدة الحوطة في لحج.",
            "وفرضت القوات الأمنية العراقية أمس سيطرتها على الرمادي.",
        ] {
            let e = events(text);
            assert_eq!(e[0].sub_event_type, "Government regains territory", "{e:?}");
            assert_eq!(e[0].actor1.as_ref().and_then(|a| a.inter), Some(1), "{e:?}");
        }
        let e = events("وسيطر مسلحو داعش أمس على بلدة الحوطة في لحج.");
        assert_eq!(e[0].sub_event_type, "Non-state actor overtakes territory");
        // allies named together are one side; the two sides of a clash are not allies
        let e = events(
            "وسيطرت المقاومة الشعبية والجيش الوطني أمس على بلدة الوهط بعد معارك مع الحوثيين.",
        );
        assert_eq!(e[0].sub_event_type, "Government regains territory", "{e:?}");
        let names = |e: &Event| [&e.actor1, &e.actor2].map(|a| a.as_ref().map(|a| a.name.clone()));
        assert_eq!(
            names(&e[0]),
            [
                Some("المقاومة الشعبية".to_string()),
                Some("الحوثيون".to_string())
            ],
            "{e:?}"
        );
        for text in [
            "واندلعت اشتباكات بين الجيش والحوثيين أمس في تعز.",
            "واندلعت اشتباكات الجيش والحوثيين أمس في تعز.",
        ] {
            let e = events(text);
            assert!(
                names(&e[0])[1]
                    .as_deref()
                    .is_some_and(|n| n.contains("الحوثي")),
                "{e:?}"
            );
        }
        // a force's word inside another name is no party (مجلس الأمن)
        let e = events("وأدان مجلس الأمن الدولي أمس الهجوم على قافلة المساعدات في حلب.");
        assert!(
            e[0].actor1.as_ref().is_none_or(|a| a.name != "الأمن"),
            "{e:?}"
        );
        // nor is a hospital, a council or an agency named as an organization
        let e = events("وأصيب 3 جنود أمس في هجوم على حاجز في الحويجة وتم نقلهم إلى مستشفى كركوك.");
        assert!(
            [&e[0].actor1, &e[0].actor2]
                .iter()
                .all(|a| a.as_ref().is_none_or(|a| !a.name.starts_with("مستشفى"))),
            "{e:?}"
        );
        // forces loyal to a party named after them are no state forces
        let e = events("واشتبكت القوات الموالية للحوثيين مع المقاومة الشعبية أمس في تعز.");
        assert!(
            e[0].actor1
                .as_ref()
                .is_none_or(|a| a.name != "القوات الموالية"),
            "{e:?}"
        );
    }

    #[test]
    fn tolls_of_unnumbered_dead_a_victims_pronoun_and_a_count_that_rose() {
        // dead with no number are ACLED's unknown plural; not when denied
        let e = events("وأسفرت الاشتباكات بين الحوثيين والمقاومة أمس في لودر عن قتلى وجرحى.");
        assert_eq!(e[0].fatalities, 3, "{e:?}");
        let e = events(
            "وأطلق مسلحون صواريخ على موقع عسكري في ديار بكر أمس فيما لم ترد تقارير عن سقوط قتلى.",
        );
        assert_eq!(e[0].fatalities, 0, "{e:?}");
        // the dead with the article, counted by the vague amount right before them; not the
        // partitive of dead counted before
        let e = events("وسقط عدد من الشهداء أمس في قصف لميليشيات الحوثي على حي المعلا في عدن.");
        assert_eq!(e[0].fatalities, 3, "{e:?}");
        let e = events("وسقط عشرات القتلى والجرحى من الحوثيين أمس في غارات للتحالف على الحديدة.");
        assert_eq!(e[0].fatalities, 12, "{e:?}");
        let e = events(
            "وقتل 20 شخصا أمس في قصف على حلب. وقال المرصد إن تسعة من القتلى هم من المدنيين.",
        );
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].fatalities, 20, "{e:?}");
        // the victim's pronoun: one; two in the dual
        let e = events("واشتبك رجال الأمن مع المسلح أمس في مدينة سجنان ما أدى إلى مقتله.");
        assert_eq!(e[0].fatalities, 1, "{e:?}");
        let e = events("وهاجم مسلحون حاجزا في الموصل أمس ما أدى إلى مقتلهما.");
        assert_eq!(e[0].fatalities, 2, "{e:?}");
        // (the death a لقي met is counted with its verb)
        let e = events("ولقي القائد الميداني مصرعه مع 40 آخرين في غارة جوية على قاعدة العند أمس.");
        assert_eq!(e[0].fatalities, 41, "{e:?}");
        // a count before the death a لقي met
        let e = events("وقالت مصادر إن 14 متمردا لقوا حتفهم أمس في قصف على مواقعهم في صعدة.");
        assert_eq!(e[0].fatalities, 14, "{e:?}");
        // the count a toll rose to
        let e = events("وارتفع عدد قتلى التفجير في سوق بغداد الجديدة أمس إلى 18.");
        assert_eq!(e[0].fatalities, 18, "{e:?}");
        // a count before its verb past its qualifier; counts joined past a group and a
        // qualifier; not the wounded, nor the plural of the dead with a pronoun
        let e = events("وقال سكان إن 27 شخصا على الأقل قتلوا وأصيب عشرات في قصف على الرقة أمس.");
        assert_eq!(e[0].fatalities, 27, "{e:?}");
        let e = events("وأفادت مصادر أمنية أمس بمقتل 37 مسلحا من داعش و16 من البيشمركة في كركوك.");
        assert_eq!(e[0].fatalities, 53, "{e:?}");
        let e = events("وقتل 39 متمردا على الأقل و17 مقاتلا مواليا أمس في المعارك في لحج.");
        assert_eq!(e[0].fatalities, 56, "{e:?}");
        let e =
            events("وقال مصدر إن 40 حوثيا من أبناء مديرية حيدان قتلوا في المواجهات أمس في صعدة.");
        assert_eq!(e[0].fatalities, 40, "{e:?}");
        let e = events("وقتل 5 أشخاص و10 جرحى في تفجير في بغداد أمس.");
        assert_eq!(e[0].fatalities, 5, "{e:?}");
        let e = events(
            "وقال المصدر إن التنظيم ترك جثث قتلاه في الشوارع، وإن القوات العراقية تمكنت من \
             تحرير منطقة الطاش جنوب الرمادي أمس، وقتلت 27 عنصرا من داعش.",
        );
        assert_eq!(e[0].fatalities, 27, "{e:?}");
    }

    #[test]
    fn a_sentence_turning_to_another_story_takes_no_date_or_party_from_before() {
        let e = events(
            "واشتبك الجيش مع مسلحين من داعش يوم الخميس في الرمادي. \
             إلى ذلك، سيطر المتمردون على مدينة جعار في أبين.",
        );
        let jaar = e
            .iter()
            .find(|e| places(&[(*e).clone()])[0] == Some("جعار"))
            .unwrap();
        assert_eq!(jaar.date.as_ref().and_then(|d| d.span), None, "{e:?}");
        assert!(
            jaar.actor2.as_ref().is_none_or(|a| a.name != "داعش"),
            "{e:?}"
        );
        // (a detail that goes on with the story keeps the lead's date)
        let e = events(
            "واشتبك الجيش مع مسلحين من داعش يوم الخميس في الرمادي. \
             وسيطر المسلحون على قرية البوعلوان في الأنبار.",
        );
        assert!(
            e.iter()
                .all(|e| e.date.as_ref().is_some_and(|d| d.span.is_some())),
            "{e:?}"
        );
    }

    #[test]
    fn a_date_after_a_closing_nominal_cue_dates_the_statement() {
        let e = events(
            "قالت قيادة التحالف إن طائراته نفذت 12 ضربة جوية يوم أمس استهدفت مواقع التنظيم في \
             العراق. وفي العراق نفذت تسع ضربات جوية قرب الموصل وفقا للبيان العسكري الذي أذيع \
             اليوم الأربعاء.",
        );
        let mosul = e
            .iter()
            .find(|e| {
                e.location
                    .as_ref()
                    .is_some_and(|l| l.place.as_deref() == Some("الموصل"))
            })
            .unwrap_or_else(|| panic!("{e:?}"));
        assert_eq!(
            mosul.date.as_ref().and_then(|d| d.value.as_deref()),
            Some("2020-03-17"),
            "{e:?}"
        );
    }

    #[test]
    fn a_toll_after_a_death_word_in_marks() {
        for (text, toll) in [
            (
                "وفجر انتحاري نفسه في مسجد بالكويت أمس في الهجوم الذي أسفر عن «استشهاد» 26 شخصا.",
                26,
            ),
            (
                "وتحدث المرصد عن مقتل \"12 من عناصر قوات النظام\" في اشتباكات في حلب أمس.",
                12,
            ),
        ] {
            let e = events(text);
            assert_eq!(e.len(), 1, "{e:?}");
            assert_eq!(e[0].fatalities, toll, "{text}: {e:?}");
        }
    }

    #[test]
    fn a_village_is_the_scene_before_the_region_that_contains_it() {
        let e = events("أحرق مستوطنون منزلا في قرية دوما بمنطقة نابلس أمس، ما أدى إلى مقتل طفل.");
        assert_eq!(places(&e), vec![Some("دوما")], "{e:?}");
        // (not a camp in a region: the region is the place)
        let e = events("شن طيران التحالف أمس 5 غارات على معسكر الحمزة بمنطقة ميتم جنوبي مدينة إب.");
        assert_ne!(places(&e), vec![Some("إب")], "{e:?}");
    }

    #[test]
    fn a_day_written_after_its_month_dates_the_event() {
        let e = events(
            "وقع تفجير في الكويت خلال صلاة الجمعة في شهر رجب في 6 مارس الجاري ما أدى إلى مقتل 26 شخصا.",
        );
        assert_eq!(
            e.first().and_then(|e| e.date.as_ref()?.value.as_deref()),
            Some("2020-03-06"),
            "{e:?}"
        );
    }

    #[test]
    fn a_charge_over_a_known_event_is_no_new_event() {
        assert!(events(
            "ووجهت النيابة العامة أمس الاتهام إلى 29 شخصاً في حادث التفجير الإرهابي الذي استهدف المسجد."
        )
        .iter()
        .all(|e| e.event_type != "Explosions/Remote violence"));
        assert!(
            events("وقالت الشرطة إن الشاب ملاحق بتهمة الاعتداء على شرطي في مدينة حلب.").is_empty()
        );
    }

    #[test]
    fn one_victim_named_by_a_singular_noun_is_one_dead() {
        let e = events("قتل شاب فلسطيني صباح أمس برصاص الجيش أثناء مواجهات قرب مدينة جنين.");
        assert_eq!(
            e.iter().map(|e| e.fatalities).collect::<Vec<_>>(),
            vec![1],
            "{e:?}"
        );
    }

    #[test]
    fn a_club_a_collision_and_suspended_requests_are_no_events() {
        assert_no_events(&[
            "تغادر بعثة الفريق الأول لكرة القدم بنادي الاتفاق اليوم إلى مدينة إسطنبول.",
            "وكانت الشرطة أعلنت أمس مقتل 19 شخصا في حادث الاصطدام الذي جرى في ضاحية القاهرة.",
            "وقالت إنها فوجئت أمس بقرار توقيف طلبات الاستقدام في مدينة جدة.",
        ]);
    }

    #[test]
    fn deaths_joined_by_wa_add_up_and_a_vague_killed_and_wounded_is_three() {
        // both sides' dead, each with its own death word
        assert_eq!(
            only_toll("وأكدت المصادر مقتل 21 من الحوثيين ومقتل 3 من القوات الشرعية في مواجهات في مدينة تعز أمس."),
            24
        );
        assert_eq!(
            only_toll("وقال مسؤول إن 14 شخصا قتلوا على الفور وتوفي تسعة آخرون في المستشفى بعد الانفجار في مدينة الموصل."),
            23
        );
        // the same figure again is a headline run into its sentence
        assert_eq!(
            only_toll(
                "مقتل 57 مدنيا في قصف للحوثيين وقتل 57 مدنيا على الأقل في قصف على مدينة عدن أمس."
            ),
            57
        );
        // killed and wounded, a vague amount: an unknown number of dead; a number is not read
        assert_eq!(
            only_toll("وأسفر التفجير في مقر قوات الطوارئ بمنطقة عسير أمس عن استشهاد وجرح عدد من رجال الأمن."),
            3
        );
        assert_eq!(
            only_toll(
                "وأسفر التفجير في مقر قوات الطوارئ بمنطقة عسير أمس عن مقتل وإصابة 10 من رجال الأمن."
            ),
            0
        );
    }

    #[test]
    fn shooting_or_killing_ones_own_family_is_a_domestic_crime() {
        assert_no_events(&[
            "ورد بلاغ عن قيام مواطن بإطلاق النار على زوجته وابنه بداخل منزلهم بمحافظة الحائط أمس.",
            "ألقت الجهات الأمنية القبض على مواطن أطلق النار على شقيقه أمس في محافظة الطائف.",
            "باشرت الشرطة بلاغا عن قيام مواطن بالاعتداء على شقيقه بآلة حادة في محافظة الطائف أمس.",
        ]);
        // the kin of a victim are no perpetrator's family
        assert_eq!(
            events("اقتحمت ميليشيا الحوثي أمس منزل رئيس الحزب في صنعاء واختطفت شقيقه.").len(),
            1
        );
    }

    #[test]
    fn an_arrest_for_an_ordinary_offence_is_no_event() {
        assert!(
            events("ألقت شرطة منطقة القصيم أمس القبض على 2986 مخالفا لأنظمة الإقامة.").is_empty()
        );
        assert!(
            events("وألقي القبض على الشاب أثناء ممارسته التفحيط في حي النسيم بالرياض.").is_empty()
        );
        assert_eq!(
            events("ألقت الشرطة أمس القبض على خمسة من عناصر داعش في مدينة الموصل.").len(),
            1
        );
    }

    #[test]
    fn the_town_of_the_mourners_is_no_scene() {
        let e = events(
            "شيع أهالي محايل عسير أمس جثمان الشهيد عقب التفجير الذي استهدف جامع قوات الطوارئ بمنطقة عسير.",
        );
        assert!(!places(&e).contains(&Some("محايل عسير")), "{e:?}");
    }

    #[test]
    fn a_thing_stopped_is_no_arrest() {
        assert!(events("وكانت السفارة قد أوقفت منح التأشيرات للمواطنين في بيروت أمس.").is_empty());
        assert_eq!(
            events("أوقفت قوة من الجيش أمس ثلاثة مسلحين في مدينة طرابلس.").len(),
            1
        );
    }

    #[test]
    fn an_attack_on_tourists_or_worshippers_is_violence_against_civilians() {
        let e = events("هاجم مسلح أمس السياح على شاطئ فندق في مدينة سوسة وقتل 38 شخصا.");
        assert_eq!(
            e.iter().map(|e| e.event_type.as_str()).collect::<Vec<_>>(),
            vec!["Violence against civilians"],
            "{e:?}"
        );
    }
}
