//! The bottom layer of Rasid: byte spans over an immutable original text,
//! derived views of that text that stay aligned with it, and conversion of
//! byte offsets to the Unicode character offsets users see in JSON.
//!
//! Every annotation in Rasid is a [`Span`] into the original text. A
//! normalized view ([`Aligned`]) is built only through [`AlignedBuilder`], whose
//! single primitive records each edit, so no rule ever computes offsets itself.

mod aligned;
mod char_index;
mod span;
mod token;

pub use aligned::{Aligned, AlignedBuilder};
pub use char_index::CharIndex;
pub use span::Span;
pub use token::{Token, TokenKind};
