//! Where the state lives in the browser, and who hears about a change.
//!
//! The page is several Yew apps (header, each section, footer: see `client`), so the state
//! they share lives here rather than in one root component. An action goes through
//! `state::reduce`; the new state re-renders every island that subscribed, and the effects go
//! to `browser`, whose answers (a copy that worked or not) come back as actions.
//!
//! Nothing is stored on the server: server rendering reads no state (see `Island`).
//!
//! The state is shared, not copied, with every subscriber (`Rc`): each island takes its own
//! view of it (`Part::view_of`), whose texts and pictures are shared too.

use crate::state::{reduce, Action, State};
use std::cell::RefCell;
use std::rc::Rc;
use yew::Callback;

thread_local! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
    static LISTENERS: RefCell<Vec<Callback<()>>> = const { RefCell::new(Vec::new()) };
    // One callback for the life of the page, so the shell compares equal between renders.
    static ACT: Callback<Action> = Callback::from(dispatch);
}

/// Starts the store (in the browser, once).
pub fn init(state: State) {
    STATE.with(|s| *s.borrow_mut() = Some(Rc::new(state)));
}

/// The state; `None` before `init` (and always on the server).
pub fn get() -> Option<Rc<State>> {
    STATE.with(|s| s.borrow().clone())
}

/// The callback that sends the controls' actions here (inert before `init`).
pub fn act_callback() -> Callback<Action> {
    ACT.with(Callback::clone)
}

/// Reduces an action, re-renders the islands if the state changed, and has the browser
/// carry out the effects. Before `init`, nothing happens.
pub fn dispatch(action: Action) {
    let Some(state) = get() else { return };
    let (next, effects) = reduce(crate::data::report(), &state, action);
    if next != *state {
        STATE.with(|s| *s.borrow_mut() = Some(Rc::new(next)));
        notify_all();
    }
    for effect in effects {
        crate::browser::carry_out(effect, dispatch);
    }
}

/// Tells every subscriber (each island, which re-renders if what it shows has changed).
fn notify_all() {
    // A copy, so a listener may subscribe or unsubscribe while being called.
    let listeners = LISTENERS.with(|l| l.borrow().clone());
    for cb in listeners {
        cb.emit(());
    }
}

/// Calls `cb` whenever the state changes, until the result is dropped.
pub fn subscribe(cb: Callback<()>) -> Subscription {
    LISTENERS.with(|l| l.borrow_mut().push(cb.clone()));
    Subscription { cb }
}

/// Unsubscribes when dropped.
pub struct Subscription {
    cb: Callback<()>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        LISTENERS.with(|l| l.borrow_mut().retain(|cb| cb != &self.cb));
    }
}
