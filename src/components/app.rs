//! The root: owns the view state (language) and connects it to the browser's URL.

use super::page::Page;
use super::ReportRef;
use crate::url::ViewState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub report: ReportRef,
    /// The view the URL asked for when the page loaded.
    pub initial: ViewState,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let lang = use_state_eq(|| props.initial.lang);
    // Unknown until mounted, so the server and the first client render agree.
    let dark = use_state_eq(|| None::<bool>);

    #[cfg(target_arch = "wasm32")]
    {
        let report = props.report;
        let section = props.initial.section.clone();
        // Once mounted: go to the section the link named, and follow back/forward.
        let setter = lang.setter();
        let dark_setter = dark.setter();
        use_effect_with((), move |_| {
            dark_setter.set(Some(crate::browser::initial_dark()));
            if let Some(s) = section {
                crate::browser::scroll_to(&s);
            }
            crate::browser::mark_ready();
            let listener = crate::browser::on_popstate(move || setter.set(crate::browser::current_view(&report).lang));
            move || drop(listener)
        });
        use_effect_with((*lang, report), |(lang, report)| {
            crate::browser::set_document_lang(*lang, report.meta.title.get(*lang))
        });
    }

    let on_switch_lang = {
        let lang = lang.clone();
        Callback::from(move |e: MouseEvent| {
            // A modified click opens a new tab as a plain link would.
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            let next = lang.other();
            #[cfg(target_arch = "wasm32")]
            crate::browser::push_lang(next);
            lang.set(next);
        })
    };
    let on_toggle_theme = {
        let dark = dark.clone();
        Callback::from(move |_: MouseEvent| {
            let next = !dark.unwrap_or(false);
            #[cfg(target_arch = "wasm32")]
            crate::browser::set_dark(next);
            dark.set(Some(next));
        })
    };
    html! { <Page report={props.report} lang={*lang} {on_switch_lang} dark={*dark} {on_toggle_theme} /> }
}
