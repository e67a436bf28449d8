//! The browser's stand-in for native tests and server rendering: the functions the shared code
//! calls, with the signatures of `web`, recording what they were asked to do. The clipboard
//! works here; nothing else has a visible result.

use crate::state::{Action, Effect};
use std::cell::RefCell;

thread_local! {
    static LOG: RefCell<Vec<Effect>> = const { RefCell::new(Vec::new()) };
}

/// Stands for a listener that lives as long as the value (`gloo_events::EventListener`).
#[derive(Debug)]
pub struct Listener;

impl Drop for Listener {
    /// Where the real one stops listening.
    fn drop(&mut self) {}
}

/// Records the effect; a copy is reported done, as a browser that allows it would.
pub fn carry_out(effect: Effect, done: impl Fn(Action) + 'static) {
    let answer = match &effect {
        Effect::Copy { anchor, what, .. } => Some(Action::CopyDone { anchor: anchor.clone(), what: *what, ok: true }),
        _ => None,
    };
    LOG.with(|l| l.borrow_mut().push(effect));
    if let Some(answer) = answer {
        done(answer);
    }
}

/// What was carried out since the last call, oldest first.
pub fn carried_out() -> Vec<Effect> {
    LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}

/// Runs `f` at once (there is no event loop to wait for).
pub fn next_task(f: impl FnOnce() + 'static) {
    f()
}

/// Runs `f` at once (there is no frame to wait for).
pub fn after_paint(f: impl FnOnce() + 'static) {
    f()
}

/// No key reaches a native page.
pub fn on_escape(_f: impl Fn() + 'static) -> Option<Listener> {
    None
}

/// Nothing to focus natively.
pub fn focus_mark(_node: &yew::NodeRef, _index: u32) {}

/// Nothing is in view natively.
pub fn anchor_in_view() -> Option<String> {
    None
}

/// No element toggles natively.
pub fn toggled_open(_e: &yew::Event) -> bool {
    false
}

/// No browser, no user agent.
pub fn user_agent() -> String {
    String::new()
}

/// No dialog to open natively.
pub fn show_modal(_node: &yew::NodeRef) {}

/// No dialog to close natively.
pub fn close_dialog(_node: &yew::NodeRef) -> bool {
    false
}
