//! Where each figure comes from: its place in the article ("关键词三 · 第2段" / "Keyword 3,
//! paragraph 2") or, for a derived figure, its rule, its inputs and their places.

use crate::format;
use crate::model::{DerivedKind, Lang, Report, UnitKind};

/// A paragraph of a keyword section: "关键词三 · 第2段" / "Keyword 3, paragraph 2".
pub fn paragraph(report: &Report, section: &str, paragraph: u32, lang: Lang) -> String {
    paragraphs(report, section, &[paragraph], lang)
}

/// Paragraphs of a keyword section, in the order given: "关键词一 · 第3段、第5段" / "Keyword 1,
/// paragraphs 3 and 5".
pub fn paragraphs(report: &Report, section: &str, numbers: &[u32], lang: Lang) -> String {
    let ordinal = report.section(section).map(|s| s.ordinal.get(lang)).unwrap_or(section);
    match (lang, numbers) {
        (Lang::Zh, _) => {
            let list: Vec<String> = numbers.iter().map(|p| format!("第{p}段")).collect();
            format!("{ordinal} · {}", list.join("、"))
        }
        (Lang::En, [one]) => format!("{ordinal}, paragraph {one}"),
        (Lang::En, _) => {
            let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
            let (last, rest) = list.split_last().map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
            format!("{ordinal}, paragraphs {} and {last}", rest.join(", "))
        }
    }
}

/// Where the article states a figure; for a derived figure, where its inputs are (each place
/// once, in order). Empty for an unknown id.
pub fn locator(report: &Report, id: &str, lang: Lang) -> String {
    if let Some(f) = report.figure(id) {
        return paragraph(report, &f.section, f.paragraph, lang);
    }
    let mut places: Vec<String> = Vec::new();
    for input in inputs(report, id) {
        let place = locator(report, input, lang);
        if !places.contains(&place) {
            places.push(place);
        }
    }
    places.join(if lang == Lang::Zh { ";" } else { "; " })
}

/// The reported figures a derived figure is computed from, including the figure a growth
/// rate or multiple changes.
fn inputs<'a>(report: &'a Report, id: &str) -> Vec<&'a str> {
    let Some(d) = report.derived_def(id) else { return Vec::new() };
    let mut ids: Vec<&str> = Vec::new();
    if d.kind == DerivedKind::Baseline {
        if let Some(base) = d.inputs.first().and_then(|c| report.figure(c)).and_then(|c| c.change_of.as_deref()) {
            ids.push(base);
        }
    }
    ids.extend(d.inputs.iter().map(|s| &**s));
    ids
}

/// How a derived figure is computed, in the article's numbers: "272个 ÷ (1 + 42%)",
/// "22.89亿元 ÷ 2.8", "448家 ÷ 不少于500家 × 100%". `None` for a reported figure.
pub fn method(report: &Report, id: &str, lang: Lang) -> Option<String> {
    let d = report.derived_def(id)?;
    let shown = |id: &str| report.datum(id).map(|x| format::plain(&x, lang)).unwrap_or_default();
    let number = |id: &str| report.datum(id).map(|x| format::datum(&x, lang).figure()).unwrap_or_default();
    Some(match d.kind {
        DerivedKind::Baseline => {
            let change = report.figure(d.inputs.first()?)?;
            let base = shown(change.change_of.as_deref()?);
            match report.unit(&change.unit)?.kind {
                UnitKind::Growth => {
                    let rate = number(&change.id);
                    let sign = if change.value < 0.0 { "−" } else { "+" };
                    format!("{base} ÷ (1 {sign} {}%)", rate.trim_start_matches(['+', '-']))
                }
                _ => format!("{base} ÷ {}", number(&change.id)),
            }
        }
        DerivedKind::Share | DerivedKind::Progress => {
            format!("{} ÷ {} × 100%", shown(d.inputs.first()?), shown(d.inputs.get(1)?))
        }
    })
}

/// The full source note of a figure, as the card, the list and the table show it:
/// "关键词三 · 第2段", or "推算:272个 ÷ (1 + 42%);依据关键词三 · 第4段" /
/// "Derived: 272 projects ÷ (1 + 42%), from Keyword 3, paragraph 4".
pub fn note(report: &Report, id: &str, lang: Lang) -> String {
    let place = locator(report, id, lang);
    let assumes = report.derived_def(id).and_then(|d| d.assumes.as_ref()).map(|a| a.get(lang));
    match (method(report, id, lang), lang, assumes) {
        (None, _, _) => place,
        (Some(m), Lang::Zh, None) => format!("推算:{m};依据{place}"),
        (Some(m), Lang::Zh, Some(a)) => format!("推算:{m}({a});依据{place}"),
        (Some(m), Lang::En, None) => format!("Derived: {m}, from {place}"),
        (Some(m), Lang::En, Some(a)) => format!("Derived: {m} ({a}), from {place}"),
    }
}
