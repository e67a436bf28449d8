//! Starting the app in the browser: the store, then the islands, as late and as little as
//! the reader needs them.
//!
//! The prerendered page is complete without the wasm, so nothing is hydrated eagerly but
//! the header (it holds the toggles). Each section, and the footer, is hydrated in its own
//! task as its root says (`data-hydrate`): when it comes well into view, or at once when the
//! reader points at it, hovers it or moves focus into it. Hydration draws each chart again
//! (`charts::render_chart`) and keeps the server's nodes, which are the same.
//!
//! A switch of language is a link to the other language's prerendered page (see
//! `state::Action::SwitchLang`), so a page only ever shows one language, and nothing but the
//! islands ever changes. An embed's own page (`embed/k3/`) is prerendered too and starts the
//! same way. A page that was not prerendered has no islands: it says so in the console.

use crate::components::island::{Island, IslandProps, Part, Wake};
use crate::components::ReportRef;
use crate::state::{Action, State};
use crate::store;
use sip_report::Lang;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::Callback;

/// One island's root and where it stands.
struct Slot {
    root: web_sys::Element,
    part: Part,
    /// The language the server wrote it in: the page's.
    lang: Lang,
    /// When it starts, as its root says (`data-hydrate`).
    wake: Wake,
    /// Whether the root still holds the server's HTML, waiting to be hydrated.
    pending: Cell<bool>,
    /// The listeners that start it on the reader's first touch or focus.
    listeners: RefCell<Vec<gloo_events::EventListener>>,
    /// The running island, once started.
    app: RefCell<Option<yew::AppHandle<Island>>>,
    /// For a section's tools: what the build drew and measured, as the root says.
    built: Option<crate::snippets::Built>,
}

thread_local! {
    static SLOTS: RefCell<Vec<Rc<Slot>>> = const { RefCell::new(Vec::new()) };
    /// Islands waiting for their own task to be hydrated.
    static QUEUE: RefCell<VecDeque<Rc<Slot>>> = const { RefCell::new(VecDeque::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// What watches the islands come into view, and the page's history: kept for the page's
    /// life, not leaked.
    static WATCHERS: RefCell<Vec<web_sys::IntersectionObserver>> = const { RefCell::new(Vec::new()) };
    static POPSTATE: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
    /// Figure links in prose, which bring the figure's mark into view.
    static FIGURE_LINKS: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
    /// In an in-app browser, the report card's link to the long picture.
    static LONG_PICTURE_LINK: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
}

/// Starts the app on the page in the document: reading the URL and the reader's settings;
/// setting up the islands; the header's hydration: each in a task of its own, so that on a
/// slow phone none of them keeps input waiting for long. (The report needs no step: it is
/// built into the wasm as a `static`.)
pub fn start() {
    let report = ReportRef(crate::data::report());
    crate::browser::next_task(move || begin(report));
}

fn begin(report: ReportRef) {
    let initial = crate::browser::current_view(&report);
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(app) = doc.get_element_by_id("app") else {
        web_sys::console::error_1(&"sip-explainer: the page has no #app element".into());
        return;
    };
    store::init(State {
        view: initial.clone(),
        dark: Some(crate::browser::is_dark()),
        site: Some(crate::browser::site_url().into()),
        can_share: crate::browser::can_share(),
        inapp: crate::inapp::detect(&crate::browser::user_agent()),
        ..State::default()
    });
    crate::browser::next_task(move || set_up(report, initial, app));
}

fn set_up(report: ReportRef, initial: crate::url::ViewState, app: web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    // `cargo xtask dist` prerenders each page, and each embed, in the language its path names.
    let lang = doc.document_element().and_then(|e| e.get_attribute("lang")).and_then(|t| Lang::from_tag(&t));
    match lang.filter(|_| app.child_element_count() > 0) {
        Some(lang) => {
            start_islands(report, &app, lang, initial.table.clone());
            // A figure named in prose leads to its mark in a chart (without the wasm, the
            // link leads to its card).
            let listener = crate::browser::on_figure_link(move |fig, from| {
                let page = crate::url::page_href(lang);
                let from = from.map(|id| format!("{page}#{id}"));
                crate::browser::show_mark(fig, &format!("{page}#fig-{fig}"), from.as_deref())
            });
            FIGURE_LINKS.with(|l| *l.borrow_mut() = listener);
            // In an in-app browser a download fails: the long picture opens to press and hold.
            if crate::inapp::detect(&crate::browser::user_agent()).is_some() {
                let listener = crate::browser::on_long_picture_link(|src| store::dispatch(Action::LongPicture(src)));
                LONG_PICTURE_LINK.with(|l| *l.borrow_mut() = listener);
            }
        }
        None => web_sys::console::error_1(
            &"sip-explainer: this page was not prerendered (`cargo xtask serve` builds one that is)".into(),
        ),
    }
    let listener = crate::browser::on_popstate(move || {
        store::dispatch(Action::Moved(crate::browser::current_view(&report)));
        crate::browser::back_to_mention();
    });
    POPSTATE.with(|p| *p.borrow_mut() = listener);
    // After the header's hydration (queued above; Yew runs it as a microtask).
    crate::browser::next_task(move || {
        if let Some(a) = &initial.anchor {
            crate::browser::scroll_to(a);
        }
        crate::browser::mark_ready();
        // Only in the build the tests make (`--features test-panic`), for the panic path.
        #[cfg(feature = "test-panic")]
        panic!("test-only panic, built in with the test-panic feature");
    });
}

/// Sets up every island of the page to start as its root says (`data-hydrate`), or at once
/// when the reader points at it, hovers it or moves focus into it.
fn start_islands(report: ReportRef, app: &web_sys::Element, lang: Lang, table: Option<String>) {
    let Ok(roots) = app.query_selector_all("[data-island]") else { return };
    let seen = move |target: &web_sys::Element, near: bool| {
        let Some(slot) = find(|s| &s.root == target) else { return };
        if near && slot.pending.get() {
            enqueue(report, slot);
        }
    };
    let visible = crate::browser::observe_read(seen);
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(part) = root.get_attribute("data-island").and_then(|k| Part::from_key(&k)) else { continue };
        // A chart whose table the address opens starts at once, wherever it is: the table
        // is open when the reader gets there.
        let wake = match (&part, &table) {
            (Part::Chart(id), Some(t)) if id.as_str() == t => Wake::Load,
            _ => Wake::from_attr(root.get_attribute("data-hydrate").as_deref()),
        };
        let built = match part {
            Part::Tools(_) => {
                let built = crate::snippets::Built::from_attrs(|name| root.get_attribute(name));
                if built.is_none() {
                    web_sys::console::error_1(&"sip-explainer: section tools without their build facts".into());
                }
                built
            }
            _ => None,
        };
        let slot = Rc::new(Slot {
            built,
            root: root.clone(),
            part,
            lang,
            wake,
            pending: Cell::new(true),
            listeners: RefCell::new(Vec::new()),
            app: RefCell::new(None),
        });
        SLOTS.with(|s| s.borrow_mut().push(slot.clone()));
        let observer = match slot.wake {
            Wake::Load => {
                // In a task of its own, after the one that started the wasm.
                let slot = slot.clone();
                crate::browser::next_task(move || {
                    activate(report, &slot, None);
                });
                continue;
            }
            Wake::Visible => &visible,
        };
        if let Some(o) = observer {
            o.observe(&root);
        }
        let wake = |event: &'static str| {
            let slot = slot.clone();
            crate::browser::on_capture(&root, event, move |target| {
                // Yew's listeners arrive after this event: give the focused element (a
                // chart's mark, say) its focus event again once the island is live.
                activate(report, &slot, (event == "focus").then_some(target));
            })
        };
        *slot.listeners.borrow_mut() = vec![wake("pointerdown"), wake("mouseover"), wake("focus")];
    }
    WATCHERS.with(|w| w.borrow_mut().extend(visible));
}

fn find(f: impl Fn(&Slot) -> bool) -> Option<Rc<Slot>> {
    SLOTS.with(|s| s.borrow().iter().find(|slot| f(slot)).cloned())
}

/// Hydrates a waiting island; `focused`, if given, gets its focus event again once the
/// island is live. Returns whether it was waiting.
fn activate(report: ReportRef, slot: &Slot, focused: Option<web_sys::Element>) -> bool {
    if !slot.pending.replace(false) {
        return false;
    }
    slot.listeners.borrow_mut().clear();
    // For tests and the curious: which islands run.
    let _ = slot.root.set_attribute("data-live", "");
    let on_live = Callback::from(move |()| {
        if let Some(el) = &focused {
            crate::browser::refocus(el);
        }
    });
    let props = IslandProps { report, part: slot.part.clone(), lang: slot.lang, on_live, built: slot.built.clone() };
    let app = yew::Renderer::<Island>::with_root_and_props(slot.root.clone(), props).hydrate();
    *slot.app.borrow_mut() = Some(app);
    true
}

/// Runs an island's turn in a task of its own.
fn enqueue(report: ReportRef, slot: Rc<Slot>) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if !q.iter().any(|s| Rc::ptr_eq(s, &slot)) {
            q.push_back(slot);
        }
    });
    if !DRAINING.with(|d| d.replace(true)) {
        crate::browser::next_task(move || drain(report));
    }
}

fn drain(report: ReportRef) {
    let Some(slot) = QUEUE.with(|q| q.borrow_mut().pop_front()) else {
        DRAINING.with(|d| d.set(false));
        return;
    };
    activate(report, &slot, None);
    crate::browser::next_task(move || drain(report));
}
