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
use serde::{Deserialize, Serialize};
use sip_report::{Chart, Lang, Report};
use std::cell::RefCell;
use std::rc::Rc;

/// One chart's picture in a file of pictures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub chart: String,
    pub picture: RenderedChart,
}

/// Where a language's pictures are, relative to the site's base: `pictures/pictures-en.bin`.
pub fn path(lang: Lang) -> String {
    format!("pictures/pictures-{}.bin", if lang == Lang::En { "en" } else { "zh" })
}

/// Every chart of a report drawn in a language, as the file the browser fetches.
#[cfg(not(target_arch = "wasm32"))]
pub fn file(report: &Report, lang: Lang) -> Vec<u8> {
    let entries: Vec<Entry> = report
        .charts
        .iter()
        .filter_map(|c| Some(Entry { chart: c.id.to_string(), picture: super::render_chart(report, c, lang)? }))
        .collect();
    postcard::to_allocvec(&entries).expect("pictures serialize")
}

/// Reads a file of pictures; `None` if it is not one.
pub fn decode(bytes: &[u8]) -> Option<Vec<Entry>> {
    postcard::from_bytes(bytes).ok()
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
