//! Validation of a parsed report: every rule names the file, the entry and the field.
//!
//! Runs in the build script (a broken data file stops the build) and in the tests.

use crate::model::*;
use std::collections::BTreeSet;
use std::fmt;

/// One problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportError {
    pub file: String,
    /// e.g. `figures[3] "ai-output"`.
    pub entry: String,
    /// e.g. `label.en`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ReportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: field `{}`: {}", self.file, self.entry, self.field, self.message)
    }
}

impl std::error::Error for ReportError {}

/// Checks every cross-reference and rule; returns all problems found, in file order.
pub fn validate(report: &Report, file: &str) -> Vec<ReportError> {
    let mut v = Validator { file, report, errors: Vec::new() };
    v.run();
    v.errors
}

struct Validator<'a> {
    file: &'a str,
    report: &'a Report,
    errors: Vec<ReportError>,
}

fn entry(kind: &str, index: usize, id: &str) -> String {
    format!("{kind}[{index}] \"{id}\"")
}

fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Why an id would collide with one the page itself uses, if it would: the page's own
/// elements (`main`, the citation block `cite`) and the prefixes and suffixes of the ids it
/// makes (`chart-…`, `fig-…`, a section's tools island `…-tools`).
fn reserved(id: &str) -> Option<&'static str> {
    match id {
        "main" | "cite" | "changes" | "terms" => Some("the page has an element of that id"),
        "long-picture" => Some("the long picture's overlay is named so"),
        _ if id.starts_with("chart-") || id.starts_with("fig-") => {
            Some("charts and figures are named chart-… and fig-…")
        }
        _ if id.ends_with("-tools") => Some("a section's tools are named …-tools"),
        _ if ["q-", "src-", "ref-", "change-", "term-", "tip-"].iter().any(|p| id.starts_with(p)) => {
            Some("quotes, sources, mentions, changes and terms are named q-…, src-…, ref-…, change-…, term-… and tip-…")
        }
        _ => None,
    }
}

fn is_date(s: &str, parts: usize) -> bool {
    let p: Vec<&str> = s.split('-').collect();
    let lens = [4, 2, 2];
    p.len() == parts && p.iter().zip(lens).all(|(x, n)| x.len() == n && x.bytes().all(|b| b.is_ascii_digit()))
}

impl Validator<'_> {
    fn err(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.errors.push(ReportError {
            file: self.file.to_string(),
            entry: entry.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn text(&mut self, entry: &str, field: &str, t: &Text) {
        if t.zh.trim().is_empty() {
            self.err(entry, &format!("{field}.zh"), "the Chinese text is empty");
        }
        if t.en.trim().is_empty() {
            self.err(entry, &format!("{field}.en"), "the English text is empty");
        }
    }

    fn section_ref(&mut self, entry: &str, id: &str) {
        if self.report.section(id).is_none() {
            self.err(entry, "section", format!("no section has the id \"{id}\""));
        }
    }

    /// A paragraph of a keyword section must be one the article has.
    fn paragraph_ref(&mut self, entry: &str, field: &str, section: &str, paragraph: u32) {
        if self.report.section(section).is_none() {
            return;
        }
        let count = self.report.article_of(section).map_or(0, |a| a.paragraphs.len());
        if paragraph == 0 || paragraph as usize > count {
            let msg = format!(
                "paragraph {paragraph} is not one of section \"{section}\"'s {count} paragraphs in [[article]]"
            );
            self.err(entry, field, msg);
        }
    }

    /// Prose: references must resolve, and no number may be written outside one.
    fn prose(&mut self, entry: &str, field: &str, t: &Text) {
        for lang in Lang::ALL {
            let field = format!("{field}.{}", if lang == Lang::Zh { "zh" } else { "en" });
            let pieces = match crate::prose::pieces(t.get(lang)) {
                Ok(p) => p,
                Err(e) => {
                    self.err(entry, &field, e);
                    continue;
                }
            };
            for piece in pieces {
                if let crate::prose::Piece::Term(id, _) = piece {
                    if self.report.term(id).is_none() {
                        self.err(entry, &field, format!("{{{id}|…}} marks a term the glossary does not have"));
                    }
                }
                if let crate::prose::Piece::Ref(id) = piece {
                    if self.report.datum(id).is_none() && self.report.period(id).is_none() {
                        self.err(entry, &field, format!("{{{id}}} names no figure, derived figure or period"));
                    }
                }
            }
            if let Some(at) = crate::prose::stray_number(t.get(lang), lang, &self.report.meta.set_phrases) {
                let msg = format!(
                    "a number is written out in the prose ({at}): refer to the figure or period instead, as {{figure-id}}"
                );
                self.err(entry, &field, msg);
            }
        }
    }

    fn datum_ref(&mut self, entry: &str, field: &str, id: &str) -> bool {
        let known = self.report.figure(id).is_some() || self.report.derived_def(id).is_some();
        if !known {
            self.err(entry, field, format!("no figure or derived figure has the id \"{id}\""));
        }
        known
    }

    fn period_ref(&mut self, entry: &str, id: &str) {
        if self.report.period(id).is_none() {
            self.err(entry, "period", format!("no period has the id \"{id}\" in [periods]"));
        }
    }

    fn unit_of(&self, id: &str) -> Option<(&str, &Unit)> {
        if let Some(f) = self.report.figure(id) {
            return self.report.unit(&f.unit).map(|u| (&*f.unit, u));
        }
        let d = self.report.derived_def(id)?;
        match d.kind {
            DerivedKind::Baseline => {
                let change = self.report.figure(d.inputs.first()?)?;
                self.unit_of(change.change_of.as_deref()?)
            }
            _ => self.report.units.iter().find(|(_, u)| u.kind == UnitKind::Percent).map(|(k, u)| (&**k, u)),
        }
    }

    fn run(&mut self) {
        self.meta();
        self.units_and_periods();
        self.unique_ids();
        self.sections();
        self.figures();
        self.derived();
        self.lists();
        self.firsts();
        self.charts();
        self.article();
        self.changes();
        self.glossary();
    }

    fn meta(&mut self) {
        let m = &self.report.meta;
        for (field, t) in [
            ("title", &m.title),
            ("subtitle", &m.subtitle),
            ("article_title", &m.article_title),
            ("publisher", &m.publisher),
            ("intro", &m.intro),
            ("site_name", &m.site_name),
            ("first_scopes.national", &m.first_scopes.national),
            ("first_scopes.national_or_provincial", &m.first_scopes.national_or_provincial),
        ] {
            self.text("meta", field, t);
        }
        self.prose("meta", "subtitle", &m.subtitle);
        self.prose("meta", "intro", &m.intro);
        if !is_date(&m.updated, 3) {
            self.err("meta", "updated", format!("\"{}\" is not a YYYY-MM-DD date", m.updated));
        }
        if m.licence.name.trim().is_empty() {
            self.err("meta", "licence.name", "the licence has no name");
        }
        if !m.licence.url.starts_with("https://") {
            self.err("meta", "licence.url", "the licence's address must start with https://");
        }
        if !is_slug(&m.slug) {
            self.err("meta", "slug", "a slug uses only a-z, 0-9, '-' and '_'");
        }
        if !is_date(&m.published, 3) {
            self.err("meta", "published", format!("\"{}\" is not a YYYY-MM-DD date", m.published));
        }
    }

    fn units_and_periods(&mut self) {
        for (id, u) in self.report.units.iter() {
            let e = format!("units.{id}");
            for (field, s) in [("zh", &u.zh), ("en", &u.en), ("en_one", &u.en_one)] {
                if s.trim().is_empty() {
                    self.err(&e, field, "the text is empty");
                }
            }
        }
        for (id, p) in self.report.periods.iter() {
            let e = format!("periods.{id}");
            for (field, s) in [("zh", &p.zh), ("en", &p.en)] {
                if s.trim().is_empty() {
                    self.err(&e, field, "the text is empty");
                }
            }
        }
    }

    fn unique_ids(&mut self) {
        let r = self.report;
        let groups: [(&str, Vec<&str>); 5] = [
            ("sections", r.sections.iter().map(|s| &*s.id).collect()),
            ("figures", r.figures.iter().map(|f| &*f.id).chain(r.derived.iter().map(|d| &*d.id)).collect()),
            ("lists", r.lists.iter().map(|l| &*l.id).collect()),
            ("firsts", r.firsts.iter().map(|f| &*f.id).collect()),
            ("charts", r.charts.iter().map(|c| &*c.id).collect()),
        ];
        for (kind, ids) in groups {
            let mut seen = BTreeSet::new();
            for (i, id) in ids.iter().enumerate() {
                let e = entry(kind, i, id);
                if !is_slug(id) {
                    self.err(&e, "id", "ids use only a-z, 0-9, '-' and '_'");
                } else if let Some(why) = reserved(id) {
                    self.err(&e, "id", format!("the id \"{id}\" is reserved: {why}"));
                }
                if !seen.insert(*id) {
                    self.err(&e, "id", format!("the id \"{id}\" is used twice"));
                }
            }
        }
        if r.sections.is_empty() {
            self.err("sections", "sections", "the report has no section");
        }
    }

    fn sections(&mut self) {
        for (i, s) in self.report.sections.iter().enumerate() {
            let e = entry("sections", i, &s.id);
            for (field, t) in
                [("ordinal", &s.ordinal), ("keyword", &s.keyword), ("theme", &s.theme), ("summary", &s.summary)]
            {
                self.text(&e, field, t);
            }
            self.prose(&e, "summary", &s.summary);
            self.first_uses(&e, "summary", &s.summary);
            if self.report.article_of(&s.id).is_none_or(|a| a.paragraphs.is_empty()) {
                self.err(&e, "id", "[[article]] has no paragraphs for this section");
            }
            self.datum_ref(&e, "card", &s.card);
            if s.headline.is_empty() {
                self.err(&e, "headline", "a section needs at least one headline figure");
            }
            for id in s.headline.iter() {
                self.datum_ref(&e, "headline", id);
            }
        }
    }

    fn figures(&mut self) {
        for (i, f) in self.report.figures.iter().enumerate() {
            let e = entry("figures", i, &f.id);
            self.section_ref(&e, &f.section);
            self.paragraph_ref(&e, "paragraph", &f.section, f.paragraph);
            self.written(&e, f);
            self.text(&e, "label", &f.label);
            if let Some(scope) = &f.scope {
                self.text(&e, "scope", scope);
            }
            self.period_ref(&e, &f.period);
            if !f.value.is_finite() || f.value < 0.0 {
                self.err(&e, "value", format!("{} is not a finite, non-negative number", f.value));
            }
            if f.bound == Bound::Approx {
                self.err(&e, "bound", "\"approx\" is reserved for derived figures");
            }
            let Some(unit) = self.report.unit(&f.unit) else {
                self.err(&e, "unit", format!("no unit has the id \"{}\" in [units]", f.unit));
                continue;
            };
            let is_change = matches!(unit.kind, UnitKind::Growth | UnitKind::Multiple);
            match (&f.change_of, is_change) {
                (None, true) => self.err(&e, "change_of", "a growth rate or multiple must name the figure it changes"),
                (Some(_), false) => {
                    self.err(&e, "change_of", format!("unit \"{}\" is not a growth rate or a multiple", f.unit))
                }
                (Some(base), true) => match self.report.figure(base) {
                    None => self.err(&e, "change_of", format!("no figure has the id \"{base}\"")),
                    Some(b) => {
                        let base_kind = self.report.unit(&b.unit).map(|u| u.kind);
                        if matches!(base_kind, Some(UnitKind::Growth | UnitKind::Multiple)) {
                            self.err(&e, "change_of", format!("\"{base}\" is itself a change"));
                        }
                        if unit.kind == UnitKind::Multiple && f.value == 0.0 {
                            self.err(&e, "value", "a multiple of zero has no baseline");
                        }
                    }
                },
                (None, false) => {}
            }
        }
    }

    fn derived(&mut self) {
        for (i, d) in self.report.derived.iter().enumerate() {
            let e = entry("derived", i, &d.id);
            self.section_ref(&e, &d.section);
            self.text(&e, "label", &d.label);
            self.period_ref(&e, &d.period);
            let arity = match d.kind {
                DerivedKind::Baseline => 1,
                DerivedKind::Share | DerivedKind::Progress => 2,
            };
            if d.inputs.len() != arity {
                self.err(
                    &e,
                    "inputs",
                    format!("a {:?} takes {arity} input(s), not {}", d.kind, d.inputs.len()).to_lowercase(),
                );
                continue;
            }
            let mut ok = true;
            for id in d.inputs.iter() {
                if self.report.figure(id).is_none() {
                    self.err(&e, "inputs", format!("no reported figure has the id \"{id}\""));
                    ok = false;
                }
            }
            if !ok {
                continue;
            }
            self.supported(&e, d);
            match d.kind {
                DerivedKind::Baseline => {
                    if self.report.figure(&d.inputs[0]).and_then(|f| f.change_of.as_ref()).is_none() {
                        self.err(&e, "inputs", format!("\"{}\" is not a growth rate or multiple", d.inputs[0]));
                    }
                }
                DerivedKind::Share | DerivedKind::Progress => {
                    if self.report.percent_unit().is_none() {
                        self.err(&e, "kind", "shares need a unit of kind \"percent\" in [units]");
                    }
                    self.same_unit(&e, "inputs", &d.inputs);
                    if self.report.figure(&d.inputs[1]).map(|f| f.value) == Some(0.0) {
                        self.err(&e, "inputs", "the whole or target is zero");
                    }
                }
            }
        }
    }

    /// A derived figure claims no more than its inputs support: no ratio involving a bound
    /// (two lower bounds have no known ratio), no baseline of a bound, and a rounding step no
    /// finer than the inputs' own precision allows.
    fn supported(&mut self, e: &str, d: &DerivedDef) {
        let report = self.report;
        let mut figures: Vec<&Figure> = d.inputs.iter().filter_map(|id| report.figure(id)).collect();
        if d.kind == DerivedKind::Baseline {
            if let Some(base) = figures.first().and_then(|c| c.change_of.as_deref()).and_then(|b| report.figure(b)) {
                figures.push(base);
            }
        }
        for (i, f) in figures.iter().enumerate() {
            // A target's floor (不少于) is what progress is measured against.
            let target_floor = d.kind == DerivedKind::Progress && i == 1 && f.bound == Bound::AtLeast;
            if !matches!(f.bound, Bound::Exact | Bound::Only) && !target_floor {
                let msg = format!(
                    "\"{}\" is a bound ({:?}), not a value: a {:?} of it claims more than the article says",
                    f.id, f.bound, d.kind
                )
                .to_lowercase();
                self.err(e, "inputs", msg);
                return;
            }
        }
        if !(d.round_to.is_finite() && d.round_to > 0.0) {
            self.err(e, "round_to", format!("{} is not a positive step", d.round_to));
            return;
        }
        let Some((lo, hi)) = report.interval(d) else { return };
        if (lo / d.round_to).round() != (hi / d.round_to).round() {
            let msg = format!(
                "rounding to {} claims more than the inputs allow: as the article rounds them, the value lies \
                 between {} and {}; use a coarser step",
                d.round_to,
                crate::format::decimal(lo, 4),
                crate::format::decimal(hi, 4)
            );
            self.err(e, "round_to", msg);
        }
    }

    fn same_unit(&mut self, e: &str, field: &str, ids: &[Str]) {
        let units: Vec<_> = ids.iter().filter_map(|id| self.unit_of(id).map(|(k, _)| (id, k.to_string()))).collect();
        if let Some((first_id, first)) = units.first() {
            for (id, u) in &units[1..] {
                if u != first {
                    let msg = format!("unit mismatch: \"{first_id}\" is in \"{first}\" but \"{id}\" is in \"{u}\"");
                    self.err(e, field, msg);
                }
            }
        }
    }

    fn lists(&mut self) {
        for (i, l) in self.report.lists.iter().enumerate() {
            let e = entry("lists", i, &l.id);
            self.section_ref(&e, &l.section);
            self.paragraph_ref(&e, "paragraph", &l.section, l.paragraph);
            self.text(&e, "title", &l.title);
            if l.items.is_empty() {
                self.err(&e, "items", "a list needs at least one item");
            }
            for (j, item) in l.items.iter().enumerate() {
                if item.zh.trim().is_empty() {
                    self.err(&e, &format!("items[{j}].zh"), "the Chinese text is empty");
                }
                if item.en.trim().is_empty() {
                    self.err(&e, &format!("items[{j}].en"), "the English text is empty");
                }
                if let Some(fig) = &item.figure {
                    self.datum_ref(&e, &format!("items[{j}].figure"), fig);
                }
                if let Some(p) = item.paragraph {
                    self.paragraph_ref(&e, &format!("items[{j}].paragraph"), &l.section, p);
                }
                if let Some(date) = &item.date {
                    if !is_date(date, 1) && !is_date(date, 2) {
                        self.err(&e, &format!("items[{j}].date"), format!("\"{date}\" is neither YYYY nor YYYY-MM"));
                    }
                }
            }
        }
    }

    fn firsts(&mut self) {
        for (i, f) in self.report.firsts.iter().enumerate() {
            let e = entry("firsts", i, &f.id);
            self.section_ref(&e, &f.section);
            self.paragraph_ref(&e, "paragraph", &f.section, f.paragraph);
            self.text(&e, "label", &f.label);
            if !f.date.is_empty() && !is_date(&f.date, 2) {
                self.err(&e, "date", format!("\"{}\" is neither empty nor a YYYY-MM month", f.date));
            }
            // A section's timeline draws its firsts in file order: dated ones by date, then
            // the undated.
            let earlier = self.report.firsts[..i].iter().rfind(|g| g.section == f.section);
            if let Some(g) = earlier.filter(|g| !f.date.is_empty() && (g.date.is_empty() || f.date < g.date)) {
                self.err(
                    &e,
                    "date",
                    format!(
                        "\"{}\" comes after \"{}\" of the same section: list dated firsts by date, then undated ones",
                        f.date, g.id
                    ),
                );
            }
        }
    }

    fn charts(&mut self) {
        for (i, c) in self.report.charts.iter().enumerate() {
            let e = entry("charts", i, &c.id);
            self.section_ref(&e, &c.section);
            for old in c.formerly.iter() {
                if !is_slug(old) || self.report.charts.iter().any(|other| other.id == *old) {
                    self.err(&e, "formerly", format!("\"{old}\" is not a free chart id"));
                }
            }
            self.text(&e, "title", &c.title);
            let mut known = true;
            for id in c.figures.iter() {
                known &= self.datum_ref(&e, "figures", id);
            }
            if let Some(list) = &c.list {
                if self.report.list(list).is_none() {
                    self.err(&e, "list", format!("no list has the id \"{list}\""));
                }
            }
            if !known {
                continue;
            }
            let n = c.figures.len();
            match c.kind {
                ChartKind::Bars | ChartKind::LogBars => {
                    if n == 0 {
                        self.err(&e, "figures", "a bar chart needs at least one figure");
                    }
                    if c.kind == ChartKind::LogBars {
                        self.same_unit(&e, "figures", &c.figures);
                        for id in c.figures.iter() {
                            if self.report.datum(id).is_some_and(|d| d.value <= 0.0) {
                                self.err(
                                    &e,
                                    "figures",
                                    format!("\"{id}\" is not positive: a log scale cannot show it"),
                                );
                            }
                        }
                    } else {
                        // Bars share one scale: bars of different units would compare
                        // projects with universities.
                        self.same_unit(&e, "figures", &c.figures);
                    }
                }
                ChartKind::Threshold | ChartKind::Progress | ChartKind::Share => {
                    if n != 2 {
                        self.err(&e, "figures", format!("this chart takes exactly 2 figures, not {n}"));
                    } else {
                        self.same_unit(&e, "figures", &c.figures);
                    }
                }
                ChartKind::Growth => {
                    if n == 0 {
                        self.err(&e, "figures", "a growth chart needs at least one growth figure");
                    }
                    for id in c.figures.iter() {
                        if self.report.baseline_of(id).is_none() {
                            self.err(&e, "figures", format!("\"{id}\" has no derived baseline in [[derived]]"));
                        }
                    }
                }
                ChartKind::Steps => {
                    if c.list.is_none() {
                        self.err(&e, "list", "a steps chart needs a list");
                    }
                }
                ChartKind::Timeline => {
                    if self.report.firsts_in(&c.section).next().is_none() {
                        self.err(&e, "section", "a timeline needs firsts in its section");
                    }
                }
            }
        }
    }

    /// The figure's words are the article's: its stretch occurs once in the paragraph named,
    /// inside one sentence that has a translation, and its number says the figure's value
    /// and bound.
    fn written(&mut self, e: &str, f: &Figure) {
        let Some(paragraph) =
            self.report.article_of(&f.section).and_then(|a| a.paragraphs.get((f.paragraph as usize).checked_sub(1)?))
        else {
            return;
        };
        let span = f.quote.as_deref().unwrap_or(&f.written);
        let field = if f.quote.is_some() { "quote" } else { "written" };
        let count = paragraph.matches(span).count();
        if count != 1 {
            let msg = if count == 0 {
                format!("\"{span}\" is not in paragraph {} of section \"{}\"", f.paragraph, f.section)
            } else {
                format!("\"{span}\" occurs {count} times in its paragraph: give a longer `quote` that holds it")
            };
            self.err(e, field, msg);
            return;
        }
        if f.quote.is_some() && !span.contains(&*f.written) {
            self.err(e, "written", format!("\"{}\" is not in the quote \"{span}\"", f.written));
            return;
        }
        match crate::article::read_written(&f.written) {
            None => self.err(e, "written", format!("\"{}\" holds no number the build can read", f.written)),
            Some((value, bound)) => {
                let expected = f.base_value();
                if (value - expected).abs() > 1e-9 * expected.abs().max(1.0) {
                    let msg = format!("the article's \"{}\" is {value}, but value × scale is {expected}", f.written);
                    self.err(e, "value", msg);
                }
                if bound != f.bound {
                    let msg = format!("the article's \"{}\" reads as {bound:?}, but bound is {:?}", f.written, f.bound);
                    self.err(e, "bound", msg);
                }
            }
        }
        match self.report.evidence(&f.id) {
            None => self.err(e, field, format!("\"{span}\" runs across two sentences")),
            Some(ev) if ev.translation.is_none() => {
                let msg = format!(
                    "[[article]] \"{}\" has no translation of paragraph {}, sentence {}: \"{}\"",
                    f.section, ev.paragraph, ev.sentence, ev.text
                );
                self.err(e, field, msg);
            }
            Some(_) => {}
        }
    }

    fn article(&mut self) {
        let mut seen = BTreeSet::new();
        for (i, a) in self.report.article.iter().enumerate() {
            let e = entry("article", i, &a.section);
            self.section_ref(&e, &a.section);
            if !seen.insert(&*a.section) {
                self.err(&e, "section", "this section's text is given twice");
            }
            for (j, p) in a.paragraphs.iter().enumerate() {
                if p.trim().is_empty() {
                    self.err(&e, &format!("paragraphs[{j}]"), "the paragraph is empty");
                }
            }
            for (j, t) in a.translations.iter().enumerate() {
                let field = format!("translations[{j}]");
                let sentences = a
                    .paragraphs
                    .get((t.paragraph as usize).wrapping_sub(1))
                    .map_or(0, |p| crate::article::sentences(p).len());
                if t.sentence == 0 || t.sentence as usize > sentences {
                    let msg = format!("paragraph {} has no sentence {}", t.paragraph, t.sentence);
                    self.err(&e, &field, msg);
                }
                if t.en.trim().is_empty() {
                    self.err(&e, &format!("{field}.en"), "the translation is empty");
                }
            }
        }
    }

    fn changes(&mut self) {
        for (i, c) in self.report.changes.iter().enumerate() {
            let e = entry("changes", i, c.subject().map_or("?", |(_, id)| id));
            if !is_date(&c.date, 3) {
                self.err(&e, "date", format!("\"{}\" is not a YYYY-MM-DD date", c.date));
            } else if *c.date > *self.report.meta.updated {
                self.err(&e, "date", "a change cannot be later than meta.updated, the edition's date");
            }
            for (field, t) in [("was", &c.was), ("now", &c.now), ("why", &c.why)] {
                self.text(&e, field, t);
            }
            let subjects = [&c.figure, &c.chart, &c.section, &c.list].iter().filter(|s| s.is_some()).count();
            if subjects != 1 {
                self.err(&e, "figure", "name exactly one of figure, chart, section or list");
                continue;
            }
            let Some((kind, id)) = c.subject() else { continue };
            let exists = match kind {
                "figure" => self.report.datum(id).is_some(),
                "chart" => self.report.charts.iter().any(|ch| ch.id == id),
                "section" => self.report.section(id).is_some(),
                _ => self.report.list(id).is_some(),
            };
            match (exists, c.removed) {
                (false, false) => self.err(
                    &e,
                    kind,
                    format!("no {kind} has the id \"{id}\" (set removed = true if it was taken down)"),
                ),
                (true, true) => self.err(&e, "removed", format!("the {kind} \"{id}\" is still in the report")),
                (false, true) if kind != "chart" => self.err(&e, "removed", "only a chart can be taken down"),
                _ => {}
            }
            if !c.formerly.is_empty() && !c.removed {
                self.err(&e, "formerly", "only a removed chart's note takes its former ids");
            }
        }
    }

    /// A term of art the glossary explains is marked where a summary first uses it (outside
    /// quotation marks): `{term-id|words}`.
    fn first_uses(&mut self, entry: &str, field: &str, t: &Text) {
        for lang in Lang::ALL {
            let field = format!("{field}.{}", if lang == Lang::Zh { "zh" } else { "en" });
            let Ok(pieces) = crate::prose::pieces(t.get(lang)) else { continue };
            let mut marked: Vec<&str> = Vec::new();
            for piece in pieces {
                match piece {
                    crate::prose::Piece::Term(id, _) => marked.push(id),
                    crate::prose::Piece::Text(text) => {
                        let text = crate::prose::unquoted(text).to_lowercase();
                        let report = self.report;
                        for term in report.glossary.iter() {
                            if marked.contains(&&*term.id) {
                                continue;
                            }
                            let name = term.term.get(lang).to_lowercase();
                            if !name.is_empty() && text.contains(&name) {
                                let msg = format!(
                                    "the term “{}” is used before it is marked: mark its first use as {{{}|…}}",
                                    term.term.get(lang),
                                    term.id
                                );
                                self.err(entry, &field, msg);
                                marked.push(&term.id);
                            }
                        }
                    }
                    crate::prose::Piece::Ref(_) => {}
                }
            }
        }
    }

    fn glossary(&mut self) {
        let mut seen = BTreeSet::new();
        let article: Vec<&str> = self.report.article.iter().flat_map(|a| a.paragraphs.iter().map(|p| &**p)).collect();
        for (i, g) in self.report.glossary.iter().enumerate() {
            let e = entry("glossary", i, &g.id);
            if !is_slug(&g.id) {
                self.err(&e, "id", "ids use only a-z, 0-9, '-' and '_'");
            } else if let Some(why) = reserved(&g.id) {
                self.err(&e, "id", format!("the id \"{}\" is reserved: {why}", g.id));
            }
            if !seen.insert(&*g.id) {
                self.err(&e, "id", format!("the id \"{}\" is used twice", g.id));
            }
            self.text(&e, "term", &g.term);
            self.text(&e, "definition", &g.definition);
            let form = g.article_form.as_deref().unwrap_or(&g.term.zh);
            if !form.is_empty() && !article.iter().any(|p| p.contains(form)) {
                let field = if g.article_form.is_some() { "article_form" } else { "term.zh" };
                self.err(&e, field, format!("\"{form}\" does not occur in the article"));
            }
            if let Some(place) = &g.explained_in {
                self.section_ref(&e, &place.section);
                self.paragraph_ref(&e, "explained_in.paragraph", &place.section, place.paragraph);
            } else if g.document.is_none() {
                // Our own note: a number or a threshold needs the public document that sets it.
                for lang in Lang::ALL {
                    let no_refs = g.definition.get(lang).replace(['{', '}'], "");
                    if let Some(at) = crate::prose::stray_number(&no_refs, lang, &self.report.meta.set_phrases) {
                        let field = format!("definition.{}", if lang == Lang::Zh { "zh" } else { "en" });
                        let msg = format!("our note gives a number ({at}) without the document that sets it: add document = {{ issuer, title, year }}, or say less");
                        self.err(&e, &field, msg);
                    }
                }
            }
            if let Some(d) = &g.document {
                self.text(&e, "document.issuer", &d.issuer);
                self.text(&e, "document.title", &d.title);
                if !(1900..=2100).contains(&d.year) {
                    self.err(&e, "document.year", format!("{} is not a year", d.year));
                }
            }
        }
    }
}
