//! The state the page's islands share, and the actions that change it.
//!
//! The page is several Yew apps (header, each section, footer: see `client`), so what they
//! have in common lives here rather than in one root component: the `Shell` the controls
//! read (the view, the theme in force, the site's address, whether the browser can share,
//! the latest confirmation, and the callback for their actions). Each island subscribes; a
//! change re-renders them. A change of language goes through a hook instead, so the client
//! can re-render what is on screen at once and the rest a little later.
//!
//! Nothing is stored on the server: server rendering reads no state (see `Island`).

use crate::components::shell::{Action, Notice, Shell};
use crate::url::ViewState;
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

type Hook = Rc<dyn Fn()>;

thread_local! {
    static STATE: RefCell<Option<Shell>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<(String, Callback<()>)>> = const { RefCell::new(Vec::new()) };
    static ON_LANG: RefCell<Option<Hook>> = const { RefCell::new(None) };
    // One callback for the life of the page, so the shell compares equal between renders.
    static ACT: Callback<Action> = Callback::from(act);
}

/// Starts the store (in the browser, once). The state is the shell the islands' controls
/// read; its `act` is always the store's own.
pub fn init(state: Shell) {
    STATE.with(|s| *s.borrow_mut() = Some(Shell { act: act_callback(), ..state }));
}

/// The current state; `None` before `init` (and always on the server).
pub fn get() -> Option<Shell> {
    STATE.with(|s| s.borrow().clone())
}

/// The callback that carries out the controls' actions (inert before `init`).
pub fn act_callback() -> Callback<Action> {
    ACT.with(Callback::clone)
}

/// Changes the state and tells the islands. A change of language goes to the hook set by
/// `on_lang_change` when there is one, which decides who re-renders when.
pub fn update(f: impl FnOnce(&mut Shell)) {
    let changed_lang = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let state = s.as_mut()?;
        let before = state.view.lang;
        f(state);
        Some(before != state.view.lang)
    });
    match (changed_lang, ON_LANG.with(|h| h.borrow().clone())) {
        (None, _) => {}
        (Some(true), Some(hook)) => hook(),
        (Some(_), _) => notify_all(),
    }
}

/// Sets what happens when the language changes (instead of re-rendering every island).
pub fn on_lang_change(hook: impl Fn() + 'static) {
    ON_LANG.with(|h| *h.borrow_mut() = Some(Rc::new(hook)));
}

/// Re-renders the island subscribed under `key`.
pub fn notify(key: &str) {
    for cb in listeners().into_iter().filter(|(k, _)| k == key) {
        cb.1.emit(());
    }
}

/// Re-renders every island.
pub fn notify_all() {
    for (_, cb) in listeners() {
        cb.emit(());
    }
}

// A copy, so a listener may subscribe or unsubscribe while being called.
fn listeners() -> Vec<(String, Callback<()>)> {
    LISTENERS.with(|l| l.borrow().clone())
}

/// Calls `cb` whenever the island `key` should re-render, until the result is dropped.
pub fn subscribe(key: &str, cb: Callback<()>) -> Subscription {
    LISTENERS.with(|l| l.borrow_mut().push((key.to_string(), cb.clone())));
    Subscription { key: key.to_string(), cb }
}

/// Unsubscribes when dropped.
pub struct Subscription {
    key: String,
    cb: Callback<()>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        LISTENERS.with(|l| l.borrow_mut().retain(|(k, cb)| !(k == &self.key && cb == &self.cb)));
    }
}

/// The language toggle: the other language, same place on the page, as a new history entry.
/// In the browser, once that language's chart pictures are here (they are fetched when the
/// page is idle); if they cannot be had, the toggle does what its link says.
pub fn switch_lang() {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = get() {
        let next = ViewState { lang: s.view.lang.other(), ..s.view };
        let href = crate::url::href(&next);
        crate::client::with_pictures(next.lang, apply_switch, move || crate::browser::go_to(&href));
        return;
    }
    apply_switch();
}

fn apply_switch() {
    update(|s| {
        #[cfg(target_arch = "wasm32")]
        let anchor = crate::browser::current_view(crate::data::report()).anchor;
        #[cfg(not(target_arch = "wasm32"))]
        let anchor = s.view.anchor.clone();
        s.view = ViewState { lang: s.view.lang.other(), anchor, ..s.view.clone() };
        s.notice = None;
        navigate(&s.view);
    });
}

/// The theme toggle.
pub fn toggle_theme() {
    update(|s| {
        let next = !s.dark.unwrap_or(false);
        #[cfg(target_arch = "wasm32")]
        crate::browser::set_dark(next);
        s.dark = Some(next);
    });
}

/// Puts a view in the address bar as a new history entry.
fn navigate(next: &ViewState) {
    #[cfg(target_arch = "wasm32")]
    crate::browser::push_href(&crate::url::href(next));
    let _ = next;
}

/// Where the "How to cite" block's notices show.
pub const CITE_ANCHOR: &str = "cite";

/// Carries out a control's action; confirmations appear as a notice next to the control.
fn act(action: Action) {
    let Some(state) = get() else { return };
    let report = crate::data::report();
    let lang = state.view.lang;
    let t = crate::i18n::ui(lang);
    let link = |anchor: &str| {
        let target = ViewState { lang, anchor: Some(anchor.to_string()), ..ViewState::default() };
        format!("{}{}", state.site.as_deref().unwrap_or_default(), crate::url::href(&target).trim_start_matches("./"))
    };
    let say = |anchor: String, text: &'static str| {
        update(|s| s.notice = Some(Notice { anchor, text: text.into() }));
    };
    match action {
        Action::Table { chart, open } => update(|s| {
            s.view = ViewState {
                table: open.then(|| chart.clone()),
                anchor: Some(format!("chart-{chart}")),
                ..s.view.clone()
            };
            navigate(&s.view);
        }),
        Action::CopyLink(anchor) => {
            copy(link(&anchor), move |ok| say(anchor, if ok { t.link_copied } else { t.copy_failed }));
        }
        Action::CopyEmbed { anchor, code } => {
            copy(code, move |ok| say(anchor, if ok { t.code_copied } else { t.copy_failed }));
        }
        Action::CopyCitation(text) => {
            copy(text, move |ok| say(CITE_ANCHOR.to_string(), if ok { t.citation_copied } else { t.copy_failed }));
        }
        Action::Share(anchor) => {
            #[cfg(target_arch = "wasm32")]
            crate::browser::share(report.meta.title.get(lang), &link(&anchor));
            let _ = anchor;
        }
        Action::Download { chart, format } => {
            let Some(c) = report.charts.iter().find(|c| c.id == chart) else { return };
            #[cfg(target_arch = "wasm32")]
            {
                crate::browser::adopt_markup(lang);
                crate::browser::save_chart(report, c, lang, format);
            }
            let _ = (c, format);
            say(format!("chart-{chart}"), t.downloaded);
        }
    }
}

/// Copies text to the clipboard and reports whether it worked.
fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    crate::browser::copy_text(text, done);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done(false);
    }
}
