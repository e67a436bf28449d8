//! Renders a chart to an SVG string and adds what plotters does not write: a role, an
//! accessible name and description, a viewBox-driven size. Also returns where each mark
//! sits, for the interactive layer laid over the picture.

use super::draw::MarkBox;
use super::kinds::chart_model;
use super::style::WIDTH;
use crate::i18n::ui;
use crate::text::escape;
use plotters::prelude::*;
use sip_report::{Chart, Lang, Report};

/// A drawn chart.
#[derive(Clone, Debug, PartialEq)]
pub struct RenderedChart {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// One per mark, in the order of `ChartModel::marks`.
    pub boxes: Vec<MarkBox>,
}

/// Drops what plotters writes that changes nothing: the default `opacity="1"`, line breaks
/// between and inside elements, font sizes to 15 decimals (cut to one). The page carries 13 charts in
/// each language, so this is a good part of its weight.
fn compact(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    for line in svg.lines() {
        out.push_str(line);
    }
    let out = out.replace(" opacity=\"1\"", "");
    let mut result = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.find("font-size=\"") {
        let start = i + "font-size=\"".len();
        result.push_str(&rest[..start]);
        let end = rest[start..].find('"').map_or(rest.len(), |e| start + e);
        // Keep one decimal, by cutting the text: parsing floats would add kilobytes to the wasm.
        let size = &rest[start..end];
        let keep = size.find('.').map_or(size.len(), |dot| (dot + 2).min(size.len()));
        result.push_str(&size[..keep]);
        rest = &rest[end..];
    }
    result.push_str(rest);
    result
}

/// The id of the element that describes a chart in words.
pub fn description_id(chart: &Chart) -> String {
    description_id_of(&chart.id)
}

/// The id of the element that describes the chart of this id in words.
pub fn description_id_of(chart: &str) -> String {
    format!("chart-{chart}-desc")
}

/// The canvas every chart is drawn on, taller than any chart (the ten-step list is about 430).
const CANVAS_HEIGHT: u32 = 4000;

/// Draws a chart; `None` for a chart whose data is missing (a validated report has none).
pub fn render_chart(report: &Report, chart: &Chart, lang: Lang) -> Option<RenderedChart> {
    let model = chart_model(report, chart, lang)?;
    let width = WIDTH;
    let mut body = String::new();
    let mut boxes = Vec::new();
    let height = {
        // Drawn on a canvas taller than any chart: the chart's own height is where its
        // drawing ended, and the opening tag (with the canvas's size) is replaced below.
        let backend = SVGBackend::with_string(&mut body, (width, CANVAS_HEIGHT));
        let area = backend.into_drawing_area();
        // Writing into a String cannot fail; a drawing error would only lose marks.
        let drawn = model.draw(&area, ui(lang), &mut boxes);
        let _ = area.present();
        drawn.ok()?.clamp(1, CANVAS_HEIGHT as i32) as u32
    };
    let open = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-label=\"{}\" aria-describedby=\"{}\" focusable=\"false\" class=\"chart-svg\">",
        escape(chart.title.get(lang)),
        description_id(chart),
    );
    // Replace plotters' own opening tag, keep its marks.
    let svg = match body.find('>') {
        Some(end) if body.starts_with("<svg") => format!("{open}{}", compact(&body[end + 1..])),
        _ => body,
    };
    Some(RenderedChart { svg, width, height, boxes })
}

/// The chart in words, for the picture's description (each kind's `describe`); written into the page by
/// the server only, outside the chart's island, so the wasm carries neither the wording nor
/// the code that writes it.
pub fn description(report: &Report, chart: &Chart, lang: Lang) -> Option<String> {
    chart_model(report, chart, lang).map(|m| m.describe(lang))
}

/// The chart as a standalone SVG string (empty if its data is missing).
pub fn render(report: &Report, chart: &Chart, lang: Lang) -> String {
    render_chart(report, chart, lang).map(|r| r.svg).unwrap_or_default()
}
