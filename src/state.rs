//! The page's state and what changes it: `reduce(state, action) -> (state, effects)`, pure.
//!
//! A control sends an `Action`; the reducer returns the next state and the `Effect`s the
//! browser must carry out (the address bar, the clipboard, the share sheet, a finished file to
//! save or a picture to draw, the saved theme, loading the other language's page). `store`
//! holds the state and hands the effects to `browser`, whose native stand-in records them, so
//! every action is testable natively, effects and files included.
//!
//! The bottom of the browser side: this imports nothing of the view (no Yew), only the pure
//! layers below it (`url`, `inapp`, `i18n`, and `export` for the files' names and bodies).

use crate::export;
use crate::i18n::ui;
use crate::inapp::InApp;
use crate::url::{self, ViewState};
use sip_report::{Chart, Lang, Report};
use std::rc::Rc;

/// A file a chart can be saved as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Svg, Format::Png, Format::Csv];

    pub fn ext(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Csv => "csv",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Format::Svg => "SVG",
            Format::Png => "PNG",
            Format::Csv => "CSV",
        }
    }
}

/// What was put on the clipboard, for the confirmation that follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    Link,
    Code,
    Citation,
    Data,
}

/// Something a control, or the browser, asks of the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Copy the link to an anchor (a section, `chart-…`).
    CopyLink(String),
    /// Open the system share sheet for an anchor.
    Share(String),
    /// Copy an embed snippet; the anchor says where to confirm it.
    CopyEmbed {
        anchor: String,
        code: String,
    },
    /// Copy a citation of the page; confirmed in the "How to cite" block.
    CopyCitation(String),
    /// Copy a chart's data shown as text (in-app browsers); confirmed beside its chart.
    CopyData {
        chart: String,
        text: String,
    },
    /// Open or close a chart's data table.
    Table {
        chart: String,
        open: bool,
    },
    Download {
        chart: String,
        format: Format,
    },
    /// Make a section's share poster (saved, or shown in an in-app browser).
    Poster(String),
    /// The reader asked for the long picture of the whole report (the build drew it; here, its
    /// address relative to the base) in an in-app browser, where a download fails: show it
    /// to press and hold. Elsewhere the link downloads it by itself.
    LongPicture(String),
    /// Switch between light and dark.
    ToggleTheme,
    /// Open the other language's page at the same place: `in_view` is the section or chart
    /// the reader is looking at, if the browser could tell.
    SwitchLang {
        in_view: Option<String>,
    },
    /// The browser's answer to an `Effect::Copy`.
    CopyDone {
        anchor: String,
        what: Copied,
        ok: bool,
    },
    /// Back or forward to another entry of this page's history.
    Moved(ViewState),
    /// The browser has drawn a chart as a PNG for an in-app browser to show (a `data:` URL).
    Pictured {
        chart: String,
        src: String,
    },
    /// The browser could not draw the picture an overlay waits for.
    NotPictured {
        chart: String,
    },
    /// Close the overlay.
    CloseOverlay,
    /// Hide the in-app browser hint.
    DismissHint,
}

/// What the browser must do for an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Put this link (relative to the site's base) in the address bar, as a new entry.
    PushHistory(String),
    /// Load this page (relative to the site's base) in place of the current one.
    Navigate(String),
    /// Put text on the clipboard, then send `Action::CopyDone` with whether it worked.
    Copy { text: String, anchor: String, what: Copied },
    /// Open the system share sheet.
    Share { title: String, url: String },
    /// Save this finished file.
    Save(File),
    /// Show the page light or dark, and remember the choice on this device.
    SaveTheme { dark: bool },
    /// Draw this picture as a PNG and answer with `Action::Pictured` (or `Action::NotPictured`
    /// if the browser cannot): in-app browsers, where a download would fail, show it for the
    /// reader to press and hold. `chart` is the overlay it belongs to (a chart, or a section for
    /// its poster).
    Picture { chart: String, picture: Picture },
}

/// A file for the reader, finished: its name and its contents.
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    pub name: String,
    pub body: Body,
}

/// What a file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Text of this media type (CSV, SVG).
    Text { mime: &'static str, text: String },
    /// A picture the browser draws as PNG first (it has the fonts and the canvas).
    Png(Picture),
}

/// An SVG document to draw as PNG, `scale` times its size in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub scale: f64,
}

impl Picture {
    /// A chart alone (title, chart, source line), at twice its size.
    fn chart(report: &Report, chart: &Chart, lang: Lang) -> Option<Picture> {
        let (svg, width, height) = export::standalone_svg(report, chart, lang)?;
        Some(Picture { svg, width, height, scale: 2.0 })
    }
}

/// A chart saved in a format: its name and body, finished.
pub fn chart_file(report: &Report, chart: &Chart, lang: Lang, format: Format) -> Option<File> {
    let name = export::file_name(report, chart, lang, format.ext());
    let body = match format {
        Format::Csv => Body::Text { mime: "text/csv;charset=utf-8", text: export::chart_csv(report, chart, lang) },
        Format::Svg => Body::Text { mime: "image/svg+xml", text: export::standalone_svg(report, chart, lang)?.0 },
        Format::Png => Body::Png(Picture::chart(report, chart, lang)?),
    };
    Some(File { name, body })
}

/// What an overlay shows in an in-app browser, in place of a download. Shared, not copied:
/// each island's view of the state holds the same picture.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// A picture to press and hold, once drawn (a `data:` URL), or one the build drew (its
    /// address relative to the base).
    Picture(Option<Rc<str>>),
    /// The browser could not draw the picture.
    Failed,
    /// A chart's data as text to select or copy.
    Text(Rc<str>),
}

/// An overlay over the page, opened from a chart's or a section's tools.
#[derive(Clone, Debug, PartialEq)]
pub struct Overlay {
    /// The chart it belongs to, or the section, for a poster.
    pub chart: String,
    /// The file name a download would have had.
    pub name: String,
    pub shown: Shown,
}

/// A short confirmation shown next to the control that asked for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The anchor of the control (section or chart) the notice belongs to.
    pub anchor: String,
    pub text: &'static str,
}

/// Where the "How to cite" block's notices show.
pub const CITE_ANCHOR: &str = "cite";

/// The overlay key of the long picture (the header's island shows it); validation reserves it
/// as an id.
pub const LONG_PICTURE: &str = "long-picture";

/// What the page's controls show.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub view: ViewState,
    /// Whether the page is dark; `None` until the browser has told us.
    pub dark: Option<bool>,
    /// `https://host/base/`: known once mounted, needed for absolute links and embed code.
    pub site: Option<Rc<str>>,
    /// Whether the browser has the Web Share API.
    pub can_share: bool,
    pub notice: Option<Notice>,
    /// The in-app browser the page is open in, if any (see `inapp`).
    pub inapp: Option<InApp>,
    /// A picture or text shown in place of a download (in-app browsers).
    pub overlay: Option<Overlay>,
    /// Whether the reader has closed the in-app browser hint.
    pub hint_dismissed: bool,
}

impl State {
    /// The notice for this anchor's controls, if it has one.
    pub fn notice_for(&self, anchor: &str) -> Option<&str> {
        self.notice.as_ref().filter(|n| n.anchor == anchor).map(|n| n.text)
    }

    /// The absolute link to an anchor of this page, in its language.
    pub fn link(&self, anchor: &str) -> String {
        let target = ViewState { lang: self.view.lang, anchor: Some(anchor.to_string()), ..ViewState::default() };
        format!("{}{}", self.site.as_deref().unwrap_or_default(), url::href(&target).trim_start_matches("./"))
    }
}

/// The next state and what the browser must do, for an action. Unknown charts change nothing.
pub fn reduce(report: &Report, state: &State, action: Action) -> (State, Vec<Effect>) {
    let mut next = state.clone();
    let t = ui(state.view.lang);
    let notice = |anchor: String, text: &'static str| Some(Notice { anchor, text });
    let effects = match action {
        Action::Table { chart, open } => {
            // A table the state already has as it is (a `<details>` the page itself opened
            // or closed after a change of state, say) asks for nothing.
            let agrees = (state.view.table.as_deref() == Some(&*chart)) == open;
            if agrees || !report.charts.iter().any(|c| c.id == chart) {
                return (next, Vec::new());
            }
            next.view =
                ViewState { table: open.then(|| chart.clone()), anchor: Some(format!("chart-{chart}")), ..next.view };
            vec![Effect::PushHistory(url::href(&next.view))]
        }
        Action::CopyLink(anchor) => {
            vec![Effect::Copy { text: state.link(&anchor), anchor, what: Copied::Link }]
        }
        Action::CopyEmbed { anchor, code } => vec![Effect::Copy { text: code, anchor, what: Copied::Code }],
        Action::CopyData { chart, text } => {
            vec![Effect::Copy { text, anchor: format!("chart-{chart}"), what: Copied::Data }]
        }
        Action::CopyCitation(text) => {
            vec![Effect::Copy { text, anchor: CITE_ANCHOR.to_string(), what: Copied::Citation }]
        }
        Action::CopyDone { anchor, what, ok } => {
            let text = match (ok, what) {
                (false, Copied::Link) => t.copy_failed,
                (false, _) => t.copy_failed_text,
                (true, Copied::Link) => t.link_copied,
                (true, Copied::Code) => t.code_copied,
                (true, Copied::Citation) => t.citation_copied,
                (true, Copied::Data) => t.data_copied,
            };
            next.notice = notice(anchor, text);
            Vec::new()
        }
        Action::Share(anchor) => {
            vec![Effect::Share { title: report.meta.title.get(state.view.lang).to_string(), url: state.link(&anchor) }]
        }
        Action::Download { chart, format } => {
            let lang = state.view.lang;
            let Some(c) = report.charts.iter().find(|c| c.id == chart) else {
                return (next, Vec::new());
            };
            if state.inapp.is_none() {
                let Some(file) = chart_file(report, c, lang, format) else { return (next, Vec::new()) };
                next.notice = notice(format!("chart-{chart}"), t.downloaded);
                return (next, vec![Effect::Save(file)]);
            }
            // In an in-app browser a download fails: show the data as text, or the chart as
            // a picture to press and hold (drawn by the browser first).
            let name = export::file_name(report, c, lang, if format == Format::Csv { "csv" } else { "png" });
            let (shown, effects) = match format {
                Format::Csv => {
                    let csv = export::chart_csv(report, c, lang);
                    (Shown::Text(csv.trim_start_matches('\u{feff}').into()), Vec::new())
                }
                Format::Svg | Format::Png => {
                    let Some(picture) = Picture::chart(report, c, lang) else { return (next, Vec::new()) };
                    (Shown::Picture(None), vec![Effect::Picture { chart: chart.clone(), picture }])
                }
            };
            next.overlay = Some(Overlay { chart, name, shown });
            effects
        }
        Action::Poster(section) => {
            if report.section(&section).is_none() || state.site.is_none() {
                return (next, Vec::new());
            }
            let lang = state.view.lang;
            let name = export::poster_name(report, &section, lang);
            let Some((svg, width, height)) = export::poster_svg(report, &section, lang, Some(&state.link(&section)))
            else {
                return (next, Vec::new());
            };
            let picture = Picture { svg, width, height, scale: 1.0 };
            if state.inapp.is_some() {
                next.overlay = Some(Overlay { chart: section.clone(), name, shown: Shown::Picture(None) });
                vec![Effect::Picture { chart: section, picture }]
            } else {
                next.notice = notice(section, t.downloaded);
                vec![Effect::Save(File { name, body: Body::Png(picture) })]
            }
        }
        Action::LongPicture(src) => {
            let ours = src.starts_with("img/") && src.ends_with(".png") && !src.contains([':', '?', '#', '\\']);
            if state.inapp.is_none() || !ours {
                return (next, Vec::new());
            }
            let name = export::long_picture_name(report, state.view.lang);
            next.overlay =
                Some(Overlay { chart: LONG_PICTURE.to_string(), name, shown: Shown::Picture(Some(src.into())) });
            Vec::new()
        }
        Action::Pictured { chart, src } => {
            match &mut next.overlay {
                Some(o) if o.chart == chart && src.starts_with("data:image/png;base64,") => {
                    o.shown = Shown::Picture(Some(src.into()));
                }
                _ => {}
            }
            Vec::new()
        }
        Action::NotPictured { chart } => {
            match &mut next.overlay {
                Some(o) if o.chart == chart && o.shown == Shown::Picture(None) => o.shown = Shown::Failed,
                _ => {}
            }
            Vec::new()
        }
        Action::CloseOverlay => {
            next.overlay = None;
            Vec::new()
        }
        Action::DismissHint => {
            next.hint_dismissed = true;
            Vec::new()
        }
        Action::ToggleTheme => {
            let dark = !state.dark.unwrap_or(false);
            next.dark = Some(dark);
            vec![Effect::SaveTheme { dark }]
        }
        Action::SwitchLang { in_view } => {
            // The other page, at the place in view (else the one the address names), with
            // the open table, the embed and the theme the address asked for.
            let anchor = in_view.or_else(|| state.view.anchor.clone());
            let target = ViewState { lang: state.view.lang.other(), anchor, ..state.view.clone() };
            vec![Effect::Navigate(url::href(&target))]
        }
        Action::Moved(view) if view.lang == state.view.lang => {
            next.view = view;
            next.notice = None;
            Vec::new()
        }
        // An entry in the other language is the other page.
        Action::Moved(view) => vec![Effect::Navigate(url::href(&view))],
    };
    (next, effects)
}
