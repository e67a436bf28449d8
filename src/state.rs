//! The page's state and what changes it: `reduce(state, action) -> (state, effects)`, pure.
//!
//! A control sends an `Action`; the reducer returns the next state and the `Effect`s the
//! browser must carry out (the address bar, the clipboard, the share sheet, a download, the
//! saved theme, loading the other language's page). `store` holds the state and hands the
//! effects to `browser`, whose native stand-in records them, so every action is testable
//! natively, effects included.

use crate::i18n::ui;
use crate::url::{self, ViewState};
use sip_report::{Lang, Report};
use yew::AttrValue;

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
    /// Open or close a chart's data table.
    Table {
        chart: String,
        open: bool,
    },
    Download {
        chart: String,
        format: Format,
    },
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
    /// Save a chart as a file.
    Download { chart: String, format: Format, lang: Lang },
    /// Show the page light or dark, and remember the choice on this device.
    SaveTheme { dark: bool },
}

/// A short confirmation shown next to the control that asked for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The anchor of the control (section or chart) the notice belongs to.
    pub anchor: String,
    pub text: AttrValue,
}

/// Where the "How to cite" block's notices show.
pub const CITE_ANCHOR: &str = "cite";

/// What the page's controls show.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    pub view: ViewState,
    /// Whether the page is dark; `None` until the browser has told us.
    pub dark: Option<bool>,
    /// `https://host/base/`: known once mounted, needed for absolute links and embed code.
    pub site: Option<AttrValue>,
    /// Whether the browser has the Web Share API.
    pub can_share: bool,
    pub notice: Option<Notice>,
}

impl State {
    /// The notice for this anchor's controls, if it has one.
    pub fn notice_for(&self, anchor: &str) -> Option<&str> {
        self.notice.as_ref().filter(|n| n.anchor == anchor).map(|n| n.text.as_str())
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
    let notice = |anchor: String, text: &'static str| Some(Notice { anchor, text: text.into() });
    let effects = match action {
        Action::Table { chart, open } => {
            if !report.charts.iter().any(|c| c.id == chart) {
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
        Action::CopyCitation(text) => {
            vec![Effect::Copy { text, anchor: CITE_ANCHOR.to_string(), what: Copied::Citation }]
        }
        Action::CopyDone { anchor, what, ok } => {
            let text = match (ok, what) {
                (false, _) => t.copy_failed,
                (true, Copied::Link) => t.link_copied,
                (true, Copied::Code) => t.code_copied,
                (true, Copied::Citation) => t.citation_copied,
            };
            next.notice = notice(anchor, text);
            Vec::new()
        }
        Action::Share(anchor) => {
            vec![Effect::Share { title: report.meta.title.get(state.view.lang).to_string(), url: state.link(&anchor) }]
        }
        Action::Download { chart, format } => {
            if !report.charts.iter().any(|c| c.id == chart) {
                return (next, Vec::new());
            }
            next.notice = notice(format!("chart-{chart}"), t.downloaded);
            vec![Effect::Download { chart, format, lang: state.view.lang }]
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
