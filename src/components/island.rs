//! An island: one independently started part of the page (the header, a section, the
//! footer), with the shell its controls read.
//!
//! On the server an island renders the prerendered default (its language, nothing open).
//! In the browser it is hydrated from that HTML, whose first render must be identical, and
//! then re-renders from the shared store; or, when the store's language is no longer the
//! one it was prerendered in, it is rendered afresh.

use super::page::{foot, head};
use super::section::section_view;
use super::shell::Shell;
use super::ReportRef;
use crate::url::{Embed, ViewState};
use sip_report::Lang;
use yew::prelude::*;

/// When an island starts in the browser: written on its root by the page (`data-hydrate`),
/// where the island is declared, and obeyed by one loop in `client`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wake {
    /// At once, in a task of its own (the header: it holds the toggles).
    Load,
    /// When it is being read: its top in the upper half of the screen.
    Visible,
    /// As soon as any of it is on screen (the footer, which may never get that far up).
    Reached,
}

impl Wake {
    pub fn as_str(self) -> &'static str {
        match self {
            Wake::Load => "load",
            Wake::Visible => "visible",
            Wake::Reached => "reached",
        }
    }

    /// The wake-up an attribute names; anything else starts when it is being read.
    pub fn from_attr(value: Option<&str>) -> Wake {
        match value {
            Some("load") => Wake::Load,
            Some("reached") => Wake::Reached,
            _ => Wake::Visible,
        }
    }
}

/// Which part of the page an island is.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Head,
    Section(AttrValue),
    Foot,
}

impl Part {
    /// The island's key: the value of its root's `data-island` attribute.
    pub fn key(&self) -> &str {
        match self {
            Part::Head => "head",
            Part::Section(id) => id,
            Part::Foot => "foot",
        }
    }

    /// The part a `data-island` key names.
    pub fn from_key(key: &str) -> Part {
        match key {
            "head" => Part::Head,
            "foot" => Part::Foot,
            id => Part::Section(id.to_string().into()),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub report: ReportRef,
    pub part: Part,
    /// The language the server rendered it in (used until the store takes over).
    pub lang: Lang,
    /// Whether this render hydrates server HTML: the first render then ignores the store.
    #[prop_or_default]
    pub hydrating: bool,
    /// The embed the page shows, if it is one: part of what the server rendered.
    #[prop_or_default]
    pub embed: Option<Embed>,
    /// Called once the island's first render (or hydration) is done, descendants included.
    /// The end of `hydrate()` is not that moment: it only queues the work, which Yew runs
    /// later, after whatever it has already put off to a later task.
    #[prop_or_default]
    pub on_live: Callback<()>,
}

#[function_component]
pub fn Island(props: &IslandProps) -> Html {
    let pristine = use_state_eq(|| props.hydrating);
    let rerender = use_force_update();
    {
        let (pristine, key, on_live) = (pristine.clone(), props.part.key().to_string(), props.on_live.clone());
        // Effects run children first: when this one runs, the whole island is live.
        use_effect_with((), move |_| {
            on_live.emit(());
            let sub = crate::store::subscribe(&key, Callback::from(move |_| rerender.force_update()));
            // The store's view (the URL's anchor and table, the site's address) in a task of
            // its own: hydrating is long enough.
            #[cfg(target_arch = "wasm32")]
            crate::browser::next_task(move || pristine.set(false));
            #[cfg(not(target_arch = "wasm32"))]
            pristine.set(false);
            move || drop(sub)
        });
    }
    let shell = match (*pristine, crate::store::get()) {
        (false, Some(shell)) => shell,
        // What the server rendered; the actions work already (they change no markup), so a
        // click that woke the island is not lost.
        _ => Shell {
            view: ViewState { lang: props.lang, embed: props.embed.clone(), ..ViewState::default() },
            act: crate::store::act_callback(),
            ..Shell::default()
        },
    };
    let report = props.report;
    let lang = shell.view.lang;
    match &props.part {
        Part::Head => head(report, lang, &shell),
        Part::Section(id) => section_view(report, id, lang, &shell),
        Part::Foot => foot(report, lang, &shell),
    }
}
