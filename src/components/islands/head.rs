//! The header's island: the theme and language toggles, the in-app browser hint, and the long
//! picture of the report card shown to press and hold in an in-app browser.

use crate::components::overlay::Overlay;
use crate::components::shell::Shell;
use crate::i18n::ui;
use crate::state::Action;
use crate::url::page_href;
use sip_report::Lang;
use yew::prelude::*;

/// The header's toggles: theme, and a link to the other language's page, which the app
/// follows at the place the reader is looking at. A modified click opens a new tab, as the
/// plain link does.
pub fn head_tools(lang: Lang, shell: &Shell) -> Html {
    let t = ui(lang);
    let other = lang.other();
    let act = shell.act.clone();
    let on_switch_lang = Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        act.emit(Action::SwitchLang { in_view: crate::browser::anchor_in_view() });
    });
    html! {
        <>
            <button type="button" class="theme-toggle needs-js" aria-pressed={shell.dark.unwrap_or(false).to_string()}
                onclick={shell.act.reform(|_: MouseEvent| Action::ToggleTheme)}>
                { t.dark_mode }
            </button>
            <a class="lang-toggle" href={page_href(other)} hreflang={other.tag()} lang={other.tag()} onclick={on_switch_lang}>
                { ui(other).lang_name }
            </a>
            // Inside WeChat, QQ, Weibo, DingTalk or Alipay: how to open the page in a browser
            // that can download. Fixed at the bottom of the screen, so nothing moves.
            if let Some(app) = shell.inapp.filter(|_| !shell.hint_dismissed) {
                <p class="inapp-hint" role="note">
                    <span>{ t.inapp_hint.replace("{app}", app.name(lang)) }</span>
                    <button type="button" onclick={shell.act.reform(|_: MouseEvent| Action::DismissHint)}>{ t.close }</button>
                </p>
            }
            if let Some(o) = &shell.overlay { <Overlay overlay={o.clone()} {lang} act={shell.act.clone()} /> }
        </>
    }
}
