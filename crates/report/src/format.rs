//! Number formatting per language: 亿/万 in Chinese, billion/million and thousands
//! separators in English, with the qualifier (超, 近, 不少于, ≈) visible.

use crate::derive::Datum;
use crate::model::{Bound, Lang, Unit, UnitKind};

/// A formatted value in parts, so a card can set the number large and the rest small.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Formatted {
    /// "超", "近", "不少于", "≈", "nearly ", "at least ", "over ".
    pub prefix: String,
    /// "1700", "1,700", "22.89", "+42.6".
    pub number: String,
    /// "+" after an English lower bound ("1,700+").
    pub suffix: String,
    /// "亿元", "家", "billion yuan", "firms", "%".
    pub unit: String,
    /// Whether a space goes between the number and the unit.
    pub spaced: bool,
}

impl Formatted {
    /// The number with its qualifier, without the unit: "超1700", "1,700+".
    pub fn figure(&self) -> String {
        format!("{}{}{}", self.prefix, self.number, self.suffix)
    }

    /// The unit as shown after the number, with its leading space if any.
    pub fn unit_part(&self) -> String {
        if self.spaced && !self.unit.is_empty() {
            format!(" {}", self.unit)
        } else {
            self.unit.clone()
        }
    }
}

impl std::fmt::Display for Formatted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.figure(), self.unit_part())
    }
}

/// Formats a datum in a language: value, unit and qualifier.
pub fn datum(d: &Datum<'_>, lang: Lang) -> Formatted {
    value(d.value, d.unit, d.bound, lang)
}

/// Formats a value in base units.
pub fn value(v: f64, unit: &Unit, bound: Bound, lang: Lang) -> Formatted {
    // A derived value arrives already rounded to the step its data names (`derive`).
    let (number, magnitude) = match lang {
        Lang::Zh => zh_number(v, unit.kind),
        Lang::En => en_number(v, unit.kind),
    };
    let number = match (unit.kind, lang) {
        (UnitKind::Growth, _) if v >= 0.0 => format!("+{number}"),
        (UnitKind::Rank, Lang::Zh) => format!("第{number}"),
        (UnitKind::Rank, Lang::En) => format!("No. {number}"),
        _ => number,
    };
    let word_unit = matches!(unit.kind, UnitKind::Money | UnitKind::Count | UnitKind::Duration | UnitKind::Multiple);
    let unit_text = match lang {
        // A rank reads "第1" / "No. 1": the place says what it is.
        _ if unit.kind == UnitKind::Rank => String::new(),
        Lang::Zh => format!("{magnitude}{}", unit.zh),
        Lang::En => {
            let name: &str = if number == "1" && magnitude.is_empty() { &unit.en_one } else { &unit.en };
            [&*magnitude, name].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ")
        }
    };
    let plus_ok = matches!(unit.kind, UnitKind::Count | UnitKind::Duration) && magnitude.is_empty();
    let (prefix, suffix) = qualifier_marks(bound, lang, plus_ok);
    Formatted {
        prefix: prefix.to_string(),
        number,
        suffix: suffix.to_string(),
        unit: unit_text,
        spaced: lang == Lang::En && word_unit,
    }
}

/// The marks that show a bound: (prefix, suffix). `plus_ok` says whether English may use
/// the compact "1,700+" form (counts without a magnitude word).
fn qualifier_marks(bound: Bound, lang: Lang, plus_ok: bool) -> (&'static str, &'static str) {
    match (lang, bound) {
        (_, Bound::Exact) => ("", ""),
        (_, Bound::Approx) => ("≈", ""),
        (Lang::Zh, Bound::Over) => ("超", ""),
        (Lang::Zh, Bound::Nearly) => ("近", ""),
        (Lang::Zh, Bound::AtLeast) => ("不少于", ""),
        (Lang::Zh, Bound::Only) => ("仅", ""),
        (Lang::En, Bound::Only) => ("only ", ""),
        (Lang::En, Bound::Over) if plus_ok => ("", "+"),
        (Lang::En, Bound::Over) => ("over ", ""),
        (Lang::En, Bound::Nearly) => ("nearly ", ""),
        (Lang::En, Bound::AtLeast) => ("at least ", ""),
    }
}

/// The word for a bound, for tables and descriptions ("" for exact).
pub fn bound_word(bound: Bound, lang: Lang) -> &'static str {
    match (lang, bound) {
        (_, Bound::Exact) => "",
        (Lang::Zh, Bound::Over) => "超",
        (Lang::Zh, Bound::Nearly) => "近",
        (Lang::Zh, Bound::AtLeast) => "不少于",
        (Lang::Zh, Bound::Only) => "仅",
        (Lang::Zh, Bound::Approx) => "约",
        (Lang::En, Bound::Over) => "over",
        (Lang::En, Bound::Nearly) => "nearly",
        (Lang::En, Bound::AtLeast) => "at least",
        (Lang::En, Bound::Only) => "only",
        (Lang::En, Bound::Approx) => "approximately",
    }
}

/// What qualifies a datum beyond its bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Cumulative,
    YearOnYear,
    Derived,
}

impl Tag {
    /// The tag in words: "累计" / "cumulative", "同比" / "year on year", "推算" / "derived".
    pub fn word(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Tag::Cumulative, Lang::Zh) => "累计",
            (Tag::Cumulative, Lang::En) => "cumulative",
            (Tag::YearOnYear, Lang::Zh) => "同比",
            (Tag::YearOnYear, Lang::En) => "year on year",
            (Tag::Derived, Lang::Zh) => "推算",
            (Tag::Derived, Lang::En) => "derived",
        }
    }
}

/// The tags that qualify a datum beyond its bound, in reading order.
pub fn tag_list(d: &Datum<'_>) -> Vec<Tag> {
    let mut out = Vec::new();
    if d.cumulative {
        out.push(Tag::Cumulative);
    }
    if d.unit.kind == UnitKind::Growth {
        out.push(Tag::YearOnYear);
    }
    if d.derived {
        out.push(Tag::Derived);
    }
    out
}

/// The tags of a datum in words, `except` the one a caller shows in its own way.
pub fn tags_except(d: &Datum<'_>, lang: Lang, except: Option<Tag>) -> Vec<&'static str> {
    tag_list(d).into_iter().filter(|t| Some(*t) != except).map(|t| t.word(lang)).collect()
}

/// Short tags that qualify a datum beyond its bound: cumulative, year on year, derived.
pub fn tags(d: &Datum<'_>, lang: Lang) -> Vec<&'static str> {
    tags_except(d, lang, None)
}

/// What a card says under a figure: its period, then its tags ("2023年 · 同比", "累计 · 推算").
pub fn meta_line(d: &Datum<'_>, lang: Lang) -> String {
    let mut meta = vec![d.period.label(lang)];
    meta.extend(tags(d, lang));
    meta.join(" · ")
}

/// A one-line plain text of a datum: "超1000亿元", "1,700+ firms", "≈47 people".
pub fn plain(d: &Datum<'_>, lang: Lang) -> String {
    datum(d, lang).to_string()
}

/// `x` with at most `max_decimals` decimals (rounded half away from zero), trailing zeros
/// trimmed. Integer arithmetic only: formatting floats would add core's float printer to the
/// wasm for a handful of figures.
pub fn decimal(x: f64, max_decimals: usize) -> String {
    let scale = 10u64.pow(max_decimals.min(6) as u32);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    let (int, frac) = (scaled / scale, scaled % scale);
    if frac == 0 {
        return format!("{sign}{int}");
    }
    let digits = format!("{frac:0width$}", width = max_decimals.min(6));
    format!("{sign}{int}.{}", digits.trim_end_matches('0'))
}

/// Thousands separators for the integer part: 12345.6 → "12,345.6".
pub fn grouped(x: f64, max_decimals: usize) -> String {
    let s = decimal(x, max_decimals);
    let (int, frac) = s.split_once('.').map_or((&*s, None), |(a, b)| (a, Some(b)));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

fn zh_number(v: f64, kind: UnitKind) -> (String, String) {
    let scalable = matches!(kind, UnitKind::Money | UnitKind::Count);
    if scalable && v >= 1e8 {
        (decimal(v / 1e8, 2), "亿".into())
    } else if scalable && v >= 1e4 && (kind == UnitKind::Money || (v / 1e4 * 100.0).fract() == 0.0) {
        (decimal(v / 1e4, 2), "万".into())
    } else {
        (decimal(v, 2), String::new())
    }
}

fn en_number(v: f64, kind: UnitKind) -> (String, String) {
    match kind {
        UnitKind::Money if v >= 1e9 => (decimal(v / 1e9, 3), "billion".into()),
        UnitKind::Money if v >= 1e6 => (decimal(v / 1e6, 3), "million".into()),
        UnitKind::Money | UnitKind::Count | UnitKind::Duration => (grouped(v, 2), String::new()),
        _ => (decimal(v, 2), String::new()),
    }
}
