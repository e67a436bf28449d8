//! An island: one independently started, interactive part of the page (the header's
//! toggles, a section's tools, a chart, the "How to cite" block), with the shell its controls
//! read. Everything else on the page is plain prerendered HTML that the wasm never touches.
//!
//! On the server an island renders the prerendered default (its language, nothing open).
//! In the browser it is hydrated from that HTML, whose first render must be identical, and
//! then re-renders from the shared store.

use super::islands::chart::ChartFrame;
use super::islands::{cite::how_to_cite, head::head_tools, tools::section_tools};
use super::shell::Shell;
use super::ReportRef;
use crate::snippets::Built;
use crate::state::State;
use crate::url::ViewState;
use sip_report::Lang;
use yew::prelude::*;

/// When an island starts in the browser: written on its root by the page (`data-hydrate`),
/// where the island is declared, and obeyed by one loop in `client`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// At once, in a task of its own (the toggles; the citation block).
    Load,
    /// When it is being read: its top in the upper half of the screen.
    Visible,
}

impl Wake {
    pub fn as_str(self) -> &'static str {
        match self {
            Wake::Load => "load",
            Wake::Visible => "visible",
        }
    }

    /// The wake-up an attribute names; anything else starts when it is being read.
    pub fn from_attr(value: Option<&str>) -> Wake {
        match value {
            Some("load") => Wake::Load,
            _ => Wake::Visible,
        }
    }
}

/// Which part of the page an island is.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// The header's theme and language toggles.
    Head,
    /// A section's copy link, share and embed (by section id).
    Tools(AttrValue),
    /// A chart in its frame (by chart id).
    Chart(AttrValue),
    /// The footer's "How to cite" block.
    Cite,
}

impl Part {
    /// The island's key: the value of its root's `data-island` attribute, unique on the page.
    pub fn key(&self) -> String {
        match self {
            Part::Head => "head".to_string(),
            Part::Tools(section) => format!("{section}-tools"),
            Part::Chart(chart) => format!("chart-{chart}"),
            Part::Cite => "cite".to_string(),
        }
    }

    /// The part a `data-island` key names; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Part> {
        match key {
            "head" => Some(Part::Head),
            "cite" => Some(Part::Cite),
            _ => key
                .strip_prefix("chart-")
                .map(|c| Part::Chart(c.to_string().into()))
                .or_else(|| key.strip_suffix("-tools").map(|s| Part::Tools(s.to_string().into()))),
        }
    }

    /// The attributes of this island's root, written by the page: its key and when it wakes.
    pub fn root_attrs(&self) -> (String, &'static str) {
        let wake = match self {
            // The citation block at load too: it holds the page's address as a QR code for
            // the printed page, which must be there whether or not the reader scrolled down.
            Part::Head | Part::Cite => Wake::Load,
            Part::Tools(_) | Part::Chart(_) => Wake::Visible,
        };
        (self.key(), wake.as_str())
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub report: ReportRef,
    pub part: Part,
    /// The page's language, the one the server rendered it in.
    pub lang: Lang,
    /// Called once the island's first render (or hydration) is done, descendants included.
    /// The end of `hydrate()` is not that moment: it only queues the work, which Yew runs
    /// later, after whatever it has already put off to a later task.
    #[prop_or_default]
    pub on_live: Callback<()>,
    /// For a section's tools: what the build drew and measured for its Embed menu, as its
    /// root says (`snippets::Built::from_attrs`).
    #[prop_or_default]
    pub built: Option<Built>,
}

impl Part {
    /// What this island shows of the state: only what it reads, so that a change elsewhere
    /// (another chart's table, a notice next to another control) does not re-render it.
    pub fn view_of(&self, state: &State) -> State {
        let lang = state.view.lang;
        let notice = |anchor: &str| state.notice.clone().filter(|n| n.anchor == anchor);
        let view = ViewState { lang, ..ViewState::default() };
        match self {
            Part::Head => State {
                view,
                dark: state.dark,
                inapp: state.inapp,
                hint_dismissed: state.hint_dismissed,
                overlay: state.overlay.clone().filter(|o| o.chart == crate::state::LONG_PICTURE),
                ..State::default()
            },
            Part::Tools(id) => State {
                view,
                site: state.site.clone(),
                can_share: state.can_share,
                notice: notice(id),
                inapp: state.inapp,
                overlay: state.overlay.clone().filter(|o| o.chart == id.as_str()),
                ..State::default()
            },
            Part::Chart(id) => State {
                view: ViewState { table: state.view.table.clone().filter(|t| t == id.as_str()), ..view },
                site: state.site.clone(),
                notice: notice(&self.key()),
                overlay: state.overlay.clone().filter(|o| o.chart == id.as_str()),
                ..State::default()
            },
            Part::Cite => {
                State { view, site: state.site.clone(), notice: notice(crate::state::CITE_ANCHOR), ..State::default() }
            }
        }
    }
}

#[function_component]
pub fn Island(props: &IslandProps) -> Html {
    // First what the server rendered (the page's language, nothing open, no address), so
    // hydration matches; then, from the next task on, the store's state as this part sees it.
    let state =
        use_state_eq(|| State { view: ViewState { lang: props.lang, ..ViewState::default() }, ..State::default() });
    {
        let (state, part, on_live) = (state.clone(), props.part.clone(), props.on_live.clone());
        // Effects run children first: when this one runs, the whole island is live.
        use_effect_with((), move |_| {
            on_live.emit(());
            let follow = move || {
                if let Some(shared) = crate::store::get() {
                    state.set(part.view_of(&shared));
                }
            };
            let follow = Callback::from(move |()| follow());
            let sub = crate::store::subscribe(follow.clone());
            // Hydrating is long enough: the store's view comes in a task of its own.
            crate::browser::next_task(move || follow.emit(()));
            move || drop(sub)
        });
    }
    // The actions work from the first render (they change no markup), so a click that woke the
    // island is not lost.
    let shell = Shell { state: (*state).clone(), act: crate::store::act_callback() };
    let report = props.report;
    let lang = props.lang;
    match &props.part {
        Part::Head => head_tools(lang, &shell),
        Part::Tools(id) => section_tools(report, id, lang, &shell, props.built.as_ref()),
        Part::Chart(id) => html! { <ChartFrame {report} chart={id.clone()} {lang} {shell} /> },
        Part::Cite => how_to_cite(report, lang, &shell),
    }
}
