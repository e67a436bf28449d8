//! The link-preview image (1200×630) for each language, drawn with plotters from the data:
//! the title, the six keywords with their headline figures, the source. `cargo xtask social`
//! turns it into the PNGs under `static/img/`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use sip_explainer::charts::style::{INK_MARK, INK_MUTED, INK_TEXT};
use sip_explainer::i18n::ui;
use sip_explainer::text::wrap;
use sip_report::{format, Lang, Report};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The fonts the image is drawn with: it is rasterised on a machine that has Noto CJK.
const FAMILY: &str = "Noto Sans CJK SC";

/// The file the image of a language is saved as, under `static/img/`.
pub fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "social-zh.png",
        Lang::En => "social-en.png",
    }
}

fn text<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    s: &str,
    at: (i32, i32),
    size: f64,
    color: RGBColor,
    bold: bool,
) {
    let font = if bold { (FAMILY, size, FontStyle::Bold).into_font() } else { (FAMILY, size).into_font() };
    let _ = area.draw(&Text::new(s.to_string(), at, font.color(&color).pos(Pos::new(HPos::Left, VPos::Top))));
}

/// The preview image as an SVG string.
pub fn card_svg(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        let _ = area.fill(&WHITE);
        let _ = area.draw(&Rectangle::new([(0, 0), (WIDTH as i32, 14)], INK_MARK.filled()));
        text(&area, report.meta.publisher.get(lang), (64, 48), 30.0, INK_MUTED, false);
        text(&area, report.meta.title.get(lang), (64, 92), if lang == Lang::Zh { 72.0 } else { 50.0 }, INK_TEXT, true);
        text(&area, report.meta.subtitle.get(lang), (64, 190), 32.0, INK_MUTED, false);
        for (i, s) in report.sections.iter().take(6).enumerate() {
            let (col, row) = ((i % 3) as i32, (i / 3) as i32);
            let (x, y) = (64 + col * 360, 260 + row * 150);
            let _ = area.draw(&Rectangle::new([(x, y), (x + 6, y + 130)], INK_MARK.filled()));
            text(&area, s.ordinal.get(lang), (x + 22, y + 2), 24.0, INK_MUTED, false);
            let size = if lang == Lang::Zh { 40.0 } else { 28.0 };
            let lines = wrap(s.keyword.get(lang), 320, size);
            for (j, line) in lines.iter().take(2).enumerate() {
                text(&area, line, (x + 22, y + 34 + 30 * j as i32), size, INK_MARK, true);
            }
            if let Some(d) = report.datum(&s.card) {
                let below = if lines.len() > 1 { 100 } else { 84 };
                text(&area, &format::plain(&d, lang), (x + 22, y + below), 26.0, INK_TEXT, false);
            }
        }
        let source =
            format!("{}{} · {}", ui(lang).source_prefix, report.meta.publisher.get(lang), report.meta.published);
        text(&area, &source, (64, 580), 22.0, INK_MUTED, false);
        let _ = area.present();
    }
    out
}
