//! The article's own words behind each figure: its sentences, the stretch a figure cites, and
//! the number as the article writes it ("突破千亿元", "近30%", "500多家", "八维"), read back
//! so the build can check that it says the figure's value and bound.

use crate::model::{ArticleSection, Bound, Figure, Lang, Report};
use std::ops::Range;

/// A paragraph's sentences, in order: each ends after 。!?; or an ellipsis (……), with any
/// closing quotation mark or bracket that follows; the rest, if any, is the last one.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = None;
        if "。!?;".contains(c) {
            end = Some(i + c.len_utf8());
        } else if c == '…' && chars.peek().is_some_and(|&(_, n)| n == '…') {
            let (j, n) = chars.next().expect("peeked");
            end = Some(j + n.len_utf8());
        }
        let Some(mut end) = end else { continue };
        while let Some(&(j, n)) = chars.peek() {
            if n != '”' && n != ')' {
                break;
            }
            end = j + n.len_utf8();
            chars.next();
        }
        out.push(&paragraph[start..end]);
        start = end;
    }
    if start < paragraph.len() {
        out.push(&paragraph[start..]);
    }
    out
}

/// The sentence a figure comes from, with where the figure's words sit in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence<'a> {
    pub section: &'a str,
    /// From 1.
    pub paragraph: u32,
    /// From 1, within the paragraph.
    pub sentence: u32,
    pub text: &'a str,
    /// The figure as written (`Figure::written`), as a byte range of `text`.
    pub mark: (usize, usize),
    /// Our English translation of the sentence, if the data has it.
    pub translation: Option<&'a str>,
}

impl Evidence<'_> {
    /// The sentence in three parts: before the figure's words, the words, after.
    pub fn parts(&self) -> (&str, &str, &str) {
        let (a, b) = self.mark;
        (&self.text[..a], &self.text[a..b], &self.text[b..])
    }

    /// An id for the sentence, unique in the page: `q-k2-3-3`.
    pub fn anchor(&self) -> String {
        format!("q-{}-{}-{}", self.section, self.paragraph, self.sentence)
    }
}

/// Where a figure's cited stretch (`quote`, else `written`) is in its paragraph, and where its
/// written number is: `None` when either is missing.
pub fn locate(paragraph: &str, f: &Figure) -> Option<(Range<usize>, Range<usize>)> {
    let span = f.quote.as_deref().unwrap_or(&f.written);
    let at = paragraph.find(span)?;
    let inner = span.find(&*f.written)?;
    Some((at..at + span.len(), at + inner..at + inner + f.written.len()))
}

impl Report {
    /// The article's text of a keyword section (empty in the wasm's copy).
    pub fn article_of(&self, section: &str) -> Option<&ArticleSection> {
        self.article.iter().find(|a| a.section == section)
    }

    /// The sentence a reported figure comes from; `None` for a derived figure, or where the
    /// article's text is not at hand (the wasm).
    pub fn evidence(&self, id: &str) -> Option<Evidence<'_>> {
        let f = self.figure(id)?;
        let a = self.article_of(&f.section)?;
        let paragraph = a.paragraphs.get((f.paragraph as usize).checked_sub(1)?)?;
        let (_, mark) = locate(paragraph, f)?;
        let mut start = 0;
        for (k, s) in sentences(paragraph).into_iter().enumerate() {
            let end = start + s.len();
            if mark.start >= start && mark.end <= end {
                let sentence = k as u32 + 1;
                let translation = a
                    .translations
                    .iter()
                    .find(|t| t.paragraph == f.paragraph && t.sentence == sentence)
                    .map(|t| &*t.en);
                return Some(Evidence {
                    section: &f.section,
                    paragraph: f.paragraph,
                    sentence,
                    text: s,
                    mark: (mark.start - start, mark.end - start),
                    translation,
                });
            }
            start = end;
        }
        None
    }

    /// The report without the text only the prerendered pages show (the article, the list of
    /// changes, the glossary): what the wasm carries.
    pub fn without_reading_text(mut self) -> Report {
        self.article = Default::default();
        self.changes = Default::default();
        self.glossary = Default::default();
        self
    }
}

/// The words the article uses for a bound: 超, 超过, 突破 and a trailing 多 say "over"; 近
/// "nearly"; 不少于 "at least"; 仅 "only".
const QUALIFIERS: [(&str, Bound); 6] = [
    ("超过", Bound::Over),
    ("超", Bound::Over),
    ("突破", Bound::Over),
    ("近", Bound::Nearly),
    ("不少于", Bound::AtLeast),
    ("仅", Bound::Only),
];

/// A number as the article writes it, read back: its value in base units and its bound.
/// "突破千亿元" → (1e11, over); "近30%" → (30, nearly); "500多家" → (500, over); "八维" → 8;
/// "第一" → 1; "6.3万人" → 63 000. `None` when no number starts it (after a qualifier).
pub fn read_written(written: &str) -> Option<(f64, Bound)> {
    let mut rest = written;
    let mut bound = Bound::Exact;
    if let Some((word, b)) = QUALIFIERS.iter().find(|(w, _)| rest.starts_with(w)) {
        rest = &rest[word.len()..];
        bound = *b;
    } else if let Some(r) = rest.strip_prefix('第') {
        rest = r;
    }
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
    let mut value = if digits > 0 {
        let v: f64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        v
    } else {
        let run = rest.find(|c: char| !CJK.contains(c)).unwrap_or(rest.len());
        let v = chinese_number(&rest[..run])?;
        rest = &rest[run..];
        return Some((v, if rest.starts_with('多') { Bound::Over } else { bound }));
    };
    if let Some(r) = rest.strip_prefix('万') {
        value *= 1e4;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('亿') {
        value *= 1e8;
        rest = r;
    }
    if rest.starts_with('多') {
        bound = Bound::Over;
    }
    Some((value, bound))
}

const CJK: &str = "零〇一二两三四五六七八九十百千万亿";

/// A Chinese numeral: 八 → 8, 千亿 → 1e11, 万 → 1e4, 三十 → 30. `None` for an empty one.
fn chinese_number(s: &str) -> Option<f64> {
    if s.is_empty() {
        return None;
    }
    let (mut total, mut section, mut digit) = (0.0_f64, 0.0_f64, 0.0_f64);
    for c in s.chars() {
        match c {
            '零' | '〇' => digit = 0.0,
            '一' => digit = 1.0,
            '二' | '两' => digit = 2.0,
            '三' => digit = 3.0,
            '四' => digit = 4.0,
            '五' => digit = 5.0,
            '六' => digit = 6.0,
            '七' => digit = 7.0,
            '八' => digit = 8.0,
            '九' => digit = 9.0,
            '十' | '百' | '千' => {
                let unit = match c {
                    '十' => 10.0,
                    '百' => 100.0,
                    _ => 1000.0,
                };
                section += if digit == 0.0 { 1.0 } else { digit } * unit;
                digit = 0.0;
            }
            '万' | '亿' => {
                let unit = if c == '万' { 1e4 } else { 1e8 };
                let n = total + section + digit;
                total = if n == 0.0 { 1.0 } else { n } * unit;
                section = 0.0;
                digit = 0.0;
            }
            _ => return None,
        }
    }
    Some(total + section + digit)
}

/// The qualifier word a figure's written form uses ("突破", "超", "近", "多"), in Chinese;
/// for English, the bound's own word.
pub fn qualifier_word(f: &Figure, lang: Lang) -> &str {
    if lang == Lang::En {
        return crate::format::bound_word(f.bound, lang);
    }
    if let Some((w, _)) = QUALIFIERS.iter().find(|(w, _)| f.written.starts_with(w)) {
        return w;
    }
    if f.written.contains('多') {
        return "多";
    }
    crate::format::bound_word(f.bound, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_the_article_writes_them() {
        let cases: [(&str, f64, Bound); 12] = [
            ("突破千亿元", 1e11, Bound::Over),
            ("超1700家", 1700.0, Bound::Over),
            ("近30%", 30.0, Bound::Nearly),
            ("500多家", 500.0, Bound::Over),
            ("八维", 8.0, Bound::Exact),
            ("六大", 6.0, Bound::Exact),
            ("第一", 1.0, Bound::Exact),
            ("6.3万人", 63_000.0, Bound::Exact),
            ("超万家", 10_000.0, Bound::Over),
            ("22.89亿元", 2_289_000_000.0, Bound::Exact),
            ("不少于500家", 500.0, Bound::AtLeast),
            ("超过300个", 300.0, Bound::Over),
        ];
        for (text, value, bound) in cases {
            let (v, b) = read_written(text).unwrap_or_else(|| panic!("{text} is not read"));
            assert!((v - value).abs() < 1e-6 * value.max(1.0), "{text}: {v} is not {value}");
            assert_eq!(b, bound, "{text}");
        }
        assert_eq!(read_written("家"), None);
        assert_eq!(read_written("仅3家"), Some((3.0, Bound::Only)));
    }

    #[test]
    fn splits_sentences_after_stops_and_ellipses_keeping_closing_quotes() {
        let p = "甲超1700家……乙。“丙。”丁说;戊";
        assert_eq!(sentences(p), ["甲超1700家……", "乙。", "“丙。”", "丁说;", "戊"]);
    }
}
