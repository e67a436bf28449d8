//! Reading the human-edited TOML file into a validated `Report` (build time and tests only).
//!
//! Each entry is decoded on its own so that a mistake is reported with the entry it is in
//! (`figures[3] "ai-output"`) and the path of the field (`label.en`), then the whole report
//! goes through `validate`.

use crate::model::*;
use crate::validate::{validate, ReportError};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

const TOP_LEVEL: [&str; 12] = [
    "meta", "units", "periods", "sections", "figures", "derived", "lists", "firsts", "charts", "article", "changes",
    "glossary",
];

/// Parses and validates a report. `file` is the name used in error messages.
pub fn from_toml_str(file: &str, text: &str) -> Result<Report, Vec<ReportError>> {
    let err = |entry: &str, field: &str, message: String| ReportError {
        file: file.to_string(),
        entry: entry.to_string(),
        field: field.to_string(),
        message,
    };
    let mut table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e.span().map(|s| text[..s.start].lines().count().max(1));
        let entry = line.map_or("(document)".to_string(), |l| format!("line {l}"));
        vec![err(&entry, "(syntax)", e.message().to_string())]
    })?;

    let mut errors = Vec::new();
    for key in table.keys() {
        if !TOP_LEVEL.contains(&key.as_str()) {
            errors.push(err(key, key, format!("unknown top-level table; expected one of {}", TOP_LEVEL.join(", "))));
        }
    }
    let mut take = |key: &str| match table.remove(key) {
        Some(v) => Some(v),
        None => {
            errors.push(err(key, key, "missing top-level table".to_string()));
            None
        }
    };
    let meta = take("meta");
    let units = take("units");
    let periods = take("periods");
    let parts = ["sections", "figures", "derived", "lists", "firsts", "charts", "article"].map(&mut take);
    // A report that has never changed has no [[changes]]; one may explain no term.
    let changes = table.remove("changes");
    let glossary = table.remove("glossary");

    let meta: Option<Meta> = meta.and_then(|v| decode(file, "meta", v, &mut errors));
    let units = units.and_then(|v| decode_map::<Unit>(file, "units", v, &mut errors));
    let periods = periods.and_then(|v| decode_map::<Period>(file, "periods", v, &mut errors));
    let [sections, figures, derived, lists, firsts, charts, article] = parts;
    let sections = sections.and_then(|v| decode_array::<Section>(file, "sections", v, &mut errors));
    let figures = figures.and_then(|v| decode_array::<Figure>(file, "figures", v, &mut errors));
    let derived = derived.and_then(|v| decode_array::<DerivedDef>(file, "derived", v, &mut errors));
    let lists = lists.and_then(|v| decode_array::<NamedList>(file, "lists", v, &mut errors));
    let firsts = firsts.and_then(|v| decode_array::<First>(file, "firsts", v, &mut errors));
    let charts = charts.and_then(|v| decode_array::<Chart>(file, "charts", v, &mut errors));
    let article = article.and_then(|v| decode_array::<ArticleSection>(file, "article", v, &mut errors));
    let changes = match changes {
        Some(v) => decode_array::<Change>(file, "changes", v, &mut errors),
        None => Some(Vec::new()),
    };
    let glossary = match glossary {
        Some(v) => decode_array::<Term>(file, "glossary", v, &mut errors),
        None => Some(Vec::new()),
    };

    if !errors.is_empty() {
        return Err(errors);
    }
    let (
        Some(meta),
        Some(units),
        Some(periods),
        Some(sections),
        Some(figures),
        Some(derived),
        Some(lists),
        Some(firsts),
        Some(charts),
        Some(article),
        Some(changes),
        Some(glossary),
    ) = (meta, units, periods, sections, figures, derived, lists, firsts, charts, article, changes, glossary)
    else {
        unreachable!("every missing part pushed an error");
    };
    let report = Report {
        meta,
        units: units.into_iter().collect(),
        periods: periods.into_iter().collect(),
        sections: sections.into(),
        figures: figures.into(),
        derived: derived.into(),
        lists: lists.into(),
        firsts: firsts.into(),
        charts: charts.into(),
        article: article.into(),
        changes: changes.into(),
        glossary: glossary.into(),
    };
    let errors = validate(&report, file);
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(errors)
    }
}

fn decode<T: DeserializeOwned>(
    file: &str,
    entry: &str,
    value: toml::Value,
    errors: &mut Vec<ReportError>,
) -> Option<T> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let message = inner.message().to_string();
            // serde names the field in its message ("missing field `en`", "unknown field `x`");
            // the path is where it was looked for.
            let named = message.split('`').nth(1).filter(|_| message.contains("field `"));
            let field = match (path.as_str(), named) {
                (".", Some(n)) => n.to_string(),
                (p, Some(n)) if message.starts_with("missing") => format!("{p}.{n}"),
                (p, Some(n)) if message.starts_with("unknown") && !p.ends_with(n) => {
                    format!("{p}.{n}")
                }
                (p, _) => p.to_string(),
            };
            errors.push(ReportError { file: file.to_string(), entry: entry.to_string(), field, message });
            None
        }
    }
}

fn id_of(value: &toml::Value) -> String {
    // Article entries are named by their section, changes by what they change.
    ["id", "section", "figure", "chart", "list"]
        .iter()
        .find_map(|k| value.get(k).and_then(|v| v.as_str()))
        .unwrap_or("?")
        .to_string()
}

fn decode_array<T: DeserializeOwned>(
    file: &str,
    key: &str,
    value: toml::Value,
    errors: &mut Vec<ReportError>,
) -> Option<Vec<T>> {
    let toml::Value::Array(items) = value else {
        errors.push(ReportError {
            file: file.to_string(),
            entry: key.to_string(),
            field: key.to_string(),
            message: format!("expected an array of tables ([[{key}]])"),
        });
        return None;
    };
    let before = errors.len();
    let out: Vec<T> = items
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let entry = format!("{key}[{i}] \"{}\"", id_of(&v));
            decode(file, &entry, v, errors)
        })
        .collect();
    (errors.len() == before).then_some(out)
}

fn decode_map<T: DeserializeOwned>(
    file: &str,
    key: &str,
    value: toml::Value,
    errors: &mut Vec<ReportError>,
) -> Option<BTreeMap<Str, T>> {
    let toml::Value::Table(items) = value else {
        errors.push(ReportError {
            file: file.to_string(),
            entry: key.to_string(),
            field: key.to_string(),
            message: format!("expected a table of tables ([{key}.name])"),
        });
        return None;
    };
    let before = errors.len();
    let out: BTreeMap<Str, T> = items
        .into_iter()
        .filter_map(|(k, v)| decode(file, &format!("{key}.{k}"), v, errors).map(|t| (k.into(), t)))
        .collect();
    (errors.len() == before).then_some(out)
}
