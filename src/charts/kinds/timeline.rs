//! Timeline: a section's firsts on a line, dated ones by date, then those the article gives
//! no date for.

use crate::charts::draw::{line_count, paragraph, Area, Drawn, MarkBox, PAD};
use crate::charts::mark::{self, Mark};
use crate::charts::style::*;
use crate::i18n::{describe_words, ui, Ui};
use crate::text::fill;
use plotters::prelude::*;
use sip_report::{source, Chart, Lang, Report};

/// The section's firsts, one mark each (its scope as the display).
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    pub marks: Vec<Mark>,
}

const EVENT_X: i32 = PAD + 26;
const EVENT_W: i32 = WIDTH as i32 - EVENT_X - PAD;

impl Timeline {
    /// Whether its marks carry values (else only words and dates: the data table then has no
    /// value or qualifier columns).
    pub const HAS_VALUES: bool = false;
    /// Whether it writes a derived figure in words (a share, a progress), beside its marks.
    pub const DERIVED_IN_WORDS: bool = false;

    pub fn build(report: &Report, chart: &Chart, lang: Lang) -> Option<Timeline> {
        let section = mark::section_name(report, &chart.section, lang);
        // In file order, which validation keeps: dated firsts by date, then undated ones.
        let marks = report.firsts_in(&chart.section).map(|f| Mark {
            display: report.meta.first_scopes.get(f.scope, lang).to_string(),
            ..mark::of_text(
                f.id.to_string(),
                f.label.get(lang).to_string(),
                crate::text::month(&f.date, lang),
                section.clone(),
                source::paragraph(report, &f.section, f.paragraph, lang),
            )
        });
        Some(Timeline { marks: marks.collect() })
    }

    pub fn marks(&self) -> Vec<&Mark> {
        self.marks.iter().collect()
    }

    /// Returns the drawing's height.
    pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
        let marks = &self.marks;
        let cx = PAD + 8;
        let mut y = PAD + LINE / 2;
        let before_last = marks.iter().take(marks.len().saturating_sub(1));
        let bottom = y + before_last.map(|m| event_height(m, ui)).sum::<i32>();
        area.draw(&PathElement::new(vec![(cx, y), (cx, bottom)], INK_TRACK.stroke_width(2)))?;
        for m in marks {
            let dated = !m.period.is_empty();
            if dated {
                area.draw(&Circle::new((cx, y), 7, INK_MARK.filled()))?;
            } else {
                area.draw(&Circle::new((cx, y), 6, WHITE.filled()))?;
                area.draw(&Circle::new((cx, y), 6, INK_MARK.stroke_width(2)))?;
            }
            let ink = if dated { INK_TEXT } else { INK_MUTED };
            let head = paragraph(area, &event_head(m, ui), (EVENT_X, y), EVENT_W, ink, dated)?;
            paragraph(area, &m.label, (EVENT_X, y + head * LINE), EVENT_W, INK_TEXT, false)?;
            boxes.push(MarkBox::band(y - LINE / 2 - 4, y - LINE / 2 - 4 + event_height(m, ui)));
            y += event_height(m, ui);
        }
        Ok(y - LINE / 2 + PAD)
    }

    pub fn describe(&self, lang: Lang) -> String {
        let (t, w) = (ui(lang), describe_words(lang));
        let dated: Vec<String> = self
            .marks
            .iter()
            .filter(|m| !m.period.is_empty())
            .map(|m| fill(w.event, &[("period", &m.period), ("label", &m.label)]))
            .collect();
        let undated: Vec<&str> = self.marks.iter().filter(|m| m.period.is_empty()).map(|m| m.label.as_str()).collect();
        fill(
            w.timeline,
            &[
                ("n", &self.marks.len().to_string()),
                ("dated", &dated.join(t.list_sep)),
                ("undated", &undated.join(t.enum_sep)),
            ],
        )
    }
}

fn event_head(m: &Mark, ui: &Ui) -> String {
    let when = if m.period.is_empty() { ui.date_not_given } else { &*m.period };
    format!("{when} · {}", m.display)
}

fn event_height(m: &Mark, ui: &Ui) -> i32 {
    (line_count(&event_head(m, ui), EVENT_W) + line_count(&m.label, EVENT_W)) * LINE + 16
}
