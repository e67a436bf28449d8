//! The root: owns the view state, connects it to the URL and history, carries out the
//! controls' actions (copy, share, download, table views) and provides the shell context.

use super::page::Page;
use super::shell::{Action, Notice, Shell};
use super::ReportRef;
use crate::url::{self, ViewState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub report: ReportRef,
    /// The view the URL asked for when the page loaded.
    pub initial: ViewState,
}

/// What the first render shows: for a prerendered page exactly what the server rendered
/// (language only), so hydration matches; embeds are rendered fresh and show all at once.
pub fn first_view(initial: &ViewState) -> ViewState {
    if initial.embed.is_some() {
        initial.clone()
    } else {
        ViewState { lang: initial.lang, ..ViewState::default() }
    }
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let report = props.report;
    let view = use_state_eq(|| first_view(&props.initial));
    // Unknown until mounted, so the server and the first client render agree.
    let dark = use_state_eq(|| None::<bool>);
    let site = use_state_eq(|| None::<AttrValue>);
    let can_share = use_state_eq(|| false);
    let notice = use_state_eq(|| None::<Notice>);

    #[cfg(target_arch = "wasm32")]
    {
        let initial = props.initial.clone();
        let (view_handle, dark, site, can_share) = (view.clone(), dark.clone(), site.clone(), can_share.clone());
        use_effect_with((), move |_| {
            let view = view_handle;
            let embedded = initial.embed.is_some();
            dark.set(Some(crate::browser::initial_dark(initial.theme)));
            site.set(Some(crate::browser::site_url().into()));
            can_share.set(crate::browser::can_share());
            let anchor = initial.anchor.clone();
            view.set(initial);
            if let Some(a) = anchor {
                crate::browser::scroll_to(&a);
            }
            let height = embedded.then(crate::browser::report_height).flatten();
            crate::browser::mark_ready();
            if crate::browser::panic_requested() {
                panic!("test-only panic, requested through local storage");
            }
            let listener = crate::browser::on_popstate(move || view.set(crate::browser::current_view(&report)));
            move || drop((listener, height))
        });
        use_effect_with((view.lang, report), |(lang, report)| {
            crate::browser::set_document_lang(*lang, report.meta.title.get(*lang))
        });
    }

    let on_switch_lang = {
        let view = view.clone();
        Callback::from(move |e: MouseEvent| {
            // A modified click opens a new tab as a plain link would.
            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                return;
            }
            e.prevent_default();
            #[cfg(target_arch = "wasm32")]
            let anchor = crate::browser::current_view(&report).anchor;
            #[cfg(not(target_arch = "wasm32"))]
            let anchor = view.anchor.clone();
            let next = ViewState { lang: view.lang.other(), anchor, ..(*view).clone() };
            navigate(&next);
            view.set(next);
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
    let act = {
        let (view, notice, site) = (view.clone(), notice.clone(), site.clone());
        Callback::from(move |action: Action| act(report, &view, &notice, site.as_deref(), action))
    };
    let shell =
        Shell { view: (*view).clone(), site: (*site).clone(), can_share: *can_share, notice: (*notice).clone(), act };
    html! {
        <ContextProvider<Shell> context={shell}>
            <Page {report} lang={view.lang} embed={view.embed.clone()} {on_switch_lang} dark={*dark} {on_toggle_theme} />
        </ContextProvider<Shell>>
    }
}

/// Puts a view in the address bar as a new history entry.
fn navigate(next: &ViewState) {
    #[cfg(target_arch = "wasm32")]
    crate::browser::push_href(&url::href(next));
    let _ = next;
}

/// Carries out an action; confirmations appear as a notice next to the control.
fn act(
    report: ReportRef,
    view: &UseStateHandle<ViewState>,
    notice: &UseStateHandle<Option<Notice>>,
    site: Option<&str>,
    action: Action,
) {
    let t = crate::i18n::ui(view.lang);
    let link = |anchor: &str| {
        let target = ViewState { lang: view.lang, anchor: Some(anchor.to_string()), ..ViewState::default() };
        format!("{}{}", site.unwrap_or_default(), url::href(&target).trim_start_matches("./"))
    };
    let say = |anchor: &str, text: &'static str| {
        notice.set(Some(Notice { anchor: anchor.to_string(), text: text.into() }));
    };
    match action {
        Action::Table { chart, open } => {
            let next = ViewState {
                table: open.then(|| chart.clone()),
                anchor: Some(format!("chart-{chart}")),
                ..(**view).clone()
            };
            navigate(&next);
            view.set(next);
        }
        Action::CopyLink(anchor) => {
            let notice = notice.clone();
            copy(link(&anchor), move |ok| {
                notice.set(Some(Notice {
                    anchor: anchor.clone(),
                    text: if ok { t.link_copied } else { t.copy_failed }.into(),
                }))
            });
        }
        Action::CopyEmbed { anchor, code } => {
            let notice = notice.clone();
            copy(code, move |ok| {
                notice.set(Some(Notice {
                    anchor: anchor.clone(),
                    text: if ok { t.code_copied } else { t.copy_failed }.into(),
                }))
            });
        }
        Action::Share(anchor) => {
            #[cfg(target_arch = "wasm32")]
            crate::browser::share(report.meta.title.get(view.lang), &link(&anchor));
            let _ = anchor;
        }
        Action::Download { chart, format } => {
            let Some(c) = report.charts.iter().find(|c| c.id == chart) else { return };
            #[cfg(target_arch = "wasm32")]
            crate::browser::save_chart(&report, c, view.lang, format);
            let _ = (c, format);
            say(&format!("chart-{chart}"), t.downloaded);
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
