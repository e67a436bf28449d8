//! A section's tools island: copy link, share, poster, QR code and the Embed menu.

use crate::components::overlay::Overlay;
use crate::components::qr_menu::qr_menu;
use crate::components::shell::Shell;
use crate::components::ReportRef;
use crate::i18n::ui;
use crate::snippets::{self, Built};
use crate::state::Action;
use crate::url::Embed;
use sip_report::Lang;
use yew::prelude::*;

/// Copy link, share and embed, for one section: the contents of its tools island, whose
/// root (`div.tools`) the section writes. Hidden until the page is interactive. `built` is
/// what the build drew and measured for the Embed menu's iframe-alone and picture forms.
pub fn section_tools(report: ReportRef, id: &str, lang: Lang, shell: &Shell, built: Option<&Built>) -> Html {
    let t = ui(lang);
    let act = |a: Action| shell.act.reform(move |_: MouseEvent| a.clone());
    // The snippets need the site's address, which only the browser knows.
    let forms: Vec<(&str, &str, String)> = shell.site.as_deref().map_or_else(Vec::new, |site| {
        let mut forms =
            vec![("frame", t.embed_resizing, snippets::resizing(&report, site, &Embed::Section(id.to_string()), lang))];
        if let Some(b) = built {
            forms.push(("fixed", t.embed_fixed, snippets::fixed(&report, site, id, lang, b)));
            forms.push(("picture", t.embed_picture, snippets::picture(&report, site, id, lang, b)));
            forms.push(("long", t.embed_long_picture, snippets::long_picture(&report, site, lang, b)));
        }
        forms
    });
    html! {
        <>
            <button type="button" onclick={act(Action::CopyLink(id.to_string()))}>{ t.copy_link }</button>
            if shell.can_share {
                <button type="button" onclick={act(Action::Share(id.to_string()))}>{ t.share }</button>
            }
            // Hidden with the other tools until the app runs; it needs the page's address.
            <button type="button" onclick={act(Action::Poster(id.to_string()))}>{ t.poster }</button>
            { qr_menu(shell.site.is_some().then(|| shell.link(id)).as_deref(), lang) }
            if let Some(o) = &shell.overlay { <Overlay overlay={o.clone()} {lang} act={shell.act.clone()} /> }
            <details class="embed-menu">
                <summary>{ t.embed }</summary>
                // In one element of their own: the forms arrive when the island starts, and
                // Yew matches a list's children from the end, so forms added beside the summary
                // would make it a new node, and a tap that started the island would be lost.
                <div class="embed-forms">
                    { for forms.into_iter().map(|(form, label, code)| {
                        let field = format!("{id}-embed-{form}");
                        html! {
                            <div class="embed-form">
                                <label for={field.clone()}>{ label }</label>
                                <textarea id={field} readonly=true rows="4" value={code.clone()} />
                                <button type="button" aria-label={format!("{}{}{label}", t.copy_code, t.colon)}
                                    onclick={act(Action::CopyEmbed { anchor: id.to_string(), code })}>{ t.copy_code }</button>
                            </div>
                        }
                    }) }
                </div>
            </details>
            <span class="notice" role="status">{ shell.notice_for(id).unwrap_or_default() }</span>
        </>
    }
}
