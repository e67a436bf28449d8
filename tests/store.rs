//! The store the islands share: who hears about which change, and what the actions do.
#![cfg(not(target_arch = "wasm32"))]

use sip_explainer::components::shell::Action;
use sip_explainer::components::shell::Shell;
use sip_explainer::store;
use sip_report::Lang;
use std::cell::Cell;
use std::rc::Rc;
use yew::Callback;

fn counter() -> (Rc<Cell<u32>>, Callback<()>) {
    let n = Rc::new(Cell::new(0));
    let m = n.clone();
    (n, Callback::from(move |_| m.set(m.get() + 1)))
}

#[test]
fn nothing_is_stored_until_the_browser_starts_it() {
    assert!(store::get().is_none());
    store::update(|s| s.can_share = true);
    assert!(store::get().is_none(), "an update before init changes nothing");
}

#[test]
fn changes_reach_subscribers_and_a_switch_of_language_goes_to_the_hook() {
    store::init(Shell::default());
    let (k1, cb1) = counter();
    let (k2, cb2) = counter();
    let sub1 = store::subscribe("k1", cb1);
    let _sub2 = store::subscribe("k2", cb2);
    store::update(|s| s.can_share = true);
    assert_eq!((k1.get(), k2.get()), (1, 1), "a change re-renders every island");
    assert!(store::get().unwrap().can_share);

    // Without a hook, a switch of language re-renders everyone too.
    store::update(|s| s.view.lang = Lang::En);
    assert_eq!((k1.get(), k2.get()), (2, 2));
    // With one, the hook decides; `notify` reaches one island.
    let (hook, hook_cb) = counter();
    store::on_lang_change(move || hook_cb.emit(()));
    store::update(|s| s.view.lang = Lang::Zh);
    assert_eq!((hook.get(), k1.get(), k2.get()), (1, 2, 2));
    store::notify("k2");
    assert_eq!((k1.get(), k2.get()), (2, 3));
    // Other changes still go to everyone, not to the hook.
    store::update(|s| s.dark = Some(true));
    assert_eq!((hook.get(), k1.get(), k2.get()), (1, 3, 4));

    drop(sub1);
    store::update(|s| s.dark = Some(false));
    assert_eq!((k1.get(), k2.get()), (3, 5), "a dropped subscription hears nothing");
}

#[test]
fn actions_change_the_view_and_the_language_toggle_keeps_the_place() {
    store::init(Shell::default());
    let act = store::get().unwrap().act;
    assert_eq!(act, store::act_callback(), "one callback for the life of the page");
    act.emit(Action::Table { chart: "rd-institutions".into(), open: true });
    let view = store::get().unwrap().view;
    assert_eq!(view.table.as_deref(), Some("rd-institutions"));
    assert_eq!(view.anchor.as_deref(), Some("chart-rd-institutions"));
    act.emit(Action::Table { chart: "rd-institutions".into(), open: false });
    assert_eq!(store::get().unwrap().view.table, None);

    store::switch_lang();
    let view = store::get().unwrap().view;
    assert_eq!((view.lang, view.anchor.as_deref()), (Lang::En, Some("chart-rd-institutions")));
    store::toggle_theme();
    assert_eq!(store::get().unwrap().dark, Some(true));
    // Natively the clipboard is absent: copying says it failed, next to its control.
    act.emit(Action::CopyLink("k3".into()));
    let notice = store::get().unwrap().notice.unwrap();
    assert_eq!((notice.anchor.as_str(), notice.text.as_str()), ("k3", sip_explainer::i18n::ui(Lang::En).copy_failed));
}
