//! Quotations and attribution: who said what, directly or indirectly,
//! relayed by whom. Rules over tokens and entities, with the cue and source
//! lexicons in `data/quotes/`:
//!
//! - a reporting verb (`قال`، `أكد`، `نفى` …) opens a frame: the speaker is the
//!   noun phrase after it (Arabic puts the verb first), or the phrase between
//!   `كان` and `قد` (`وكان الوزير قد قال`), or, when none is written
//!   (`وأضاف`), the previous speaker;
//! - the content is a quotation in marks, the words after a colon (or after a
//!   comma that follows a sentence-initial cue, as interviews write it), or the
//!   clause after أنّ/إنّ/بأن up to the end of the sentence or the next cue;
//! - `بحسب X`، `وفقاً لـX`، `نقلاً عن X` attribute the rest of their sentence to X;
//! - `لوكالة X` after the speaker, and `نقلت X عن Y`, make relay chains (`via`).

use crate::{table_rows as rows, Component};
use rasid_doc::{Document, EntityLabel, Quote, QuoteKind, SourceType, Speaker, Via};
use rasid_text::{Span, Token, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CueKind {
    Verb,
    Participle,
    Nominal,
    Frame,
}

#[derive(Clone, Copy, Debug)]
struct Cue {
    kind: CueKind,
    relay: bool,
    /// يذكر أن، يشار إلى أن: without a subject, the author's own reminder
    impersonal: bool,
    /// قيل، يقال: said by no one named, an anonymous source
    passive: bool,
    /// قوله، قولها: a verbal noun whose pronoun is the speaker; no speaker phrase follows
    pronoun_speaker: bool,
    /// جاء في: the source is the document after في (وجاء في البيان أن …، جاء ذلك في بيان)
    in_document: bool,
    /// أصر: speech only with a clause (أصر على أن …), never with an object (أصر على موقفه)
    clause_only: bool,
    /// أخبر، أبلغ: names whom the speaker told; an outlet told is the statement's via
    told: bool,
}

/// The roles of the closed-class words the rules read (`data/quotes/words.tsv`, where each
/// role is described).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Role {
    Complementizer,
    Setting,
    NotSaid,
    SpeechOpener,
    Frame,
    /// where a statement was posted, with its pronoun after في (في حسابه، في موقعها)
    PostedIn,
    Time,
    RelayHead,
    GovernsNoun,
    BeforeSubject,
    NotYou,
    Negation,
    Relative,
    OwnVoice,
    Exhortation,
    SourceAdjective,
    PronounPreposition,
    OwnsClause,
    Copula,
    Withholding,
    Withheld,
    PhraseEnd,
    Poll,
    News,
    Honorific,
    SayingAfterCue,
    Demonstrative,
    Partitive,
    TitleAdjective,
    PluralInI,
    VerbParticle,
    FirstPerson,
    InCharge,
    NameOf,
    Undisclosed,
    ActingTitle,
    Carried,
    Norm,
    Urged,
    WantsWithAn,
    OccasionOpener,
    Inference,
    AsideOpener,
    CauseOpener,
    Years,
    Happening,
    AddingVerb,
    Blessing,
    Document,
    CatchingVerb,
    Attention,
    Kana,
    /// (the last role: the table is sized by it)
    ObjectPreposition,
}

struct Lexicons {
    cues: HashMap<String, Cue>,
    sources: HashMap<String, &'static str>,
    /// by role (`Role as usize`); short lists, read by a linear scan that beats hashing here
    words: Vec<Vec<&'static str>>,
}

/// Whether `word` (search-normalized) is one of the words of `role`.
fn is(role: Role, word: &str) -> bool {
    lexicons().words[role as usize].contains(&word)
}

/// The words of `role`.
fn words(role: Role) -> impl Iterator<Item = &'static str> {
    lexicons().words[role as usize].iter().copied()
}

fn lexicons() -> &'static Lexicons {
    static L: OnceLock<Lexicons> = OnceLock::new();
    L.get_or_init(|| {
        let mut cues = HashMap::new();
        for r in rows(include_str!("../data/quotes/cues.tsv")) {
            let kind = match r[1] {
                "verb" | "verb_clause" | "impersonal" | "saying" | "passive" => CueKind::Verb,
                "participle" => CueKind::Participle,
                "nominal" | "in_document" => CueKind::Nominal,
                "frame" => CueKind::Frame,
                k => panic!("cues.tsv: unknown kind {k:?}"),
            };
            cues.insert(
                r[0].to_string(),
                Cue {
                    kind,
                    relay: r.get(3) == Some(&"yes"),
                    impersonal: r[1] == "impersonal",
                    passive: r[1] == "passive",
                    pronoun_speaker: r[1] == "saying",
                    in_document: r[1] == "in_document",
                    clause_only: r[1] == "verb_clause",
                    told: r.get(3) == Some(&"told"),
                },
            );
        }
        let sources = rows(include_str!("../data/quotes/sources.tsv"))
            .map(|r| (r[0].to_string(), r[1]))
            .collect();
        let words = crate::words_by_role(
            include_str!("../data/quotes/words.tsv"),
            "quotes/words.tsv",
            Role::ObjectPreposition as usize + 1,
            |name| {
                Some(match name {
                    "complementizer" => Role::Complementizer,
                    "setting" => Role::Setting,
                    "not_said" => Role::NotSaid,
                    "speech_opener" => Role::SpeechOpener,
                    "frame" => Role::Frame,
                    "posted_in" => Role::PostedIn,
                    "adding_verb" => Role::AddingVerb,
                    "blessing" => Role::Blessing,
                    "document" => Role::Document,
                    "catching_verb" => Role::CatchingVerb,
                    "attention" => Role::Attention,
                    "kana" => Role::Kana,
                    "time" => Role::Time,
                    "relay_head" => Role::RelayHead,
                    "governs_noun" => Role::GovernsNoun,
                    "before_subject" => Role::BeforeSubject,
                    "not_you" => Role::NotYou,
                    "negation" => Role::Negation,
                    "relative" => Role::Relative,
                    "own_voice" => Role::OwnVoice,
                    "exhortation" => Role::Exhortation,
                    "source_adjective" => Role::SourceAdjective,
                    "pronoun_preposition" => Role::PronounPreposition,
                    "owns_clause" => Role::OwnsClause,
                    "copula" => Role::Copula,
                    "withholding" => Role::Withholding,
                    "withheld" => Role::Withheld,
                    "phrase_end" => Role::PhraseEnd,
                    "poll" => Role::Poll,
                    "news" => Role::News,
                    "honorific" => Role::Honorific,
                    "saying_after_cue" => Role::SayingAfterCue,
                    "demonstrative" => Role::Demonstrative,
                    "partitive" => Role::Partitive,
                    "title_adjective" => Role::TitleAdjective,
                    "plural_in_i" => Role::PluralInI,
                    "verb_particle" => Role::VerbParticle,
                    "first_person" => Role::FirstPerson,
                    "in_charge" => Role::InCharge,
                    "name_of" => Role::NameOf,
                    "undisclosed" => Role::Undisclosed,
                    "acting_title" => Role::ActingTitle,
                    "carried" => Role::Carried,
                    "norm" => Role::Norm,
                    "urged" => Role::Urged,
                    "wants_with_an" => Role::WantsWithAn,
                    "occasion_opener" => Role::OccasionOpener,
                    "inference" => Role::Inference,
                    "aside_opener" => Role::AsideOpener,
                    "cause_opener" => Role::CauseOpener,
                    "years" => Role::Years,
                    "happening" => Role::Happening,
                    "object_preposition" => Role::ObjectPreposition,
                    _ => return None,
                } as usize)
            },
        );
        Lexicons {
            cues,
            sources,
            words,
        }
    })
}

/// The cue a word is in the lexicon, with or without a leading و or ف (قال، وقال، فأكد).
fn lexicon_cue(form: &str) -> Option<Cue> {
    let cues = &lexicons().cues;
    cues.get(form)
        .or_else(|| cues.get(form.strip_prefix(['و', 'ف'])?))
        .copied()
}

/// Per-token facts the rules look at.
struct Toks<'a> {
    text: &'a str,
    toks: &'a [Token],
    forms: Vec<String>,
    /// for each token, the last token of the stretch a quotation may run to:
    /// its paragraph, but at most five sentences
    par_end: Vec<usize>,
    /// for each token, whether a date mention starts at it
    date_start: Vec<bool>,
    /// for each token, whether it lies within a date mention
    in_date: Vec<bool>,
    /// for each token, whether it lies within a person's name
    in_person: Vec<bool>,
    /// for each token, whether it lies within a name (a person, an organization or a place)
    in_name: Vec<bool>,
}

/// Per token: the last token of its paragraph, capped at the end of the fifth
/// sentence from it (so a document on one line does not make one quotation).
fn stretch_ends(text: &str, toks: &[Token], sentences: &[Span]) -> Vec<usize> {
    let n = toks.len();
    let mut out = vec![0; n];
    let mut end = n.saturating_sub(1);
    for i in (0..n).rev() {
        if i + 1 < n && text[toks[i].span.end..toks[i + 1].span.start].contains('\n') {
            end = i;
        }
        out[i] = end;
    }
    for (i, o) in out.iter_mut().enumerate() {
        if let Some(si) = crate::ranges::containing(sentences, toks[i].span.start, |s| *s) {
            let last = sentences[(si + 4).min(sentences.len() - 1)];
            let cap = toks
                .partition_point(|t| t.span.end <= last.end)
                .saturating_sub(1);
            *o = (*o).min(cap.max(i));
        }
    }
    out
}

impl Toks<'_> {
    /// The first token that starts at byte `start` or after it.
    fn first_at(&self, start: usize) -> usize {
        self.toks.partition_point(|tk| tk.span.start < start)
    }
    fn form(&self, i: usize) -> &str {
        self.forms.get(i).map(String::as_str).unwrap_or("")
    }
    fn raw(&self, i: usize) -> &str {
        self.toks[i].span.slice(self.text)
    }
    fn is_punct(&self, i: usize, chars: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct && self.raw(i).chars().all(|c| chars.contains(&c))
        })
    }
    /// Whether the words said open at token `i`: a complementizer, a colon or a quotation mark.
    fn opens_words(&self, i: usize) -> bool {
        self.is_complementizer(i) || self.is_punct(i, &[':']) || self.is_quote_mark(i)
    }
    /// Whether the cue or verb at `i` opens with one of the conjunctions `conj` (وقال، فأكد),
    /// not with a root letter a lexicon form begins with (وصفت "described").
    fn conjoined(&self, i: usize, conj: &[char]) -> bool {
        self.raw(i).starts_with(conj) && !lexicons().cues.contains_key(self.form(i))
    }
    fn is_quote_mark(&self, i: usize) -> bool {
        self.is_punct(i, &crate::QUOTE_MARKS)
    }
    fn is_complementizer(&self, i: usize) -> bool {
        // (بان كي مون: the name, not بأن)
        is(Role::Complementizer, self.form(i))
            && !(self.form(i) == "بان" && self.form(i + 1) == "كي")
            // (روبن فان بيرسي إن …، لويس فان غال المدير الفني … إلى أنه: a name's van,
            // written without hamza, when the complementizer follows the name or the name
            // goes on through it)
            && !(self.form(i) == "فان"
                && !self.raw(i).contains(['إ', 'أ'])
                && ((i + 2..i + 4).any(|k| {
                    k < self.toks.len()
                        && self.form(k) != "فان"
                        && is(Role::Complementizer, self.form(k))
                }) || i > 0 && self.in_person[i - 1] && self.in_person[i]))
            // (إن.بي.سي "NBC": an initial of an acronym written with full stops)
            && !self.text[self.toks[i].span.end..]
                .strip_prefix('.')
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_alphabetic)
    }
    /// The cue at token i (a leading و or ف is allowed). Past-tense cues that
    /// are also verbal nouns (ذكر، نقل، كشف) are not cues after a preposition
    /// or a noun that governs them (عدم ذكر اسمها، على نقل، تم نقل).
    fn cue(&self, i: usize) -> Option<Cue> {
        if i > 0 && is(Role::GovernsNoun, self.form(i - 1)) {
            return None;
        }
        // (دون أن يشير: what was not said)
        if i > 1 && self.form(i - 2) == "دون" && self.form(i - 1) == "ان" {
            return None;
        }
        // (nor what one may or should say: حر أن تقول، يجب أن يعلن, a present verb after أن)
        if i > 0
            && self.form(i - 1) == "ان"
            && self.raw(i - 1).starts_with('أ')
            && self.form(i).starts_with(['ي', 'ت'])
        {
            return None;
        }
        // what was not said is no statement (لم يقل، لن تعلن); nor is what a fact shows
        // (…، مما يشير إلى أن …) or a question whether it was said (هل تساءلت يوما …)
        if i > 0
            && (is(Role::Negation, self.form(i - 1)) || matches!(self.form(i - 1), "مما" | "هل"))
        {
            return None;
        }
        let f = self.form(i);
        // إبان "during", spelt with the hamza below, is no أبان "made clear"
        if f.ends_with("ابان") && self.raw(i).trim_start_matches(['و', 'ف']).starts_with('إ')
        {
            return None;
        }
        // بيّن "explained" is written like بين "between": a cue only right before its
        // complement or a comma (وبين أن …، وبين، في خطبته، أن …)
        // (or, opening a clause, after a short subject that is no coordination: وبين البرقان
        // بأن …, not وبين الهلال والنصر …، بينه وبين ناديه)
        // (a subject of titles and a full name too, a comma before its complement: وبين مدير
        // التعليم في المحافظة عبدالعزيز بن عبدالله المسند، أنه …)
        // (not "between" a pair: بين الملكين مساحة لا تقبل أن …, a dual or plural after the
        // preposition; its subject would be الملكان)
        // (nor between two joined by و: اتفاق 13 تموز بين اليونان ودائنيها يجب أن …)
        let oblique_pair = || {
            self.has_article(i + 1)
                && self.form(i + 1).ends_with("ين")
                && self.form(i + 1).chars().count() >= 6
                && !lexicons().sources.contains_key(self.head_word(i + 1))
                || self.form(i + 2).starts_with('و') && self.form(i + 2).chars().count() >= 4
        };
        // (a title's subject may be long and hold و inside a body's name: وبيّن مدير عام
        // الهيئة العامة للسياحة والتراث الوطني أمين عام مجلس التنمية … المهندس X أن)
        let complement_after_subject = || {
            let titled = lexicons().sources.get(self.head_word(i + 1)) == Some(&"person");
            self.opens_clause(i)
                && !oblique_pair()
                && !(i > 0 && self.is_quote_mark(i - 1))
                && (i + 2..i + if titled { 24 } else { 14 })
                    .take_while(|&k| {
                        self.toks.get(k).is_some_and(|tk| {
                            tk.kind.is_wordlike()
                                || self.is_punct(k, &['،', ',']) && self.is_complementizer(k + 1)
                        }) && (titled || !self.form(k).starts_with("وال"))
                    })
                    .any(|k| self.is_complementizer(k))
        };
        if f.strip_prefix(['و', 'ف']).unwrap_or(f) == "بين"
            && !(self.is_complementizer(i + 1)
                || self.is_punct(i + 1, &['،', ','])
                || complement_after_subject())
        {
            return None;
        }
        let cue = lexicon_cue(f)?;
        if cue.kind == CueKind::Nominal {
            // فحسب after what it limits is "only" (ليس في المملكة فحسب وإنما …، فحسب.)
            if f == "فحسب"
                && (!self.toks.get(i + 1).is_some_and(|t| t.kind.is_wordlike())
                    || matches!(self.form(i + 1), "وانما" | "انما" | "بل" | "ولكن" | "لكن"))
            {
                return None;
            }
            // in keeping with a rule or measure, no source (وفقا لرؤية المملكة، حسب الحاجة)
            let next = self.form(i + 1);
            let noun = ["لل", "ل", "ال"]
                .iter()
                .find_map(|p| next.strip_prefix(p))
                .unwrap_or(next);
            if is(Role::Norm, noun) || is(Role::Norm, next) {
                return None;
            }
        }
        // a participle that agrees with the indefinite noun before it describes it (أمرا
        // مشددا، إجراءات مشددة، حضوراً لافتا): an adjective, not a speaker's next statement
        if cue.kind == CueKind::Participle && i > 0 && self.toks[i - 1].kind == TokenKind::Arabic {
            let noun = self.form(i - 1);
            // (not a verb's plural alif: قتلوا مشيرة إلى)
            let accusative = noun.ends_with('ا') && !noun.ends_with("وا")
                || self.raw(i - 1).ends_with('\u{64b}');
            // (a broken plural of things takes the feminine: أحكاما مشددة; a dual or plural
            // the same ending: بمظهرين لافتين)
            let agrees = if f.ends_with('ا') {
                accusative
            } else if f.ends_with("ين") {
                noun.ends_with("ين")
            } else {
                f.ends_with('ة') && (noun.ends_with('ة') || noun.ends_with("ات") || accusative)
            };
            let definite = crate::without_article(noun).is_some();
            // (what the speaker says right after it makes it one: تنفي تهمة مضيفة: «…»)
            let says = self.opens_words(i + 1)
                || matches!(self.form(i + 1), "الى" | "على") && self.is_complementizer(i + 2);
            // (كانت لافتة للانتباه، ليس مؤكدا أن: the predicate of كان or its sisters, whatever
            // follows it)
            let copula = is(Role::Copula, noun);
            if (agrees && !definite && !says || copula) && noun.chars().count() >= 3 {
                return None;
            }
        }
        // right after a reporting verb, a bare word that reads as one is its subject (وقال
        // طالب في الجامعة إن …: a student, not "demanded")
        let after_verb =
            i > 0 && lexicon_cue(self.form(i - 1)).is_some_and(|c| c.kind == CueKind::Verb);
        if after_verb && cue.kind == CueKind::Verb && lexicons().cues.contains_key(f) {
            return None;
        }
        // a word of a person's name is no verb (صالح آل طالب، الشاعر العراقي طالب عبد
        // العزيز); the tagger may take a verb into the name after it (وأردفت السهلي), so
        // the first word is a name only after a title or an adjective of origin
        let name_before = i > 0
            && (self.in_person[i - 1]
                || person_title(self, i - 1)
                || crate::without_article(self.form(i - 1)).is_some_and(nisba));
        if cue.kind == CueKind::Verb && self.in_person[i] && name_before {
            return None;
        }
        // جاء is a cue only opening its clause as جاء (ذلك) في <document> …; else it "came"
        // (وجاء هذا العيد، وجاء في المركز الثاني، حسب ما جاء في الموقع)
        let in_document = |k: usize| {
            self.form(k) == "في" && is(Role::Frame, self.form(k + 1).trim_start_matches("ال"))
        };
        let document_follows =
            in_document(i + 1) || matches!(self.form(i + 1), "ذلك" | "هذا") && in_document(i + 2);
        (!cue.in_document || document_follows && self.opens_clause(i)).then_some(cue)
    }
    /// Token i opens a clause: nothing but punctuation or the text's start before it.
    fn opens_clause(&self, i: usize) -> bool {
        i == 0 || !self.toks[i - 1].kind.is_wordlike()
    }
    /// Last token of the verse that starts at token `i` on a line of its own: the short lines
    /// (at most `VERSE_WORDS` words each) that follow one another; None when the first line
    /// is prose.
    fn verse_end(&self, i: usize) -> Option<usize> {
        const VERSE_WORDS: usize = 10;
        let mut end = None;
        let mut k = i;
        while k < self.toks.len() {
            // (a blank line ends the verse, and so does a line that reports: وأعلنت …)
            if k > i
                && (self.text[self.toks[k - 1].span.end..self.toks[k].span.start]
                    .matches('\n')
                    .count()
                    > 1
                    || self.cue(k).is_some())
            {
                break;
            }
            let line_end = (k..self.toks.len())
                .find(|&x| self.line_break_after(x))
                .unwrap_or(self.toks.len() - 1);
            let words = (k..=line_end)
                .filter(|&x| self.toks[x].kind.is_wordlike())
                .count();
            // (a line that introduces something else, ends with a colon, is not verse)
            if words == 0 || words > VERSE_WORDS || self.is_punct(line_end, &[':']) {
                break;
            }
            end = Some(line_end);
            k = line_end + 1;
        }
        end
    }
    /// Token i carries the article (الصحة، للأرصاد).
    /// (not the ال of a verbal noun of a root in ل: التزام، التقاء، التحاق)
    fn has_article(&self, i: usize) -> bool {
        let f = self.form(i);
        f.strip_prefix("ال")
            .is_some_and(|rest| !lam_verbal_noun(rest))
            || f.starts_with("لل")
    }
    /// How many words (not punctuation) tokens `r` hold.
    fn words_in(&self, r: std::ops::Range<usize>) -> usize {
        r.filter(|&k| self.toks[k].kind.is_wordlike()).count()
    }
    /// Token i follows a relative pronoun (التي أعلنت).
    fn after_relative(&self, i: usize) -> bool {
        i > 0 && is(Role::Relative, self.form(i - 1))
    }
    /// A reporting verb in the first person at token i (أقول، ونقول).
    fn own_voice(&self, i: usize) -> bool {
        let f = self.form(i).trim_start_matches(['و', 'ف']);
        // (أعتبر، أستدرك، أعترف: the first person of a verb whose past opens with a plain
        // alif, اعتبر، استدرك; the hamza marks the speaker's "I")
        let first_person_present = self.raw(i).trim_start_matches(['و', 'ف']).starts_with('أ')
            && f.chars().count() >= 5
            && (f.starts_with("است") || f.chars().nth(2) == Some('ت'));
        is(Role::OwnVoice, f) || first_person_present
    }
    /// A line break between tokens i and i + 1.
    fn line_break_after(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => self.text[a.span.end..b.span.start].contains('\n'),
            _ => true,
        }
    }
    /// The last token of the paragraph that token i is in.
    fn paragraph_end(&self, i: usize) -> usize {
        self.par_end.get(i).copied().unwrap_or(i)
    }
    /// Last token of direct speech without quotation marks from token `i`: the paragraph,
    /// up to a sentence that opens with a reporting verb (`… . وأشارت بأن …`).
    fn unmarked_direct_end(&self, i: usize) -> usize {
        let end = self.paragraph_end(i);
        let stop = (i + 1..=end)
            .find(|&k| {
                self.is_punct(k - 1, &['.', '!', '؟', '?', '،', ','])
                    && self.cue(k).is_some_and(|c| c.kind == CueKind::Verb)
                    || self.is_punct(k - 1, &['،', ',']) && matches!(self.form(k), "بينما" | "فيما")
                    // "… مبيناً أن …"، "…، كاشفا طريقة …": the author takes over
                    || self.cue(k).is_some_and(|c| c.kind == CueKind::Participle)
                        && (self.is_complementizer(k + 1)
                            || self.is_punct(k - 1, &['،', ','])
                            || matches!(self.form(k + 1), "الى" | "على")
                                && self.is_complementizer(k + 2))
            })
            .map(|k| k - 1)
            .unwrap_or(end);
        // a later sentence that reports someone else (أما السيدة س فقالت: …): the speech
        // ends with the sentence before it
        let next_cue = (i + 1..=stop).find(|&k| {
            self.cue(k)
                .is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Nominal))
        });
        match next_cue {
            Some(k) => (i..k)
                .rev()
                .find(|&x| self.is_punct(x, &['.', '!', '؟', '?']))
                .unwrap_or(stop),
            None => stop,
        }
    }
    /// Whether the word at `i` has the shape of an indefinite accusative participle (مبتسما،
    /// مقدما): how something was done, not a name or a noun with the article.
    fn accusative_participle(&self, i: usize) -> bool {
        let f = self.form(i);
        f.starts_with('م') && f.ends_with('ا') && f.chars().count() >= 5 && !self.has_article(i)
    }
    /// إمام "imam", spelt with the hamza below, not أمام "before" (both search-normalize
    /// to امام): a title, not the setting of a statement.
    fn imam(&self, i: usize) -> bool {
        self.raw(i).trim_start_matches('و').starts_with('إ') && self.form(i).ends_with("امام")
    }
    /// Head word of a phrase, without clitics or article, for the source lexicon.
    fn head_word(&self, i: usize) -> &str {
        let f = self.form(i);
        for p in ["وال", "بال", "لل", "ال", "و", "ل", "ب"] {
            if let Some(r) = f.strip_prefix(p) {
                if r.chars().count() >= 3 && lexicons().sources.contains_key(r) {
                    return r;
                }
            }
        }
        // رئيسها، وزيرها، ناطقه: a title with a possessive pronoun (والدته: ة is written ت
        // before it)
        for s in ["ها", "هم", "ه"] {
            if let Some(r) = f.strip_suffix(s) {
                if r.chars().count() >= 3 && lexicons().sources.contains_key(r) {
                    return r;
                }
                if let Some(stem) = r.strip_suffix('ت') {
                    if let Some((word, _)) = lexicons()
                        .sources
                        .get_key_value(format!("{stem}ة").as_str())
                    {
                        return word;
                    }
                }
            }
        }
        f
    }
}

/// Finds quotations and attributions; uses entities when present.
pub struct QuoteExtractor;

struct Frame {
    /// a relay verb with no عن: not a reporting verb here
    relay_without_source: bool,
    cue: usize,
    speaker: Option<(usize, usize)>,
    via: Vec<(usize, usize)>,
    anonymous_hint: bool,
}

impl Frame {
    /// The frame of the cue at token `cue` with this speaker and nothing else known.
    fn of(cue: usize, speaker: Option<(usize, usize)>) -> Frame {
        Frame {
            relay_without_source: false,
            cue,
            speaker,
            via: Vec::new(),
            anonymous_hint: false,
        }
    }
}

impl Frame {
    /// The source named after عن at token `at` (نقلت وكالة X عن Y، قالت الوكالة نقلا عن
    /// الشرطة): it speaks, and the phrase before it, `sp`, is the way its words came; with no
    /// عن and source there, `sp` as it is.
    fn relayed_from(
        &mut self,
        t: &Toks,
        sp: Option<(usize, usize)>,
        at: usize,
    ) -> Option<(usize, usize)> {
        if t.form(at) != "عن" {
            return sp;
        }
        let Some(inner) = QuoteExtractor::phrase_after(t, at, true) else {
            return sp;
        };
        if let Some(x) = sp {
            self.add_via(x);
        }
        Some(inner)
    }

    /// An outlet on the statement's way to the text, once: not one inside an outlet already
    /// read (موقع in وفقا لموقع 24, read twice), and in place of those inside it.
    fn add_via(&mut self, (a, b): (usize, usize)) {
        if self.via.iter().any(|&(c, d)| c <= a && b <= d) {
            return;
        }
        self.via.retain(|&(c, d)| !(a <= c && d <= b));
        self.via.push((a, b));
    }

    /// The relays and the anonymity written between the speaker (ending at token `from`) and
    /// the content (لوكالة X، طلبت عدم الكشف عن اسمها).
    fn read_relays(&mut self, t: &Toks, from: usize) {
        for j in from..(from + 20).min(t.toks.len()) {
            if t.is_complementizer(j) || t.is_punct(j, &[':', '.', '؟']) || t.line_break_after(j) {
                break;
            }
            if let Some(v) = relay_target(t, j) {
                self.add_via(v);
            }
            // (قالت القاضية، بحسب "رويترز": «…»; قال في تصريح إلى "الوطن" إن …: the outlet the
            // statement came through, between the speaker and the words)
            let nominal = t.cue(j).is_some_and(|c| c.kind == CueKind::Nominal);
            // (في اتصال هاتفي مع "الوطن": the outlet spoken with)
            let frame_before =
                |back: usize| (1..=back).any(|b| j >= b && is(Role::Frame, t.head_word(j - b)));
            // (في تصريح صحفي بثته وكالة الأنباء اليمنية: the outlet that carried it; not a
            // report it confirms, أكدت الشرطة التقرير الذي نشرته صحيفة …)
            let carried = is(Role::Carried, t.form(j))
                && j > 1
                && !is(Role::Relative, t.form(j - 1))
                && (1..=2).any(|b| {
                    j > b && is(Role::Frame, t.head_word(j - b)) && t.form(j - b - 1) == "في"
                });
            let to_outlet = (t.form(j) == "الى" && frame_before(1)
                || t.form(j) == "مع" && frame_before(2)
                || carried)
                && (t.is_quote_mark(j + 1) || is(Role::RelayHead, t.form(j + 1)));
            if nominal || to_outlet {
                // (وفقا لما نقلته وكالة X: past the relative and its verb)
                let outlet = QuoteExtractor::phrase_after(t, nominal_source_at(t, j, j), true)
                    // (an odd mark at the end opens the words: في تصريحات إلى مجلة "كيكر"
                    // الألمانية "نعتمد …)
                    .map(|(a, b)| {
                        let marks = (a..b).filter(|&k| t.is_quote_mark(k)).count();
                        if marks % 2 == 1 && b > a + 1 && t.is_quote_mark(b - 1) {
                            (a, b - 1)
                        } else {
                            (a, b)
                        }
                    })
                    .filter(|&(a, b)| {
                        (a..b).any(|k| t.is_quote_mark(k) || is_outlet(t.head_word(k)))
                    })
                    // (في مقابلة مع شبكة «سي إن إن» جاءت عقب …: the outlet ends with its
                    // name in marks)
                    .map(|(a, b)| {
                        let open = (a..b).find(|&k| t.is_quote_mark(k)).filter(|_| to_outlet);
                        let close = open.and_then(|o| (o + 1..b).find(|&k| t.is_quote_mark(k)));
                        (a, close.map_or(b, |c| c + 1))
                    });
                if let Some(v) = outlet {
                    self.add_via(v);
                }
            }
            // (استطلعت رويترز آراءهم: the outlet that polled the speakers)
            if is(Role::Poll, t.form(j)) && is_outlet(t.head_word(j + 1)) {
                self.add_via((j + 1, j + 2));
            }
            self.anonymous_hint |= withholds_name(t, j);
        }
    }
}

/// The token after which a nominal cue at `i` names its source, from token `s` (the cue, or
/// the document word of جاء في): past ل، ما، عن, and past the reporting verb after ما, which
/// names no one (بحسب ما أعلن النادي، حسبما ذكرت الوكالة; بحسب ما ذكره السفير, with the
/// object's pronoun; وفقا لما نقلته وكالة X).
fn nominal_source_at(t: &Toks, i: usize, mut s: usize) -> usize {
    while s + 1 < t.toks.len() && matches!(t.form(s + 1), "ل" | "لـ" | "لما" | "ما" | "عن")
    {
        s += 1;
    }
    let verb_at = |k: usize| {
        t.cue(k).is_some_and(|c| c.kind == CueKind::Verb)
            || ["ه", "ها"].iter().any(|p| {
                t.form(k)
                    .strip_suffix(p)
                    .and_then(lexicon_cue)
                    .is_some_and(|c| c.kind == CueKind::Verb)
            })
    };
    if (matches!(t.form(s), "ما" | "لما") || t.form(i).ends_with("ما")) && verb_at(s + 1) {
        s += 1;
    }
    s
}

/// The source phrase `sp` cut after the organization or person it opens with (after an outlet
/// word: وكالة رويترز) or after its name in marks (بحسب «رويترز»), when the words after the name
/// run on, three or more, with an indefinite word first: the rest of the clause, not the name
/// (بحسب سكاي نيوز مواقع للمقاومة).
fn named_source_within(t: &Toks, doc: &Document, sp: (usize, usize)) -> Option<(usize, usize)> {
    let opens_at = |k: usize| name_opening_at(t, doc, k);
    let first = if is_outlet(t.head_word(sp.0)) && sp.0 + 1 < sp.1 {
        sp.0 + 1
    } else {
        sp.0
    };
    // (or a name in marks, after its head word or not: بحسب «رويترز» ساعد تراجع الدولار …،
    // بحسب تقرير «صحارى» ارتدت البورصة …)
    let quoted_end = || {
        let open = [first, first + 1]
            .into_iter()
            .find(|&k| k < sp.1 && t.is_quote_mark(k))?;
        let close = (open + 1..(open + 6).min(sp.1)).find(|&k| t.is_quote_mark(k))?;
        Some(close + 1)
    };
    // (or, untagged, a source word and its definite genitives, then a bare word that can be a
    // verb: وبحسب وزارة الصحة ارتفع عدد الإصابات، ووفقا لوزارة الإسكان بلغ عدد …)
    let headed_end = || {
        lexicons().sources.get(t.head_word(first))?;
        // (forms keep ى: التى is a relative too)
        let end = (first + 1..sp.1)
            .find(|&k| {
                !t.form(k).starts_with("ال") || is(Role::Relative, &t.form(k).replace('ى', "ي"))
            })
            .unwrap_or(sp.1);
        (end > first + 1 && end < sp.1 && verb_like(t.form(end))).then_some(end)
    };
    let end = match opens_at(sp.0).or_else(|| opens_at(first)) {
        Some(name) => t.first_at(name.span.end),
        None => quoted_end().or_else(headed_end)?,
    };
    let next = t.toks.get(end).filter(|_| end < sp.1)?;
    // (a common word, not a title that describes the name, كلود بيفر رئيس وحدة الساعات, nor
    // the rest of a foreign name the tagger cut, صحيفة صنداي مورنينغ بوست)
    let f = t.form(end);
    let clause_word = next.kind == TokenKind::Arabic
        // (nor a conjunction before a second name: صحيفتا «فاينانشيال تايمز» و«غارديان»)
        && f.chars().count() >= 2
        && !f.starts_with("ال")
        && !lexicons().sources.contains_key(t.head_word(end))
        // (nor the name after an outlet's title: مدير «المرصد السوري» رامي عبد الرحمن)
        && !t.in_name[end]
        && rasid_arabic::Stemmer::get().count(f) > 0;
    (clause_word && sp.1 - end >= 3).then_some((sp.0, end))
}

/// Whether a bare word is shaped and used like a verb: a present (ترتفع، يمثل) or a past whose
/// present the corpus knows (ارتفع → يرتفع، بلغت → يبلغ, not باسم or بقسم).
fn verb_like(f: &str) -> bool {
    let letters = f.chars().count();
    if !(3..=7).contains(&letters) || f.ends_with(['ة', 'ه']) || f.starts_with("ال") {
        return false;
    }
    let stemmer = rasid_arabic::Stemmer::get();
    let present = letters >= 4 && f.starts_with(['ي', 'ت']);
    let past = f
        .strip_suffix("وا")
        .or_else(|| f.strip_suffix('ت'))
        .unwrap_or(f);
    let known = |p: &str| stemmer.count(&format!("ي{p}")) >= 3;
    present || known(past) || past.strip_prefix('ا').is_some_and(known)
}

/// Whether a word is a definite noun after the preposition ب written on it (بالدور، بالإبقاء),
/// which opens a verb's object, never a speaker.
fn definite_after_ba(form: &str) -> bool {
    form.starts_with("بال") && form.chars().count() >= 5
}

/// Whether a word is a reporting verb in the first person singular present (أؤكد، أرى): its
/// third person (يؤكد، يرى) is a verb cue, and the word itself is no cue (أعلن "announced"
/// is also "I announce"; أشار is no يشار). Not "we" in ن, which names begin with too (نصر).
fn first_person_cue(form: &str) -> bool {
    first_person_of(form).is_some_and(|c| c.kind == CueKind::Verb)
}

/// The cue whose first person singular `form` is (اعتقد of يعتقد, ارى of يرى), of any kind; not
/// a cue of its own (اشار).
fn first_person_of(form: &str) -> Option<Cue> {
    let rest = form.strip_prefix('ا')?;
    if rest.chars().count() < 2 || lexicon_cue(form).is_some() {
        return None;
    }
    lexicon_cue(&format!("ي{rest}"))
}

/// Whether token `j` opens the words by which a source withholds its name (عدم ذكر اسمه،
/// عدم الكشف عن هويته، عدم نشر اسمه، رفض الكشف عن …).
fn withholds_name(t: &Toks, j: usize) -> bool {
    is(Role::Withholding, t.form(j)) && is(Role::Withheld, t.form(j + 1))
}

/// Whether عن at token `j`, inside a speaker phrase that starts at `start`, belongs to it: it
/// names an issuer (بيان صادر عن الوزارة), the name a source withholds (ضابط فضل عدم الكشف عن
/// اسمه) or, before a statement that opens within a few words, is part of a name or a title
/// (الحركة العالمية للدفاع عن الأطفال، النائب عن ائتلاف دولة القانون).
fn about_in_name(t: &Toks, start: usize, j: usize) -> bool {
    let prev = t.form(j - 1);
    if matches!(prev, "صادر" | "الصادر" | "صادرة" | "الصادرة")
        || j >= start + 2 && withholds_name(t, j - 2)
    {
        return true;
    }
    let stem = prev
        .strip_prefix("لل")
        .or_else(|| crate::without_article(prev))
        .unwrap_or(prev);
    // (not a circumstantial participle: مدافعا عن موقفه)
    words(Role::NameOf).any(|w| stem.starts_with(w))
        && !stem.ends_with('ا')
        && (j + 1..(j + 8).min(t.toks.len()))
            .any(|k| t.is_complementizer(k) || t.is_punct(k, &[':']))
}

impl QuoteExtractor {
    /// The speaker phrase after token `i`: tokens up to a boundary (at most 12).
    /// `source_expected`: the position can only hold a source (بحسب X، نقل عن X), so a
    /// quoted phrase there is a name, never content.
    fn phrase_after(t: &Toks, i: usize, source_expected: bool) -> Option<(usize, usize)> {
        let mut start = i + 1;
        // ما كشفت عنه وكالة X: the resumptive pronoun is not the speaker; nor is the one
        // spoken to (قالت له …)
        // (nor "here", هنا, unless it is a woman's name: وقالت هنا الزهراني)
        if is(Role::PronounPreposition, t.form(start))
            || matches!(t.form(start), "ذلك" | "بذلك" | "ايضا" | "كذلك")
            || t.form(start) == "هنا" && t.in_person.get(start) != Some(&true)
        {
            start += 1;
        }
        // (وأكد مرة أخرى أن، وأكد من جديد أن: "again" is no speaker)
        if let Some(after) = past_again(t, start) {
            start = after;
        }
        // (واختتم كلامه بالقول: the statement the cue closes is no speaker)
        if own_statement(t, start) {
            start += 1;
        }
        // (وأردف يقول، وأضاف قائلا: the saying after the cue is no speaker)
        if is(Role::SayingAfterCue, t.form(start)) {
            start += 1;
        }
        // (كما ذكرت الجمعة مصادر رسمية، وقال أمس الوزير: the day after the verb, when a
        // source follows it)
        let mut past_day = start;
        while past_day < start + 4 && t.in_date.get(past_day) == Some(&true) {
            past_day += 1;
        }
        if past_day > start && lexicons().sources.contains_key(t.head_word(past_day)) {
            start = past_day;
        }
        // (نقل لها مبتسما: a manner participle after the one spoken to)
        if start > i + 1 && t.accusative_participle(start) {
            start += 1;
        }
        // (وأوضح -بايبر- أن، ودعا -روبيرت بايبر -إسرائيل إلى: a person or a source between
        // dashes, which the closing dash ends; not a blessing, قال -صلى الله عليه وسلم-)
        let dashed = t.is_punct(start, &['-', '–', '—'])
            && (t.in_person.get(start + 1) == Some(&true)
                || lexicons().sources.contains_key(t.head_word(start + 1)));
        if dashed {
            start += 1;
        }
        // the outlet spoken to stands where a speaker may: the speaker follows it, if any
        // (وأكد لـ«الشرق الأوسط» عضو المجلس أحمد العلي أن …; وقال لـ«الشرق الأوسط»: …)
        if !source_expected {
            if let Some((_, end)) = relay_target(t, start) {
                start = end;
            } else if t.form(start).starts_with("لل") && t.form(start).chars().count() >= 5 {
                // (اقول للمشجعين ان …، قال للصحفيين وزير …: a subject never takes ل; the
                // ones spoken to)
                start += 1;
            }
        }
        // (a preposition opens no speaker: وحذر من الوصول …، وتعهدت بالإبقاء على …; a title
        // standing for the last person, وأوضح معاليه, is the whole mention: see `process`)
        // (nor a negation: واستطرد قائلا لا أخفيك …, the words themselves; nor the medium
        // it was said through, وقالت عبر بيان لها)
        if is(Role::SpeechOpener, t.form(start))
            || is(Role::Honorific, t.form(start))
            || is(Role::Negation, t.form(start))
            || t.form(start) == "لا"
            || matches!(
                t.form(start),
                "من" | "على" | "عن" | "الى" | "في" | "دون" | "عبر"
            )
            || definite_after_ba(t.form(start))
            // (nor the speaker's own first words: وقال أؤكد وبشكل حازم أن …)
            || first_person_cue(t.form(start))
            // (nor a circumstantial clause after the verb: وقالوا وهم يكذبون بالطبع: …)
            || matches!(t.form(start), "وهم" | "وهو" | "وهي" | "وهن")
        {
            return None;
        }
        let mut j = start;
        while j < t.toks.len() && j - start < 18 {
            let f = t.form(j);
            if t.is_quote_mark(j) {
                // a short quoted name (وكالة “سانا” السورية، "كامل الكناني" الخبير) is part of
                // the phrase; a quotation that runs on, or ends the sentence, is content
                let close = (j + 1..(j + 7).min(t.toks.len())).find(|&k| t.is_quote_mark(k));
                // after صحيفة / وكالة / قناة a quoted phrase is the outlet's name, wherever it ends
                let after_outlet = j > start && is(Role::RelayHead, t.head_word(j - 1));
                // (a name in marks is short: three words in running text, up to five where
                // only a source can stand)
                let name = close.is_some_and(|c| {
                    // (وأردف "النجدي": "…": a name in marks before the colon that opens
                    // the words)
                    let in_running_text = c <= j + 4
                        && (t.toks.get(c + 1).is_some_and(|n| {
                            matches!(n.kind, TokenKind::Arabic | TokenKind::Latin)
                                && !t.is_complementizer(c + 1)
                        }) || j > start
                            || t.is_punct(c + 1, &[':']) && t.is_quote_mark(c + 2))
                        && !t.is_punct(c + 1, &['.', '؟', '?', '!']);
                    // (وأكدت “الهيئة” أن …: a name in marks right before the complementizer)
                    let subject = j == start && c <= j + 4 && t.is_complementizer(c + 1);
                    c > j + 1 && (after_outlet || source_expected || in_running_text || subject)
                });
                if name {
                    j = close.unwrap() + 1;
                    continue;
                }
                break;
            }
            // د. علاء، م. اسماعيل: the full stop of an abbreviated title
            // (إن.بي.سي، إل.جي: a full stop between the letters of an acronym)
            let abbreviation = t.is_punct(j, &['.'])
                && j > start
                && (t.toks[j - 1].kind == TokenKind::Arabic && t.raw(j - 1).chars().count() == 1
                    || t.toks[j - 1].span.end == t.toks[j].span.start
                        && t.toks.get(j + 1).is_some_and(|n| {
                            n.span.start == t.toks[j].span.end && n.kind.is_wordlike()
                        }));
            let boundary = t.is_complementizer(j)
                || dashed && j > start && t.is_punct(j, &['-', '–', '—'])
                // (قال تعالى في كتابه الكريم (…), قال الوزير (الذي تحدث …) إن: five words or
                // more in parentheses after a short speaker, said or an aside, are not part of it)
                || j > start
                    && t.words_in(start..j) <= 6
                    && !names_in_parentheses(t, j)
                    && parenthesized(t, j).is_some_and(|(_, close)| t.words_in(j + 1..close) >= 5)
                || matches!(
                    f,
                    "فسوف"
                        | "فقد"
                        | "فانه"
                        | "فانها"
                        | "فلا"
                        | "فلن"
                        | "فهو"
                        | "فهي"
                )
                || (t.is_punct(j, &[':', '.', '؛', ';', '؟', '?', '!']) && !abbreviation)
                || t.is_punct(j, &['،', ','])
                // (في بيان، في البيان، في بيانه)
                || f == "في" && statement_word(t.form(j + 1))
                // (في حسابه على تويتر، في موقعها الإلكتروني: where it was posted)
                || j > start
                    && f == "في"
                    && words(Role::PostedIn).any(|w| {
                        t.form(j + 1)
                            .strip_prefix(w)
                            .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم" | "" | "ي"))
                    })
                // (في كلمته، ضمن حديثه، في نهاية حديثه: the speaker's statement)
                || matches!(f, "في" | "ضمن" | "خلال")
                    && (own_statement(t, j + 1)
                        || matches!(t.form(j + 1), "نهاية" | "ختام" | "بداية" | "مستهل")
                            && own_statement(t, j + 2))
                || is(Role::Time, f)
                    && !(f == "عن" && j > start && about_in_name(t, start, j))
                    && !t.imam(j)
                // (حذر الوزير من أن: the object's preposition before the complementizer)
                || f == "من" && j > start && t.is_complementizer(j + 1)
                // (حذر X من «كارثة»: the warning's preposition before the quotation; not the
                // من of an affiliation, تيموثي شيونج من «مورفيك»)
                || f == "من" && j > start && t.is_quote_mark(j + 1) && warning(t.form(i))
                // (not the على of one in charge: قائمون على البنوك، المشرف على الحملة، الهيئة
                // الوطنية للرقابة على تنفيذ …; with its adjective, المشرف العام على …)
                || f == "على"
                    && !(j > start && {
                        let in_charge = |k: usize| {
                            let prev = t.form(k);
                            let prev = prev
                                .strip_prefix("لل")
                                .or_else(|| crate::without_article(prev))
                                .unwrap_or(prev);
                            words(Role::InCharge).any(|stem| prev.starts_with(stem))
                        };
                        in_charge(j - 1)
                            || j > start + 1 && adjective_like(t, j - 1) && in_charge(j - 2)
                    })
                // (كيري وهو يتكئ: the speaker's circumstance; محللون استطلعت رويترز
                // آراءهم: the outlet that asked them)
                || j > start && (is(Role::PhraseEnd, f) || demonstrative_object(t, j).is_some())
                // (ورفض المدير ذلك، مؤكدا: a demonstrative before a comma is the verb's object)
                || j > start
                    && is(Role::Demonstrative, f)
                    && t.is_punct(j + 1, &['،', ',', '.', '؛'])
                // (ودعا إمام المسجد المولى القدير أن …: the one a prayer is made to)
                || j > start
                    && (f == "المولى"
                        || f == "الله" && matches!(t.form(j + 1), "ان" | "عز" | "تعالى" | "سبحانه"))
                    && is(Role::Exhortation, t.form(i).trim_start_matches(['و', 'ف']))
                // (وأكد الوزير مرة أخرى أن: "again" ends the speaker)
                || j > start && past_again(t, j).is_some()
                // (واختتم الزهراني تصريحه بأن: the speaker's own statement is no part of him)
                || j > start && own_statement(t, j)
                // (مصادر قريبة من بلاتيني الأسبوع الماضي: a date ends the source, and so does
                // the في before it, الولايات المتحدة وكوبا في 17 كانون الأول)
                || j > start && t.date_start.get(j) == Some(&true)
                || j > start
                    && f == "في"
                    && t.toks[j - 1].span.end < t.toks[j].span.start
                    && t.date_start.get(j + 1) == Some(&true)
                // (وقال والش وقد وقف الى جانبه …: a circumstantial clause after the speaker)
                || j > start && f == "وقد"
                // (حسين صلاح 21 عاما: a person's age ends the name, and so does the phrase
                // that gives it, "ديبي" البالغة من العمر 43 عاماً)
                || j > start
                    && t.toks[j].kind == TokenKind::Number
                    && matches!(t.form(j + 1), "عاما" | "عام" | "سنة" | "عاماً")
                || j > start
                    && matches!(f, "البالغ" | "البالغة" | "البالغه")
                    && t.form(j + 1) == "من"
                    && t.form(j + 2) == "العمر"
                || t.cue(j).is_some_and(|c| c.kind != CueKind::Frame)
                || (j > start && relay_target(t, j).is_some())
                || t.line_break_after(j.saturating_sub(1)) && j > start;
            if boundary {
                break;
            }
            j += 1;
        }
        // a phrase ends on a word, not on punctuation, nor on a relative pronoun whose verb
        // ended it (صحيفة "ذي دايلي مايل" التي | رأت)
        while j > start
            && (t.toks[j - 1].kind != TokenKind::Arabic
                && t.toks[j - 1].kind != TokenKind::Latin
                && !t.is_quote_mark(j - 1)
                || is(Role::Relative, t.form(j - 1)))
        {
            j -= 1;
        }
        // a quotation mark inside a name (وكالة “سانا”) stays balanced, and so does a
        // bracket (منظمة الأمم المتحدة للطفولة (يونيسيف))
        if j > start && t.is_quote_mark(j) && (start..j).any(|k| t.is_quote_mark(k)) {
            j += 1;
        }
        let open = (start..j).filter(|&k| t.raw(k) == "(").count();
        let closed = (start..j).filter(|&k| t.raw(k) == ")").count();
        if j > start && open > closed && t.raw(j) == ")" {
            j += 1;
        }
        (j > start && (t.toks[start].kind.is_wordlike() || t.is_quote_mark(start)))
            .then_some((start, j))
    }

    fn frame(t: &Toks, i: usize, cue: Cue) -> Frame {
        let mut f = Frame::of(i, None);
        // وكان الوزير قد قال، وكان الأمير X الرئيس العام لرعاية الشباب، قد أكد; without قد
        // only a source's phrase in one stretch (وكان المتحدث باسم المقاومة في شبوة X أكد)
        let with_qad = i >= 2 && t.form(i - 1) == "قد";
        let verb = if with_qad { i - 1 } else { i };
        let clause_break = |k: usize| {
            t.is_punct(k, &['.', '؛', ';', ':', '؟', '?', '!'])
                || t.is_complementizer(k)
                || !with_qad && t.is_punct(k, &['،', ','])
        };
        if let Some(k) = (verb.saturating_sub(14)..verb)
            .rev()
            .take_while(|&k| !clause_break(k))
            .find(|&k| matches!(t.form(k), "كان" | "وكان" | "كانت" | "وكانت"))
        {
            let mut end = verb;
            while end > k + 1 && t.is_punct(end - 1, &['،', ',']) {
                end -= 1;
            }
            // (a source word, or a name alone: وكانت بريطانيا قالت إن)
            let source_head = lexicons().sources.contains_key(t.head_word(k + 1))
                || end - k <= 5 && (k + 1..end).all(|j| t.in_name[j]);
            // with قد: the words between, a longer stretch than ten only when it opens with a
            // source word (not مهما كان أسلوب مشاركته، سواء … معلومة قد تفيد)
            let qad_subject = with_qad && (k + 10 >= verb || source_head);
            // without قد: a short source phrase right before a verb not joined by و, with no
            // verb, negation, relative, date or number of its own (not كانت تحضر لمسلسل جديد
            // أجابت، كان جنرال قد شارك في انقلاب أعلن، وكانت الصحف خصصت مساحات … وقالت، كما
            // ذكرت إحدى الدراسات, whose subject follows it, وكان مجلس الأمن صوت قبل يومين لصالح
            // القرار الذي رحب، وكان محللون استطلعت آراؤهم يتوقعون)
            let bare_subject = !with_qad
                && source_head
                && !t.conjoined(i, &['و'])
                && t.form(i - 1) != "كما"
                && end - k <= 10
                && !(k + 1..end).any(|j| {
                    t.form(j) == "قد"
                        || is(Role::Negation, t.form(j))
                        || is(Role::Relative, t.form(j))
                        || is(Role::PhraseEnd, t.form(j))
                        || matches!(t.form(j), "لا" | "ولا")
                        || t.in_date.get(j) == Some(&true)
                        || t.toks[j].kind == TokenKind::Number
                        || t.cue(j).is_some()
                });
            if k + 1 < end && (qad_subject || bare_subject) {
                f.speaker = Some((k + 1, end));
                return f;
            }
        }
        let mut sp = Self::phrase_after(t, i, false);
        // (the outlet spoken to, written before the speaker: قال لـ«الحياة» مسؤول …)
        if let Some(v) = relay_target(t, i + 1) {
            f.add_via(v);
        }
        // نقلت وكالة X عن Y: Y speaks, via X (without عن, نقل is "transfer")
        if cue.relay && t.form(sp.map(|s| s.1).unwrap_or(i + 1)) != "عن" {
            f.speaker = None;
            f.relay_without_source = true;
            return f;
        }
        if cue.relay {
            sp = f.relayed_from(t, sp, sp.map(|s| s.1).unwrap_or(i + 1));
        }
        // (وقالت الوكالة نقلا عن الشرطة إن …: the one the speaker relays speaks, through it)
        if let Some((_, b)) = sp.filter(|&(_, b)| t.form(b) == "نقلا") {
            sp = f.relayed_from(t, sp, b + 1);
        }
        // (وقال نائل الكباريتي، رئيس غرفة تجارة الأردن، إن …: a title between commas after
        // the name is part of the speaker)
        let sp = sp.map(|(a, b)| (a, apposition_end(t, b).unwrap_or(b)));
        f.speaker = sp;
        f.read_relays(t, sp.map(|s| s.1).unwrap_or(i + 1));
        // (رئيس المجموعة الذي طلب عدم نشر اسمه: the withholding inside the phrase)
        if let Some((a, b)) = sp {
            f.anonymous_hint |= (a..b).any(|j| withholds_name(t, j));
        }
        f
    }
}

/// A speaker phrase of titles that stopped before the person's name (السفير الليبي | لدى الأمم
/// المتحدة إبراهيم الدباشي إن، المشرف العام | على إدارة الإعلام الدكتور X إن): extended to the
/// name when a person follows within a few words and the statement starts right after it, or,
/// when `object_may_follow`, a name set off by a comma is followed by the verb's object (أشاد
/// عضو لجنة الحكام، يوسف ميرزا بالمعسكر).
fn title_to_name(
    t: &Toks,
    doc: &Document,
    (a, b): (usize, usize),
    object_may_follow: bool,
) -> (usize, usize) {
    let person_in = |from: usize, to: usize| {
        if from >= to {
            return None;
        }
        let span = Span::new(t.toks[from].span.start, t.toks[to - 1].span.end);
        doc.entities[crate::ranges::within(&doc.entities, span, |e| e.span)]
            .iter()
            .find(|e| e.label == EntityLabel::Person)
    };
    // (the statement after the name, past a comma: الدكتور يحيى الحفظي ، أن)
    let statement_follows =
        |k: usize| t.opens_words(k) || t.is_punct(k, &['،', ',']) && t.is_complementizer(k + 1);
    // (an envoy's posting after the name and title: الدكتور سامي الصالح سفير خادم الحرمين
    // الشريفين | لدى الأردن بأنه)
    if b > a && t.form(b) == "لدى" && person_in(a, b).is_some() {
        let posting = t.toks.get(b + 1).and_then(|next| {
            doc.entities
                .iter()
                .find(|e| e.span.start == next.span.start && e.label != EntityLabel::Person)
        });
        if let Some(e) = posting {
            let end = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end;
            if statement_follows(end) {
                return (a, end);
            }
        }
    }
    // (a body speaks for itself: الحكومة الفلسطينية على لسان الناطق باسمها X; an unnamed
    // person's head may be followed by the name: القيادي في الحركة، وحيد أبو ماريا)
    let kind = lexicons().sources.get(t.head_word(a)).copied();
    let body = kind.is_some_and(|k| !matches!(k, "person" | "anonymous"));
    if b <= a || body || person_in(a, b).is_some() {
        return (a, b);
    }
    // (only a few words on, after an unnamed one's head: not أحد الدعاة | عن قيام التنظيم …
    // بتفجير مسجدي القديح والإمام الصادق إن)
    let reach = if kind == Some("anonymous") { 7 } else { 16 };
    let limit = (b + reach).min(t.toks.len());
    let Some(person) = person_in(b, limit) else {
        return (a, b);
    };
    let r = crate::ranges::overlapping(t.toks, person.span, |tk| tk.span);
    // (the setting of the statement, not a title: في مؤتمر صحفي مع نظيره …، خلال لقائه …)
    let between_is_title = (b..r.start).all(|k| {
        !(t.is_complementizer(k)
            || t.is_quote_mark(k)
            || t.is_punct(k, &[':', '.', '؟', '?', '!'])
            || t.line_break_after(k)
            || t.cue(k).is_some()
            || is(Role::Setting, t.form(k))
            || is(Role::Frame, t.head_word(k)))
    });
    // (a name after a comma that follows the title: past a title, or a given name the tagger
    // left out, القيادي في حركة الجهاد، الشيخ وحيد | أبو ماريا)
    // (not a list's opening, ومن بينهم المالكي)
    let given_name = |k: usize| {
        let f = t.form(k);
        t.toks[k].kind == TokenKind::Arabic
            && !t.is_complementizer(k)
            && !rasid_arabic::is_stopword(f.trim_start_matches('و'))
            && !is(Role::PronounPreposition, f)
            && !f.ends_with("هم")
    };
    let name_after_comma = t.is_punct(b, &['،', ','])
        && (b + 1..r.start).all(|k| person_title(t, k) || k + 2 >= r.start && given_name(k));
    // (or after the seat of the title's body, written on ب: مدير الجوازات بمنطقة مكة المكرمة
    // اللواء X)
    // (the place on ب itself, or after a place word on it: بمنطقة | مكة المكرمة)
    let seat_then_name = || {
        let near = range_span(t, (b, (b + 2).min(r.start)));
        t.form(b).starts_with('ب')
            && place_end_within(t, doc, near)
                .is_some_and(|end| end <= r.start && (end..r.start).all(|k| person_title(t, k)))
    };
    // (… then the verb's object, or the outlet told before it: أشاد عضو لجنة الحكام لكرة
    // القدم، يوسف ميرزا بالمعسكر، استنكر فضيلة الشيخ، محمد المختار الشنقيطي، الجريمة، كشف
    // مدير الجوازات بمنطقة مكة اللواء X لـ«عكاظ» عن …)
    let object_follows = || {
        let f = t.form(r.end);
        t.is_punct(r.end, &['،', ','])
            || relay_target(t, r.end).is_some()
            || t.toks
                .get(r.end)
                .is_some_and(|tk| tk.kind == TokenKind::Arabic)
                && (f.starts_with('ب') || is(Role::ObjectPreposition, f) || t.has_article(r.end))
    };
    // (a name between commas after the title, then an aside before the statement: القيادي
    // في حركة الجهاد، الشيخ وحيد أبو ماريا، وهو شقيق فلاح، إن …)
    let aside_then_statement = || {
        name_after_comma
            && t.is_punct(r.end, &['،', ','])
            && (r.end + 1..(r.end + 12).min(t.toks.len()))
                .take_while(|&k| {
                    !(t.is_quote_mark(k)
                        || t.is_punct(k, &[':', '.', '؟', '?', '!'])
                        || t.line_break_after(k)
                        || t.cue(k).is_some())
                })
                .any(|k| t.is_complementizer(k))
    };
    if between_is_title
        && (statement_follows(r.end)
            || aside_then_statement()
            || (name_after_comma || seat_then_name()) && object_may_follow && object_follows())
    {
        (a, r.end)
    } else {
        (a, b)
    }
}

/// A speaker phrase cut after the first person's name inside it that `stops` the phrase at
/// the token right after the name; else the phrase as it is.
fn cut_after_person(
    t: &Toks,
    doc: &Document,
    (a, b): (usize, usize),
    stops: impl Fn(usize) -> bool,
) -> (usize, usize) {
    let phrase = range_span(t, (a, b));
    for e in &doc.entities[crate::ranges::within(&doc.entities, phrase, |e| e.span)] {
        if e.label != EntityLabel::Person {
            continue;
        }
        let end = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end;
        if end >= b {
            break;
        }
        if stops(end) {
            return (a, end);
        }
    }
    (a, b)
}

/// A speaker phrase that runs on past a person's name into the ones spoken to, the verb's
/// object or a relative clause about the person (مارادونا للصحفيين، الحمزة اعتذاره، مورينيو
/// الذي لم يخسر): cut after the name.
fn without_tail_after_person(t: &Toks, doc: &Document, sp: (usize, usize)) -> (usize, usize) {
    cut_after_person(t, doc, sp, |end| {
        let next = t.form(end);
        // (the ones spoken to are people: للصحفيين، للمشجعين; not للدراسات in a name)
        let addressee = next.starts_with("لل") && next.ends_with("ين") && next.chars().count() >= 6;
        // (the verb's object after ب: نوه اللواء محمد المقدشي بالدور …، مؤكدا; not an
        // acting title: رئيسة الحزب بالإنابة)
        let prepositional_object = definite_after_ba(next) && !is(Role::ActingTitle, next);
        // (… بدر السمحان من جانبه: the turn of the report, not the name)
        // (… his statement, the verb's object: واختتم الحمزة اعتذاره بالقول)
        addressee
            || prepositional_object
            || own_statement(t, end)
            || on_ones_part(t, end)
            || is(Role::Relative, next)
            || t.is_punct(end, &['-']) && is(Role::Relative, t.form(end + 1))
    })
}

/// A speaker phrase cut after a person's name where the verb's adverb or setting follows it:
/// an indefinite accusative (مارك تونر رداً على سؤال، بلاتر مرارا) or a place or occasion
/// after في (هادي في الاجتماع), unless a name follows within a few words, the person's
/// affiliation (القيادي في حزب «الاتحاد الديمقراطي»). What the verb reports is still read
/// after the whole phrase (أعلن شي في اجتماع … إصلاحات).
fn without_adverb_after_person(t: &Toks, doc: &Document, (a, b): (usize, usize)) -> (usize, usize) {
    let named_at = |k: usize| {
        t.toks.get(k).is_some_and(|tk| {
            !doc.entities[crate::ranges::overlapping(&doc.entities, tk.span, |e| e.span)].is_empty()
        })
    };
    cut_after_person(t, doc, (a, b), |end| {
        let (next, raw) = (t.form(end), t.raw(end));
        let accusative = raw.ends_with("اً")
            || raw.ends_with("ًا")
            || !t.has_article(end)
                && next.ends_with('ا')
                // (not مرشدنا "our guide", an apposition)
                && !next.ends_with("نا")
                && next.chars().count() >= 4
                && !next.starts_with(['و', 'ف', 'ب', 'ل'])
                && t.toks[end].kind == TokenKind::Arabic;
        let setting = next == "في" && !(end + 1..(end + 4).min(b)).any(named_at);
        accusative || setting
    })
}

/// Where the topic a sentence opens with ends (وحول مصير اللاعبين، وعن الصفقة، وبشأن …: up to
/// its first comma before the cue at `before`, else up to the cue), if it opens with one.
fn topic_opening(t: &Toks, sent: Span, before: usize) -> Option<usize> {
    let first = crate::ranges::overlapping(t.toks, sent, |tk| tk.span).start;
    let opener = t.form(first).trim_start_matches('و');
    if !matches!(opener, "حول" | "بشان" | "بخصوص" | "عن") {
        return None;
    }
    // (without a comma, up to the cue: the verb's subject comes after it or is its pronoun)
    (first + 1..t.toks.len())
        .take_while(|&k| t.toks[k].span.start < sent.end.min(before))
        .find(|&k| t.is_punct(k, &['،', ',']))
        .map_or(Some(before), |k| Some(t.toks[k].span.start))
}

/// Whether a cue is a verb of warning (حذر، وحذرت، يحذر), whose object takes من.
fn warning(form: &str) -> bool {
    let verb = form.trim_start_matches(['و', 'ف']);
    let verb = verb.strip_prefix(['ي', 'ت']).unwrap_or(verb);
    verb.starts_with("حذر") && verb.chars().count() <= 5
}

/// A speaker phrase cut before the medium it spoke through (الفيفا عبر تويتر، الدفاع المدني
/// عبر حسابه في "تويتر"): the speaker is the one before it. What the verb reports is still
/// read after the whole phrase.
fn without_medium(t: &Toks, (a, b): (usize, usize)) -> (usize, usize) {
    (a + 1..b)
        .find(|&k| t.form(k) == "عبر")
        .map_or((a, b), |k| (a, k))
}

/// Whether `من جانبه`، `من جهتها` … (the report turning to someone) starts at token `k`.
fn on_ones_part(t: &Toks, k: usize) -> bool {
    t.form(k) == "من"
        && matches!(
            t.form(k + 1),
            "جانبه"
                | "جانبها"
                | "جانبهم"
                | "جهته"
                | "جهتها"
                | "جهتهم"
                | "ناحيته"
                | "ناحيتها"
        )
}

/// The outlet a person told in a speaker phrase (أخبرت X مجلة "Y"، أبلغ X رئيس الاتحاد
/// رويترز), as a token range: from the first outlet word after a person's name to the
/// phrase's end, or past the outlet's quoted name when the phrase stopped at its mark.
fn told_outlet(t: &Toks, doc: &Document, (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let phrase = range_span(t, (a, b));
    let person = doc.entities[crate::ranges::within(&doc.entities, phrase, |e| e.span)]
        .iter()
        .find(|e| e.label == EntityLabel::Person)?;
    let after = crate::ranges::overlapping(t.toks, person.span, |tk| tk.span).end;
    let start = (after..b).find(|&k| {
        let head = t.head_word(k);
        is_outlet(head) || is(Role::RelayHead, head)
    })?;
    let quoted_name = t.is_quote_mark(b).then(|| {
        (b + 1..(b + 6).min(t.toks.len()))
            .find(|&j| t.is_quote_mark(j))
            .map(|close| close + 1)
    });
    Some((start, quoted_name.flatten().unwrap_or(b)))
}

/// Where the subject named early in a speaker phrase ends: after the first person or
/// organization in the phrase's first eight words (the words before it are its titles and
/// descriptions: النجم الدولي البرازيلي السابق زيكو، الأمير فيصل بن سلمان) or the construct a
/// source word opens, and the words with the article that qualify it (وزارة الصحة السعودية).
/// None when the phrase names no one early.
fn subject_end(t: &Toks, doc: &Document, (a, b): (usize, usize)) -> Option<usize> {
    let first_words = Span::new(t.toks[a].span.start, t.toks[(a + 7).min(b - 1)].span.end);
    let entity = doc.entities[crate::ranges::overlapping(&doc.entities, first_words, |e| e.span)]
        .iter()
        .find(|e| {
            first_words.contains(Span::new(e.span.start, e.span.start))
                && matches!(e.label, EntityLabel::Organization | EntityLabel::Person)
                || country_subject(t, doc, a, e)
        });
    // (a country's name, and one joined to it: نفت روسيا وقطر اي اتهامات)
    let country = entity.is_some_and(|e| e.label == EntityLabel::Location);
    let mut k = match entity {
        // (with the marks that close it: تنظيم «داعش» المتطرف)
        Some(e) => {
            let mut k = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end;
            let opened = (a..k).filter(|&j| t.is_quote_mark(j)).count() % 2 == 1;
            // (a short name in marks right after it, before the statement, is its own:
            // المعهد السعودي للخطوط الحديدية “سرب”، عن …، الشركة السعودية للصناعات الأساسية
            // «سابك» عن …)
            let short_name = (k + 1..(k + 6).min(b + 1))
                .find(|&c| t.is_quote_mark(c))
                .filter(|&c| {
                    let statement = |j: usize| t.form(j) == "عن" || t.is_complementizer(j);
                    !opened
                        && t.is_quote_mark(k)
                        && (statement(c + 1) || t.is_punct(c + 1, &['،', ',']) && statement(c + 2))
                });
            if let Some(close) = short_name {
                k = close + 1;
            }
            while k < b && t.is_quote_mark(k) {
                k += 1;
            }
            while country && k < b && t.form(k).starts_with('و') {
                let joined = doc.entities
                    [crate::ranges::overlapping(&doc.entities, t.toks[k].span, |e| e.span)]
                .iter()
                .find(|e| country_name(doc, e));
                match joined {
                    Some(e) => k = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end,
                    None => break,
                }
            }
            k
        }
        // a source word opens the subject (وزارة الصحة، المقاومة الشعبية; news corpora do not
        // tag such institutions as names), or heads indefinite adjectives (مصادر طبية، مصدر
        // أمني رفيع)
        None if lexicons().sources.contains_key(t.head_word(a)) => {
            let adjectives = adjectives_end(t, a + 1, b);
            if adjectives > a + 1 && !t.has_article(a) {
                adjectives
            } else if let Some(end) = place_closing_construct(t, doc, a, b) {
                end
            } else {
                construct_end(t, a, b)?
            }
        }
        None => return None,
    };
    // (after a place's name only its adjectives: أمير منطقة عسير | المواطنين)
    let after_place = |k: usize| {
        doc.entities[crate::ranges::overlapping(&doc.entities, t.toks[k - 1].span, |e| e.span)]
            .iter()
            .any(|e| e.label == EntityLabel::Location && e.span.end == t.toks[k - 1].span.end)
    };
    // adjectives and the rest of a construct, with the article (الصحة السعودية); after a
    // person's title only adjectives (أدان وزير الخارجية الهجوم: the object)
    let title = entity.is_none() && person_title(t, a);
    let person = entity.is_some_and(|e| e.label == EntityLabel::Person);
    let mut with_article = 0;
    while k < b
        && with_article < 3
        && t.has_article(k)
        // (a plural never qualifies one person: وطالب الغنوشي التونسيين بالوحدة, whom he urges)
        && !(person && plural_noun(t.form(k)))
        // (after a feminine noun with the article only feminine adjectives: أدانت الحكومة
        // العراقية | الهجوم التركي، أعلنت السلطات المغربية | القبض; a noun with the article
        // takes no genitive)
        && !breaks_feminine_agreement(t, a, k)
        && t.date_start.get(k) != Some(&true)
        // (a genitive right after a word without the article completes it: رئيس جمعية
        // المستثمرين، ولي ولي العهد)
        && !(title && t.has_article(k - 1) && !adjective_like(t, k))
        && (!after_place(k) || adjective_like(t, k))
        // (after a country only its adjectives: وتنفي ايران الشيعية | التدخل)
        && (!country || adjective_like(t, k))
    {
        k += 1;
        with_article += 1;
    }
    // (a body's seat, written on ب, is still its name: الإدارة العامة للتعليم بالمدينة
    // المنورة | دعاوى …; after a person's title only when his name follows, مدير الجوازات
    // بمنطقة مكة المكرمة اللواء X, else the ب-phrase is what he speaks of)
    if k < b && k > a && !person && t.form(k).starts_with('ب') {
        if let Some(end) = place_end_within(t, doc, t.toks[k].span).map(|e| e.min(b)) {
            let name_follows = || {
                (end..b.min(end + 3)).any(|j| {
                    t.in_person[j] || person_title(t, j) && t.in_person.get(j + 1) == Some(&true)
                })
            };
            if !title || name_follows() {
                k = end;
            }
        }
    }
    Some(k)
}

/// Whether entity `e` is a country's name opening the subject at token `a`, right after the
/// cue: a country speaks for its state (أعلنت فرنسا رفضها للقرار); not the one a person before
/// the verb urges (تسيبراس ناشد روسيا), nor a name without the article, which is feminine,
/// after a verb that is not (ودعا إسرائيل لوقف …: the one urged).
fn country_subject(t: &Toks, doc: &Document, a: usize, e: &rasid_doc::Entity) -> bool {
    let verb = if a >= 1 { t.form(a - 1) } else { "" };
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    let feminine_verb = verb.ends_with('ت') || verb.starts_with('ت');
    e.span.start == t.toks[a].span.start
        && a >= 1
        && t.cue(a - 1).is_some()
        && !(a >= 2 && t.in_person[a - 2])
        && (feminine_verb || t.has_article(a))
        && country_name(doc, e)
}

/// Whether entity `e` is a place the gazetteer lists as a country.
fn country_name(doc: &Document, e: &rasid_doc::Entity) -> bool {
    e.label == EntityLabel::Location && crate::geo::is_country_name(e.span.slice(&doc.text))
}

/// Where a construct that a source word without the article opens at `a` ends on a place's
/// name, which closes it as the article would (أمير منطقة عسير، محافظ محافظة جدة): the token
/// after the name.
fn place_closing_construct(t: &Toks, doc: &Document, a: usize, b: usize) -> Option<usize> {
    if t.has_article(a) {
        return None;
    }
    let mut k = a + 1;
    while k < b && k < a + 4 && t.toks[k].kind == TokenKind::Arabic && !t.has_article(k) {
        let place = doc.entities
            [crate::ranges::overlapping(&doc.entities, t.toks[k].span, |e| e.span)]
        .iter()
        .find(|e| e.label == EntityLabel::Location && e.span.start == t.toks[k].span.start);
        if let Some(e) = place {
            let end = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end;
            return (end <= b).then_some(end);
        }
        if rasid_arabic::is_stopword(t.form(k)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Where the indefinite adjectives from token `k` end (at most at `b`): nisba adjectives
/// (طبية، أمني، عراقيون) and the others sources take (مطلعة، مسؤول، رفيع، عيان; a word in م
/// may as well be a verbal noun: مقتل).
fn adjectives_end(t: &Toks, mut k: usize, b: usize) -> usize {
    let adjective = |k: usize| {
        let f = t.form(k);
        t.toks[k].kind == TokenKind::Arabic
            && !t.has_article(k)
            && !rasid_arabic::is_stopword(f)
            && (nisba(f) || is(Role::SourceAdjective, f))
    };
    while k < b && adjective(k) {
        k += 1;
    }
    k
}

/// Whether token `k` can open a noun object that is the statement: a word that is no function
/// word, title, source or person's name; without the article unless something between it and
/// the subject marks where the subject ends (طلبت الأمم المتحدة الأربعاء الإفراج …).
fn opens_noun_object(t: &Toks, doc: &Document, k: usize, marked: bool) -> bool {
    let Some(tok) = t.toks.get(k) else {
        return false;
    };
    let bare = t.form(k).strip_prefix('و').unwrap_or(t.form(k));
    tok.kind == TokenKind::Arabic
        && (marked || !t.has_article(k))
        && !rasid_arabic::is_stopword(bare)
        && !rasid_arabic::is_stopword(t.form(k))
        && bare.chars().count() >= 3
        && !lexicons().sources.contains_key(t.head_word(k))
        && t.cue(k).is_none()
        // (a name in apposition is still the subject: وزير الخارجية عادل الجبير)
        && !doc.entities[crate::ranges::overlapping(&doc.entities, tok.span, |e| e.span)]
            .iter()
            .any(|e| e.label == EntityLabel::Person)
        && (!crate::ner::resources::is_listed_person(t.form(k)) || common_noun(t.form(k)))
}

/// Whether `rest`, after an initial ال, is the rest of a verbal noun of the pattern افتعال
/// whose root begins with ل (التزام، التقاء، التحاق، التماس: تزام is no word), with or without
/// its owner's pronoun.
fn lam_verbal_noun(rest: &str) -> bool {
    let stem = ["ها", "هم", "ه"]
        .iter()
        .find_map(|p| rest.strip_suffix(p))
        .unwrap_or(rest);
    let c: Vec<char> = stem.chars().collect();
    c.len() == 4 && c[0] == 'ت' && c[2] == 'ا' && rasid_arabic::Stemmer::get().count(stem) == 0
}

/// Whether a word the name lists hold is, in the news, mostly a common noun: it takes the
/// article often (صحة، الصحة; not محمد).
fn common_noun(form: &str) -> bool {
    let stemmer = rasid_arabic::Stemmer::get();
    stemmer.count(&format!("ال{form}")) * 4 >= stemmer.count(form).max(1)
}

/// In a speaker phrase that names an organization or person early, where a noun object
/// starts: the first word after the subject (see `subject_end`) that can open one
/// (أعلنت وزارة الصحة السعودية ارتفاع …). Returns where the subject ends and the object
/// starts; None when the phrase is only the subject.
fn noun_object_after_subject(
    t: &Toks,
    doc: &Document,
    (a, b): (usize, usize),
) -> Option<(usize, usize)> {
    // (a subject that ends only where a date stands: أعلن مصدر في قوات البيشمركة أمس الأحد
    // مقتل …)
    let dated_end = || {
        (b > a + 1 && t.date_start.get(b) == Some(&true) && names_a_source(t, doc, (a, b)))
            .then_some(b)
    };
    // (past a demonstrative, أكدت هذه الشخصيات وجود …, or an honorific before the title,
    // قدم معالي نائب رئيس المجلس التعازي)
    let demonstrative = is(Role::Demonstrative, t.form(a));
    let honorific = person_title(t, a) && person_title(t, a + 1);
    let named_from = if (demonstrative || honorific) && a + 1 < b {
        a + 1
    } else {
        a
    };
    let subject_end = subject_end(t, doc, (named_from, b)).or_else(dated_end)?;
    let mut k = subject_end;
    // a title in apposition is still the subject (أكد حسين عبد الغني قائد فريق النصر صعوبة …;
    // أمين الطائف رئيس المجلس)
    if k < b && k > a && lexicons().sources.contains_key(t.head_word(k)) {
        if let Some(end) = construct_end(t, k, b) {
            k = end;
            while k < b && t.has_article(k) && t.date_start.get(k) != Some(&true) {
                k += 1;
            }
        }
    }
    let subject_end = k;
    // what may stand between subject and object, and marks where the subject ends: the
    // occasion (أكدت الشركة في بيانها سلامة …), a date (أعلنت وزارة الصحة، الخميس، ارتفاع …،
    // أكدت الشرطة اليوم (الأربعاء)، وجود …), a comma (أعلن الجيش المصري، تصفية …)
    if let Some(after) = past_occasion(t, k) {
        k = after;
    }
    // (the outlet told, لـ and its name in marks: أكد الوزير لـ«المدينة» وجود تنسيق)
    if let Some((_, after)) =
        relay_target(t, k).filter(|_| matches!(t.form(k), "ل" | "لـ") && t.is_quote_mark(k + 1))
    {
        k = after;
    }
    if let Some(after) = past_dates(t, doc, k).or_else(|| past_age(t, k)) {
        k = after;
    } else if k == subject_end && k == b && t.is_punct(k, &['،', ',']) {
        k += 1;
    }
    // (للمواصفات والمقاييس والجودة: a definite noun joined by و right after the subject goes
    // on with its name)
    let coordinated = k == subject_end && t.form(k).starts_with("وال");
    // (a title's subject cut before a noun with the article: أدان وزير الخارجية الهجوم)
    let definite_object = k == subject_end
        && (k > named_from + 1
            && person_title(t, named_from)
            && t.has_article(k)
            && !adjective_like(t, k)
            // (or after a feminine subject with the article, a word that cannot agree with
            // it: أدانت الحكومة العراقية الهجوم)
            || breaks_feminine_agreement(t, named_from, k)
            // (or after a country's name: وتنفي إيران التدخل)
            || t.has_article(k)
                && !adjective_like(t, k)
                && doc.entities
                    [crate::ranges::overlapping(&doc.entities, t.toks[named_from].span, |e| e.span)]
                .iter()
                .any(|e| country_subject(t, doc, named_from, e)));
    // (سماحة مفتي عام المملكة رئيس هيئة كبار العلماء … الشيخ عبدالعزيز آل الشيخ على أهمية …:
    // titles run on to a name the statement follows, كشف رئيس اللجنة … بالمنطقة الشرقية محمد
    // الصفيان عن انطلاق …; no object stands between)
    let name_then_statement = k < b
        && (t.is_complementizer(b) || matches!(t.form(b), "على" | "عن") || t.is_punct(b, &[':']))
        && doc.entities[crate::ranges::within(&doc.entities, range_span(t, (k, b)), |e| e.span)]
            .iter()
            .any(|e| {
                e.label == EntityLabel::Person
                    && crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).end == b
            });
    let object = (k < b || k > subject_end && k < t.toks.len())
        && !coordinated
        && !name_then_statement
        && opens_noun_object(t, doc, k, k > subject_end || definite_object);
    if object {
        return Some((subject_end, k));
    }
    // (أعلن هيساو تاناكا رئيس شركة توشيبا أمس استقالته: past the titles, a date ends the
    // subject; أكدت الخارجية المصرية مجددا رفض …: so does "again")
    let after = past_dates(t, doc, b)
        .filter(|_| t.date_start.get(b) == Some(&true))
        .or_else(|| past_again(t, b))?;
    opens_noun_object(t, doc, after, true).then_some((b, after))
}

/// The token after the first place named in `span` (or reaching into it): where a seat written
/// on ب ends (بالمدينة المنورة، بمنطقة | مكة المكرمة).
fn place_end_within(t: &Toks, doc: &Document, span: Span) -> Option<usize> {
    let place = doc.entities[crate::ranges::overlapping(&doc.entities, span, |e| e.span)]
        .iter()
        .find(|e| e.label == EntityLabel::Location)?;
    Some(crate::ranges::overlapping(t.toks, place.span, |tk| tk.span).end)
}

/// Past an age in parentheses after a name (ويتوقع مورينيو (52 عاما) سباقا …): the token
/// after the closing parenthesis, when a number and a word of years stand inside (not a
/// minute or a tally, أضاف الغامدي (19) هدفين).
fn past_age(t: &Toks, k: usize) -> Option<usize> {
    if !t.is_punct(k, &['(']) {
        return None;
    }
    let close = (k + 1..(k + 5).min(t.toks.len())).find(|&c| t.is_punct(c, &[')']))?;
    let inside = k + 1..close;
    (inside.clone().any(|j| t.toks[j].kind == TokenKind::Number)
        && inside.into_iter().any(|j| is(Role::Years, t.form(j))))
    .then_some(close + 1)
}

/// The end of a title set off by commas right after a speaker phrase ending at `b` (، رئيس
/// غرفة تجارة الأردن، إن …): the title's last token + 1, when the words follow the second comma.
/// So too a name after a bare title (فخامة الرئيس، عبدربه منصور هادي رئيس الجمهورية، إن …).
fn apposition_end(t: &Toks, b: usize) -> Option<usize> {
    let named_after_title = b > 0 && t.in_person.get(b + 1) == Some(&true) && !t.in_person[b - 1];
    if !t.is_punct(b, &['،', ',']) || !(named_after_title || person_title(t, b + 1)) {
        return None;
    }
    let close = (b + 2..(b + 14).min(t.toks.len())).find(|&k| {
        t.is_punct(k, &['،', ',', '.', ':', '؛']) || t.is_complementizer(k) || t.cue(k).is_some()
    })?;
    let words_follow = t.is_punct(close, &['،', ',']) && t.opens_words(close + 1);
    // (the name and its title only: not the outlet spoken to or the day, لـ"الوطن" أمس)
    let only_name_and_title =
        || (b + 1..close).all(|k| t.toks[k].kind != TokenKind::Punct && !t.in_date[k]);
    (words_follow && (!named_after_title || only_name_and_title())).then_some(close)
}

/// Whether the word at `k` is a statement with its speaker's pronoun (تصريحه، كلمتها،
/// حديثهم): واختتم الزهراني تصريحه بأن …
fn own_statement(t: &Toks, k: usize) -> bool {
    with_pronoun(t.form(k))
}

/// Whether `form` is a statement word with a pronoun (تصريحه، كلمتها: ة is written ت before it).
fn with_pronoun(f: &str) -> bool {
    // (most words end in no pronoun: no need to try every statement word)
    if !f.ends_with(['ه', 'ا', 'م']) {
        return false;
    }
    words(Role::Frame).any(|w| {
        f.strip_prefix(w)
            .or_else(|| {
                f.strip_prefix(w.strip_suffix('ة')?)
                    .and_then(|r| r.strip_prefix('ت'))
            })
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم"))
    })
}

/// Whether `form` is a statement or occasion word, with the article or a pronoun or bare
/// (بيان، البيان، بيانه، كلمته): what في before it frames.
fn statement_word(form: &str) -> bool {
    let bare = form.trim_start_matches("ال");
    is(Role::Frame, bare) || with_pronoun(bare)
}

/// Whether token `j` names a statement, in the accusative too (بيانا): what a verb after it
/// with `فيه` speaks in (أصدرت الوزارة بيانا طالبت فيه …).
fn statement_noun(t: &Toks, j: usize) -> bool {
    let f = t.form(j);
    statement_word(f) || f.strip_suffix('ا').is_some_and(statement_word)
}

/// Whether token `k` is "in it", فيه/فيها, the statement a verb speaks in.
fn in_it(t: &Toks, k: usize) -> bool {
    matches!(t.form(k), "فيه" | "فيها")
}

/// The token after "again" written at `k` (مجددا، مرة أخرى، من جديد), if it is.
fn past_again(t: &Toks, k: usize) -> Option<usize> {
    if t.form(k) == "مجددا" {
        Some(k + 1)
    } else {
        matches!((t.form(k), t.form(k + 1)), ("مرة", "اخرى") | ("من", "جديد")).then_some(k + 2)
    }
}

/// A verb's object that a demonstrative opens at token `k` and a preposition follows (وأرجع
/// جيتزل ذلك إلى …، وأرجع مصرفيون هذا الارتفاع إلى …): the preposition's token. Not a
/// demonstrative inside a name (أحد الباحثين في هذا المجال أن …).
fn demonstrative_object(t: &Toks, k: usize) -> Option<usize> {
    // (after a noun, not a preposition or a part of a whole: أحد الباحثين في هذا المجال إلى
    // أن …، أحد هذه المصادر)
    if !is(Role::Demonstrative, t.form(k))
        || k == 0
        || rasid_arabic::is_stopword(t.form(k - 1))
        || is(Role::Partitive, t.form(k - 1))
    {
        return None;
    }
    let preposition = |n: usize| is(Role::ObjectPreposition, t.form(n));
    let n = k + 1 + usize::from(t.has_article(k + 1) && !preposition(k + 1));
    preposition(n).then_some(n)
}

/// The token after the occasion of a statement written at `k` (في بيانها، في بيان له، في
/// تصريح صحفي، في تصريحات سابقة لها،): None when none is written there.
fn past_occasion(t: &Toks, k: usize) -> Option<usize> {
    if t.form(k) != "في" {
        return None;
    }
    let next = t.form(k + 1).trim_start_matches("ال");
    let frame = words(Role::Frame).any(|w| {
        next == w
            || next
                .strip_prefix(w)
                .is_some_and(|r| matches!(r, "ه" | "ها" | "هم"))
    });
    if !frame {
        return None;
    }
    // (between commas: في تصريحات سابقة لها،)
    let comma = (k + 2..(k + 8).min(t.toks.len())).find(|&c| t.is_punct(c, &['،', ',']));
    if let Some(c) = comma {
        return Some(c + 1);
    }
    let mut k = k + 2;
    // (له، لها; صحفي، رسمي)
    if matches!(t.form(k), "له" | "لها" | "لهم") {
        k += 1;
    }
    // (في معرض رده، في سياق حديثها: the noun of the occasion, with its pronoun)
    let possessed = |f: &str| {
        f.chars().count() >= 3
            && (f.ends_with('ه') || f.ends_with("ها") || f.ends_with("هم"))
            && !is(Role::PronounPreposition, f)
    };
    if possessed(t.form(k)) && !t.has_article(k) && t.cue(k).is_none() {
        k += 1;
    }
    if t.form(k).ends_with('ي') && !t.has_article(k) && t.cue(k).is_none() {
        k += 1;
    }
    Some(k)
}

/// The statement of a verb whose subject was written before it (وكانت المقاومة الشعبية قد
/// أكدت في تصريحات سابقة لها، استمرارها …، وكان الوزير قد شدد على ضرورة …): after the verb and
/// the occasion it names (في تصريحات …،) or a date, a noun object, or a prepositional object
/// after its preposition. The token where it starts.
fn object_after_fronted_subject(t: &Toks, doc: &Document, i: usize) -> Option<usize> {
    // (past the statement it refers to: بيانا طالبت فيه بالمرونة)
    let k = if in_it(t, i + 1) { i + 2 } else { i + 1 };
    let k = past_occasion(t, k).unwrap_or(k);
    let dated = past_dates(t, doc, k);
    let k = dated.unwrap_or(k);
    if is(Role::ObjectPreposition, t.form(k))
        && t.toks
            .get(k + 1)
            .is_some_and(|tk| tk.kind == TokenKind::Arabic)
        && !is(Role::Time, t.form(k + 1))
        && !is(Role::NotSaid, t.form(k + 1))
    {
        return Some(k + 1);
    }
    opens_noun_object(t, doc, k, dated.is_some()).then_some(k)
}

/// Where a prepositional object written on its noun starts inside a speaker phrase that ran
/// on into it (أفاد شهود عيان بمقتل 33 …): the first word after the source's words that is
/// ب on a word the news writes more often without it (بمقتل, not بارز), and no source, place
/// or name (مصدر بوزارة الداخلية، مصدر ببغداد).
fn attached_object_within(t: &Toks, doc: &Document, (a, b): (usize, usize)) -> Option<usize> {
    let stemmer = rasid_arabic::Stemmer::get();
    let k = (a + 1..b).find(|&k| {
        t.toks[k].kind == TokenKind::Arabic
            && t.form(k).strip_prefix('ب').is_some_and(|rest| {
                rest.chars().count() >= 3
                    && !rest.starts_with("ال")
                    && stemmer.count(rest) > stemmer.count(t.form(k))
            })
    })?;
    // (not a place word on ب before a place and the name the phrase goes on to: مدير الجوازات
    // بمنطقة مكة المكرمة اللواء X)
    let seat_before_name = k + 1 < b
        && place_end_within(t, doc, t.toks[k + 1].span).is_some()
        && (k + 2..b).any(|j| t.in_person[j]);
    let known = !rasid_arabic::is_stopword(t.form(k))
        && !lexicons().sources.contains_key(t.head_word(k))
        && doc.entities[crate::ranges::overlapping(&doc.entities, t.toks[k].span, |e| e.span)]
            .is_empty()
        && !seat_before_name
        && names_a_source(t, doc, (a, k))
        && (a..k).all(|c| t.toks[c].kind.is_wordlike());
    known.then_some(k)
}

/// حث الحارثي، منسوبي الشركة على استشعار …، ودعا المواطنين إلى المساهمة …، أهاب الغامدي
/// بجميع المواطنين أخذ الحيطة …: an exhortation names whom it urges, then what it urges.
/// Returns the subject (None when the phrase after the verb is only the addressee, and the
/// previous speaker goes on) and the token where what was urged starts.
fn exhortation_object(
    t: &Toks,
    doc: &Document,
    i: usize,
    speaker: Option<(usize, usize)>,
) -> Option<(Option<(usize, usize)>, usize)> {
    let f = t.form(i);
    let bare = f.strip_prefix(['و', 'ف']).unwrap_or(f);
    if !is(Role::Exhortation, bare) {
        return None;
    }
    // a verb that opens its clause (ودعا، or after punctuation), not a noun written like one
    // after another verb (أطلق طالب تونسي النار)
    let opens_clause = bare.len() < f.len() || t.opens_clause(i);
    let (subject, from) = match speaker {
        // (وكان الوزير قد دعا …، ميركل التي دعت …; not a noun that only looks like the verb:
        // أطلق طالب النار)
        Some(sp) if sp.1 <= i => {
            (t.form(i - 1) == "قد" || t.after_relative(i)).then_some((Some(sp), i + 1))?
        }
        // (دعا المواطنين إلى …: a sound plural in ين is whom it urges, and the speaker goes
        // on)
        Some((a, _)) if t.form(a).ends_with("ين") => opens_clause.then_some((None, a))?,
        // (a feminine noun after a masculine verb is whom it urges: وطالب قوات التحالف
        // بسرعة الحسم, وناشد الحكومة; its subject would make it طالبت)
        Some((a, _)) if opens_clause && masculine(bare) && feminine(t, doc, a) => (None, a),
        // (a sound plural in ون is a subject: ودعا الدائنون إلى …)
        Some((a, b))
            if names_a_source(t, doc, (a, b))
                || t.form(a).ends_with("ون") && t.form(a).chars().count() >= 5 =>
        {
            // the subject, then whom it urges: a name and its titles, or, after a source word
            // with the article, only its nisba adjectives (الدفاع المدني | بالمواطنين، الوزير
            // | المواطنين، الأمير | الشباب)
            let named = doc.entities[crate::ranges::overlapping(
                &doc.entities,
                range_span(t, (a, b.min(a + 8))),
                |e| e.span,
            )]
            .iter()
            .any(|e| matches!(e.label, EntityLabel::Person | EntityLabel::Organization));
            // (an adjective is no source word: ودعا الوزير | الحكومة إلى …)
            let end = if t.has_article(a) && !named {
                let mut k = a + 1;
                while k < b
                    && t.has_article(k)
                    && t.form(k).ends_with(['ي', 'ة', 'ه'])
                    && !lexicons().sources.contains_key(t.head_word(k))
                {
                    k += 1;
                }
                k
            } else {
                subject_end(t, doc, (a, b)).unwrap_or(b).min(b)
            };
            (Some((a, end)), end)
        }
        // (a phrase that names no source is whom it urges; the speaker goes on)
        Some((a, _)) if opens_clause => (None, a),
        None if opens_clause => (None, i + 1),
        _ => return None,
    };
    let mut k = from;
    if t.is_punct(k, &['،', ',', '؛', ';']) {
        k += 1;
    }
    let first = k;
    let arabic = |k: usize| t.toks.get(k).is_some_and(|tk| tk.kind == TokenKind::Arabic);
    // طالب بضرورة الوقوف صفا واحدا، وطالبت بسرعة نقله إلى …: what it urges, no one urged
    if t.form(k)
        .strip_prefix('ب')
        .is_some_and(|r| is(Role::Urged, r))
    {
        return Some((subject, k));
    }
    // أهاب بالمواطنين أخذ …: the addressee is a prepositional phrase; what is urged follows it
    if t.form(k).starts_with('ب') && arabic(k) && !t.is_complementizer(k) {
        let mut closed = t.form(k).starts_with("بال");
        k += 1;
        while k < first + 6 && arabic(k) {
            if t.has_article(k) {
                closed = true;
            } else if closed || rasid_arabic::is_stopword(t.form(k)) {
                break;
            }
            k += 1;
        }
        // (an indefinite accusative after it says how, and the ب-phrase is what is urged:
        // طالب بالوقوف صفا واحدا)
        let adverbial = t.form(k).ends_with('ا') && !t.has_article(k);
        return (closed && !adverbial && opens_noun_object(t, doc, k, false))
            .then_some((subject, k));
    }
    let mut limit = first + 6;
    while k < limit && arabic(k) && !t.is_complementizer(k) {
        let f = t.form(k);
        // (دعا الغنوشي رئيس الحركة في تصريح صحفي إلى …: the frame of the statement does not
        // count against the words before what is urged)
        if f == "في" && statement_word(t.form(k + 1)) {
            limit += 3;
        }
        // حث X على …، دعا X إلى …
        if k > first && matches!(f, "على" | "الى") {
            return arabic(k + 1).then_some((subject, k + 1));
        }
        // دعت الجمهور للمشاركة …
        if k > first && f.starts_with("لل") && f.chars().count() >= 5 {
            return Some((subject, k));
        }
        // طالب الحكومة بتوفير … (a place with the article qualifies whom it urges: طالبت
        // الوزارة إدارات التعليم بالمناطق بإنهاء …)
        let place_after = f.starts_with("بال")
            && (k + 1..(k + 4).min(first + 8)).any(|n| {
                t.form(n)
                    .strip_prefix('ب')
                    .is_some_and(|r| r.chars().count() >= 3 && !r.starts_with("ال"))
            });
        if (k > first || subject.is_some())
            && !place_after
            && f.strip_prefix('ب').is_some_and(|r| r.chars().count() >= 3)
            && !rasid_arabic::is_stopword(f)
            && !lexicons().sources.contains_key(t.head_word(k))
        {
            return Some((subject, k));
        }
        k += 1;
    }
    None
}

/// Whether a past or present verb is masculine singular (طالب، دعا، يطالب; not طالبت، دعوا،
/// تطالب).
fn masculine(verb: &str) -> bool {
    !verb.ends_with('ت') && !verb.ends_with("وا") && !verb.starts_with('ت')
}

/// Whether token `k` is a feminine noun (الحكومة، قوات، السلطات) and no person's name.
fn feminine(t: &Toks, doc: &Document, k: usize) -> bool {
    let f = t.form(k);
    (f.ends_with(['ة', 'ه']) && t.has_article(k) || f.ends_with("ات"))
        && f.chars().count() >= 4
        && doc.entities[crate::ranges::overlapping(&doc.entities, t.toks[k].span, |e| e.span)]
            .iter()
            .all(|e| e.label != EntityLabel::Person)
}

/// Where the subject that a source word without a name opens at token `a` ends (at most at
/// `b`). Without the article the word heads a construct that runs to the first word with the
/// article (رئيس غرفة الشرقية، مجلس شورى الحركة); after that, or after a sound plural, only
/// words with the article and coordinated ones qualify it (الرئاسة العامة للأرصاد وحماية
/// البيئة). A construct that never closes leaves the end unknown (مصادر عسكرية في …، شهود عيان
/// بمقتل …): None.
fn construct_end(t: &Toks, a: usize, b: usize) -> Option<usize> {
    // (a sound plural heads no construct: its ن falls there, مختصو القطاع)
    let mut closed = t.has_article(a) || t.form(a).ends_with("ون") || t.form(a).ends_with("ين");
    // after a person's title and its complement, a word with the article is an adjective
    // (وزير الخارجية الأمريكي، رئيس الوزراء السابق) or the verb's object (أدان وزير الخارجية
    // الهجوم): only adjectives go on
    let title = person_title(t, a);
    let mut k = a + 1;
    while k < b && k < a + 7 {
        // (المتحدث باسم الجيش، الناطق باسم وزارة الداخلية: the name one speaks for is a
        // construct of its own)
        if closed && t.form(k) == "باسم" && k + 1 < b {
            closed = false;
            k += 1;
            continue;
        }
        if closed {
            // (a conjunction before a construct, وحماية البيئة, or written apart, و الإعلام; not
            // a word whose own first letter is و: وقوع الحادث is the object)
            let conjunction = t.form(k) == "و"
                || t.form(k).strip_prefix('و').is_some_and(|rest| {
                    let stemmer = rasid_arabic::Stemmer::get();
                    stemmer.count(rest) > stemmer.count(t.form(k))
                });
            let coordinated = conjunction && t.has_article(k + 1) && k + 1 < b;
            if coordinated {
                k += 2;
            } else if title && k > a + 1 && t.has_article(k) && !adjective_like(t, k)
                // (after a feminine noun with the article only feminine adjectives: أدانت
                // الحكومة العراقية | الهجوم; a noun with the article takes no genitive)
                || breaks_feminine_agreement(t, a, k)
            {
                break;
            } else if t.has_article(k) || t.form(k).starts_with("وال") {
                k += 1;
            } else {
                break;
            }
        } else {
            let f = t.form(k);
            let split = rasid_arabic::Stemmer::get().split(f);
            let preposition = split.prefix.contains(['ب', 'ل', 'ك']);
            if t.toks[k].kind != TokenKind::Arabic
                || rasid_arabic::is_stopword(f)
                || preposition && !t.has_article(k)
            {
                break;
            }
            closed = t.has_article(k);
            k += 1;
        }
    }
    closed.then_some(k)
}

/// Whether the definite word at `k` (المواطن) stood before a person's name earlier in the
/// text (المواطن مانع ملفي): it names that person again.
fn named_before(t: &Toks, doc: &Document, k: usize) -> bool {
    t.has_article(k)
        && (0..k).any(|j| {
            t.head_word(j) == t.head_word(k)
                && t.toks.get(j + 1).is_some_and(|next| {
                    let at = doc
                        .entities
                        .partition_point(|e| e.span.start < next.span.start);
                    doc.entities.get(at).is_some_and(|e| {
                        e.label == EntityLabel::Person && e.span.start == next.span.start
                    })
                })
        })
}

/// Whether the word at `k`, with the article, reads as an adjective after a title and its
/// complement (الأمريكي، العامة، السابق), not as a noun of its own (الهجوم، الاتفاق).
fn adjective_like(t: &Toks, k: usize) -> bool {
    let f = crate::without_article(t.form(k)).unwrap_or(t.form(k));
    (nisba(f) && !is(Role::PluralInI, t.form(k)))
        || f.ends_with(['ة', 'ى', 'ا'])
        || is(Role::TitleAdjective, t.form(k))
}

/// Whether a source word (sources.tsv) names a news outlet: an agency, a medium, or the
/// word وكالة, which may head an agency's name.
fn is_outlet(word: &str) -> bool {
    lexicons()
        .sources
        .get(word)
        .is_some_and(|k| matches!(*k, "agency" | "agency_head" | "media"))
}

/// Whether the word at `k` is a person's title (وزير، مدير، الناطق).
fn person_title(t: &Toks, k: usize) -> bool {
    lexicons().sources.get(t.head_word(k)) == Some(&"person")
}

/// Whether token `k` cannot go on the feminine noun with the article and its adjectives at
/// `a..k` (الحكومة العراقية | الهجوم): a noun with the article takes no genitive, so only a
/// feminine adjective could.
fn breaks_feminine_agreement(t: &Toks, a: usize, k: usize) -> bool {
    feminine_phrase(t, a, k) && !feminine_adjective(t.form(k))
}

/// Whether tokens `a..k` are a feminine noun with the article and its adjectives, nothing
/// else (الحكومة العراقية، السلطات المغربية; not المديرية العامة للجوازات الإخوة).
fn feminine_phrase(t: &Toks, a: usize, k: usize) -> bool {
    let definite = |j: usize| t.form(j).starts_with("ال");
    k > a
        && definite(a)
        && (t.form(a).ends_with(['ة', 'ه']) || t.form(a).ends_with("ات"))
        && (a + 1..k).all(|j| definite(j) && t.form(j).ends_with(['ة', 'ه']))
}

/// Whether a word could be a feminine adjective: in ة, or an elative (الكبرى، العليا), or a
/// word that is not ال-initial (للكهرباء, a complement, and والجودة go on with the name), a
/// nisba (the people a broken plural in ة names: الإخوة اليمنيين), or a function word (التي).
fn feminine_adjective(f: &str) -> bool {
    !f.starts_with("ال")
        || f.ends_with(['ة', 'ه', 'ى'])
        || f.ends_with("يا")
        || nisba(f)
        || rasid_arabic::is_stopword(f)
}

/// Whether a word with the article is a sound plural (المواطنين، التونسيون، السلطات; not
/// الأمين or الحسين, whose ين is the root's).
fn plural_noun(f: &str) -> bool {
    let Some(w) = crate::without_article(f) else {
        return false;
    };
    let n = w.chars().count();
    w.ends_with("يين")
        || w.ends_with("يون")
        || (w.ends_with("ين") || w.ends_with("ون")) && n >= 6
        || w.ends_with("ات") && n >= 5
}

/// Whether a word ends like a nisba adjective (أمني، طبية، عراقيون، سعوديين، يمنيان).
fn nisba(f: &str) -> bool {
    ["ي", "ية", "يه", "يون", "يين", "يان"]
        .iter()
        .any(|e| f.ends_with(e))
}

/// The token after the date mentions that start at token `k` (or after a comma there), with
/// the commas and parentheses around them (اليوم (الأربعاء)، are two mentions); None when no
/// date starts there.
fn past_dates(t: &Toks, doc: &Document, k: usize) -> Option<usize> {
    let date_end_at = |c: usize| {
        let n = t.toks.get(c)?;
        doc.dates
            .iter()
            .filter(|d| d.span.start == n.span.start)
            .map(|d| d.span.end)
            .max()
    };
    let skip_punct = |mut c: usize| {
        while t.is_punct(c, &[')', '(', '،', ',']) {
            c += 1;
        }
        c
    };
    // (and the في before a date: وأعلنت القوات العراقية في 13 يوليو، تكثيف …)
    let past_in = |c: usize| {
        if t.form(c) == "في" && date_end_at(c + 1).is_some() {
            c + 1
        } else {
            c
        }
    };
    let mut c = past_in(skip_punct(k));
    let mut dated = false;
    while let Some(end) = date_end_at(c) {
        // (always forward, whatever the date's end)
        c = past_in(skip_punct(
            t.toks.partition_point(|tk| tk.span.end <= end).max(c + 1),
        ));
        dated = true;
    }
    dated.then_some(c)
}

/// A name's span extended back over the titles written before it (نائب مدير المستشفى الدكتور
/// X): source words, and words with the article that a source word governs.
fn with_titles(t: &Toks, (mut a, b): (usize, usize)) -> (usize, usize) {
    let title = |k: usize| lexicons().sources.contains_key(t.head_word(k));
    while a > 0 && t.toks[a - 1].kind == TokenKind::Arabic {
        let k = a - 1;
        let governed = k > 0 && t.has_article(k) && title(k - 1);
        if title(k) || governed {
            a = k;
        } else {
            break;
        }
    }
    (a, b)
}

/// The person or organization whose name opens at token `k`.
fn name_opening_at<'d>(t: &Toks, doc: &'d Document, k: usize) -> Option<&'d rasid_doc::Entity> {
    let tok = t.toks[k].span;
    doc.entities[crate::ranges::overlapping(&doc.entities, tok, |e| e.span)]
        .iter()
        .find(|e| {
            e.span.start == tok.start
                && matches!(e.label, EntityLabel::Organization | EntityLabel::Person)
        })
}

/// The tokens of the person or organization whose name ends at token `k`.
fn name_ending_at(t: &Toks, doc: &Document, k: usize) -> Option<(usize, usize)> {
    let end = t.toks.get(k)?.span.end;
    let e = doc.entities.iter().find(|e| {
        e.span.end == end && matches!(e.label, EntityLabel::Person | EntityLabel::Organization)
    })?;
    let r = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span);
    (!r.is_empty()).then_some((r.start, r.end))
}

/// A speaker written as a phrase: its longest entity (a person first) and its source type.
fn phrase_speaker(
    t: &Toks,
    doc: &Document,
    span: Span,
    head: Option<usize>,
    anonymous_hint: bool,
) -> (Option<Speaker>, SourceType) {
    let entity = doc.entities[crate::ranges::within(&doc.entities, span, |e| e.span)]
        .iter()
        .max_by_key(|e| (e.label == EntityLabel::Person, e.span.len()))
        .map(|e| e.id.clone());
    let st = source_type(t, doc, Some(span), head, anonymous_hint);
    (Some(Speaker { span, entity }), st)
}

/// A speaker known only as a person named in the text.
fn person_speaker(e: &rasid_doc::Entity) -> (Option<Speaker>, SourceType) {
    let speaker = Speaker {
        span: e.span,
        entity: Some(e.id.clone()),
    };
    (Some(speaker), SourceType::NamedPerson)
}

/// The person named most often before byte offset `to` (by canonical name; the first
/// mention of the earliest on a tie).
fn main_person(doc: &Document, to: usize) -> Option<&rasid_doc::Entity> {
    let people: Vec<&rasid_doc::Entity> = doc
        .entities
        .iter()
        .take_while(|e| e.span.end <= to)
        .filter(|e| e.label == EntityLabel::Person)
        .collect();
    let name = |e: &rasid_doc::Entity| {
        e.canonical
            .clone()
            .unwrap_or_else(|| e.span.slice(&doc.text).to_string())
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for e in &people {
        *counts.entry(name(e)).or_default() += 1;
    }
    let best = people
        .iter()
        .enumerate()
        .max_by_key(|(k, e)| (counts[&name(e)], std::cmp::Reverse(*k)))?
        .1;
    people.iter().copied().find(|e| name(e) == name(best))
}

/// The last person entity between byte offsets `from` and `to`.
fn last_person(doc: &Document, from: usize, to: usize) -> Option<&rasid_doc::Entity> {
    doc.entities[crate::ranges::within(&doc.entities, Span::new(from, to), |e| e.span)]
        .iter()
        .rfind(|e| e.label == EntityLabel::Person)
}

/// Whether a phrase after a nominal cue names a source: a known source word among its
/// first words, a quoted name, or a person or organization entity in it.
fn names_a_source(t: &Toks, doc: &Document, (a, b): (usize, usize)) -> bool {
    let known = lexicons().sources.contains_key(t.head_word(a));
    // (a sound masculine plural in the nominative is a subject, a group of people: وأرجع
    // مصرفيون هذا الارتفاع، ويعتبر تجار كثيرون; six letters at least: not قانون، مليون)
    let nominative_plural = |k: usize| sound_plural(t, k).is_some_and(|letters| letters >= 6);
    let people = nominative_plural(a) || b > a + 1 && nominative_plural(a + 1);
    let quoted_name = (a..b).any(|k| t.is_quote_mark(k));
    let span = range_span(t, (a, b));
    let entity = doc.entities[crate::ranges::within(&doc.entities, span, |e| e.span)]
        .iter()
        .any(|e| matches!(e.label, EntityLabel::Person | EntityLabel::Organization));
    known || people || quoted_name || entity
}

/// The letters of the word at `k` without its conjunction, a preposition written on it
/// (لقانون، للمراقبين) and the article, when it is a sound masculine plural in the nominative
/// (ends in ون); None otherwise.
fn sound_plural(t: &Toks, k: usize) -> Option<usize> {
    let w = t.form(k).trim_start_matches(['و', 'ف']);
    let stemmer = rasid_arabic::Stemmer::get();
    let w = match w.strip_prefix("لل") {
        Some(rest) => rest,
        None => w
            .strip_prefix(['ل', 'ب'])
            .filter(|rest| stemmer.count(rest) > stemmer.count(w))
            .unwrap_or(w),
    };
    let w = w.strip_prefix("ال").unwrap_or(w);
    w.ends_with("ون").then(|| w.chars().count())
}

/// The subject of the verb that opens the clause of token `i`: the clause starts at the
/// sentence start or after فيما، بينما، حيث، في حين; its first word is the verb.
fn clause_subject(t: &Toks, doc: &Document, i: usize, sent: Span) -> Option<(usize, usize)> {
    let mut verb = None;
    for k in (0..i).rev() {
        if t.toks[k].span.start < sent.start {
            break;
        }
        // (not when the cue itself follows: وحقق البنك نتائج، حيث قال إنه …, the subject of
        // the clause before)
        if matches!(t.form(k), "فيما" | "بينما" | "حيث") && k + 1 < i {
            verb = Some(k + 1);
            break;
        }
        if t.form(k) == "حين" && k > 0 && t.form(k - 1) == "في" {
            verb = Some(k + 1);
            break;
        }
        verb = Some(k);
    }
    let mut v = verb.filter(|&v| v < i)?;
    // (ثم ألقى الفنان X كلمة أشار فيها، وقد افتتح الأمير: the verb follows the particle)
    if is(Role::VerbParticle, t.form(v)) && v + 1 < i {
        v += 1;
    }
    // (من جانبه، من جهتها: the verb follows)
    if on_ones_part(t, v) {
        v += if t.is_punct(v + 2, &['،', ',']) {
            3
        } else {
            2
        };
    }
    // (يذكر أن إدارة النادي أبدت تمسكها …، مشيرة: after the writer's reminder, the subject of
    // the clause it opens, which stands before its verb: its first noun phrase)
    let after_reminder = t
        .cue(v)
        .filter(|c| c.impersonal)
        .and_then(|_| (v + 1..(v + 3).min(i)).find(|&c| t.is_complementizer(c)))
        .and_then(|c| QuoteExtractor::phrase_after(t, c, false))
        .and_then(|sp| {
            // (and the name after the title: زعيم طالبان الملا محمد عمر)
            let mut end = subject_end(t, doc, sp)?;
            while end < sp.1 && t.in_person[end] {
                end += 1;
            }
            Some((sp.0, end))
        })
        .filter(|&sp| sp.1 <= i && names_a_source(t, doc, sp));
    if after_reminder.is_some() {
        return after_reminder;
    }
    let subject = |v: usize| {
        let sp = QuoteExtractor::phrase_after(t, v, false)?;
        // (أبدت الصحف الرومانية اهتماما كبيرا …، مشيرة: the verb's object is not its subject)
        let sp = noun_object_after_subject(t, doc, sp).map_or(sp, |(end, _)| (sp.0, end));
        // (تخلل الاحتفال كلمة للرئيس التنفيذي X هنأ فيها …، متمنيا: the one whose speech the
        // subject holds speaks)
        let sp = (sp.0..sp.1.saturating_sub(1))
            .find(|&k| {
                is(Role::Frame, t.head_word(k))
                    && t.raw(k + 1).starts_with('ل')
                    && person_title(t, k + 1)
            })
            .map_or(sp, |k| (k + 1, sp.1));
        (sp.1 <= i && names_a_source(t, doc, sp)).then_some(sp)
    };
    // (or the verb after an opening adverbial: وتعقيبا على تصريحاته، رفض X … قائلا)
    subject(v).or_else(|| {
        let comma = (v..i).find(|&k| t.is_punct(k, &['،', ',']))?;
        subject(comma + 1)
    })
}

/// The subject of the verb that opens the sentence before `sent`, when it names a person (a
/// person entity in it): who a following sentence without a subject goes on about.
fn previous_subject(t: &Toks, doc: &Document, sent: Span) -> Option<(usize, usize)> {
    let si = doc.sentences.partition_point(|s| s.end <= sent.start);
    let prev = *doc.sentences.get(si.checked_sub(1)?)?;
    // (the same paragraph only)
    if doc.text[prev.end..sent.start].contains('\n') {
        return None;
    }
    let last = t
        .toks
        .partition_point(|tk| tk.span.end <= prev.end)
        .checked_sub(1)?;
    let sp = clause_subject(t, doc, last, prev)?;
    // (or a title with no name: وعبر رئيس مجلس الشورى، عن أسفه … . وقال: …, not a name
    // the sentence goes on to, إلى خادم الحرمين الملك سلمان; the short title right after the
    // verb that opens the sentence, set off by a comma, so that no name follows it, and the
    // verb no copula: not وكانت الممثلة الجزائرية قد لاقت نجاحا …، وقد أدت)
    person_subject(t, doc, sp).or_else(|| {
        let first = t.first_at(prev.start);
        let title = sp.0 == first + 1
            && t.is_punct(sp.1, &['،', ','])
            && sp.1 - sp.0 <= 8
            && !is(Role::Copula, t.form(first).trim_start_matches(['و', 'ف']))
            && !(sp.0..sp.1).any(|j| t.form(j) == "قد")
            && lexicons().sources.get(t.head_word(sp.0)) == Some(&"person");
        let named = doc.entities
            [crate::ranges::overlapping(&doc.entities, range_span(t, sp), |e| e.span)]
        .iter()
        .any(|e| e.label == EntityLabel::Person);
        // (a title whose last word waits for a name is cut short: وزير التعليم الدكتور)
        let sp = title_to_name(t, doc, sp, false);
        (title && !named && !person_title(t, sp.1 - 1)).then_some(sp)
    })
}

/// Whether a phrase opens with a source word (المتحدث، مصدر) or a name.
fn opens_with_source(t: &Toks, doc: &Document, (a, _): (usize, usize)) -> bool {
    lexicons().sources.contains_key(t.head_word(a))
        || doc.entities[crate::ranges::overlapping(&doc.entities, t.toks[a].span, |e| e.span)]
            .iter()
            .any(|e| e.span.start == t.toks[a].span.start)
}

/// A verb's subject phrase when it names a person: without the verb's object (نقل المدير …
/// العمري | تعازي …) and without what follows the person's name (وصف نتنياهو | الخطاب،
/// اتصل كاميرون | بالرئيس الإيراني).
fn person_subject(t: &Toks, doc: &Document, sp: (usize, usize)) -> Option<(usize, usize)> {
    let sp = match noun_object_after_subject(t, doc, sp) {
        Some((end, _)) => (sp.0, end),
        None => title_to_name(t, doc, sp, false),
    };
    let span = range_span(t, sp);
    let person = doc.entities[crate::ranges::within(&doc.entities, span, |e| e.span)]
        .iter()
        .find(|e| e.label == EntityLabel::Person)?;
    let end = crate::ranges::overlapping(t.toks, person.span, |tk| tk.span).end;
    Some((sp.0, end))
}

/// Whether the last quote found reaches past byte offset `from`.
fn quoted_since(quotes: &[Quote], from: usize) -> bool {
    quotes.last().is_some_and(|q| q.span.end > from)
}

/// Whether the sentence before `sent` holds a quote.
fn quoted_before(doc: &Document, quotes: &[Quote], sent: Span) -> bool {
    let si = doc.sentences.partition_point(|s| s.end <= sent.start);
    si.checked_sub(1)
        .is_some_and(|p| quoted_since(quotes, doc.sentences[p].start))
}

/// SVO order: the source named just before its verb in the same clause
/// (`مصدر في البلدية قال …`، `بعد تقرير لصحيفة "ذا تايمز" أشار إلى أن`). Only a phrase
/// whose first word is a known source head (or that holds an entity) counts.
fn subject_before(t: &Toks, i: usize, sent: Span) -> Option<(usize, usize)> {
    let mut k = clause_words_before(t, i, sent);
    // (back past في or من to a source word that opens the clause's words one or two words
    // before it, when a word or two follow it: مصدر في البلدية قال، مصادر مقربة من النادي
    // تؤكد; not علي العمران مواطن من جدة، رصد التقرير عددا من المؤشرات التي تشير)
    if k >= 2 && matches!(t.form(k - 1), "في" | "من") && i - k <= 2 {
        let j = clause_words_before(t, k - 1, sent);
        // (not a day: اعتبارا من الأحد في الصحف تؤكد)
        if k - j <= 3
            && t.toks[j].kind.is_wordlike()
            && !is(Role::Time, t.form(j))
            && lexicons().sources.contains_key(t.head_word(j))
        {
            k = j;
        }
    }
    // a known source word among the first words (تقرير لصحيفة …، مصدر في …), or a person in
    // the indefinite accusative after لكن / أن (لكن مسؤولا قال، إلا أن مصدرا أمنيا أكد)
    let first = (k..i).find(|&a| t.toks[a].kind.is_wordlike())?;
    let accusative = || {
        first > 0
            && is(Role::BeforeSubject, t.form(first - 1))
            && accusative_person(t, first).is_some()
    };
    // (not a quotation mark opening the words after it: مستشار الضريبة في أبل "اعترف; one
    // closing a name stays, وكالة "رويترز" قالت)
    let marks = (first..i).filter(|&k| t.is_quote_mark(k)).count();
    let end = if marks % 2 == 1 && t.is_quote_mark(i - 1) {
        i - 1
    } else {
        i
    };
    (source_word(t, first, i).is_some() || accusative()).then_some((first, end))
}

/// Whether token `a` opens the sentence or a clause after its punctuation, not a conjunct
/// (، وسمو ولي العهد) nor a word inside a reported clause (أن لقاءه بالأمير، والأمير …).
fn opens_main_clause(t: &Toks, a: usize, sent: Span) -> bool {
    // (after the sentence's start or a clause's punctuation, not a bracket: وكالة (د.ب.أ)
    // للأنباء رأيهم)
    let after_punct = a == 0
        || t.toks[a - 1].span.end <= sent.start
        || t.is_punct(a - 1, &['،', ',', '.', ':', '؛', ';', '!', '؟', '?']);
    after_punct
        && t.opens_clause(a)
        && !t.raw(a).starts_with('و')
        && !(0..a)
            .rev()
            .take_while(|&k| t.toks[k].span.start >= sent.start)
            .any(|k| t.is_complementizer(k))
}

/// The relative pronoun whose clause holds the words right before the verb at `i` (ناصر
/// الطوالة الذي يعمل في الشركة منذ عشرين عاما قال): that verb's subject is its antecedent,
/// not a word of the clause.
fn relative_before(t: &Toks, i: usize, sent: Span) -> Option<usize> {
    // (within the clause: past a preposition, not past a conjunction or كان, وكان لقاء صريحا
    // أكد فيه)
    let opens_clause = |p: usize| {
        let f = t.form(p);
        is(Role::BeforeSubject, f) && !is(Role::GovernsNoun, f)
    };
    let mut k = i;
    while k > 0 && i - k < 10 {
        let p = k - 1;
        if t.toks[p].span.start < sent.start {
            return None;
        }
        if is(Role::Relative, t.form(p).trim_start_matches('و')) {
            // (الذي قال: the relative's own verb, read where the cue is)
            return (p + 1 < i).then_some(p);
        }
        if opens_clause(p) || ends_clause_before(t, p) {
            return None;
        }
        k = p;
    }
    None
}

/// The antecedent of the relative pronoun at `r` when it names a source: a name with its
/// titles (التقينا الدكتور X الذي …) or a source phrase (المصدر الذي …).
fn relative_antecedent(t: &Toks, doc: &Document, r: usize, sent: Span) -> Option<(usize, usize)> {
    // (not a body's name after a preposition without a title before it: استشاري … بمستشفى
    // X الذي, but الأمين العام لمنظمة X الذي; a person's is the one spoken of, في تعليق لناصر
    // الطوالة الذي)
    let complement = |a: usize| {
        let tok = t.toks[a].span;
        t.raw(a).starts_with(['ب', 'ل'])
            && !doc.entities[crate::ranges::overlapping(&doc.entities, tok, |e| e.span)]
                .iter()
                .any(|e| e.label == EntityLabel::Person && e.span.start >= tok.start)
    };
    let name = r
        .checked_sub(1)
        .filter(|&k| t.toks[k].span.start >= sent.start)
        .and_then(|k| name_ending_at(t, doc, k))
        .and_then(|(a, b)| match with_titles(t, (a, b)) {
            (titled, _) if titled == a && complement(a) => None,
            titled => Some(titled),
        });
    // (a comma may stand between, الطبيب المعالج للاعب، والذي أكد, when the phrase opens with a
    // source word or a name and its head agrees with the relative in gender: not مديرية
    // التوثيق، الذي يقول, فكر الملك، التي تشدد, وأقيمت الندوة بمركز X، الذي أكد)
    let comma = r >= 2 && t.is_punct(r - 1, &['،', ',']);
    let fits = |(a, _): (usize, usize)| {
        let head = t.head_word(a);
        let name = name_opening_at(t, doc, a);
        (name.is_some() || lexicons().sources.contains_key(head)) && {
            let feminine = head.ends_with('ة') || head.ends_with("ات");
            match t.form(r).trim_start_matches('و') {
                "الذي" => !feminine,
                "التي" => feminine,
                // (one person is no plural's antecedent: ليونيل ميسي، الذين يقولون)
                "الذين" => {
                    !head.ends_with('ة') && name.is_none_or(|e| e.label != EntityLabel::Person)
                }
                _ => true,
            }
        }
    };
    // (past a function word the phrase's words may start with: بما في ذلك صندوق النقد، الذي)
    let trimmed = |(a, b): (usize, usize)| {
        let a = (a..b)
            .find(|&k| !rasid_arabic::is_stopword(t.form(k)))
            .unwrap_or(a);
        (a, b)
    };
    name.or_else(|| {
        subject_before(t, if comma { r - 1 } else { r }, sent)
            .map(|sp| if comma { trimmed(sp) } else { sp })
            .filter(|sp| names_a_source(t, doc, *sp) && (!comma || fits(*sp)))
    })
}

/// Where the words right before the verb at `i` that may be its subject start (at most eight,
/// back to the sentence start, a complementizer, a word that ends a subject read backwards, a
/// punctuation mark other than a quotation mark, another cue or a line break).
fn clause_words_before(t: &Toks, i: usize, sent: Span) -> usize {
    let mut k = i;
    while k > 0 && i - k < 8 {
        let p = k - 1;
        if t.toks[p].span.start < sent.start
            || is(Role::BeforeSubject, t.form(p))
            || ends_clause_before(t, p)
        {
            break;
        }
        k = p;
    }
    k
}

/// Whether token `p` ends, read backwards, the clause of a verb after it: a complementizer, a
/// punctuation mark other than a quotation mark, another cue or a line break after it.
fn ends_clause_before(t: &Toks, p: usize) -> bool {
    t.is_complementizer(p)
        || (t.toks[p].kind == TokenKind::Punct && !t.is_quote_mark(p))
        || t.cue(p).is_some()
        || t.line_break_after(p)
}

/// Whether a cue is feminine (قالت، تقول، مشيرة) or masculine (قال، يقول، مشيرا) as the
/// lexicon pairs its forms; `None` for a plural, a noun or a form with no pair.
fn feminine_cue(form: &str) -> Option<bool> {
    let f = form.trim_start_matches(['و', 'ف']);
    lexicon_cue(f)?;
    let known = |g: String| lexicon_cue(&g).is_some();
    // (a plural or a dual has no pair of the other gender)
    if ["وا", "ون", "ين", "ان"].iter().any(|e| f.ends_with(e)) {
        return None;
    }
    if let Some(stem) = f.strip_suffix('ت').filter(|s| known(s.to_string())) {
        return Some(!stem.is_empty());
    }
    if known(format!("{f}ت")) {
        return Some(false);
    }
    if let Some(rest) = f.strip_prefix('ت').filter(|r| known(format!("ي{r}"))) {
        return Some(!rest.is_empty());
    }
    if let Some(rest) = f.strip_prefix('ي').filter(|r| known(format!("ت{r}"))) {
        return Some(rest.is_empty());
    }
    if let Some(stem) = f
        .strip_suffix(['ة', 'ه'])
        .filter(|s| known(format!("{s}ا")))
    {
        return Some(!stem.is_empty());
    }
    if let Some(stem) = f.strip_suffix('ا').filter(|s| known(format!("{s}ة"))) {
        return Some(stem.is_empty());
    }
    None
}

/// Whether the reporting verb at `i` can have the previous speaker as its subject: a plural
/// verb (قالوا، أكدوا) not one named person; a feminine one (قالت، أشارت) not a masculine
/// plural (الباحثون).
fn agrees(t: &Toks, doc: &Document, i: usize, speaker: Option<&Speaker>, st: SourceType) -> bool {
    let Some(speaker) = speaker else {
        return true;
    };
    let verb = t.form(i).trim_start_matches(['و', 'ف']);
    if verb.ends_with("وا") {
        // (one person alone: not names or sources joined by و, سعيد الحربي وجمال عسيري، علي
        // الحسيني رئيس البلدية ومصدران بالشرطة)
        let persons = doc.entities[crate::ranges::within(&doc.entities, speaker.span, |e| e.span)]
            .iter()
            .filter(|e| e.label == EntityLabel::Person)
            .count();
        let joined = crate::ranges::within(t.toks, speaker.span, |tk| tk.span)
            .any(|k| t.toks[k].kind == TokenKind::Arabic && t.form(k).starts_with('و'));
        return !(st == SourceType::NamedPerson && persons == 1 && !joined);
    }
    let feminine_verb = verb.strip_suffix('ت').and_then(lexicon_cue).is_some();
    let Some(head) = crate::ranges::within(t.toks, speaker.span, |tk| tk.span).next() else {
        return true;
    };
    // (a plural whose singular is a word: مراقبون، المختصون; not تلفزيون)
    let singular_known = |f: &str| {
        let f = f.trim_start_matches(['و', 'ف']);
        let f = f.strip_prefix("ال").unwrap_or(f);
        f.strip_suffix("ون")
            .is_some_and(|sg| rasid_arabic::Stemmer::get().count(sg) > 0)
    };
    let masculine_plural = sound_plural(t, head).is_some()
        && singular_known(t.form(head))
        && doc.entities[crate::ranges::overlapping(&doc.entities, t.toks[head].span, |e| e.span)]
            .is_empty();
    !(feminine_verb && masculine_plural)
}

/// A subject written before its verb at `i` that names no known source: the words after كان
/// and before قد (وكانت دراسة سابقة قد تم إجراؤها … أشارت), or the words after لكن or بل
/// when they open with a noun (لكن مستخدمين صينيين للانترنت قالوا).
fn fronted_subject(t: &Toks, i: usize, sent: Span) -> Option<(usize, usize)> {
    let in_sentence = |k: usize| t.toks[k].span.start >= sent.start;
    // (كان X قد …: X)
    let copula = (i.saturating_sub(14)..i)
        .rev()
        .find(|&k| in_sentence(k) && matches!(t.form(k), "كان" | "كانت" | "وكان" | "وكانت"));
    if let Some(c) = copula {
        let perfect = (c + 2..(c + 7).min(i)).find(|&k| t.form(k) == "قد");
        if let Some(q) = perfect {
            return Some((c + 1, q));
        }
    }
    let k = clause_words_before(t, i, sent);
    let opener = k.checked_sub(1).filter(|&p| in_sentence(p));
    let opens_clause = opener.is_some_and(|p| matches!(t.form(p), "لكن" | "ولكن" | "بل"));
    let noun = k < i && !rasid_arabic::is_stopword(t.form(k)) && t.cue(k).is_none();
    (opens_clause && noun).then_some((k, i))
}

/// The source kind of a person in the indefinite accusative at `k` (مسؤولا، مصدرا): the
/// subject after لكن or أن.
fn accusative_person(t: &Toks, k: usize) -> Option<&'static str> {
    let kind = *lexicons().sources.get(t.form(k).strip_suffix('ا')?)?;
    matches!(kind, "anonymous" | "person").then_some(kind)
}

/// Whether a speaker phrase is one indefinite accusative word, the verb's object or an adverb
/// and never its subject (قال لاحقا إنه …، كانت تقول دائما إن …، لا يرى بأسا أن …; not a
/// pronoun's alif, مصادرنا، زوجها, nor a source word or a name).
fn lone_accusative(t: &Toks, (a, b): (usize, usize)) -> bool {
    let f = t.form(a);
    b == a + 1
        && f.ends_with('ا')
        && !["وا", "ها", "نا", "هما"].iter().any(|p| f.ends_with(p))
        && f.chars().count() >= 4
        && !t.has_article(a)
        && !t.in_name[a]
        && !lexicons().sources.contains_key(t.head_word(a))
}

/// `لوكالة X`, `لـ"X"`, `لصحيفة X`: the relaying outlet, as a token range.
fn relay_target(t: &Toks, j: usize) -> Option<(usize, usize)> {
    let f = t.form(j);
    let rest = f.strip_prefix('ل')?;
    let named_here = is(Role::RelayHead, rest) || (rest.chars().count() >= 3 && is_outlet(rest));
    let start = if named_here {
        j
    } else if (rest.is_empty() || rest == "ـ") && j + 1 < t.toks.len() {
        j + 1 // لـ "الشرق الأوسط"
    } else {
        return None;
    };
    let mut end = start + 1;
    // (لصحيفة «الحياة»: the outlet's name in marks after its head word)
    if named_here && t.is_quote_mark(end) {
        if let Some(close) = (end + 1..(end + 7).min(t.toks.len())).find(|&k| t.is_quote_mark(k)) {
            return (close > end + 1)
                .then_some((start, close + 1))
                .or(Some((start, end)));
        }
    }
    while end < t.toks.len() && end - start < 5 {
        if t.is_complementizer(end)
            || t.is_punct(end, &['،', ',', ':', '.', '”', '"', '»', '“', '«'])
            || t.line_break_after(end - 1)
        {
            break;
        }
        end += 1;
    }
    // include a closing mark that balances an opening one
    if (start..end).any(|k| t.is_quote_mark(k)) && t.is_quote_mark(end) {
        end += 1;
    }
    Some((start, end))
}

/// The span of a token range, with a leading preposition ل left out.
fn via_span(t: &Toks, (a, b): (usize, usize)) -> Span {
    let first = t.toks[a].span;
    let raw = t.raw(a);
    // ل is a preposition before a word the source lexicon knows (لصحيفة، لوكالة); in لجنة،
    // لبنان، ليبيا it is the name's own letter, and before the article (للمكتب) it took the
    // article's alif, so no slice of the word is the noun: the word stays whole
    let rest = t.form(a).strip_prefix('ل').unwrap_or("");
    let preposition = raw.starts_with('ل')
        && rest.chars().count() >= 2
        && !rest.starts_with('ل')
        && (is(Role::RelayHead, rest) || lexicons().sources.contains_key(rest));
    let skip = if preposition { "ل".len() } else { 0 };
    unquoted(t, Span::new(first.start + skip, t.toks[b - 1].span.end))
}

/// A span without the quotation marks that wrap it whole (لـ «عكاظ» names عكاظ); marks
/// inside it stay (وكالة "سانا").
fn unquoted(t: &Toks, span: Span) -> Span {
    let text = span.slice(t.text);
    // (the curly marks either way round: لـ”عين اليوم”)
    let inner = text
        .strip_prefix(['«', '"', '“', '”'])
        .and_then(|r| r.strip_suffix(['»', '"', '”', '“']));
    match inner {
        // (without the spaces inside the marks: « الشرفي»)
        Some(inner) if !inner.trim().is_empty() && !inner.contains(&crate::QUOTE_MARKS[..]) => {
            let open = text.chars().next().map_or(0, char::len_utf8);
            let lead = inner.len() - inner.trim_start().len();
            let start = span.start + open + lead;
            Span::new(start, start + inner.trim().len())
        }
        _ => span,
    }
}

fn range_span(t: &Toks, (a, b): (usize, usize)) -> Span {
    Span::new(t.toks[a].span.start, t.toks[b - 1].span.end)
}

/// Direct content: from after an opening quotation mark at `open` to its
/// closing mark in the same paragraph (or the paragraph end).
fn quoted(t: &Toks, open: usize) -> Option<(Span, usize)> {
    let end_of_par = t.paragraph_end(open);
    // a quotation never closed ends with its sentence, or where the author's next clause
    // begins (، كما …)
    let unclosed_end = || {
        (open + 2..=end_of_par)
            .find(|&k| {
                t.is_punct(k, &['.', '!', '؟', '?'])
                    || t.is_punct(k, &['،', ','])
                        && matches!(t.form(k + 1), "كما" | "فيما" | "بينما" | "وكان" | "وكانت")
            })
            .unwrap_or(end_of_par + 1)
    };
    // a quotation may run over a line break when it closes in the next paragraph
    let next_par = t
        .paragraph_end(end_of_par + 1)
        .min(t.toks.len().saturating_sub(1));
    // “… “a title” …” and «… «…» …»: a mark that opens again nests, its own closer first
    let (opener, closer) = match t.raw(open) {
        "“" => ("“", "”"),
        "«" => ("«", "»"),
        _ => ("", ""),
    };
    let nested_close = (!opener.is_empty())
        .then(|| {
            let mut depth = 0usize;
            (open + 1..=end_of_par).find(|&k| {
                let raw = t.raw(k);
                if raw == opener {
                    depth += 1;
                } else if raw == closer {
                    if depth == 0 {
                        return true;
                    }
                    depth -= 1;
                }
                false
            })
        })
        .flatten();
    // (nesting that never closes is a text that opens with the closing mark too: the first
    // mark closes)
    let close = nested_close
        .or_else(|| (open + 1..=end_of_par).find(|&k| t.is_quote_mark(k)))
        .or_else(|| {
            // (an opening « there starts the next quotation: this one closed nowhere)
            (end_of_par + 1..=next_par)
                .find(|&k| t.is_quote_mark(k))
                .filter(|&k| t.raw(k) != "«")
        })
        .unwrap_or_else(unclosed_end);
    if close <= open + 1 {
        return None;
    }
    let span = Span::new(t.toks[open + 1].span.start, t.toks[close - 1].span.end);
    // callers go on after the closing token; a quotation that ran to its paragraph's end has
    // none, and the next paragraph's first word must still be read
    let resume = if close > end_of_par && !t.is_quote_mark(close) {
        close - 1
    } else {
        close
    };
    Some((span, resume.min(t.toks.len() - 1)))
}

/// The first of the three words from `a` (before `end`, and before a function word) that the
/// sources lexicon knows, with its type: تقرير لصحيفة X → صحيفة, media.
fn source_word(t: &Toks, a: usize, end: usize) -> Option<&'static str> {
    // (not past a preposition: طالب في الجامعة is no university)
    let mut known = (a..end.min(a + 3))
        .filter(|&k| t.toks[k].kind.is_wordlike())
        .take_while(|&k| k == a || !rasid_arabic::is_stopword(t.form(k)))
        .filter_map(|k| Some((k, *lexicons().sources.get(t.head_word(k))?)));
    // a document takes its issuer's type (تقرير لصحيفة X: media)
    match known.next()? {
        (_, "document") => Some(
            known
                .map(|(k, kind)| agency_or_body(t, k, end, kind))
                .find(|kind| *kind != "document")
                .unwrap_or("organization"),
        ),
        (k, first) => Some(agency_or_body(t, k, end, first)),
    }
}

/// The type a source word at `k` makes: وكالة is a news agency alone (الوكالة), before a
/// news word, an agency's name or a quoted name (وكالة الأنباء، وكالة "سانا"), else a body
/// (وكالة الفضاء الأوروبية، الوكالة الدولية للطاقة الذرية).
fn agency_or_body(t: &Toks, k: usize, end: usize, kind: &'static str) -> &'static str {
    if kind != "agency_head" {
        return kind;
    }
    let Some(next) = (k + 1..end).find(|&j| t.toks[j].kind.is_wordlike()) else {
        return "agency";
    };
    let quoted =
        t.text[t.toks[k].span.end..t.toks[next].span.start].contains(['"', '«', '“', '\'', '(']);
    let named = is(Role::News, t.form(next))
        || lexicons().sources.get(t.head_word(next)) == Some(&"agency");
    // (وكالة يونهاب الكورية الجنوبية للأنباء: the news word after the name)
    let news_after = (next + 1..end.min(next + 5)).any(|j| is(Role::News, t.form(j)));
    if quoted || named || news_after {
        "agency"
    } else {
        "organization"
    }
}

fn source_type(
    t: &Toks,
    doc: &Document,
    speaker: Option<Span>,
    head: Option<usize>,
    anonymous_hint: bool,
) -> SourceType {
    if anonymous_hint {
        return SourceType::Anonymous;
    }
    let Some(sp) = speaker else {
        return SourceType::Anonymous;
    };
    // (God or the Prophet named by a blessing, تعالى، صلى الله عليه وسلم: a named person)
    if named_by_blessing(t, sp) {
        return SourceType::NamedPerson;
    }
    let words = crate::ranges::within(t.toks, sp, |tk| tk.span);
    // (a document alone, رسالة تقول إن: a statement of someone, organization)
    if words.len() == 1 && document_word(t.form(words.start)) {
        return SourceType::Organization;
    }
    let ents: Vec<&rasid_doc::Entity> = doc.entities
        [crate::ranges::within(&doc.entities, sp, |e| e.span)]
    .iter()
    .collect();
    let end = words.end;
    // (كل من "both" before names lists them, the first heads the phrase: كل من إل جي
    // وسامسونغ وقوقل، كل من البحرين وعمان)
    let head = head.map(|h| {
        let both_of = t.form(h).trim_start_matches('و') == "كل"
            && t.form(h + 1) == "من"
            && t.in_name.get(h + 2) == Some(&true);
        if both_of {
            h + 2
        } else {
            h
        }
    });
    // (لكن مسؤولا قال: the accusative of a source word)
    let lex = head.and_then(|h| source_word(t, h, end).or_else(|| accusative_person(t, h)));
    // (المواطن alone, after the text named him: المواطن مانع ملفي … وأضاف المواطن)
    if lex == Some("anonymous") && head.is_some_and(|h| end == h + 1 && named_before(t, doc, h)) {
        return SourceType::NamedPerson;
    }
    // (the kin of named people are not those people: ذوو الشهيدين المجيشي والعمري، أحد
    // أقارب الشهيد X; nor are unnamed sources the people they are close to: مصادر قريبة من
    // بلاتيني)
    let named_as_complement = |e: &&rasid_doc::Entity| {
        let k = crate::ranges::overlapping(t.toks, e.span, |tk| tk.span).start;
        // (the preposition's object: right after it, or past nisbas, من الفرنسي ميشال بلاتيني)
        let mut p = k;
        while p > 0 && t.has_article(p - 1) && nisba(t.form(p - 1)) {
            p -= 1;
        }
        let object = p > 0 && matches!(t.form(p - 1), "من" | "عن" | "الى" | "لدى" | "مع");
        // (or the name completes a construct after a preposition between the head and it:
        // مصادر في تيار عون، مصدر في مكتب جون بوينار; not a name after its title, a definite
        // noun or another name, المسؤول في الفاو دومينيك بورجون، أحد المشاركين في المسرحية
        // الدكتور X، القيادي في حماس أسامة بدران)
        let past_preposition = |h: usize| {
            (h + 1..k).any(|j| matches!(t.form(j), "في" | "من" | "عن" | "الى" | "لدى" | "مع"))
                && !(h + 1..k).any(|j| t.toks[j].kind == TokenKind::Punct)
                && t.toks[k - 1].kind == TokenKind::Arabic
                && !t.has_article(k - 1)
                && !person_title(t, k - 1)
                && doc.entities
                    [crate::ranges::overlapping(&doc.entities, t.toks[k - 1].span, |e| e.span)]
                .is_empty()
        };
        object
            || head.is_some_and(|h| {
                past_preposition(h)
                    || (h + 1..k).any(|j| lexicons().sources.get(t.head_word(j)) == Some(&"kin"))
            })
    };
    // (nor is the source word itself when the tagger reads it as a name: وقال المراقبون:)
    let source_word_itself =
        |e: &&rasid_doc::Entity| head.is_some_and(|h| e.span == t.toks[h].span);
    if lex == Some("kin")
        || lex == Some("anonymous")
            && !ents.iter().any(|e| {
                e.label == EntityLabel::Person && !named_as_complement(e) && !source_word_itself(e)
            })
    {
        return SourceType::Anonymous;
    }
    if ents.iter().any(|e| e.label == EntityLabel::Person) {
        return SourceType::NamedPerson;
    }
    // (a count of people is no one in particular: 57% من الآباء، 35 جريحا؛ nor is a part of
    // a group: كثير من المراقبين، بعض الشهود، عدد من الأهالي)
    if head.is_some_and(|h| {
        t.toks[h].kind == TokenKind::Number
            || is(Role::Partitive, t.form(h).trim_start_matches('و'))
                && (t.form(h + 1) == "من" || t.has_article(h + 1))
    }) {
        return SourceType::Anonymous;
    }
    // (a title without the article before a preposition names no one: محلل بسوق المال، خبير
    // في الشؤون العسكرية; رئيس بلدية البطين is an office)
    // (a title or a noun of people before its nisbas alone, the statement right after them:
    // دبلوماسي نمساوي:، خبير اقتصادي إن، سيدة عراقية إن; not رئيس بلدية | روما)
    let nisbas_only = |h: usize| {
        h + 1 < end
            && (h + 1..end).all(|k| {
                t.toks[k].kind == TokenKind::Arabic
                    && !t.has_article(k)
                    && nisba(t.form(k))
                    && !ents.iter().any(|e| e.span.contains(t.toks[k].span))
            })
            && (t.opens_words(end) || t.is_punct(end, &['،', ',']))
    };
    let indefinite_title = head.is_some_and(|h| {
        let stemmer = rasid_arabic::Stemmer::get();
        let next = t.form(h + 1);
        // (متحدث باسم الشرطة: a spokesman, one of several)
        // (or ل on a definite noun: قائد للجيش في …)
        let preposition = matches!(next, "في" | "من" | "لدى" | "باسم")
            || next
                .strip_prefix('ب')
                .is_some_and(|rest| stemmer.count(rest) > stemmer.count(next))
            || next
                .strip_prefix("لل")
                .is_some_and(|rest| stemmer.count(&format!("ال{rest}")) > stemmer.count(next));
        lex == Some("person") && !t.has_article(h) && h + 1 < end && (preposition || nisbas_only(h))
    });
    if indefinite_title {
        return SourceType::Anonymous;
    }
    // nothing known at the head: an unnamed group of people (قائمون على البنوك، المعارضون
    // لاستمرار اللاعب: a sound masculine plural) is anonymous, whatever titles follow
    // (a family name with the article is a nisba: الغامدي، الصيادي)
    // (or a plural adjective after the head: تجار كثيرون)
    // (not a name the tagger found: تومسون رويترز)
    let plural_at =
        |k: usize| sound_plural(t, k).is_some_and(|letters| letters >= 5) && !t.in_name[k];
    let plural_people = head.is_some_and(|h| plural_at(h) || h + 1 < end && plural_at(h + 1));
    let head_known = head.is_some_and(|h| lexicons().sources.contains_key(t.head_word(h)));
    if !head_known && plural_people {
        return SourceType::Anonymous;
    }
    // a person's title further in (المشرف العام على إدارة الإعلام … الدكتور سمير …)
    let lex = lex.or_else(|| {
        let start = head?;
        (start..end)
            .find(|&k| person_title(t, k) && k + 1 < end)
            .map(|_| "person")
    });
    match lex {
        Some("agency") => return SourceType::Agency,
        Some("media") => return SourceType::Media,
        Some("person") => return SourceType::NamedPerson,
        Some("organization") => return SourceType::Organization,
        _ => {}
    }
    // (a body named at the phrase's head; not one further in: طالب في الجامعة)
    let at_head = |e: &&&rasid_doc::Entity| {
        head.is_none_or(|h| e.span.start <= t.toks.get(h + 1).map_or(sp.end, |tk| tk.span.start))
    };
    if let Some(e) = ents.first().filter(at_head) {
        let canon = e.canonical.as_deref().unwrap_or("");
        if canon.starts_with("وكالة") {
            return SourceType::Agency;
        }
        return SourceType::Organization;
    }
    // nothing known: an unnamed group of people is anonymous (see above); a bare name or
    // title (كارتر، مهاجم المنتخب) is a person; a noun with the article (الشركة، المجلس) a body
    if plural_people {
        return SourceType::Anonymous;
    }
    match head {
        Some(h) if !t.form(h).trim_start_matches(['و', 'ف']).starts_with("ال") => {
            if nisbas_only(h) {
                SourceType::Anonymous
            } else {
                SourceType::NamedPerson
            }
        }
        Some(h)
            if sp.len() == t.toks[h].span.len()
                && t.form(h).ends_with('ي')
                && t.form(h).chars().count() >= 5 =>
        {
            SourceType::NamedPerson
        }
        _ => SourceType::Organization,
    }
}

impl Component for QuoteExtractor {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn version(&self) -> &'static str {
        "1"
    }

    fn process(&self, doc: &mut Document) {
        let t = Toks {
            text: &doc.text,
            toks: &doc.tokens,
            forms: crate::search_forms(doc),
            par_end: stretch_ends(&doc.text, &doc.tokens, &doc.sentences),
            date_start: {
                let mut starts = vec![false; doc.tokens.len()];
                for d in &doc.dates {
                    let k = doc
                        .tokens
                        .partition_point(|tk| tk.span.start < d.span.start);
                    if let Some(s) = starts.get_mut(k) {
                        *s = true;
                    }
                }
                starts
            },
            in_date: crate::ranges::marked_within(
                &doc.tokens,
                doc.dates.iter().map(|d| d.span),
                |tk| tk.span,
            ),
            in_person: crate::ranges::marked_within(
                &doc.tokens,
                doc.entities
                    .iter()
                    .filter(|e| e.label == EntityLabel::Person)
                    .map(|e| e.span),
                |tk| tk.span,
            ),
            in_name: crate::ranges::marked_within(
                &doc.tokens,
                doc.entities
                    .iter()
                    .filter(|e| e.label != EntityLabel::Misc)
                    .map(|e| e.span),
                |tk| tk.span,
            ),
        };
        let sentence_of = |i: usize| -> Span {
            let p = doc.tokens[i].span.start;
            crate::ranges::containing(&doc.sentences, p, |s| *s)
                .map(|k| doc.sentences[k])
                .unwrap_or(doc.tokens[i].span)
        };
        let prov = self.provenance();
        let mut quotes: Vec<Quote> = Vec::new();
        // the speakers so far, the last one last, with whether their verb was feminine (قالت،
        // مشيرة), masculine or neither
        let mut speakers_so_far: Vec<(Option<Speaker>, SourceType, Option<bool>)> = Vec::new();
        // byte offset: cues inside a direct quote are its words
        let mut covered_until = 0usize;
        // a nominal cue's source that relays the quote of the verb at the given token
        let mut pending_via: Option<((usize, usize), usize)> = None;
        // the token of a saying (قوله) a relay verb's statement already took
        let mut relayed_saying: Option<usize> = None;
        let mut i = 0;
        while i < t.toks.len() {
            let Some(cue) = t.cue(i) else {
                i += 1;
                continue;
            };
            // (وأردف قائلا، وأضاف يقول: the saying after a cue goes with it, one reporting act)
            // (not after a verb that reports only with a clause: علق قائلا "…" speaks by قائلا)
            let second_cue = i > 0
                && is(Role::SayingAfterCue, t.form(i))
                && t.cue(i - 1).is_some_and(|c| {
                    matches!(c.kind, CueKind::Verb | CueKind::Participle) && !c.clause_only
                });
            if t.toks[i].span.start < covered_until
                || cue.kind == CueKind::Frame
                || relayed_saying == Some(i)
                || second_cue
            {
                i += 1;
                continue;
            }
            let sent = sentence_of(i);
            let sentence_initial =
                i == 0 || t.toks[i - 1].span.end <= sent.start || t.line_break_after(i - 1);
            let (frame, content, kind, next_i) = match cue.kind {
                CueKind::Nominal => {
                    // (inside the last quote's frame, between its cue and its words: that
                    // quote's relay, read with it; وقالت الوكالة نقلا عن الشرطة إن …)
                    let cue_span = t.toks[i].span;
                    if quotes.last().is_some_and(|q: &Quote| {
                        q.cue.end <= cue_span.start && cue_span.end <= q.content.start
                    }) {
                        i += 1;
                        continue;
                    }
                    // بحسب X / وفقا لـX / نقلا عن X: the rest of the sentence is X's
                    let mut s = i;
                    // وجاء في البيان أن …، جاء ذلك في بيان …: the document after في; with ذلك,
                    // what the sentence before said
                    let mut points_back = false;
                    if cue.in_document {
                        points_back = matches!(t.form(s + 1), "ذلك" | "هذا");
                        s += usize::from(points_back);
                        if t.form(s + 1) != "في" {
                            i += 1;
                            continue;
                        }
                        s += 1;
                    }
                    let s = nominal_source_at(&t, i, s);
                    let Some(sp) = Self::phrase_after(&t, s, true) else {
                        i += 1;
                        continue;
                    };
                    // وفقا للخطة، بحسب الأرقام: "in accordance with", not a source
                    if !names_a_source(&t, doc, sp) {
                        i += 1;
                        continue;
                    }
                    let cue_start = t.toks[i].span.start;
                    // (a name the clause goes on after is the whole source: هاجم الحوثيون بحسب
                    // سكاي نيوز مواقع للمقاومة في منطقة الجفينة)
                    // (or, opening the sentence, the clause it reports: وبحسب وكالة سبأ
                    // استأنفت القوات قصفها للمدينة)
                    let sp = named_source_within(&t, doc, sp).unwrap_or(sp);
                    let after_phrase = t.toks.get(sp.1).map(|x| x.span.start).unwrap_or(sent.end);
                    let content = if cue_start <= sent.start + 1 || sentence_initial {
                        // ووفقاً لـ "رويترز"، فإن …: the complementizer is not content
                        let mut k = sp.1;
                        while k < t.toks.len()
                            && (t.is_punct(k, &['،', ','])
                                || t.is_complementizer(k)
                                || matches!(t.form(k), "فان" | "ان" | "فقد" | "قد"))
                        {
                            k += 1;
                        }
                        // (بحسب حاكم المنطقة X الذي أكد أن …: the source's own verb)
                        if is(Role::Relative, t.form(k))
                            && t.cue(k + 1).is_some_and(|c| c.kind == CueKind::Verb)
                        {
                            k += 1;
                        }
                        // وبحسب وكالة X، قال Y إن …: X relays Y's quote
                        if t.cue(k).is_some_and(|c| c.kind == CueKind::Verb) {
                            pending_via = Some((sp, k));
                            i = k;
                            continue;
                        }
                        let from = t.toks.get(k).map(|x| x.span.start).unwrap_or(after_phrase);
                        let end = if k < t.toks.len() {
                            clause_end(&t, k, sent)
                        } else {
                            sent.end
                        };
                        Span::new(from.min(end), end).trim(&doc.text)
                    } else {
                        // "… ، بحسب X" after an earlier quotation in the same sentence:
                        // only what follows that quotation
                        let from = sent.start.max(covered_until.min(cue_start));
                        let from = doc.text[from..cue_start]
                            .char_indices()
                            .find(|(_, c)| !c.is_whitespace() && !"»”\"“«".contains(*c))
                            .map(|(o, _)| from + o)
                            .unwrap_or(cue_start);
                        Span::new(from, cue_start.max(from)).trim(&doc.text)
                    };
                    let content = trim_punct(&doc.text, content);
                    // يأتي ذلك وفقا لما صرح به X: "that" is the sentence before
                    let content = if points_back {
                        previous_sentence(doc, sent).unwrap_or(content)
                    } else {
                        previous_sentence_if_anaphor(doc, content, sent).unwrap_or(content)
                    };
                    let frame = Frame::of(i, Some(sp));
                    (frame, content, QuoteKind::Indirect, sp.1)
                }
                CueKind::Verb | CueKind::Participle => {
                    // (… أو كما قال صلى الله عليه وسلم: the formula that closes a quotation
                    // already given, not a new one)
                    // (أو كما قال الدكتور X: … opens one)
                    let closes = t.form(i + 1) == "صلى"
                        || t.is_punct(i + 1, &['-', '–', '—', ')', '.', '،', ',']);
                    if i >= 2 && t.form(i - 1) == "كما" && t.form(i - 2) == "او" && closes {
                        i += 1;
                        continue;
                    }
                    // (أعتقد جازما أن، أقول مؤكدا: a manner of the writer's own first-person
                    // verb, the writer's claim and no one's quote)
                    if cue.kind == CueKind::Participle
                        && i > 0
                        && (t.own_voice(i - 1)
                            || first_person_of(t.form(i - 1).trim_start_matches(['و', 'ف']))
                                .is_some())
                    {
                        i += 1;
                        continue;
                    }
                    let frame = if cue.kind == CueKind::Participle {
                        // a participle continues the last quote of its sentence; without one,
                        // it speaks for the subject of its clause's verb (ونشرت الشركة … قائلة)
                        let last_here = quoted_since(&quotes, sent.start);
                        let subject = if last_here {
                            None
                        } else {
                            clause_subject(&t, doc, i, sent)
                        };
                        // (قائلا لـ«الحياة»: the outlet it was said to)
                        let mut frame = Frame::of(i, subject);
                        frame.read_relays(&t, i + 1);
                        frame
                    } else if cue.pronoun_speaker || t.own_voice(i) {
                        // (قوله في نص آخر: what follows is the setting, not a speaker; nor is
                        // anyone after a verb in the first person, أقول حفظ الله …; but God or
                        // the Prophet, named by a blessing, speaks: بقوله تعالى:، لقوله صلى الله
                        // عليه وسلم:)
                        let blessed = cue.pronoun_speaker.then(|| blessing_after(&t, i)).flatten();
                        Frame::of(i, blessed)
                    } else if let Some(document) = document_before(&t, i, sent) {
                        // (رسالة تقول إن …، نشرت الوزارة تقريرا يقول إن …: the document right
                        // before a present verb that agrees with it is what says)
                        Frame::of(i, Some(document))
                    } else if let Some(blessed) = blessing_after(&t, i) {
                        // (وقال عليه الصلاة والسلام: …: the blessing names the speaker)
                        Frame::of(i, Some(blessed))
                    } else {
                        let mut frame = Self::frame(&t, i, cue);
                        if frame.speaker.is_none() {
                            frame.speaker = maker_of_statement(&t, doc, i, sent);
                        }
                        frame
                    };
                    // (an inference the text draws, ما يشير إلى أن، ما يعني أن, with no source
                    // after the verb: no one speaks; after مما the verb is no cue at all)
                    let present = t.form(i).starts_with(['ي', 'ت']);
                    let inference = i > 0
                        && t.form(i - 1) == "ما"
                        && present
                        && !cue.passive
                        && frame.speaker.is_none();
                    // (what calls for something, ما يدعو للاستغراب هو أن: no one urges; and a
                    // saying no one makes, قد يقال إن، أقل ما يقال عنها: the writer's own hedge
                    // or idiom; كما قيل: «…» quotes a saying, anonymous)
                    let before = if i > 0 { t.form(i - 1) } else { "" };
                    let before = before.strip_prefix('و').unwrap_or(before);
                    // (present only: مما دعا المستشار إلى القول إن … is what made him speak)
                    let what_calls = matches!(before, "ما" | "مما")
                        && present
                        && is(Role::Exhortation, t.form(i).trim_start_matches(['و', 'ف']));
                    let idiom = cue.passive && matches!(before, "قد" | "ما");
                    let inference = inference || what_calls || idiom;
                    // (nor what a thing points to: الواقع على الأرض يشير إلى، كل هذا يشير إلى أن,
                    // words before the verb that name no source, the writer's inference)
                    // (a source word among them, المصدر نفسه يشير، والصحيفة نفسها تشير, or a
                    // pronoun alone, وهي تشير, speaks)
                    let thing_points = present
                        && is(Role::Inference, t.form(i).trim_start_matches(['و', 'ف']))
                        && frame.speaker.is_none()
                        && {
                            let before = clause_words_before(&t, i, sent);
                            let words = t.words_in(before..i);
                            let pronoun = words == 1
                                && matches!(
                                    t.form(before).trim_start_matches('و'),
                                    "هو" | "هي" | "هم"
                                );
                            words > 0
                                && !pronoun
                                && !(before..i).any(|k| {
                                    lexicons().sources.contains_key(t.head_word(k)) || t.in_name[k]
                                })
                        }
                        && subject_before(&t, i, sent).is_none()
                        && relative_before(&t, i, sent).is_none();
                    if inference || thing_points {
                        i += 1;
                        continue;
                    }
                    // a relative clause's verb reports only with a source of its own after
                    // it (الذي قالت عنه المستشارة ميركل إنه، التي حذر رئيسها); else it
                    // describes its antecedent (حالة الطوارئ التي أعلنت لاستمرار …)
                    let mut frame = frame;
                    // (not the one an exhortation urges: ميركل التي دعت الحكومة التركية إلى …)
                    let urges = is(Role::Exhortation, t.form(i).trim_start_matches(['و', 'ف']));
                    let own_source =
                        !urges && frame.speaker.is_some_and(|sp| names_a_source(&t, doc, sp));
                    if t.after_relative(i) && !own_source {
                        // (or the source is its antecedent: المستشارة ميركل التي قالت إن …)
                        // (a name right before the relative, with the titles before it, first:
                        // التقينا نائب مدير المستشفى الدكتور X الذي أشار …)
                        frame.speaker = relative_antecedent(&t, doc, i - 1, sent);
                        if frame.speaker.is_none() {
                            i += 1;
                            continue;
                        }
                    } else if i > 0
                        && !own_source
                        && t.form(i - 1)
                            .strip_prefix('و')
                            .is_some_and(|r| is(Role::Relative, r))
                    {
                        // (والذي أكد: its antecedent when one names a source, الطبيب المعالج
                        // للاعب، والذي أكد; else the clause may be a new one's, read as before)
                        if let Some(sp) = relative_antecedent(&t, doc, i - 1, sent) {
                            frame.speaker = Some(sp);
                        }
                    }
                    // (an event as the subject: the verb "proves" or "shows", no one speaks,
                    // أكدت الجريمة الإرهابية أن …، كشف الحادث عن …)
                    if frame.speaker.is_some_and(|(a, _)| {
                        is(Role::Happening, t.form(a).trim_start_matches('و'))
                    }) {
                        i += 1;
                        continue;
                    }
                    if frame.speaker.is_some_and(|sp| lone_accusative(&t, sp)) {
                        frame.speaker = None;
                    }
                    // (أبلغ is also "most": ابلغ الأثر في … بأن; telling needs a source)
                    let teller = frame.speaker.is_some_and(|sp| names_a_source(&t, doc, sp));
                    if frame.relay_without_source || cue.told && !teller {
                        i += 1;
                        continue;
                    }
                    frame.speaker = frame
                        .speaker
                        // (after a verb of urging, a name after a comma is whom it urges:
                        // ناشد رواده، وزير التعليم عزام الدخيل بإصدار …)
                        .map(|sp| title_to_name(&t, doc, sp, !urges))
                        .map(|sp| without_tail_after_person(&t, doc, sp));
                    let mut phrase_end = frame.speaker.map(|sp| sp.1);
                    // (the outlet a verb of telling names is the statement's way to the text,
                    // with its quoted name: مجلة "سيدتي")
                    if let Some(sp) = frame.speaker.filter(|_| cue.told) {
                        if let Some((k, end)) = told_outlet(&t, doc, sp) {
                            frame.speaker = Some((sp.0, k));
                            frame.add_via((k, end));
                            phrase_end = Some(end);
                        }
                    }
                    if cue.impersonal && frame.speaker.is_none() {
                        i += 1;
                        continue;
                    }
                    if let Some((v, at)) = pending_via.take() {
                        // (not the speaker itself, بحسب X الذي أكد: X speaks on its own word)
                        let own = frame.speaker.is_some_and(|sp| sp.0 < v.1 && v.0 < sp.1);
                        if at == i && !own {
                            frame.add_via(v);
                        }
                    }
                    // (a verb joined by و has no subject before it: … بالحضور وقال: …)
                    // (nor one after حيث or إذ in a sentence that quoted someone: that speaker
                    // goes on, وقال المالكي إن عثمان جمع المصحف، حيث قال إن …)
                    let goes_on = i > 0
                        && matches!(t.form(i - 1), "حيث" | "اذ")
                        && quoted_since(&quotes, sent.start);
                    // (الوزير أكد أهمية التعاون: a source that opens the sentence or a clause
                    // after punctuation before the verb is its subject, and the words after it,
                    // naming no one, its object; not a clause after أن, أن التقديرات تشير إلى)
                    if frame
                        .speaker
                        .is_some_and(|sp| sp.0 > i && !names_a_source(&t, doc, sp))
                        && cue.kind == CueKind::Verb
                        && !sentence_initial
                        && !t.conjoined(i, &['و'])
                        && subject_before(&t, i, sent).is_some_and(|sp| {
                            opens_main_clause(&t, sp.0, sent) && names_a_source(&t, doc, sp)
                        })
                    {
                        frame.speaker = None;
                    }
                    if frame.speaker.is_none()
                        && cue.kind == CueKind::Verb
                        && !cue.passive
                        && !sentence_initial
                        && !t.conjoined(i, &['و'])
                        && !goes_on
                    {
                        // (a subject that opens with a source word: المتحدث باسم الوزارة قال;
                        // else the subject of the clause's verb: وعلقت صحيفة الغارديان على
                        // الخبر فقالت)
                        // (inside a relative clause: its antecedent, or none of its words)
                        let relative = relative_before(&t, i, sent);
                        let before = match relative {
                            Some(r) => relative_antecedent(&t, doc, r, sent),
                            None => subject_before(&t, i, sent),
                        };
                        let of_clause = || {
                            before
                                .filter(|sp| relative.is_none() && !opens_with_source(&t, doc, *sp))
                                .and_then(|_| clause_subject(&t, doc, i, sent))
                        };
                        frame.speaker = of_clause()
                            .or(before)
                            .or_else(|| {
                                clause_subject(&t, doc, i, sent)
                                    .filter(|_| t.raw(i).starts_with('ف'))
                            })
                            .or_else(|| {
                                // "وكان رودولفو … قد أطلق تصريحات … عندما ألمح إلى أن": a verb in
                                // the middle of a sentence without a subject of its own speaks for
                                // the person the sentence is about
                                if t.conjoined(i, &['و']) {
                                    return None;
                                }
                                let person = last_person(doc, sent.start, t.toks[i].span.start)?;
                                let r =
                                    crate::ranges::overlapping(t.toks, person.span, |tk| tk.span);
                                (!r.is_empty()).then_some((r.start, r.end))
                            });
                        // (nothing of the topic the sentence opens with: وحول مصير اللاعبين
                        // زولاكا وسان مارتن، قال: …)
                        let cue_at = t.toks[i].span.start;
                        if let Some(end) = topic_opening(&t, sent, cue_at) {
                            frame.speaker =
                                frame.speaker.filter(|sp| t.toks[sp.1 - 1].span.end > end);
                        }
                    }
                    let mut from = phrase_end.map(|e| e.max(i + 1)).unwrap_or(i + 1);
                    // (نقلت وكالة X عن Y قوله إن …: the saying after the relayed source is this
                    // statement's, not a new one; so is بقوله after any verb and its speaker,
                    // وختم السلمي بقوله: …)
                    if (cue.relay && frame.speaker.is_some() || t.form(from).starts_with('ب'))
                        && t.cue(from).is_some_and(|c| c.pronoun_speaker)
                    {
                        relayed_saying = Some(from);
                        from += 1;
                    }
                    let mut found = None;
                    // "… بحي الحصين، أوضح ذلك المتحدث"، "… خمسة قتلى، كما أعلنت الشرطة.":
                    // the statement came first (with كما, the cue and its speaker end the
                    // sentence)
                    // (not a participle's "thereby": معلنة بذلك إيقاف …)
                    let points_back =
                        matches!(t.form(i + 1), "ذلك" | "بذلك") && cue.kind == CueKind::Verb;
                    let pointing = points_back && t.is_punct(i.wrapping_sub(1), &['،', ',']);
                    let closing = i >= 2
                        && t.form(i - 1) == "كما"
                        && t.is_punct(i - 2, &['،', ','])
                        && frame.speaker.is_some()
                        // (or the outlet it was said to ends it: كما قال رامي عبد الرحمن
                        // لـ«الشرق الأوسط».)
                        && phrase_end
                            .map(|e| frame.via.iter().map(|v| v.1).fold(e, usize::max))
                            .is_some_and(|e| {
                                let e = e + usize::from(t.is_quote_mark(e));
                                t.toks.get(e).is_none_or(|tk| {
                                    tk.span.start >= sent.end
                                        || t.is_punct(e, &['.', '!', '؟', '?'])
                                })
                            });
                    if (pointing || closing) && !sentence_initial && i >= 3 {
                        let start = sent.start.max(t.toks[0].span.start);
                        let end = t.toks[if closing { i - 3 } else { i - 2 }].span.end;
                        // (the comma may open the sentence: nothing came before it)
                        let content = Span::new(start, end.max(start));
                        if !content.is_empty() {
                            found = Some((content, QuoteKind::Indirect, i + 1));
                        }
                    }
                    // (… ولم ينتج عنه وفيات. صرح بذلك المتحدث الرسمي X.: a sentence of the cue
                    // and its speaker alone points back to the sentence before it)
                    // (or its clause: صرح بذلك المتحدث X، وأوضح أن …)
                    let speaker_ends_sentence = || {
                        phrase_end.is_some_and(|e| {
                            t.toks.get(e).is_none_or(|tk| {
                                tk.span.start >= sent.end || t.is_punct(e, &['.', '،', ','])
                            })
                        })
                    };
                    if points_back && sentence_initial && speaker_ends_sentence() {
                        if let Some(before) = previous_sentence(doc, sent) {
                            found = Some((before, QuoteKind::Indirect, i + 1));
                        }
                    }
                    if found.is_none() {
                        found = marked_statement(
                            &t,
                            i,
                            from,
                            sent,
                            frame.speaker.is_none(),
                            sentence_initial,
                        );
                    }
                    // (أصر: only a clause right after the subject, أصر X (على) أنّ …; أصر أن
                    // يستمر, أنْ and a verb, is what the subject wants, not what it says)
                    if cue.clause_only
                        && found.is_some_and(|(_, kind, k)| {
                            // (واختتم الزهراني تصريحه بأن، واختتم كلامه بالقول: …: past the
                            // speaker's statement and the saying)
                            let mut from = from;
                            // (the statement, described, then its words: واختتم الحمزة
                            // اعتذاره المغلف بالإصرار: …)
                            let statement = own_statement(&t, from);
                            let statement_then_words = statement
                                && (from + 1..(from + 5).min(k))
                                    .any(|j| t.is_punct(j, &[':']) || t.is_quote_mark(j));
                            if statement {
                                from += 1;
                            }
                            if is(Role::SayingAfterCue, t.form(from)) {
                                from += 1;
                            }
                            // (or past the occasion: وكانت الحركة قد اعتبرت في اختتام أشغال
                            // المجلس أن …)
                            let occasion = is(Role::OccasionOpener, t.form(from))
                                && k - 1 > from
                                && k - 1 - from <= 7
                                && !(from..k - 1).any(|j| t.toks[j].kind == TokenKind::Punct);
                            let right_after = k - 1 == from
                                || k - 1 == from + 1 && t.form(from) == "على"
                                || occasion;
                            let wanted = is(Role::WantsWithAn, t.form(i).trim_start_matches('و'))
                                && matches!(t.form(k - 1), "ان" | "الا")
                                && (t.form(k).starts_with(['ي', 'ت', 'ن'])
                                    || t.form(k).starts_with('ا') && !t.has_article(k))
                                && t.form(k) != "تم";
                            // (a colon or a quotation mark right after the subject opens
                            // its words: وزاد: …)
                            let opens_words = t.is_punct(from, &[':'])
                                || t.is_quote_mark(from)
                                || t.is_complementizer(from);
                            if kind == QuoteKind::Direct {
                                return !(opens_words || statement_then_words);
                            }
                            !right_after || wanted
                        })
                    {
                        found = None;
                    }
                    // (أدانت الحكومة العراقية هجوما بدأته تركيا منذ … ووصفته بأنه “…”: the
                    // speaker phrase ran on into the verb's noun object; the subject speaks)
                    if let Some(((end, _), (sa, _))) = frame
                        .speaker
                        .filter(|&sp| attached_object_within(&t, doc, sp).is_none())
                        .and_then(|sp| noun_object_after_subject(&t, doc, sp).map(|o| (o, sp)))
                        // (an indefinite accusative: هجوما; not the rest of a name, كريس ويفر)
                        .filter(|((_, k), sp)| {
                            *k < sp.1
                                && t.form(*k).ends_with('ا')
                                && t.form(*k).chars().count() >= 4
                                && doc.entities[crate::ranges::overlapping(
                                    &doc.entities,
                                    t.toks[*k].span,
                                    |e| e.span,
                                )]
                                .is_empty()
                        })
                    {
                        if cue.kind == CueKind::Verb && found.is_some_and(|(_, _, k)| k > from + 2)
                        {
                            frame.speaker = Some((sa, end));
                        }
                    }
                    // (ذلك، بذلك stands for the object: no other one follows the speaker)
                    if found.is_none() && !points_back {
                        found =
                            object_statement(&t, doc, i, cue, &mut frame, sent, sentence_initial);
                    }
                    // (ويشير ارتفاع نشاط القطاع إلى زخم قوي: what a thing points to, its
                    // subject read as the words right after the verb, is no one's statement;
                    // ويشير إلى مشاهداته goes on for the speaker before)
                    let right_after_verb = |start: usize| {
                        t.toks.get(i + 1).is_some_and(|tk| tk.span.start == start)
                            && !is(Role::ObjectPreposition, t.form(i + 1))
                    };
                    if frame.speaker.is_none()
                        && is(Role::Inference, t.form(i).trim_start_matches(['و', 'ف']))
                        && found.is_some_and(|(content, _, _)| right_after_verb(content.start))
                    {
                        found = None;
                    }
                    let Some((content, kind, next)) = found else {
                        i += 1;
                        continue;
                    };
                    (frame, trim_punct(&doc.text, content), kind, next)
                }
                CueKind::Frame => unreachable!(),
            };
            // (أقول، نقول: the writer's own words, unless a speaker quoted in their own words
            // in the sentence before goes on, an interviewee)
            let speaker_goes_on = || {
                quoted_before(doc, &quotes, sent)
                    && quotes.last().is_some_and(|q| q.kind == QuoteKind::Direct)
            };
            if content.is_empty() || t.own_voice(i) && !speaker_goes_on() {
                i += 1;
                continue;
            }
            // بحسب لـ"رويترز": the preposition is not part of the source's name
            let speaker_span = frame.speaker.map(|r| {
                if cue.kind == CueKind::Nominal {
                    via_span(&t, r)
                } else {
                    let r = without_medium(&t, r);
                    unquoted(&t, range_span(&t, without_adverb_after_person(&t, doc, r)))
                }
            });
            // the cue's gender, and whether the last speaker's verb had the other (قالت then
            // وأضاف)
            let gender = feminine_cue(t.form(i));
            let other_gender = matches!(
                (gender, speakers_so_far.last().and_then(|s| s.2)),
                (Some(a), Some(b)) if a != b
            );
            let (speaker, stype) = match speaker_span {
                Some(sp) => phrase_speaker(
                    &t,
                    doc,
                    sp,
                    frame.speaker.map(|r| r.0),
                    frame.anonymous_hint,
                ),
                None => {
                    let at = t.toks[i].span.start;
                    // قوله: the person the text is about (the one named most so far)
                    let topic = cue.pronoun_speaker.then(|| main_person(doc, at)).flatten();
                    // (وأبدى X سعادته …، وقال: …: a verb joined by و inside a sentence without
                    // an earlier quote goes on for the subject of the sentence's verb, not for
                    // the last quote's speaker)
                    let quoted_here = quoted_since(&quotes, sent.start);
                    let subject = (cue.kind == CueKind::Verb
                        && !sentence_initial
                        && !quoted_here
                        && t.conjoined(i, &['و']))
                    .then(|| clause_subject(&t, doc, i, sent))
                    .flatten()
                    .filter(|&sp| opens_with_source(&t, doc, sp))
                    .and_then(|sp| person_subject(&t, doc, sp));
                    // (حيث قال، كما أعلنت after a clause: its subject, a person or not: وحقق
                    // البنك الفرنسي نتائج تفوق التوقعات، حيث قال إنه …)
                    let subject = subject.or_else(|| {
                        (cue.kind == CueKind::Verb
                            && i > 0
                            && matches!(t.form(i - 1), "حيث" | "كما")
                            && !sentence_initial
                            && !quoted_here)
                            .then(|| clause_subject(&t, doc, i, sent))
                            .flatten()
                            .filter(|&sp| opens_with_source(&t, doc, sp))
                    });
                    // (وقال معاليه، وأكد سموه: the title with its pronoun is the speaker's
                    // mention, a person's)
                    let honorific = t
                        .toks
                        .get(i + 1)
                        .filter(|_| is(Role::Honorific, t.form(i + 1)))
                        .map(|tk| tk.span)
                        // (not the words themselves: مبديا سعادته "his joy" بـ …)
                        .filter(|sp| sp.end <= content.start);
                    if cue.passive {
                        // (قيل، يقال: no one is named, and no one goes on)
                        (None, SourceType::Anonymous)
                    } else if let Some(span) = honorific {
                        // (linked to the person the last speaker's mention names)
                        let entity = speakers_so_far
                            .last()
                            .and_then(|(s, _, _)| s.as_ref()?.entity.clone());
                        (Some(Speaker { span, entity }), SourceType::NamedPerson)
                    } else if let Some(e) = topic {
                        person_speaker(e)
                    } else if let Some(sp) = subject {
                        phrase_speaker(&t, doc, range_span(&t, sp), Some(sp.0), false)
                    } else if let Some(sp) = previous_subject(&t, doc, sent)
                        .filter(|_| !quoted_before(doc, &quotes, sent))
                    {
                        // after a sentence without a quote, the person its verb names (نقل
                        // المدير العام … البلوي تعازي … . وأكد … أن …؛ ويدرس X التصوير … .
                        // ويقول: …)
                        phrase_speaker(&t, doc, range_span(&t, sp), Some(sp.0), false)
                    } else if let Some((s, st, _)) = speakers_so_far
                        .last()
                        .filter(|(s, st, _)| agrees(&t, doc, i, s.as_ref(), *st) && !other_gender)
                    {
                        // no speaker written: the previous one goes on (وأضاف، مشيرا إلى أن)
                        (s.clone(), *st)
                    } else if let Some((s, st, _)) = other_gender
                        .then(|| {
                            // (a verb of the other gender goes on for the speaker before of
                            // its gender, one of the last few: وقال ديريك … وألمحت مصادر …
                            // وقال: …; else for no one known, وأكدت مصادر أن … وشدد)
                            speakers_so_far
                                .iter()
                                .rev()
                                .skip(1)
                                .take(3)
                                .find(|(_, _, g)| *g == gender)
                        })
                        .flatten()
                    {
                        (s.clone(), *st)
                    } else if !speakers_so_far.is_empty() {
                        // (a verb the previous speaker cannot be the subject of: its own
                        // subject before it, لكن مستخدمين للانترنت قالوا، وكانت دراسة سابقة قد
                        // … أشارت; else no one named)
                        match fronted_subject(&t, i, sent) {
                            Some(sp) => {
                                phrase_speaker(&t, doc, range_span(&t, sp), Some(sp.0), false)
                            }
                            None => (None, SourceType::Anonymous),
                        }
                    } else if let Some(e) = last_person(doc, 0, at) {
                        // else the person last named
                        person_speaker(e)
                    } else {
                        (None, SourceType::Anonymous)
                    }
                }
            };
            let mut via: Vec<Via> = frame
                .via
                .iter()
                .map(|&r| {
                    let span = via_span(&t, r);
                    let entity = doc.entities
                        [crate::ranges::within(&doc.entities, span, |e| e.span)]
                    .first()
                    .map(|e| e.id.clone());
                    Via {
                        span: Some(span),
                        text: span.slice(&doc.text).to_string(),
                        entity,
                    }
                })
                .collect();
            // (a participle that goes on for the speaker quoted before it in its sentence goes
            // on through that quote's outlet: قال X لـ«الشرق الأوسط» …، لافتا إلى أن …)
            if via.is_empty() && cue.kind == CueKind::Participle {
                if let Some(before) = quotes.last().filter(|q| {
                    q.span.start >= sent.start
                        && q.speaker.as_ref().map(|s| s.span) == speaker.as_ref().map(|s| s.span)
                }) {
                    via = before.via.clone();
                }
            }
            let cue_span = t.toks[frame.cue].span;
            let mut start = cue_span.start.min(content.start);
            if let Some(s) = &speaker {
                if s.span.end <= content.start {
                    start = start.min(s.span.start.max(sent.start.min(s.span.start)));
                }
            }
            let end = content.end.max(cue_span.end);
            let span = Span::new(start.min(cue_span.start), end);
            // (a statement quoted inside another speaker's words, «… تفيد معلوماتنا بأنه …»,
            // leaves the chain of continuations with the outer speaker)
            let nested = quotes.last().is_some_and(|q: &Quote| {
                q.content.contains(cue_span)
                    && q.speaker.as_ref().map(|s| s.span) != speaker.as_ref().map(|s| s.span)
            });
            // (nor does a verse or a hadith a speaker cites, بقوله تعالى: …: the one who cites
            // it goes on)
            let cited = speaker
                .as_ref()
                .is_some_and(|s| named_by_blessing(&t, s.span));
            if !(nested || cited || cue.passive && speaker.is_none()) {
                speakers_so_far.push((speaker.clone(), stype, gender));
            }
            if kind == QuoteKind::Direct {
                covered_until = content.end;
            }
            quotes.push(Quote {
                id: String::new(),
                span,
                kind,
                cue: cue_span,
                content,
                speaker,
                source_type: stype,
                via,
                provenance: prov.clone(),
            });
            // indirect content may hold the next cue (مشيرا إلى أن): continue after the frame
            // (a nominal cue's source phrase holds no cue of its own: وفق ما ذكرت وكالة X)
            i = if kind == QuoteKind::Direct || cue.kind == CueKind::Nominal {
                next_i.max(i + 1)
            } else {
                i + 1
            };
        }
        end_before_participles(&t, &mut quotes);
        reported_after_colon(&t, &mut quotes);
        let mut quotes = relays_after_quotes(&t, &doc.entities, quotes);
        interview_answers(&doc.text, &mut quotes, &prov);
        for q in &mut quotes {
            marked_words_are_direct(&doc.text, q);
        }
        for (n, q) in quotes.iter_mut().enumerate() {
            q.id = format!("q{}", n + 1);
            // one outlet once, however its marks were written or which rule found it
            let name = |v: &Via| v.text.trim_matches(&crate::QUOTE_MARKS[..]).to_string();
            let mut seen = std::collections::HashSet::new();
            q.via.retain(|v| seen.insert(name(v)));
        }
        doc.quotes = quotes;
    }
}

/// The statement a cue's words open, read from token `from` (after the speaker): the clause
/// after a complementizer, words in marks, after a colon or in parentheses, or unmarked speech
/// at the start of a sentence (interviews: وأضاف، هناك …; وأضاف لقد …). None when another cue,
/// the sentence's end or 25 tokens come first.
fn marked_statement(
    t: &Toks,
    i: usize,
    from: usize,
    sent: Span,
    no_speaker: bool,
    sentence_initial: bool,
) -> Option<(Span, QuoteKind, usize)> {
    let limit = (from + 25).min(t.toks.len());
    let mut j = from;
    while j < limit {
        // قائلا لـ«الشرق الأوسط»: «…»: the outlet spoken to is not the words
        if let Some((_, end)) = relay_target(t, j) {
            j = end.max(j + 1);
            continue;
        }
        // بعد أن، من المتوقع أن: a clause of that word's, not what was said (nor إلى أن
        // "until" after the verb's own إلى: أشار إلى ارتفاع القروض إلى أن وصلت …)
        let until = j > from && t.form(j - 1) == "الى" && (from..j - 1).any(|k| t.form(k) == "الى");
        let time_clause = j > 0 && is(Role::OwnsClause, t.form(j - 1)) || until;
        if t.is_complementizer(j) && !time_clause {
            // قال إن «…»: the marks hold the source's own words (not a short
            // quoted name that the clause goes on after: إن "أدنوك" تحرص)
            if t.is_quote_mark(j + 1) {
                if let Some((span, close)) = quoted(t, j + 1) {
                    let words = t.words_in(j + 2..close);
                    let clause_goes_on =
                        t.toks.get(close + 1).is_some_and(|n| n.kind.is_wordlike());
                    if words >= 4 || !clause_goes_on {
                        return Some((span, QuoteKind::Direct, close + 1));
                    }
                }
            }
            if j + 1 < t.toks.len() {
                let start = t.toks[j + 1].span.start;
                let end = clause_end(t, j + 1, sent);
                if start < end {
                    return Some((Span::new(start, end), QuoteKind::Indirect, j + 1));
                }
            }
            return None;
        }
        if t.is_quote_mark(j) {
            // a short quoted name or term the sentence goes on after (”Dpa”، أن …;
            // استمرار عملية "السهم الذهبي" لتحرير …; بحسب "رويترز": «…») is not the content
            let close = (j + 1..(j + 6).min(t.toks.len())).find(|&k| t.is_quote_mark(k));
            if let Some(c) = close {
                if t.is_punct(c + 1, &['،', ',', ':'])
                    || t.is_complementizer(c + 1)
                    || t.toks.get(c + 1).is_some_and(|n| n.kind.is_wordlike())
                {
                    j = c + 1;
                    continue;
                }
            }
            // (… عبر المنافذ الجمركية "البرية، البحرية، الجوية".، تحت شعار "معرفة .. آفاق":
            // a quoted term of a few words after words of the statement is part of it, not the
            // speaker's own words; after the occasion or the place of the saying, في كلمة
            // ألقاها «…»، أمام الحضور «…», they are)
            let occasion = (from..j).any(|k| is(Role::Frame, t.head_word(k)))
                || is(Role::OccasionOpener, t.form(from));
            let words_before = if occasion { 0 } else { t.words_in(from..j) };
            let term_close = (j + 1..(j + 14).min(t.toks.len()))
                .find(|&k| t.is_quote_mark(k))
                .filter(|&c| t.words_in(j + 1..c) <= 5);
            if let Some(c) = term_close {
                if words_before >= 3 {
                    j = c + 1;
                    continue;
                }
            }
            if let Some((span, close)) = quoted(t, j) {
                return Some((span, QuoteKind::Direct, close + 1));
            }
            return None;
        }
        // قال الله تعالى في كتابه الكريم (…): words in parentheses right after the source
        if j == from {
            if let Some((span, close)) = said_in_parentheses(t, j) {
                return Some((span, QuoteKind::Direct, close + 1));
            }
        }
        if t.is_punct(j, &[':']) {
            if t.line_break_after(j) && j + 1 < t.toks.len() {
                // قوله:⏎ or قال الشاعر:⏎ verse: the short lines that follow
                if let Some(end) = t.verse_end(j + 1) {
                    let span = Span::new(t.toks[j + 1].span.start, t.toks[end].span.end);
                    return Some((span, QuoteKind::Direct, end + 1));
                }
            } else if t.is_quote_mark(j + 1) {
                if let Some((span, close)) = quoted(t, j + 1) {
                    return Some((span, QuoteKind::Direct, close + 1));
                }
            } else if let Some((span, close)) = parenthesized(t, j + 1) {
                // قال تعالى: (…)، فقال: (ربِّ اجعل …): words in parentheses
                return Some((span, QuoteKind::Direct, close + 1));
            } else if j + 1 < t.toks.len() && !t.line_break_after(j) {
                // قال: إن …: the complementizer is not the words
                let a = if t.is_complementizer(j + 1) && j + 2 < t.toks.len() {
                    j + 2
                } else {
                    j + 1
                };
                let end = t.unmarked_direct_end(a);
                let span = Span::new(t.toks[a].span.start, t.toks[end].span.end);
                return Some((span, QuoteKind::Direct, end + 1));
            }
            return None;
        }
        // interview style: "وأضاف، هناك ..." (or "وأردف قائلا، …") at the
        // start of a sentence
        let lead = if t.cue(i + 1).is_some_and(|c| c.kind == CueKind::Participle) {
            i + 2
        } else {
            i + 1
        };
        // (not a setting between commas before the complementizer: وبين، في
        // خطبة الجمعة، أن …)
        let setting_then_complement = || {
            (j + 1..(j + 16).min(t.toks.len()))
                .any(|k| t.is_punct(k, &['،', ',']) && t.is_complementizer(k + 1))
        };
        if j == lead
            && j + 1 < t.toks.len()
            && sentence_initial
            && t.is_punct(j, &['،', ','])
            && no_speaker
            && !setting_then_complement()
        {
            // (وأردف، "لدينا …": the words in their marks, when they close in the paragraph;
            // else from after the opening mark)
            let mut first = j + 1;
            if t.is_quote_mark(first) {
                if let Some((span, close)) =
                    quoted(t, first).filter(|&(_, c)| c <= t.par_end[first])
                {
                    return Some((span, QuoteKind::Direct, close + 1));
                }
                first += 1;
            }
            let end = t.unmarked_direct_end(first);
            let span = Span::new(t.toks[first.min(end)].span.start, t.toks[end].span.end);
            return Some((span, QuoteKind::Direct, end + 1));
        }
        // "…، وأضاف لقد تحول الموقع …": speech that opens as no subject can
        let clause_initial = sentence_initial || t.is_punct(i.wrapping_sub(1), &['،', ',']);
        if j == lead && clause_initial && no_speaker && is(Role::SpeechOpener, t.form(j)) {
            let end = t.unmarked_direct_end(j);
            let span = Span::new(t.toks[j].span.start, t.toks[end].span.end);
            return Some((span, QuoteKind::Direct, end + 1));
        }
        // another reporting verb, or a participle (…، مبينا أن …): the
        // clause that follows is its own
        // (a relative clause's verb is not: السلطات التي أعلنت …، أن …)
        let other_cue = j > i + 1
            && !t.after_relative(j)
            && t.cue(j)
                .is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Participle));
        if t.is_punct(j, &['.', '؟', '?', '!']) || t.line_break_after(j) || other_cue {
            return None;
        }
        j += 1;
    }
    None
}

/// The statement of a cue whose words no complementizer, colon or marks open: the object the
/// verb or participle takes, by the first rule that applies. A rule may end the speaker phrase
/// where the object starts, or give it up for the previous speaker.
fn object_statement(
    t: &Toks,
    doc: &Document,
    i: usize,
    cue: Cue,
    frame: &mut Frame,
    sent: Span,
    sentence_initial: bool,
) -> Option<(Span, QuoteKind, usize)> {
    // مؤكدا ضرورة …، مشيرا إلى الدور …: a participle's object is what was said
    if cue.kind == CueKind::Participle {
        let mut a = i + 1;
        if matches!(t.form(a), "الى" | "على" | "ب") {
            a += 1;
        }
        return t
            .toks
            .get(a)
            .filter(|tk| tk.kind.is_wordlike())
            .and_then(|_| object_from(t, a, sent));
    }
    if cue.kind != CueKind::Verb || cue.clause_only {
        return None;
    }
    // (the attention a cue also catches, لفتت رسومات الفنانة أنظار الزوار، is no statement)
    let caught_attention = is(Role::CatchingVerb, t.form(i).trim_start_matches(['و', 'ف']))
        && (i + 1..(i + 16).min(t.toks.len()))
            .take_while(|&j| t.toks[j].kind != TokenKind::Punct)
            .any(|j| is(Role::Attention, t.form(j)));
    if caught_attention {
        return None;
    }
    // (أضاف with a noun object, or a prepositional one but عن, adds a thing: أضافت الشركة
    // خاصية جديدة إلى …، كانت الإدارة قد أضافت لوليتا إلى القائمة)
    let adds = is(Role::AddingVerb, t.form(i).trim_start_matches(['و', 'ف']));

    // حث X على …، دعا المواطنين إلى …: whom the verb urges, then what (before a noun object:
    // دعا المرسوم جميع المواطنين إلى العودة urges the citizens, it does not say جميع …)
    if let Some((subject, k)) = exhortation_object(t, doc, i, frame.speaker) {
        if let Some(found) = object_from(t, k, sent) {
            frame.speaker = subject;
            return Some(found);
        }
    }
    // أعلنت وزارة الصحة السعودية ارتفاع عدد …، أكدت المقاومة استمرارها …: a named subject,
    // then a noun object that is the statement (one before an object in ب, too: its
    // complement, وأكد شكري التزام مصر بدعم …)
    if let Some(((end, k), (sa, _))) = frame
        .speaker
        .and_then(|sp| noun_object_after_subject(t, doc, sp).map(|o| (o, sp)))
        // (but after a comma it is what أضاف says, وأضاف الوزير في تصريح، الوضع خطير, and after
        // a participle of manner, وأضاف الرئيس مخاطبا الحضور …)
        .filter(|&((_, k), _)| {
            !adds || t.is_punct(k - 1, &['،', ',']) || t.accusative_participle(k)
        })
        // (a subject before the verb holds no object but the statement the verb speaks in:
        // ألقى الوزير كلمة أعرب فيها …; not the rest of a name, الوزير أمين مشاقبة أكد)
        .filter(|&((_, k), sp)| sp.0 > i || (k..i).any(|j| statement_noun(t, j)))
        .filter(|&((end, k), sp)| {
            attached_object_within(t, doc, sp).is_none_or(|b| {
                // (right after the subject, and no genitive, conjunct or title word going on
                // with it: الرئيس العام لشؤون، أمين عام، سامسونغ وإل جي وقوقل)
                k < b
                    && k == end
                    && !t.form(k).starts_with(['ل', 'و'])
                    && !is(Role::TitleAdjective, &format!("ال{}", t.form(k)))
                    // (nor a place: جامعة الملك فيصل بالأحساء)
                    && !doc.entities
                        [crate::ranges::overlapping(&doc.entities, t.toks[k].span, |e| e.span)]
                    .iter()
                    .any(|e| e.label == EntityLabel::Location)
            })
        })
    {
        if let Some(found) = object_from(t, k, sent) {
            frame.speaker = Some((sa, end));
            return Some(found);
        }
    }
    // وكانت المقاومة قد أكدت في تصريحات لها، استمرارها …، الدكتور X الذي أشار إلى …، الوزير
    // السابق X أكد على …: the subject came first, the object follows the verb (a subject
    // that opens its sentence or a clause after punctuation; not one inside a clause after
    // أن, أن التقديرات تشير إلى …)
    // (or the statement the subject made, then the verb in it: أصدرت الوزارة بيانا طالبت فيه
    // بالمرونة)
    let in_statement = |sp: (usize, usize)| {
        in_it(t, i + 1) && (sp.1..i).any(|j| statement_noun(t, j)) && opens_with_source(t, doc, sp)
    };
    // (or one after كان opening the sentence: وكانت الأمم المتحدة حذرت من …)
    let after_kana = |sp: (usize, usize)| {
        sp.0 > 0
            && is(Role::Kana, t.form(sp.0 - 1).trim_start_matches('و'))
            && (t.toks[sp.0 - 1].span.start <= sent.start
                || sp.0 >= 2 && t.is_punct(sp.0 - 2, &['،', ',', '.', ':', '؛']))
    };
    if !adds
        && frame.speaker.is_some_and(|sp| {
            sp.1 <= i
                && (t.form(i - 1) == "قد"
                    || t.after_relative(i)
                    || sp.1 == i && (opens_main_clause(t, sp.0, sent) || after_kana(sp))
                    || in_statement(sp))
        })
    {
        if let Some(found) =
            object_after_fronted_subject(t, doc, i).and_then(|k| object_from(t, k, sent))
        {
            return Some(found);
        }
    }
    if let Some(found) = prepositional_object(t, doc, i, frame, sent)
        .filter(|&(content, _, _)| !adds || about_before(t, content.start))
    {
        return Some(found);
    }
    // وأكد أهمية التعاون …: a verb opening its sentence without a subject, then a noun
    // object: the previous speaker goes on
    if sentence_initial && t.conjoined(i, &['و', 'ف']) {
        if let Some((a, b)) = frame.speaker {
            let unnamed = doc.entities
                [crate::ranges::overlapping(&doc.entities, t.toks[a].span, |e| e.span)]
            .is_empty();
            if unnamed && !names_a_source(t, doc, (a, b)) && opens_noun_object(t, doc, a, false) {
                if let Some(found) = object_from(t, a, sent) {
                    frame.speaker = None;
                    return Some(found);
                }
            }
        }
    }
    None
}

/// For a cue that speaks in a statement (قال فيها) made a few words before it by the
/// sentence's first verb (وبعث الأمير برقية شكر … قال فيها، وألقى الوزير كلمة في الحفل قال
/// فيها): that verb's subject, the words between it and the statement, when they name a
/// source. The statement agrees with the pronoun (فيها: برقية، كلمة; فيه: بيان).
fn maker_of_statement(t: &Toks, doc: &Document, i: usize, sent: Span) -> Option<(usize, usize)> {
    if !in_it(t, i + 1) {
        return None;
    }
    let feminine = t.form(i + 1) == "فيها";
    // (the sentence opens with its verb: وبعث، أصدرت; not وفي، أما)
    let verb = t.first_at(sent.start);
    let opens_with_verb = verb + 1 < i && t.toks[verb].kind == TokenKind::Arabic && {
        let v = t.form(verb).strip_prefix('و').unwrap_or(t.form(verb));
        v.chars().count() >= 3 && !rasid_arabic::is_stopword(v) && v != "اما"
    };
    if !opens_with_verb {
        return None;
    }
    // (the statement nearest the cue, with ب too: وبدأت الندوة بكلمة X أشار فيها is the
    // speech's, not the symposium's)
    let document = |j: usize| {
        let is_document = |f: &str| statement_word(f) || document_word(f);
        is_document(t.form(j)) || t.form(j).strip_prefix('ب').is_some_and(is_document)
    };
    let statement = (verb + 1..i).rev().find(|&j| document(j))?;
    if statement < verb + 2 || t.form(statement).ends_with('ة') != feminine {
        return None;
    }
    // (a statement with its owner after it is the owner's: كلمة محمد الغامدي، تصريح من مدير)
    let owned = t.form(statement + 1) == "من" || t.in_name.get(statement + 1) == Some(&true);
    let subject = (verb + 1, statement);
    // (words of a name and its affiliation, القيادة العسكرية في الجبهة الجنوبية; no date, no
    // other particle)
    let plain = (subject.0..statement).all(|k| {
        t.toks[k].kind == TokenKind::Arabic
            && (t.form(k) == "في" || !rasid_arabic::is_stopword(t.form(k)))
            && t.in_date.get(k) != Some(&true)
    });
    (!owned && statement - subject.0 <= 6 && plain && names_a_source(t, doc, subject))
        .then_some(subject)
}

/// An indefinite document right before the present-tense cue at `i`, in its sentence, that the
/// verb agrees with and describes (وجدت رسالة تقول، وقعوا إعلانا يقول; not بيانا تقول فيه,
/// where the verb speaks in it, nor a document with the article, التقرير يقول, a subject
/// read elsewhere).
fn document_before(t: &Toks, i: usize, sent: Span) -> Option<(usize, usize)> {
    let d = i.checked_sub(1)?;
    if t.toks[d].span.start < sent.start
        || !document_word(t.form(d))
        || in_it(t, i + 1)
        || t.in_name[d]
    {
        return None;
    }
    let feminine_verb = t.form(i).starts_with('ت');
    let masculine_verb = t.form(i).starts_with('ي');
    let feminine_noun = t.form(d).ends_with('ة');
    (feminine_verb && feminine_noun || masculine_verb && !feminine_noun).then_some((d, i))
}

/// Whether `form` is a written statement (words.tsv role document), in the accusative too
/// (رسالة، تقريرا).
fn document_word(form: &str) -> bool {
    is(Role::Document, form)
        || form
            .strip_suffix('ا')
            .is_some_and(|w| is(Role::Document, w))
}

/// The blessing right after a saying cue at `i` that names who speaks (بقوله تعالى، قوله عز
/// وجل، بقوله صلى الله عليه وسلم، قوله عليه الصلاة والسلام): its tokens, up to the colon or
/// quotation mark that opens the words, four at most.
fn blessing_after(t: &Toks, i: usize) -> Option<(usize, usize)> {
    // (عليه alone is "on him", قال عليه أن …: only with its blessing, عليه السلام)
    let opens = is(Role::Blessing, t.form(i + 1))
        && (t.form(i + 1) != "عليه" || matches!(t.form(i + 2), "السلام" | "الصلاة"));
    if !opens {
        return None;
    }
    let end = (i + 1..(i + 6).min(t.toks.len()))
        .find(|&k| t.is_punct(k, &[':']) || t.is_quote_mark(k) || t.is_punct(k, &['(']))?;
    (end > i + 1 && (i + 1..end).all(|k| t.toks[k].kind == TokenKind::Arabic))
        .then_some((i + 1, end))
}

/// Whether a speaker span opens with a blessing, naming God or the Prophet (تعالى، صلى الله
/// عليه وسلم).
fn named_by_blessing(t: &Toks, speaker: Span) -> bool {
    is(Role::Blessing, t.form(t.first_at(speaker.start)))
}

/// Whether the word before the one that starts at byte `start` is عن: the one preposition
/// after which أضاف says something (وأضاف الزهراني عن وجود …) rather than adds it (إلى).
fn about_before(t: &Toks, start: usize) -> bool {
    let k = t.first_at(start);
    k > 0 && t.form(k - 1) == "عن"
}

/// شدد الوزير على ضرورة …، أعرب عن أمله، حذرت الهيئة من …، طالبت الوزارة بتحرك …: the
/// verb's prepositional object is what was said.
fn prepositional_object(
    t: &Toks,
    doc: &Document,
    i: usize,
    frame: &mut Frame,
    sent: Span,
) -> Option<(Span, QuoteKind, usize)> {
    let Some((sa, b)) = frame.speaker else {
        // وحذر من الوصول إلى …: with no subject, the speaker goes on and the object is what
        // was said
        let a = i + 1;
        let object = is(Role::ObjectPreposition, t.form(a))
            && t.toks
                .get(a + 1)
                .is_some_and(|tk| tk.kind == TokenKind::Arabic)
            && !is(Role::Time, t.form(a + 1))
            && !is(Role::NotSaid, t.form(a + 1));
        return object.then(|| object_from(t, a + 1, sent)).flatten();
    };
    // (a subject before the verb: see object_after_fronted_subject)
    if b <= i {
        return None;
    }
    // (ولفت رئيس الغرفة، إلى أهمية …: a comma may close the subject)
    let b = if t.is_punct(b, &['،', ','])
        && (is(Role::ObjectPreposition, t.form(b + 1)) || t.form(b + 1).starts_with('ب'))
    {
        b + 1
    } else {
        b
    };
    // (أعلن مصدر في قيادة العمليات، اليوم عن مقتل …: a date before the preposition; أعلن
    // الشيخ X، رئيس المجلس البلدي، عن …: a title in apposition between commas)
    let apposition_end = || {
        let close = (b + 1..(b + 9).min(t.toks.len())).find(|&c| !t.toks[c].kind.is_wordlike())?;
        (t.is_punct(close, &['،', ',']) && is(Role::ObjectPreposition, t.form(close + 1)))
            .then_some(close + 1)
    };
    // (وأعرب السيسي خلال اللقاء عن التطلع …: the setting of the statement before the
    // preposition)
    let past_setting = || {
        if !matches!(t.form(b), "خلال" | "اثناء" | "لدى" | "عقب") {
            return None;
        }
        (b + 2..(b + 6).min(t.toks.len()))
            .take_while(|&k| t.toks[k - 1].kind.is_wordlike())
            .find(|&k| is(Role::ObjectPreposition, t.form(k)))
    };
    // (وأرجع جيتزل ذلك إلى …، وأرجع مصرفيون هذا الارتفاع إلى …: what the verb takes first)
    let past_demonstrative = || demonstrative_object(t, b);
    let b = match past_dates(t, doc, b) {
        Some(after) if is(Role::ObjectPreposition, t.form(after)) => after,
        _ if t.is_punct(b, &['،', ',']) => apposition_end().unwrap_or(b),
        _ => past_setting().or_else(past_demonstrative).unwrap_or(b),
    };
    // أفاد شهود عيان بمقتل …: the phrase ran on into the object
    if let Some(k) = attached_object_within(t, doc, (sa, b)) {
        let found = object_from(t, k, sent)?;
        frame.speaker = Some((sa, k));
        return Some(found);
    }
    // (a subject that names someone: not words of the statement itself, وأضاف لقد تحول
    // الموقع إلى …)
    if !names_a_source(t, doc, (sa, b)) {
        return None;
    }
    let a = b + 1;
    // (أعلنت اللجنة عن “عزمها” تلبية …: the object may open in marks)
    let object = is(Role::ObjectPreposition, t.form(b))
        && (t.toks.get(a).is_some_and(|tk| tk.kind == TokenKind::Arabic)
            || t.is_quote_mark(a)
                && t.toks
                    .get(a + 1)
                    .is_some_and(|tk| tk.kind == TokenKind::Arabic))
        && !is(Role::Time, t.form(a))
        && !is(Role::NotSaid, t.form(a));
    if object {
        return object_from(t, a, sent);
    }
    // طالبت الوزارة بتحرك عاجل، أشاد المدير بفكرة الجائزة: the preposition written on its noun
    let attached = t.toks.get(b).is_some_and(|tk| tk.kind == TokenKind::Arabic)
        && t.form(b).strip_prefix('ب').is_some_and(|rest| {
            rest.chars().count() >= 3
                && !rasid_arabic::is_stopword(t.form(b))
                && !is(Role::Time, t.form(b))
                && !is(Role::NotSaid, rest)
                && !lexicons().sources.contains_key(t.head_word(b))
        });
    attached.then(|| object_from(t, b, sent)).flatten()
}

/// Interviews: a line that asks (ends with ؟) and the line after it that answers. With at
/// least two such pairs, each answer is a direct quote of the interviewee — the last person
/// quoted before the first question — with the answer's marker (●●، ج:) as its cue.
fn interview_answers(text: &str, quotes: &mut Vec<Quote>, prov: &rasid_doc::Provenance) {
    let is_marker = |c: char| !c.is_alphanumeric() && !c.is_whitespace();
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            let line = Span::new(start, i).trim(text);
            if !line.is_empty() {
                lines.push(line);
            }
            start = i + c.len_utf8();
        }
    }
    let asks = |l: &Span| l.slice(text).trim_end().ends_with(['؟', '?']);
    // the layout of an interview: question or answer lines open with a marker (•، ●●، س:، ج:),
    // which an explainer's questions in subheadings do not have
    let marked = |l: &Span| {
        let raw = l.slice(text);
        raw.starts_with(is_marker)
            || ["س", "ج"].iter().any(|p| {
                raw.strip_prefix(p)
                    .is_some_and(|r| r.trim_start().starts_with([':', '/', '-']))
            })
    };
    // without markers, an interview shows in its questions: they speak to the interviewee
    // (علاقتك، أعمالك، بنات جيلك), where an explainer's subheadings do not; three such
    // question-and-answer pairs make the layout
    // (a word with the article takes no possessive: الملك، البنوك are not "your")
    let addressed = |l: &Span| {
        l.slice(text)
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 4 && !is(Role::NotYou, w))
            .filter(|w| {
                let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
                let bare = bare.strip_prefix(['ب', 'ل']).unwrap_or(bare);
                !bare.starts_with("ال") && !bare.starts_with('ل')
            })
            .any(|w| w.ends_with('ك') || w.ends_with("كم"))
    };
    let answered = |k: &usize| asks(&lines[k - 1]) && !asks(&lines[*k]);
    let unmarked_interview = (1..lines.len())
        .filter(answered)
        .filter(|&k| addressed(&lines[k - 1]))
        .count()
        >= 3;
    let pairs: Vec<(usize, usize)> = (1..lines.len())
        .filter(answered)
        .filter(|&k| {
            marked(&lines[k - 1])
                || marked(&lines[k])
                || unmarked_interview && addressed(&lines[k - 1])
        })
        .map(|k| (k - 1, k))
        .collect();
    if pairs.len() < 2 {
        return;
    }
    let first_question = lines[pairs[0].0].start;
    let Some(interviewee) = quotes
        .iter()
        .filter(|q| q.span.start < first_question && q.speaker.is_some())
        .max_by_key(|q| (q.source_type == SourceType::NamedPerson, q.span.start))
        .map(|q| (q.speaker.clone(), q.source_type))
    else {
        return;
    };
    for (q, a) in pairs {
        let line = lines[a];
        let raw = line.slice(text);
        // the marker: leading symbols, or ج: / ج-
        let mut marker_len = raw.len() - raw.trim_start_matches(is_marker).len();
        if marker_len == 0 {
            if let Some(rest) = raw.strip_prefix('ج') {
                let after = rest.trim_start();
                if after.starts_with([':', '/', '-']) {
                    marker_len = raw.len() - after.len() + 1;
                }
            }
        }
        let content = Span::new(line.start + marker_len, line.end).trim(text);
        if content.is_empty() || quotes.iter().any(|q| q.content.overlaps(content)) {
            continue;
        }
        let cue = if marker_len > 0 {
            Span::new(line.start, line.start + marker_len).trim(text)
        } else if !marked(&lines[q]) {
            // no marker at all: the question mark that asked
            let end = lines[q].end;
            let mark = text[..end].chars().next_back().map_or(0, char::len_utf8);
            Span::new(end - mark, end)
        } else {
            let first = raw.split_whitespace().next().unwrap_or("");
            Span::new(line.start, line.start + first.len())
        };
        quotes.push(Quote {
            id: String::new(),
            span: line,
            kind: QuoteKind::Direct,
            cue,
            content,
            speaker: interviewee.0.clone(),
            source_type: interviewee.1,
            via: Vec::new(),
            provenance: prov.clone(),
        });
    }
    quotes.sort_by_key(|q| (q.span.start, q.content.start));
}

/// What was said as the rest of the clause from token `a` (a verb's or participle's object),
/// when it holds two words or more: (content, kind, token to go on from).
fn clause_from(t: &Toks, a: usize, sent: Span) -> Option<(Span, QuoteKind, usize)> {
    let end = clause_end(t, a, sent);
    let second = t.toks.get(a + 1)?;
    (second.span.end <= end).then(|| (Span::new(t.toks[a].span.start, end), QuoteKind::Indirect, a))
}

/// What a verb's object or prepositional object says, from token `a`: a clause as
/// [`clause_from`], but a noun object ends before the author's account of why or when
/// (طالبت بتحرك عاجل على إثر مواجهات); after أن the words are the speaker's, and so are their
/// reasons. (Not at "، حيث": as often the speaker's or the report's own figures, كشف التقرير
/// انخفاض عدد المستخدمين، حيث بلغ …, as the author's aside.)
fn object_from(t: &Toks, a: usize, sent: Span) -> Option<(Span, QuoteKind, usize)> {
    let (mut span, kind, at) = clause_from(t, a, sent)?;
    if t.is_complementizer(a) {
        return Some((span, kind, at));
    }
    let cause = (a + 2..t.toks.len())
        .take_while(|&k| t.toks[k].span.end <= span.end)
        .find_map(|k| {
            let f = t.form(k);
            if !is(Role::CauseOpener, f) {
                return None;
            }
            let prep = matches!(t.form(k - 1), "على" | "في");
            // (إثر "right after", not أثر "trace, effect": وله أثر كبير، فقدان أثر)
            if t.raw(k).starts_with('أ') || !prep && !t.raw(k).starts_with(['إ', 'ع']) {
                return None;
            }
            Some(t.toks[k - usize::from(prep)].span.start)
        });
    if let Some(end) = cause {
        span = trim_punct(t.text, Span::new(span.start, end));
    }
    Some((span, kind, at))
}

/// End (byte offset) of an indirect clause starting at token `from`: the
/// sentence end, or before a following cue that starts a new attribution
/// (`، مضيفا أن`، `، وأضاف`).
fn clause_end(t: &Toks, from: usize, sent: Span) -> usize {
    let mut end = sent.end;
    let mut k = from;
    while k < t.toks.len() && t.toks[k].span.end <= sent.end {
        // "، في الوقت الذي أعلنت …"، "، فيما أكد …"، "، حيث قال …": the author's next
        // clause, when it reports someone else; without a reporting verb the speaker's
        // contrast goes on (… في الطائف، فيما توفيت حالتان …)
        if k > from
            && t.is_punct(k - 1, &['،', ','])
            && (matches!(t.form(k), "فيما" | "بينما" | "حيث")
                || t.form(k) == "في" && t.form(k + 1) == "الوقت" && t.form(k + 2) == "الذي"
                || t.form(k) == "في" && t.form(k + 1) == "حين")
            && reports_before_comma(t, k + 1, sent)
        {
            end = t.toks[k - 1].span.start;
            break;
        }
        // (…، حسب وصفه / على حد قوله، جاء ذلك في حفل المعايدة: the author's tag on the words,
        // not part of them; …، دون أن يفصح عن أسماء تلك الجهات: the author's note on what
        // the speaker left out)
        let left_out = || {
            let d = k + usize::from(t.form(k) == "من");
            t.form(d) == "دون" && t.form(d + 1) == "ان" && is(Role::Undisclosed, t.form(d + 2))
        };
        if k > from && t.is_punct(k - 1, &['،', ',']) && (authors_tag(t, k) || left_out()) {
            end = t.toks[k - 1].span.start;
            break;
        }
        // (… سيئة لكنه شدد على أن …: the speaker's next statement, comma or not)
        if k > from
            && matches!(t.form(k), "لكنه" | "ولكنه" | "لكنها" | "ولكنها")
            && t.cue(k + 1).is_some_and(|c| c.kind == CueKind::Verb)
        {
            end = t.toks[k - 1].span.end;
            break;
        }
        // (… بالحضور وقال: …: a reporting verb joined by و opens the next statement; not a
        // relaying verb that relays no one, ونقل إلى المستشفى "and was taken")
        let own_words = || {
            !t.cue(k).is_some_and(|c| c.relay)
                || (k + 1..(k + 9).min(t.toks.len()))
                    .take_while(|&j| !t.is_punct(j, &['.', '؟', '?', '!', '،', ',']))
                    .any(|j| t.opens_words(j) || t.form(j) == "عن")
        };
        if k > from
            && t.conjoined(k, &['و'])
            && t.cue(k).is_some_and(|c| c.kind == CueKind::Verb)
            && !t.after_relative(k)
            && own_words()
        {
            end = t.toks[k - 1].span.end;
            break;
        }
        // (… لا ترتقي الى مستوى التهديد مؤكدا ان …: a participle with its own clause opens
        // the next statement, comma or not)
        if k > from
            && t.cue(k).is_some_and(|c| c.kind == CueKind::Participle)
            && (t.is_complementizer(k + 1)
                || matches!(t.form(k + 1), "الى" | "على") && t.is_complementizer(k + 2))
        {
            end = t.toks[k - 1].span.end;
            break;
        }
        // (…، مقدما شكره للقائمين على المعرض: a circumstance of what the speaker did, told by
        // the author; a participle that reports is a cue, above and below)
        let acting = t.accusative_participle(k) && t.cue(k).is_none();
        if k > from && t.is_punct(k - 1, &['،', ',']) && acting {
            end = t.toks[k - 1].span.start;
            break;
        }
        if k > from && t.is_punct(k - 1, &['،', ',']) {
            // (، ولكنه توقع أن …: the speaker's next statement, after a conjunction)
            let c = if matches!(t.form(k), "لكنه" | "ولكنه" | "لكنها" | "ولكنها" | "كما")
            {
                k + 1
            } else {
                k
            };
            if let Some(cue) = t.cue(c) {
                // (، يفيد برؤية غير جيدة: a cue that reports only with a clause, here
                // without one, goes on with the speaker's words; one that names whom it
                // told reaches its clause later, أبلغت السلطات محاميته، ليلى، بأن …)
                let reports = !cue.clause_only
                    || cue.told
                    || (c + 1..t.toks.len())
                        .take_while(|&j| t.toks[j].span.end <= sent.end)
                        .take(4)
                        .any(|j| t.is_complementizer(j));
                if matches!(cue.kind, CueKind::Participle | CueKind::Verb) && reports {
                    end = t.toks[k - 1].span.start;
                    break;
                }
            }
            // (، وحثهم على التعاون: a verb of urging with the ones urged as its pronoun is the
            // speaker's next statement)
            if t.raw(k).starts_with('و') && verb_cue_with_object(t.form(k)) {
                end = t.toks[k - 1].span.start;
                break;
            }
        }
        k += 1;
    }
    end
}

/// Whether a word is a verb of urging with the ones urged as its pronoun (وحثهم، ودعاهم،
/// وطالبها; not وبينهم "among them" nor ونقلته "and took him").
fn verb_cue_with_object(form: &str) -> bool {
    let bare = form.strip_prefix('و').unwrap_or(form);
    ["هما", "هم", "ها", "ه", "كم"].iter().any(|p| {
        bare.strip_suffix(p)
            .is_some_and(|stem| is(Role::Exhortation, stem))
    })
}

/// Whether the author tags the words before token `k` as the speaker's (حسب وصفه، بحسب
/// تعبيره، على حد قوله، وفق تعبيرها) or notes their occasion (جاء ذلك في حفل المعايدة).
fn authors_tag(t: &Toks, k: usize) -> bool {
    if matches!(t.form(k).trim_start_matches('و'), "جاء" | "ياتي")
        && matches!(t.form(k + 1), "ذلك" | "هذا")
    {
        return true;
    }
    let word = match (t.form(k), t.form(k + 1)) {
        ("حسب" | "بحسب" | "وفق" | "وفقا", w) => w,
        ("على", "حد") => t.form(k + 2),
        _ => return false,
    };
    ["وصف", "قول", "تعبير"].iter().any(|stem| {
        word.strip_prefix(stem)
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما"))
    })
}

/// Whether a reporting verb or participle comes from token `from` before the next comma or
/// the sentence end.
fn reports_before_comma(t: &Toks, from: usize, sent: Span) -> bool {
    (from..t.toks.len())
        .take_while(|&k| t.toks[k].span.end <= sent.end && !t.is_punct(k, &['،', ',']))
        .any(|k| {
            t.cue(k)
                .is_some_and(|c| matches!(c.kind, CueKind::Verb | CueKind::Participle))
        })
}

/// Words said in parentheses at `open`, with no colon before them (قال تعالى في كتابه الكريم
/// (…)): at least five words that no complementizer, colon or quotation mark follows (not an
/// aside: قال الوزير (52 عاما) إن، قال الرئيس (الذي تحدث للصحفيين في مؤتمر عقده) إن).
fn said_in_parentheses(t: &Toks, open: usize) -> Option<(Span, usize)> {
    // (doubled, ((…)), as verses often are)
    let doubled = t.form(open) == "(" && t.form(open + 1) == "(";
    let open = open + usize::from(doubled);
    let (span, mut close) = parenthesized(t, open)?;
    if doubled && t.form(close + 1) == ")" {
        close += 1;
    }
    let words = t.words_in(open + 1..close);
    // (nor one that names, explains or cites: ناشد المقيم (الطيب النور - سوداني الجنسية)،
    // ويعتبر العنوان ماك (وهو مختصر …)، فقال (في كتاب العظمة 4/1273))
    let aside = t.is_complementizer(close + 1)
        || t.is_punct(close + 1, &[':'])
        || t.is_quote_mark(close + 1)
        || names_in_parentheses(t, open)
        || is(Role::AsideOpener, t.form(open + 1))
        || (open + 1..close).any(|k| t.toks[k].kind == TokenKind::Number);
    (words >= 5 && !aside).then_some((span, close))
}

/// Whether the parentheses at `open` name someone (a name or a source word first): the
/// speaker's own, as in أعلنت القيادة (اللجنة المركزية …) or ناشد المقيم (الطيب النور …).
fn names_in_parentheses(t: &Toks, open: usize) -> bool {
    t.in_name.get(open + 1) == Some(&true)
        || open + 1 < t.toks.len() && lexicons().sources.contains_key(t.head_word(open + 1))
}

/// Words in parentheses opening at token `open`, within its paragraph: their span (without the
/// parentheses) and the closing one's token. None unless at least three words are inside.
fn parenthesized(t: &Toks, open: usize) -> Option<(Span, usize)> {
    if t.form(open) != "(" {
        return None;
    }
    let last = *t.par_end.get(open)?;
    let close = (open + 1..=last.min(t.toks.len() - 1)).find(|&k| t.form(k) == ")")?;
    let words = t.words_in(open + 1..close);
    (words >= 3).then(|| {
        (
            Span::new(t.toks[open + 1].span.start, t.toks[close - 1].span.end),
            close,
        )
    })
}

/// When `content` only points back (يأتي ذلك، وجاء هذا): the sentence before `sent`, which
/// is what it points at.
fn previous_sentence_if_anaphor(doc: &Document, content: Span, sent: Span) -> Option<Span> {
    let words: Vec<&str> = content.slice(&doc.text).split_whitespace().collect();
    let points_back = (2..=3).contains(&words.len())
        && matches!(words.last().copied(), Some("ذلك" | "هذا" | "هذه"));
    if !points_back {
        return None;
    }
    previous_sentence(doc, sent)
}

/// The sentence before `sent`, without its final punctuation.
fn previous_sentence(doc: &Document, sent: Span) -> Option<Span> {
    let si = doc.sentences.partition_point(|s| s.end <= sent.start);
    let before = *doc.sentences.get(si.checked_sub(1)?)?;
    Some(trim_punct(&doc.text, before))
}

/// An indirect statement that is all one quotation in marks (وبحسب المسؤول فإن «المشروع
/// سيكتمل العام المقبل») is the speaker's own words: a direct quote, the marks left out.
fn marked_words_are_direct(text: &str, q: &mut Quote) {
    if q.kind != QuoteKind::Indirect {
        return;
    }
    let words = q.content.slice(text);
    let pairs = [('«', '»'), ('“', '”'), ('"', '"')];
    let Some(&(open, close)) = pairs
        .iter()
        .find(|(o, c)| words.starts_with(*o) && words.ends_with(*c) && words.len() > 2)
    else {
        return;
    };
    let inner = &words[open.len_utf8()..words.len() - close.len_utf8()];
    if inner.contains(&crate::QUOTE_MARKS[..]) || inner.trim().is_empty() {
        return;
    }
    q.kind = QuoteKind::Direct;
    q.content = Span::new(
        q.content.start + open.len_utf8(),
        q.content.end - close.len_utf8(),
    );
}

/// The cue of a quote already made, read again at its token (its kind is not kept on the quote).
fn cue_of(t: &Toks, q: &Quote) -> Option<Cue> {
    let k = t
        .toks
        .binary_search_by_key(&q.cue.start, |tk| tk.span.start)
        .ok()?;
    t.cue(k)
}

/// Ends a quote's statement before byte offset `at` (where another statement or its relay
/// begins), the quote's span with it; a statement that would be empty is left as it is.
fn end_statement_at(t: &Toks, q: &mut Quote, at: usize) {
    let content = trim_punct(t.text, Span::new(q.content.start, at));
    if !content.is_empty() {
        q.content = content;
        q.span = Span::new(q.span.start, content.end.max(q.cue.end));
    }
}

/// "… ، حسبما نقلت رويترز"، "… بحسب ما ذكره السفير": a nominal cue after a quote with a
/// speaker, within that quote's statement or right after it in its sentence, names the outlet
/// or person it came through: it joins that quote's `via`, and is no quote of its own.
fn relays_after_quotes(t: &Toks, entities: &[rasid_doc::Entity], quotes: Vec<Quote>) -> Vec<Quote> {
    // (جاء ذلك في بيان: the document a statement came in is its source, not a relay)
    let nominal =
        |q: &Quote| cue_of(t, q).is_some_and(|c| c.kind == CueKind::Nominal && !c.in_document);
    let mut keep = vec![true; quotes.len()];
    let mut quotes = quotes;
    for n in 1..quotes.len() {
        let Some(relay) = quotes[n].speaker.as_ref().map(|s| s.span) else {
            continue;
        };
        // (the statement it relays comes before it: its content ends at the cue; and it
        // stands apart from that statement, after a comma or as حسبما / بحسب ما: حسب الخطة
        // inside a clause is "in accordance with")
        if !nominal(&quotes[n]) {
            continue;
        }
        // (inside another statement's frame, between its verb and its words, whose relay it
        // names already: وأكد المجلس حسب وكالة مأرب أن …)
        let cue = quotes[n].cue;
        let framed = (0..quotes.len()).any(|p| {
            p != n
                && keep[p]
                && quotes[p].cue.end <= cue.start
                && cue.end <= quotes[p].content.start
                && quotes[p]
                    .via
                    .iter()
                    .any(|v| v.span.is_some_and(|v| v.overlaps(relay)))
        });
        if framed {
            keep[n] = false;
            continue;
        }
        if quotes[n].content.end > quotes[n].cue.start {
            continue;
        }
        let k = t.first_at(quotes[n].cue.start);
        let apart = k > 0 && t.toks[k - 1].kind == TokenKind::Punct
            || t.form(k).ends_with("ما")
            || matches!(t.form(k + 1), "ما" | "لما");
        if !apart {
            continue;
        }
        let cue = quotes[n].cue;
        let Some(p) = (0..n).rev().find(|&p| {
            keep[p]
                && quotes[p].speaker.is_some()
                && quotes[p].cue.start < cue.start
                && quotes[n].content.contains(quotes[p].cue)
        }) else {
            continue;
        };
        let q = &mut quotes[p];
        if q.content.start < cue.start && cue.start < q.content.end {
            end_statement_at(t, q, cue.start);
        }
        // (the outlet's name without its marks: "رويترز")
        let relay = unquoted(t, relay);
        let entity = entities[crate::ranges::within(entities, relay, |e| e.span)]
            .first()
            .map(|e| e.id.clone());
        q.via.push(Via {
            span: Some(relay),
            text: relay.slice(t.text).to_string(),
            entity,
        });
        keep[n] = false;
    }
    let mut k = keep.into_iter();
    quotes.retain(|_| k.next().unwrap_or(true));
    quotes
}

/// An indirect statement ends where a participial cue of the same speaker inside it opens the
/// next one, whatever follows the participle (… للعاملين مؤكدا استمرار الجولات; … ضدهم داعياً
/// المواطنين الى …): `clause_end` only sees participles with their own clause.
/// Words after a colon and a complementizer, with no quotation marks (قال: إن الوضع …), are
/// reported speech, as without the colon: indirect, unless the speaker speaks in the first
/// person (وقال: إننا ننقل …، وقال: إن لنا تجربة …), his own words. (They are read as words of
/// their own until then, so that no cue inside them opens another quote.)
fn reported_after_colon(t: &Toks, quotes: &mut [Quote]) {
    for q in quotes.iter_mut().filter(|q| q.kind == QuoteKind::Direct) {
        let first = t.toks.partition_point(|tk| tk.span.end <= q.content.start);
        if first >= 2 && t.is_complementizer(first - 1) && t.is_punct(first - 2, &[':']) {
            let complementizer = t.form(first - 1);
            let first_person = complementizer.ends_with("نا")
                || complementizer.ends_with("ني")
                || is(Role::FirstPerson, t.form(first));
            if !first_person {
                q.kind = QuoteKind::Indirect;
            }
        }
    }
}

fn end_before_participles(t: &Toks, quotes: &mut [Quote]) {
    for j in 1..quotes.len() {
        let cue = quotes[j].cue;
        if !cue_of(t, &quotes[j]).is_some_and(|c| c.kind == CueKind::Participle) {
            continue;
        }
        let speaker = quotes[j].speaker.as_ref().map(|s| s.span);
        for q in quotes[..j].iter_mut().rev() {
            if q.kind == QuoteKind::Indirect
                && q.content.start < cue.start
                && cue.start < q.content.end
                && q.speaker.as_ref().map(|s| s.span) == speaker
            {
                end_statement_at(t, q, cue.start);
            }
        }
    }
}

/// Drops trailing and leading punctuation and spaces from a content span.
fn trim_punct(text: &str, s: Span) -> Span {
    let slice = s.slice(text);
    let is_edge =
        |c: char| c.is_whitespace() || matches!(c, '.' | '،' | ',' | '؛' | ';' | ':' | '-' | '—');
    let lead = slice.len() - slice.trim_start_matches(is_edge).len();
    let trail = slice.len() - slice.trim_end_matches(is_edge).len();
    if lead + trail >= slice.len() {
        return Span::new(s.start, s.start);
    }
    Span::new(s.start + lead, s.end - trail)
}
