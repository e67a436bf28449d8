//! What the page's controls need, handed down by their island: the state (`state::State`:
//! the view, the theme, the site's address once known, the latest confirmation) and the
//! callback that sends their actions to the store.
//!
//! Server rendering and an island's first client render see the same shell (no origin,
//! nothing copied), so hydration matches; the island switches to the store once mounted.

use crate::state::{Action, State};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shell {
    pub state: State,
    pub act: Callback<Action>,
}

impl std::ops::Deref for Shell {
    type Target = State;
    fn deref(&self) -> &State {
        &self.state
    }
}
