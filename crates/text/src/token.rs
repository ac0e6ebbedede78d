use crate::Span;

/// What kind of thing a token is. Tokens never change the text they cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word in Arabic script (letters, harakat and tatweel included).
    Arabic,
    /// A word in Latin script (may contain digits and inner apostrophes).
    Latin,
    /// A word in any other script.
    Word,
    /// 1,500 / 3.5 / ٣٫٥ / 50٪
    Number,
    Url,
    Email,
    Hashtag,
    Mention,
    Punct,
    Symbol,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Arabic => "arabic",
            TokenKind::Latin => "latin",
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Punct => "punct",
            TokenKind::Symbol => "symbol",
        }
    }

    /// Words, numbers and the like: what a reader would call a word.
    pub fn is_wordlike(self) -> bool {
        !matches!(self, TokenKind::Punct | TokenKind::Symbol)
    }
}

/// A token: a span of the original text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}
