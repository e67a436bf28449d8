//! What an in-app browser shows in place of a download (see `inapp`): a modal dialog with a
//! picture to press and hold (a chart, a section's poster) or a chart's data as text to copy.

use crate::i18n::ui;
use crate::state::Action;
use sip_report::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OverlayProps {
    pub overlay: crate::state::Overlay,
    pub lang: Lang,
    pub act: Callback<Action>,
}

/// In an in-app browser, in place of a download: the chart (or a section's poster) as a picture to press and hold, or
/// its data as text to select or copy, in a modal dialog (focus kept inside, Escape closes).
#[function_component]
pub fn Overlay(props: &OverlayProps) -> Html {
    use crate::state::Shown;
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| crate::browser::show_modal(&dialog));
    }
    let t = ui(props.lang);
    let o = &props.overlay;
    // Closed as Escape closes it, so focus goes back to the button that opened it; its
    // `close` event then tells the state. Without a modal dialog, the state is told at once.
    let close = {
        let (dialog, act) = (dialog.clone(), props.act.clone());
        Callback::from(move |_: MouseEvent| {
            if !crate::browser::close_dialog(&dialog) {
                act.emit(Action::CloseOverlay);
            }
        })
    };
    // Escape closes the dialog natively: keep the state in step.
    let onclose = props.act.reform(|_: Event| Action::CloseOverlay);
    let title_id = format!("overlay-{}-title", o.chart);
    let body = match &o.shown {
        Shown::Picture(Some(src)) => html! {
            <>
                <p class="overlay-help">{ t.hold_to_save }</p>
                <img class="overlay-picture" src={AttrValue::from(src.clone())} alt={o.name.clone()} />
            </>
        },
        Shown::Picture(None) => html! { <p class="overlay-help" role="status">{ t.drawing }</p> },
        Shown::Failed => html! { <p class="overlay-help" role="status">{ t.picture_failed }</p> },
        Shown::Text(text) => {
            let copy = {
                let (chart, text) = (o.chart.clone(), text.clone());
                props.act.reform(move |_: MouseEvent| Action::CopyData { chart: chart.clone(), text: text.to_string() })
            };
            html! {
                <>
                    <label class="overlay-help" for={format!("overlay-{}-text", o.chart)}>{ t.select_or_copy }</label>
                    <textarea id={format!("overlay-{}-text", o.chart)} class="overlay-text" readonly=true rows="12" value={AttrValue::from(text.clone())} />
                    <button type="button" onclick={copy}>{ t.copy_data }</button>
                </>
            }
        }
    };
    html! {
        <dialog class="overlay" ref={dialog} aria-labelledby={title_id.clone()} {onclose}>
            <div class="overlay-bar">
                <p class="overlay-title" id={title_id}>{ o.name.clone() }</p>
                <button type="button" class="overlay-close" onclick={close}>{ t.close }</button>
            </div>
            { body }
        </dialog>
    }
}
