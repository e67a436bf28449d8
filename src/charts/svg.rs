//! Renders a chart to an SVG string and adds what plotters does not write: a role, an
//! accessible name, a viewBox-driven size.

use super::model::{chart_model, ChartModel};
use super::{bars, share, steps, style::WIDTH};
use crate::i18n::ui;
use plotters::prelude::*;
use sip_report::{Chart, Lang, Report};

/// Escapes text for an XML attribute or text node.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn height(model: &ChartModel, lang: Lang) -> u32 {
    match model {
        ChartModel::Bars { marks, log } => bars::bars_height(marks, *log),
        ChartModel::Growth { pairs } => bars::growth_height(pairs),
        ChartModel::Threshold { value, .. } => bars::threshold_height(value),
        ChartModel::Progress { value, target, .. } => bars::progress_height(value, target),
        ChartModel::Share { part, whole, .. } => share::share_height(part, whole),
        ChartModel::Steps { marks } => steps::steps_height(marks),
        ChartModel::Timeline { marks } => steps::timeline_height(marks, ui(lang)),
    }
}

/// Draws a chart model on any plotters backend.
pub fn draw<DB: DrawingBackend>(
    area: &super::draw::Area<DB>,
    model: &ChartModel,
    lang: Lang,
) -> super::draw::DrawResult<DB> {
    let ui = ui(lang);
    match model {
        ChartModel::Bars { marks, log } => bars::draw_bars(area, marks, *log, ui),
        ChartModel::Growth { pairs } => bars::draw_growth(area, pairs, ui),
        ChartModel::Threshold { value, mark } => bars::draw_threshold(area, value, mark),
        ChartModel::Progress {
            value,
            target,
            progress,
        } => bars::draw_progress(area, value, target, progress, ui),
        ChartModel::Share { part, whole, share } => share::draw_share(area, part, whole, share, ui),
        ChartModel::Steps { marks } => steps::draw_steps(area, marks),
        ChartModel::Timeline { marks } => steps::draw_timeline(area, marks, ui),
    }
}

/// The chart as a standalone SVG document with `role="img"` and an accessible name.
/// Returns an empty string for a chart whose data is missing (a validated report has none).
pub fn render(report: &Report, chart: &Chart, lang: Lang) -> String {
    let Some(model) = chart_model(report, chart, lang) else {
        return String::new();
    };
    let size = (WIDTH, height(&model, lang));
    let mut body = String::new();
    {
        let backend = SVGBackend::with_string(&mut body, size);
        let area = backend.into_drawing_area();
        // Writing into a String cannot fail; a drawing error would only lose marks.
        let _ = draw(&area, &model, lang).and_then(|_| area.present());
    }
    let title = escape(chart.title.get(lang));
    let open = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{title}\" class=\"chart-svg\">",
        w = size.0,
        h = size.1
    );
    // Replace plotters' own opening tag, keep its marks.
    match body.find('>') {
        Some(end) if body.starts_with("<svg") => format!("{open}{}", &body[end + 1..]),
        _ => body,
    }
}
