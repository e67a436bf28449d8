//! Starting the app in the browser: the store, then the islands, as late and as little as
//! the reader needs them.
//!
//! The prerendered page is complete without the wasm, so nothing is hydrated eagerly but
//! the header (it holds the language and theme toggles). Each section, and the footer,
//! is hydrated in its own task when it comes well into view (its top in the upper half of
//! the screen), or at once when the reader points at it, hovers it or moves focus into it. A language switch re-renders what is on screen in the same
//! frame and the rest in later tasks, one island each, so no single task grows with the
//! length of the report.
//!
//! An embed's own page (`embed/k3/`) is prerendered too and starts the same way. A page whose
//! URL asks for something other than what it holds (an old `?embed=k3` link on the full page)
//! and the unprerendered page that `trunk serve` gives are rendered whole.

use crate::components::island::{Island, IslandProps, Part, Wake};
use crate::components::page::{Page, PageProps};
use crate::components::shell::Shell;
use crate::components::ReportRef;
use crate::store;
use sip_report::Lang;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::Callback;

/// What to do once a language's pictures are here, or if they cannot be had.
type Waiter = (Box<dyn FnOnce()>, Box<dyn FnOnce()>);

/// One island's root and where it stands.
struct Slot {
    root: web_sys::Element,
    part: Part,
    /// When it starts, as its root says (`data-hydrate`).
    wake: Wake,
    /// `Some(lang)` while the root still holds the server's HTML, in that language.
    pending: Cell<Option<Lang>>,
    /// Whether the root is in view.
    near: Cell<bool>,
    /// The listeners that start it on the reader's first touch or focus.
    listeners: RefCell<Vec<gloo_events::EventListener>>,
    /// The running island, once started.
    app: RefCell<Option<yew::AppHandle<Island>>>,
}

thread_local! {
    /// What waits for a language's pictures; a language with waiters is being fetched.
    static WAITING: RefCell<Vec<(Lang, Waiter)>> = const { RefCell::new(Vec::new()) };
    static SLOTS: RefCell<Vec<Rc<Slot>>> = const { RefCell::new(Vec::new()) };
    /// Islands waiting for their own task: to be hydrated, or re-rendered after a switch.
    static QUEUE: RefCell<VecDeque<Rc<Slot>>> = const { RefCell::new(VecDeque::new()) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// What watches the islands come into view, and the page's history: kept for the page's
    /// life, not leaked.
    static WATCHERS: RefCell<Vec<web_sys::IntersectionObserver>> = const { RefCell::new(Vec::new()) };
    static POPSTATE: RefCell<Option<gloo_events::EventListener>> = const { RefCell::new(None) };
    /// The page rendered whole, when it is (`trunk serve`, or a URL asking for other than the
    /// page holds).
    static WHOLE: RefCell<Option<yew::AppHandle<Page>>> = const { RefCell::new(None) };
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
    store::init(Shell {
        view: initial.clone(),
        dark: Some(crate::browser::initial_dark(initial.theme)),
        site: Some(crate::browser::site_url().into()),
        can_share: crate::browser::can_share(),
        ..Shell::default()
    });
    crate::browser::next_task(move || set_up(report, initial, app));
}

fn set_up(report: ReportRef, initial: crate::url::ViewState, app: web_sys::Element) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let prerendered = doc.document_element().and_then(|e| e.get_attribute("lang")).and_then(|t| Lang::from_tag(&t));
    let prerendered = prerendered.filter(|_| app.child_element_count() > 0);
    // What the server rendered: the full page, or one embed (`data-embed`).
    let page_embed = app.query_selector(".page").ok().flatten().and_then(|p| p.get_attribute("data-embed"));
    let as_asked = page_embed.as_deref() == initial.embed.as_ref().map(crate::url::Embed::key);
    let islands = prerendered.filter(|_| as_asked);
    if let Some(lang) = prerendered {
        // Islands hydrate what the page shows; a page rendered afresh needs the markup now.
        crate::browser::adopt_pictures(lang, islands.is_none());
        if islands.is_none() {
            crate::browser::adopt_fragments(lang);
        }
    }
    match islands {
        // `cargo xtask dist` prerenders each page, and each embed, in the language its path names.
        Some(lang) => start_islands(report, &app, lang),
        // A page asked to show something else (`?embed=` on the full page) replaces what it
        // holds; `trunk serve` prerenders nothing.
        None => {
            let (lang, embed) = (initial.lang, initial.embed.clone());
            with_pictures(
                lang,
                move || {
                    app.set_inner_html("");
                    // The page's own script reports an embed's height (see index.html).
                    let props = PageProps { report, lang, embed, hydrating: false };
                    let page = yew::Renderer::<Page>::with_root_and_props(app, props).render();
                    WHOLE.with(|w| *w.borrow_mut() = Some(page));
                },
                || web_sys::console::error_1(&"sip-explainer: the charts could not be loaded".into()),
            );
        }
    }
    store::on_lang_change(move || lang_changed(report));
    crate::browser::set_document_lang(initial.lang, report.meta.title.get(initial.lang));
    let listener = crate::browser::on_popstate(move || {
        let next = crate::browser::current_view(&report);
        let href = crate::url::href(&next);
        with_pictures(next.lang, move || store::update(|s| s.view = next), move || crate::browser::go_to(&href));
    });
    POPSTATE.with(|p| *p.borrow_mut() = listener);
    // After the header's hydration (queued above; Yew runs it as a microtask).
    crate::browser::next_task(move || {
        if let Some(a) = &initial.anchor {
            crate::browser::scroll_to(a);
        }
        crate::browser::mark_ready();
        // The other language's pictures, for a switch to come, and the markup of this one's
        // (for downloads, and to switch back), each in a task of its own.
        let (this, other) = (initial.lang, initial.lang.other());
        crate::browser::next_task(move || {
            with_pictures(other, || {}, || {});
            crate::browser::next_task(move || crate::browser::adopt_markup(this));
        });
        if crate::browser::panic_requested() {
            panic!("test-only panic, requested through local storage");
        }
    });
}

/// Sets up every island of the page to start as its root says (`data-hydrate`), or at once
/// when the reader points at it, hovers it or moves focus into it.
fn start_islands(report: ReportRef, app: &web_sys::Element, lang: Lang) {
    let Ok(roots) = app.query_selector_all("[data-island]") else { return };
    let seen = move |target: &web_sys::Element, near: bool| {
        let Some(slot) = find(|s| &s.root == target) else { return };
        slot.near.set(near);
        if near && slot.pending.get().is_some() {
            enqueue(report, slot);
        }
    };
    let visible = crate::browser::observe_near(true, seen);
    let reached = crate::browser::observe_near(false, seen);
    for i in 0..roots.length() {
        let Some(root) = roots.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let slot = Rc::new(Slot {
            root: root.clone(),
            part: Part::from_key(&root.get_attribute("data-island").unwrap_or_default()),
            wake: Wake::from_attr(root.get_attribute("data-hydrate").as_deref()),
            pending: Cell::new(Some(lang)),
            near: Cell::new(false),
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
            Wake::Reached => &reached,
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
    WATCHERS.with(|w| w.borrow_mut().extend(visible.into_iter().chain(reached)));
}

fn find(f: impl Fn(&Slot) -> bool) -> Option<Rc<Slot>> {
    SLOTS.with(|s| s.borrow().iter().find(|slot| f(slot)).cloned())
}

/// Hydrates a waiting island, or renders it afresh when the page has changed language
/// since the server wrote it; `focused`, if given, gets its focus event again once the
/// island is live. Returns whether it was waiting.
fn activate(report: ReportRef, slot: &Slot, focused: Option<web_sys::Element>) -> bool {
    let Some(lang) = slot.pending.take() else { return false };
    slot.listeners.borrow_mut().clear();
    // For tests and the curious: which islands run.
    let _ = slot.root.set_attribute("data-live", "");
    let now = store::get().map_or(lang, |s| s.view.lang);
    let on_live = Callback::from(move |()| {
        if let Some(el) = &focused {
            crate::browser::refocus(el);
        }
    });
    let embed = store::get().and_then(|s| s.view.embed);
    let props = IslandProps { report, part: slot.part.clone(), lang, hydrating: lang == now, embed, on_live };
    let renderer = yew::Renderer::<Island>::with_root_and_props(slot.root.clone(), props);
    let app = if lang == now {
        renderer.hydrate()
    } else {
        slot.root.set_inner_html("");
        renderer.render()
    };
    *slot.app.borrow_mut() = Some(app);
    true
}

/// After a language switch, on a page of islands: the header and whatever is in view now,
/// the rest in later tasks, so that nothing on the page stays in the old language for long.
fn lang_changed(report: ReportRef) {
    let Some(state) = store::get() else { return };
    let lang = state.view.lang;
    // The page still shows the old language's pictures: keep them for a switch back.
    crate::browser::adopt_markup(lang.other());
    crate::browser::set_document_lang(lang, report.meta.title.get(lang));
    let slots = SLOTS.with(|s| s.borrow().clone());
    if slots.is_empty() {
        // Rendered whole (an embed, or `trunk serve`): one app, re-rendered at once.
        return store::notify_all();
    }
    for slot in slots {
        let now = slot.wake == Wake::Load || slot.near.get();
        match (slot.pending.get().is_some(), now) {
            (true, true) => {
                activate(report, &slot, None);
            }
            (false, true) => store::notify(slot.part.key()),
            (_, false) => enqueue(report, slot),
        }
    }
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
    if !activate(report, &slot, None) {
        store::notify(slot.part.key());
    }
    crate::browser::next_task(move || drain(report));
}

/// Runs `ready` once the pictures of `lang`, and the parts of the page the server writes
/// (`fragments`), are at hand (at once if they are), fetching their file if need be; `failed`
/// if it cannot be loaded.
pub fn with_pictures(lang: Lang, ready: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    use crate::charts::pictures;
    if pictures::has(lang) && crate::fragments::has(lang) {
        return ready();
    }
    let first = WAITING.with(|w| {
        let mut w = w.borrow_mut();
        let first = !w.iter().any(|(l, _)| *l == lang);
        w.push((lang, (Box::new(ready), Box::new(failed))));
        first
    });
    if !first {
        return;
    }
    crate::browser::fetch_bytes(&pictures::path(lang), move |bytes| {
        let contents = bytes.as_deref().and_then(pictures::decode);
        let loaded = contents.is_some();
        let (entries, parts) = contents.unwrap_or_default();
        for e in entries {
            pictures::insert(&e.chart, lang, e.picture);
        }
        for (key, html) in parts {
            crate::fragments::insert(&key, lang, html.into());
        }
        let waiting: Vec<Waiter> = WAITING.with(|w| {
            let mut w = w.borrow_mut();
            let (mine, rest) = w.drain(..).partition(|(l, _)| *l == lang);
            *w = rest;
            mine.into_iter().map(|(_, f)| f).collect()
        });
        for (ready, failed) in waiting {
            if loaded {
                ready()
            } else {
                failed()
            }
        }
    });
}
