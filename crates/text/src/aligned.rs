use crate::Span;

/// A derived view of an original text (for example its normalized form) that
/// remembers, edit by edit, where each of its bytes came from.
///
/// The alignment is stored as *runs* of uniform edits: `count` consecutive
/// units, each replacing `ow` original bytes by `nw` view bytes. A run of
/// deleted harakat, or of Arabic-Indic digits folded to ASCII, is one run, and
/// identical stretches between runs cost nothing. Mapping inside a run is exact
/// at unit boundaries, so character-level precision is never lost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Aligned {
    text: String,
    runs: Vec<Run>,
    original_len: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    orig: usize,
    norm: usize,
    count: u32,
    /// original bytes per unit
    ow: u8,
    /// view bytes per unit (0 for a deletion)
    nw: u8,
}

impl Run {
    fn orig_end(&self) -> usize {
        self.orig + self.count as usize * self.ow as usize
    }
    fn norm_end(&self) -> usize {
        self.norm + self.count as usize * self.nw as usize
    }
}

impl Aligned {
    /// The view's text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the original text this view was built from.
    pub fn original_len(&self) -> usize {
        self.original_len
    }

    /// Number of alignment runs (a measure of how much the view differs).
    pub fn run_count(&self) -> usize {
        self.runs.len()
    }

    /// True when the view is byte-identical to the original.
    pub fn is_identity(&self) -> bool {
        self.runs.is_empty()
    }

    /// Maps a span of the view back to the smallest span of the original that
    /// produced it. A view offset inside an expansion (one original character
    /// that became several) widens to the whole original character. Deleted
    /// characters right after the span (harakat after the last letter) are
    /// included; deleted characters before it are not.
    pub fn to_original(&self, view: Span) -> Span {
        let start = self.orig_of(view.start, false);
        let end = self.orig_of(view.end, true).max(start);
        Span::new(start, end)
    }

    /// Maps a span of the original to the span of the view it became.
    pub fn to_view(&self, orig: Span) -> Span {
        let start = self.view_of(orig.start, false);
        let end = self.view_of(orig.end, true).max(start);
        Span::new(start, end)
    }

    /// The view text produced by an original span.
    pub fn view_text(&self, orig: Span) -> &str {
        self.to_view(orig).slice(&self.text)
    }

    fn orig_of(&self, n: usize, round_up: bool) -> usize {
        let i = self.runs.partition_point(|r| r.norm_end() <= n);
        if let Some(r) = self.runs.get(i) {
            if r.norm <= n {
                // inside run i (nw > 0 here, else norm_end <= n)
                let nw = r.nw as usize;
                let off = n - r.norm;
                let k = if round_up { off.div_ceil(nw) } else { off / nw };
                return r.orig + k * r.ow as usize;
            }
        }
        let delta_orig_minus_norm = match i.checked_sub(1).map(|j| &self.runs[j]) {
            Some(prev) => prev.orig_end() as isize - prev.norm_end() as isize,
            None => 0,
        };
        (n as isize + delta_orig_minus_norm) as usize
    }

    fn view_of(&self, o: usize, round_up: bool) -> usize {
        let i = self.runs.partition_point(|r| r.orig_end() <= o && r.ow > 0);
        if let Some(r) = self.runs.get(i) {
            if r.orig <= o && r.ow > 0 {
                let ow = r.ow as usize;
                let off = o - r.orig;
                let k = if round_up { off.div_ceil(ow) } else { off / ow };
                return r.norm + k * r.nw as usize;
            }
        }
        let delta_norm_minus_orig = match i.checked_sub(1).map(|j| &self.runs[j]) {
            Some(prev) => prev.norm_end() as isize - prev.orig_end() as isize,
            None => 0,
        };
        (o as isize + delta_norm_minus_orig) as usize
    }
}

/// Builds an [`Aligned`] view by walking the original text from left to right.
///
/// Every change goes through [`AlignedBuilder::edit`]; rules never compute
/// offsets of their own.
#[derive(Debug, Default)]
pub struct AlignedBuilder {
    text: String,
    runs: Vec<Run>,
    orig_pos: usize,
}

impl AlignedBuilder {
    pub fn with_capacity(bytes: usize) -> Self {
        AlignedBuilder {
            text: String::with_capacity(bytes),
            runs: Vec::new(),
            orig_pos: 0,
        }
    }

    /// Copies `orig` unchanged into the view.
    #[inline]
    pub fn keep(&mut self, orig: &str) {
        self.text.push_str(orig);
        self.orig_pos += orig.len();
    }

    /// Copies one character unchanged.
    #[inline]
    pub fn keep_char(&mut self, c: char) {
        self.text.push(c);
        self.orig_pos += c.len_utf8();
    }

    /// The one primitive: the original unit `orig` becomes `out` in the view
    /// (`""` deletes it; a longer `out` expands it). Identical text is kept.
    pub fn edit(&mut self, orig: &str, out: &str) {
        if orig == out {
            return self.keep(orig);
        }
        let (ow, nw) = (orig.len(), out.len());
        if ow > u8::MAX as usize || nw > u8::MAX as usize {
            // too wide to be one unit: record it as a deletion then an insertion
            self.edit_unit(ow.min(u8::MAX as usize), 0, "");
            self.orig_pos += ow - ow.min(u8::MAX as usize);
            for chunk in chunk_at_char_boundaries(out, u8::MAX as usize) {
                self.edit_unit(0, chunk.len(), chunk);
            }
            return;
        }
        self.edit_unit(ow, nw, out);
    }

    fn edit_unit(&mut self, ow: usize, nw: usize, out: &str) {
        let (orig, norm) = (self.orig_pos, self.text.len());
        match self.runs.last_mut() {
            Some(r)
                if r.orig_end() == orig
                    && r.norm_end() == norm
                    && r.ow as usize == ow
                    && r.nw as usize == nw
                    && r.count < u32::MAX =>
            {
                r.count += 1
            }
            _ => self.runs.push(Run {
                orig,
                norm,
                count: 1,
                ow: ow as u8,
                nw: nw as u8,
            }),
        }
        self.text.push_str(out);
        self.orig_pos += ow;
    }

    /// Number of original bytes consumed so far.
    pub fn original_pos(&self) -> usize {
        self.orig_pos
    }

    pub fn finish(self) -> Aligned {
        Aligned {
            text: self.text,
            runs: self.runs,
            original_len: self.orig_pos,
        }
    }
}

fn chunk_at_char_boundaries(s: &str, max: usize) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut cut = rest.len().min(max);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (head, tail) = rest.split_at(cut);
        rest = tail;
        Some(head)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A toy rule set exercising every edit shape: deletion (harakat),
    /// same-width replacement (alef forms), narrowing (Arabic digits) and
    /// expansion (lam-alef ligature).
    fn toy(original: &str) -> Aligned {
        let mut b = AlignedBuilder::with_capacity(original.len());
        let mut buf = [0u8; 4];
        for c in original.chars() {
            let s = c.encode_utf8(&mut buf);
            match c {
                '\u{064B}'..='\u{0652}' => b.edit(s, ""),
                'أ' | 'إ' | 'آ' => b.edit(s, "ا"),
                '٠'..='٩' => {
                    let d = char::from(b'0' + (c as u32 - 0x660) as u8);
                    b.edit(s, d.encode_utf8(&mut [0u8; 4]))
                }
                '\u{FEFB}' => b.edit(s, "لا"),
                _ => b.keep(s),
            }
        }
        b.finish()
    }

    #[test]
    fn maps_words_back_with_their_harakat() {
        let text = "كَتَبَ أحمدُ ٣ ﻻ";
        let v = toy(text);
        assert_eq!(v.as_str(), "كتب احمد 3 لا");
        let view_word = Span::new(0, "كتب".len());
        assert_eq!(v.to_original(view_word).slice(text), "كَتَبَ");
        let ahmad = v.as_str().find("احمد").unwrap();
        let sp = v.to_original(Span::new(ahmad, ahmad + "احمد".len()));
        assert_eq!(sp.slice(text), "أحمدُ");
        // half of the expanded ligature widens to the whole ligature
        let la = v.as_str().find("لا").unwrap();
        assert_eq!(v.to_original(Span::new(la, la + 2)).slice(text), "ﻻ");
        let digit = text.find('٣').unwrap();
        assert_eq!(v.view_text(Span::new(digit, digit + 2)), "3");
        assert!(v.run_count() < text.chars().count());
    }

    #[test]
    fn identity_has_no_runs() {
        let v = toy("قال الوزير");
        assert!(v.is_identity());
        assert_eq!(v.to_original(Span::new(2, 6)), Span::new(2, 6));
    }

    #[test]
    fn runs_are_compact() {
        let text = "ََََََََ".repeat(100);
        let v = toy(&text);
        assert_eq!(v.as_str(), "");
        assert_eq!(v.run_count(), 1);
    }

    proptest! {
        /// Any char-aligned original span maps to a view span whose text is
        /// exactly what the rules make of the original slice, and mapping back
        /// covers the original span.
        #[test]
        fn spans_roundtrip(s in "[اأإآكتبَُِّْ٠-٩ﻻ a-z]{0,60}", a in 0usize..80, b in 0usize..80) {
            let v = toy(&s);
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let orig = Span::new(a.min(b), a.max(b));
            let view = v.to_view(orig);
            let expect = toy(orig.slice(&s));
            prop_assert_eq!(view.slice(v.as_str()), expect.as_str());
            let back = v.to_original(view);
            let again = toy(back.slice(&s));
            prop_assert_eq!(again.as_str(), view.slice(v.as_str()));
        }
    }
}
