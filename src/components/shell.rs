//! What the page's controls need from the browser and the store, given as one context:
//! the current view, the theme, the site's address once known, and the actions the store
//! carries out.
//!
//! Server rendering and an island's first client render see the same shell (no origin,
//! nothing copied), so hydration matches; the island switches to the store once mounted.

use crate::url::ViewState;
use yew::prelude::*;

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

/// Something a control asks the store to do.
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
}

/// A short confirmation shown next to the control that asked for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The anchor of the control (section or chart) the notice belongs to.
    pub anchor: String,
    pub text: AttrValue,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shell {
    pub view: ViewState,
    /// Whether the page is dark; `None` until the browser has told us.
    pub dark: Option<bool>,
    /// `https://host/base/`: known once mounted, needed for absolute links and embed code.
    pub site: Option<AttrValue>,
    /// Whether the browser has the Web Share API.
    pub can_share: bool,
    pub notice: Option<Notice>,
    pub act: Callback<Action>,
}

impl Shell {
    /// The notice for this anchor's controls, if it has one.
    pub fn notice_for(&self, anchor: &str) -> Option<&str> {
        self.notice.as_ref().filter(|n| n.anchor == anchor).map(|n| n.text.as_str())
    }
}
