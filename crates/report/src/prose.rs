//! Prose that cannot drift from the data: in a summary or the intro, every number is a
//! reference, `{ai-output}` (a figure or a derived figure) or `{y2023}` (a period), which is
//! formatted per language with its qualifier, and marked where it is derived.
//!
//! A term of art is marked `{term-id|the words}`: the words, explained by the glossary's entry.
//!
//! Validation (`stray_number`) rejects a quantity written out in the prose itself: a digit,
//! a Chinese numeral used as a quantity (三成, 四分之一, 千亿元, 一个, 第一), or an English
//! number word (three, nine-tenths, quarter). Text in quotation marks, “十个一” or
//! 《…》, is a name the article gives, and may hold numerals.

use crate::format;
use crate::model::{Lang, Report};

/// A stretch of prose: plain text, or the id of what a reference stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Ref(&'a str),
    /// A glossary term's id and the words that stand for it here.
    Term(&'a str, &'a str),
}

/// Splits prose into text and references. Fails on a brace that opens no reference or is
/// never closed.
pub fn pieces(text: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("a `}}` closes no reference: \"{}\"", around(rest, open)));
        }
        let Some(len) = rest[open + 1..].find('}') else {
            return Err(format!("a `{{` is never closed: \"{}\"", around(rest, open)));
        };
        let id = &rest[open + 1..open + 1 + len];
        if id.is_empty() || id.contains('{') {
            return Err(format!("a reference needs one id between braces: \"{}\"", around(rest, open)));
        }
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        match id.split_once('|') {
            Some((term, words)) if !term.is_empty() && !words.is_empty() => out.push(Piece::Term(term, words)),
            Some(_) => {
                return Err(format!("a term needs an id and its words, {{id|words}}: \"{}\"", around(rest, open)))
            }
            None => out.push(Piece::Ref(id)),
        }
        rest = &rest[open + len + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Ok(out)
}

/// What a reference stands for, as it reads in prose: "超1000亿元", "≈190个(推算)",
/// "≈190 projects (derived)", "2023年". `None` for an id that is neither a figure nor a
/// period.
pub fn reference(report: &Report, id: &str, lang: Lang) -> Option<Reference> {
    if let Some(d) = report.datum(id) {
        return Some(Reference { text: format::plain(&d, lang), derived: d.derived, figure: true });
    }
    let period = report.period(id)?;
    Some(Reference { text: period.label(lang).to_string(), derived: false, figure: false })
}

/// A reference resolved in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The value with qualifier and unit, or the period's words.
    pub text: String,
    /// Computed by us: shown with "推算" / "derived".
    pub derived: bool,
    /// A figure (with a card to point at), not a period.
    pub figure: bool,
}

/// The mark after a derived figure in prose.
pub fn derived_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "(推算)",
        Lang::En => " (derived)",
    }
}

/// Prose as plain text, references resolved (for meta descriptions and metadata). An
/// unknown reference is left as it was written; a validated report has none.
pub fn plain(report: &Report, text: &str, lang: Lang) -> String {
    let Ok(pieces) = pieces(text) else { return text.to_string() };
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Term(_, t) => t.to_string(),
            Piece::Ref(id) => match reference(report, id, lang) {
                Some(r) if r.derived => format!("{}{}", r.text, derived_mark(lang)),
                Some(r) => r.text,
                None => format!("{{{id}}}"),
            },
        })
        .collect()
}

/// The first quantity the prose writes itself instead of referring to the data, with a
/// little of its context; `None` when there is none. References and quoted names are
/// skipped, and so are the report's set phrases (第三代, 三大), which hold a numeral but
/// count nothing of the report's.
pub fn stray_number(text: &str, lang: Lang, set_phrases: &[crate::Str]) -> Option<String> {
    let pieces = pieces(text).ok()?;
    for piece in pieces {
        let Piece::Text(t) = piece else { continue };
        let mut t = unquoted(t);
        for phrase in set_phrases.iter().filter(|p| !p.is_empty()) {
            t = t.replace(&**phrase, "_");
        }
        let found = match lang {
            Lang::Zh => chinese_quantity(&t),
            Lang::En => english_quantity(&t),
        };
        let found =
            found.or_else(|| t.char_indices().find(|(_, c)| c.is_numeric() && !is_cjk_numeral(*c)).map(|(i, _)| i));
        if let Some(i) = found {
            return Some(around(&t, i));
        }
    }
    None
}

/// The text with quoted names (“…”, 《…》) blanked out, so their numerals do not count.
pub fn unquoted(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    let mut close: Option<char> = None;
    for c in t.chars() {
        match (close, c) {
            (None, '“') => close = Some('”'),
            (None, '《') => close = Some('》'),
            (Some(end), c) if c == end => {
                close = None;
                out.push('_');
            }
            (Some(_), _) => {}
            (None, c) => out.push(c),
        }
    }
    out
}

const CJK_NUMERALS: &str = "零〇一二两三四五六七八九十百千万亿";
/// What follows a numeral when it counts something: measure words, units, fractions.
const CJK_COUNTED: &str = "个家项所条笔成倍类只批份位名次种级年月日人元万亿千百十分半大周岁座台件张本期届轮层%";

fn is_cjk_numeral(c: char) -> bool {
    CJK_NUMERALS.contains(c)
}

/// A Chinese numeral used as a quantity: followed by a measure word or unit (三成, 一个,
/// 千亿元, 四分之一), two numerals in a row (三十), or an ordinal (第一).
fn chinese_quantity(t: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !is_cjk_numeral(c) {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let counted = next.is_some_and(|n| CJK_COUNTED.contains(n));
        let run = next.is_some_and(is_cjk_numeral) && !(c == '一' && next == Some('一'));
        if counted || run || prev == Some('第') {
            return Some(i);
        }
    }
    None
}

/// English number words, separated by spaces.
const EN_NUMBERS: &str = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds \
    thousand thousands million millions billion billions half halves third thirds quarter quarters fifth fifths \
    tenth tenths dozen dozens twice double triple percent";

/// An English number word ("three", "nine-tenths", "a quarter"). "One" is allowed: it is as
/// often a pronoun ("one of them") as a count.
fn english_quantity(t: &str) -> Option<usize> {
    let mut start = None;
    for (i, c) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
        match (start, c.is_ascii_alphabetic()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                if EN_NUMBERS.split_whitespace().any(|w| t[s..i].eq_ignore_ascii_case(w)) {
                    return Some(s);
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

/// Up to a dozen characters either side of a byte offset.
fn around(t: &str, at: usize) -> String {
    let before: String = t[..at].chars().rev().take(12).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = t[at..].chars().take(12).collect();
    format!("…{before}{after}…")
}
