//! Where a chart's picture comes from.
//!
//! Natively (server rendering, tests, the build) plotters draws it. The wasm carries no
//! drawing code: the pictures in the page's language are adopted from the prerendered page,
//! and the other language's come from a file the build writes for each language
//! (`pictures/pictures-en.bin`, every chart drawn natively), fetched once the page is idle.
//! The interactive layer needs each mark's box as well as the picture: the page carries them
//! in a `data-boxes` attribute, the files in the picture. The chart's description travels the
//! same way: the page's hidden paragraph, or the file.

use super::{MarkBox, RenderedChart};
use sip_report::{Chart, Lang, Report};
use std::cell::RefCell;
use std::rc::Rc;

/// One chart's picture in a file of pictures.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub chart: String,
    pub picture: RenderedChart,
}

/// Where a language's pictures are, relative to the site's base: `pictures/pictures-en.bin`.
pub fn path(lang: Lang) -> String {
    format!("pictures/pictures-{}.bin", if lang == Lang::En { "en" } else { "zh" })
}

/// Separate the two groups of a file (pictures, parts), the entries of a group and the fields
/// of an entry: ASCII's group, record and unit separators, which neither the markup nor the
/// report's texts contain (`file` checks).
const GROUP: char = '\u{1d}';
const RECORD: char = '\u{1e}';
const UNIT: char = '\u{1f}';

/// A file's contents: the pictures, and the page's parts written on the server
/// (`fragments`), as (key, HTML).
pub type Contents = (Vec<Entry>, Vec<(String, String)>);

/// Every chart of a report drawn in a language, and every part of the page the server writes,
/// as the file the browser fetches. For each chart: its id, width, height, boxes (as in
/// `data-boxes`), description and SVG; for each part, its key and HTML; all UTF-8 text. A
/// format this plain needs no decoder in the wasm beyond splitting and `parse_boxes`.
#[cfg(not(target_arch = "wasm32"))]
pub fn file(report: &'static Report, lang: Lang) -> Vec<u8> {
    let join = |fields: &[&str], what: &str| {
        assert!(
            fields.iter().all(|f| !f.contains([GROUP, RECORD, UNIT])),
            "{what}: a text holds a control character that separates the picture file"
        );
        fields.join(&UNIT.to_string())
    };
    let pictures: Vec<String> = report
        .charts
        .iter()
        .filter_map(|c| {
            let p = super::render_chart(report, c, lang)?;
            let size = [p.width.to_string(), p.height.to_string()];
            Some(join(&[&c.id, &size[0], &size[1], &boxes_attr(&p.boxes), &p.description, &p.svg], &c.id))
        })
        .collect();
    let parts: Vec<String> = crate::fragments::rendered(crate::components::ReportRef(report), lang)
        .iter()
        .map(|(key, html)| join(&[key, html], key))
        .collect();
    format!("{}{GROUP}{}", pictures.join(&RECORD.to_string()), parts.join(&RECORD.to_string())).into_bytes()
}

/// Reads a file of pictures; `None` if it is not one.
pub fn decode(bytes: &[u8]) -> Option<Contents> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (pictures, parts) = text.split_once(GROUP)?;
    let parts = parts
        .split(RECORD)
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once(UNIT).map(|(k, h)| (k.to_string(), h.to_string())))
        .collect::<Option<Vec<_>>>()?;
    let pictures = pictures
        .split(RECORD)
        .map(|entry| {
            let mut f = entry.split(UNIT);
            let chart = f.next()?.to_string();
            let width = f.next()?.parse().ok()?;
            let height = f.next()?.parse().ok()?;
            let boxes = parse_boxes(f.next()?)?;
            let description = f.next()?.to_string();
            let svg = f.next()?.to_string();
            let picture = RenderedChart { svg, width, height, boxes, description };
            f.next().is_none().then_some(Entry { chart, picture })
        })
        .collect::<Option<Vec<_>>>()?;
    Some((pictures, parts))
}

/// The marks' boxes as an attribute value: `x y w h,x y w h`.
pub fn boxes_attr(boxes: &[MarkBox]) -> String {
    boxes.iter().map(|b| format!("{} {} {} {}", b.x, b.y, b.w, b.h)).collect::<Vec<_>>().join(",")
}

/// The marks' boxes from their attribute value; `None` if any is malformed.
pub fn parse_boxes(attr: &str) -> Option<Vec<MarkBox>> {
    if attr.is_empty() {
        return Some(Vec::new());
    }
    attr.split(',')
        .map(|b| {
            let mut n = b.split(' ').map(|v| v.parse::<i32>().ok());
            let b = MarkBox { x: n.next()??, y: n.next()??, w: n.next()??, h: n.next()?? };
            n.next().is_none().then_some(b)
        })
        .collect()
}

type Cache = Vec<(String, Lang, Rc<RenderedChart>)>;

thread_local! {
    static CACHE: RefCell<Cache> = const { RefCell::new(Vec::new()) };
}

/// Keeps a picture for `picture` to find (in the browser).
pub fn insert(chart: &str, lang: Lang, picture: RenderedChart) {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(id, l, _)| !(id == chart && *l == lang));
        c.push((chart.to_string(), lang, Rc::new(picture)));
    });
}

/// Whether the pictures of a language are at hand.
pub fn has(lang: Lang) -> bool {
    CACHE.with(|c| c.borrow().iter().any(|(_, l, _)| *l == lang))
}

/// Whether some picture of a language was adopted without its markup (see
/// `browser::adopt_pictures`).
pub fn lacks_markup(lang: Lang) -> bool {
    CACHE.with(|c| c.borrow().iter().any(|(_, l, p)| *l == lang && p.svg.is_empty()))
}

/// A chart's picture in a language: drawn natively, looked up in the browser.
pub fn picture(report: &Report, chart: &Chart, lang: Lang) -> Option<Rc<RenderedChart>> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        super::render_chart(report, chart, lang).map(Rc::new)
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = report;
        CACHE.with(|c| c.borrow().iter().find(|(id, l, _)| *id == chart.id && *l == lang).map(|(_, _, p)| p.clone()))
    }
}
