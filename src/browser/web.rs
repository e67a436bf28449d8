//! The browser itself, through `web_sys`: the location and history, the document's language
//! and theme, what is in view, scrolling and focus, the clipboard and share sheet, file
//! downloads; and the store's effects (`carry_out`). (The embed's height messages are the
//! page's own script, in `index.html`: they must not wait for the wasm.)

use crate::state::{Action, Body, Effect, File, Picture};
use crate::url::{self, ViewState};
use sip_report::Report;
use wasm_bindgen::JsCast;

/// A listener that lives as long as the value.
pub type Listener = gloo_events::EventListener;

/// Carries out an effect of an action (see `state::reduce`); `done` gets the browser's answer,
/// where there is one (whether a copy worked, the picture drawn).
pub fn carry_out(effect: Effect, done: impl Fn(Action) + 'static) {
    match effect {
        Effect::PushHistory(href) => push_href(&href),
        Effect::Navigate(href) => go_to(&href),
        Effect::Copy { text, anchor, what } => copy_text(text, move |ok| done(Action::CopyDone { anchor, what, ok })),
        Effect::Share { title, url } => share(&title, &url),
        Effect::Save(File { name, body: Body::Text { mime, text } }) => save(&name, mime, &text),
        Effect::Save(File { name, body: Body::Png(picture) }) => draw_png(picture, move |canvas| {
            if let Some(canvas) = canvas {
                save_canvas(name, &canvas);
            }
        }),
        Effect::SaveTheme { dark } => set_dark(dark),
        Effect::Picture { chart, picture } => {
            draw_png(picture, move |canvas| match canvas.and_then(|c| c.to_data_url_with_type("image/png").ok()) {
                Some(src) => done(Action::Pictured { chart, src }),
                None => done(Action::NotPictured { chart }),
            })
        }
    }
}

/// The browser's user agent (`navigator.userAgent`), empty if it cannot be read.
pub fn user_agent() -> String {
    window().and_then(|w| w.navigator().user_agent().ok()).unwrap_or_default()
}

/// Opens a `<dialog>` as a modal (focus trapped, Escape closes it), if it is not open.
pub fn show_modal(node: &yew::NodeRef) {
    if let Some(d) = node.cast::<web_sys::HtmlDialogElement>() {
        if !d.open() {
            let _ = d.show_modal();
        }
    }
}

/// Closes a modal `<dialog>` the way Escape does, which gives focus back to where it was and
/// fires its `close` event; `false` if it was not open (or is not a dialog).
pub fn close_dialog(node: &yew::NodeRef) -> bool {
    match node.cast::<web_sys::HtmlDialogElement>() {
        Some(d) if d.open() => {
            d.close();
            true
        }
        _ => false,
    }
}

/// The section or chart the reader is looking at: the section that crosses the reading line,
/// a little below the top bar (else the last that starts above it), and within it the chart
/// that crosses the line, if one does. `None` above the first section. Only that section's
/// charts are measured: the others may not be laid out (`content-visibility`), and measuring
/// them would lay them out.
pub fn anchor_in_view() -> Option<String> {
    let w = window()?;
    let doc = w.document()?;
    let bar = doc.query_selector(".head-bar").ok().flatten().map_or(0.0, |b| b.get_bounding_client_rect().bottom());
    let line = bar.max(0.0) + 0.15 * w.inner_height().ok()?.as_f64()?;
    let crossing = |list: web_sys::NodeList| {
        let (mut crossing, mut above) = (None, None);
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            let r = el.get_bounding_client_rect();
            if r.top() > line {
                break;
            }
            if r.bottom() > line {
                crossing = Some(el.clone());
            }
            above = Some(el);
        }
        (crossing, above)
    };
    let (section, above) = crossing(doc.query_selector_all("section.keyword[id]").ok()?);
    let Some(section) = section else { return above.map(|s| s.id()) };
    let (chart, _) = crossing(section.query_selector_all("figure.chart[id]").ok()?);
    Some(chart.unwrap_or(section).id())
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The site's base path, from `<base href>` (Trunk's public URL), `/` by default.
fn base_path() -> String {
    let doc = window().and_then(|w| w.document());
    doc.and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .filter(|h| h.starts_with('/'))
        .unwrap_or_else(|| "/".to_string())
}

/// The view state of the current location.
pub fn current_view(report: &Report) -> ViewState {
    let loc = window().map(|w| w.location());
    let get = |f: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>| {
        loc.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    let (path, query, hash) =
        (get(web_sys::Location::pathname), get(web_sys::Location::search), get(web_sys::Location::hash));
    url::parse(url::Location { path: &path, query: &query, hash: &hash, base: &base_path() }, report)
}

/// `https://host/base/`: where the site lives, for absolute links and embed code.
pub fn site_url() -> String {
    let origin = window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    format!("{origin}{}", base_path())
}

/// Puts a link (relative to the base) in the address bar as a new history entry.
fn push_href(href: &str) {
    let Some(w) = window() else { return };
    let target = format!("{}{}", base_path(), href.trim_start_matches("./"));
    if let Ok(history) = w.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// Watches elements coming to be read and leaving: `f(element, in_view)`. Only the upper half
/// of the screen counts: an element whose top is still in the lower half is not yet being
/// read. Observe elements with the returned observer; it lives as long as the page.
pub fn observe_read(f: impl Fn(&web_sys::Element, bool) + 'static) -> Option<web_sys::IntersectionObserver> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let entry: web_sys::IntersectionObserverEntry = entry.unchecked_into();
            f(&entry.target(), entry.is_intersecting());
        }
    });
    let init = web_sys::IntersectionObserverInit::new();
    init.set_root_margin("0px 0px -50% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok()?;
    callback.forget();
    Some(observer)
}

/// Calls `f(target)` when `event` reaches `el`, in the capture phase (before any listener
/// inside it). The listener lives as long as the returned value.
pub fn on_capture(
    el: &web_sys::Element,
    event: &'static str,
    f: impl Fn(web_sys::Element) + 'static,
) -> gloo_events::EventListener {
    let options = gloo_events::EventListenerOptions::run_in_capture_phase();
    gloo_events::EventListener::new_with_options(el, event, options, move |e| {
        if let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            f(target);
        }
    })
}

/// Sends a focus event to the element that has focus, if it is `el`.
pub fn refocus(el: &web_sys::Element) {
    let focused = window().and_then(|w| w.document()).and_then(|d| d.active_element());
    if focused.as_ref() == Some(el) {
        if let Ok(event) = web_sys::FocusEvent::new("focus") {
            let _ = el.dispatch_event(&event);
        }
    }
}

/// Runs `f` in a task of its own, after the ones already queued.
pub fn next_task(f: impl FnOnce() + 'static) {
    in_task(Box::new(f))
}

/// Runs `f` in a task of its own once the next frame has begun, so the frame before it (the one
/// showing what the browser did by itself, such as opening a `<details>`) reaches the screen
/// without `f`'s work competing with it.
pub fn after_paint(f: impl FnOnce() + 'static) {
    in_task_after_frame(Box::new(f))
}

// The two below take `f` boxed, so the closure glue wasm-bindgen generates is made once for
// every caller, not once for each closure type (about 270 bytes of gzipped wasm each).

fn in_task_after_frame(f: Box<dyn FnOnce()>) {
    let Some(w) = window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(move || in_task(f));
    let _ = w.request_animation_frame(f.unchecked_ref());
}

fn in_task(f: Box<dyn FnOnce()>) {
    let Some(w) = window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
}

/// Brings a section into view (after the first render, when it exists).
pub fn scroll_to(id: &str) {
    let Some(el) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Calls `f(link)` when the reader follows a link matching `selector` with a plain click, tap
/// or Enter (a click that asks for a new tab or window keeps its meaning); when `f` returns
/// true, the link's own action is cancelled. The listener lives as long as the returned value.
fn on_plain_click(
    selector: &'static str,
    f: impl Fn(&web_sys::Element) -> bool + 'static,
) -> Option<gloo_events::EventListener> {
    let doc = window()?.document()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(&doc, "click", options, move |e| {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let Some(link) = target.and_then(|t| t.closest(selector).ok().flatten()) else { return };
        if let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() {
            if m.ctrl_key() || m.meta_key() || m.shift_key() || m.alt_key() || m.button() != 0 {
                return;
            }
        }
        if f(&link) {
            e.prevent_default();
        }
    }))
}

/// Calls `f(figure id, the link's own id)` when the reader follows a figure's link in prose
/// (`a.ref[data-fig]`); when `f` returns true, the link's own jump is cancelled.
pub fn on_figure_link(f: impl Fn(&str, Option<String>) -> bool + 'static) -> Option<gloo_events::EventListener> {
    on_plain_click("a.ref[data-fig]", move |link| {
        link.get_attribute("data-fig").is_some_and(|fig| f(&fig, Some(link.id()).filter(|i| !i.is_empty())))
    })
}

/// Calls `f(its address, as the page writes it)` when the reader follows the report card's
/// link to the long picture (`a.long-picture`); its download is cancelled.
pub fn on_long_picture_link(f: impl Fn(String) + 'static) -> Option<gloo_events::EventListener> {
    on_plain_click("a.long-picture", move |link| link.get_attribute("href").map(&f).is_some())
}

/// Brings the mark that draws a figure into view and focuses it (its chart wakes, shows the
/// tooltip and the focus ring), after putting `href` (relative to the base) in the address bar
/// as a new entry. The entry left behind is first pointed at `from` (the link's id, relative
/// to the base), so Back returns to the sentence (see `back_to_mention`). False when no chart on
/// the page draws it.
pub fn show_mark(figure: &str, href: &str, from: Option<&str>) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else { return false };
    // Figure ids are slugs (validated), safe inside a CSS string.
    let mark = doc.query_selector(&format!(".hit[data-mark=\"{figure}\"]")).ok().flatten();
    let Some(mark) = mark.and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok()) else { return false };
    if let (Some(from), Some(history)) = (from, window().and_then(|w| w.history().ok())) {
        let target = format!("{}{}", base_path(), from.trim_start_matches("./"));
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
    push_href(href);
    // Ringed while it has focus, as a mark reached by keyboard is (a click's focus is not
    // `:focus-visible`): the highlight is a shape, not only a colour.
    if let Ok(led) = doc.query_selector_all(".hit[data-led]") {
        for i in 0..led.length() {
            if let Some(el) = led.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.remove_attribute("data-led");
            }
        }
    }
    let _ = mark.set_attribute("data-led", "");
    let at = web_sys::ScrollIntoViewOptions::new();
    at.set_block(web_sys::ScrollLogicalPosition::Center);
    mark.scroll_into_view_with_scroll_into_view_options(&at);
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = mark.focus_with_options(&options);
    true
}

/// After a step back in history to a figure's mention in prose (`#ref-…`), brings it into view
/// and focuses it: the reader is back at the sentence, whatever the page's layout did since.
pub fn back_to_mention() {
    let Some(hash) = window().and_then(|w| w.location().hash().ok()) else { return };
    if let Some(id) = hash.strip_prefix("#ref-") {
        scroll_to(&format!("ref-{id}"));
    }
}

/// Calls `f` on back/forward; the listener lives as long as the returned value.
pub fn on_popstate(f: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "popstate", move |_| f()))
}

/// After a panic: the interactive layer is gone, so hide its controls and say so.
pub fn mark_failed() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.remove_attribute("data-ready");
        let _ = root.set_attribute("data-failed", "");
    }
}

/// Marks the page as hydrated and interactive (`<html data-ready>`), for tests and the
/// benchmark to wait on.
pub fn mark_ready() {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Whether the `<details>` a `toggle` event came from is open now.
pub fn toggled_open(e: &web_sys::Event) -> bool {
    e.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open())
}

/// Focuses the `index`-th mark (`.hit`) in the chart layer behind `node`.
pub fn focus_mark(node: &yew::NodeRef, index: u32) {
    let marks = node.cast::<web_sys::Element>().and_then(|el| el.query_selector_all(".hit").ok());
    let child = marks.and_then(|m| m.item(index)).and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    if let Some(el) = child.and_then(|c| c.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
    }
}

/// Calls `f` when Escape is pressed anywhere; the listener lives as long as the returned value.
pub fn on_escape(f: impl Fn() + 'static) -> Option<Listener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "keydown", move |e| {
        if e.dyn_ref::<web_sys::KeyboardEvent>().is_some_and(|k| k.key() == "Escape") {
            f();
        }
    }))
}

const THEME_KEY: &str = "sip-explainer-theme";

fn local_storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Whether the page is dark now: `<html data-theme>` as the page's own script set it before the
/// first paint (an embed's `theme=`, the reader's saved choice, or the host page's message),
/// else the system's preference.
pub fn is_dark() -> bool {
    let set = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|r| r.get_attribute("data-theme"));
    match set.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// Overrides the system theme and remembers the choice on this device.
fn set_dark(dark: bool) {
    let value = if dark { "dark" } else { "light" };
    set_theme_attribute(value);
    if let Some(s) = local_storage() {
        let _ = s.set_item(THEME_KEY, value);
    }
}

fn set_theme_attribute(value: &str) {
    if let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", value);
    }
}

/// Whether the Web Share API is there (phones, mostly).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet for a link; a cancelled share is not an error.
fn share(title: &str, link: &str) {
    let Some(w) = window() else { return };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(link);
    let promise = w.navigator().share_with_data(&data);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Copies text; `done(true)` once it is on the clipboard, `done(false)` if the browser refused.
fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else { return done(false) };
    // `navigator.clipboard` is missing outside secure contexts (a page served over plain HTTP).
    let navigator = w.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !has_clipboard {
        return done(false);
    }
    let promise = navigator.clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Text as a blob of the given type.
fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&js_sys::Array::of1(&text.into()), &options).ok()
}

/// Saves text as a file through a temporary object URL.
fn save(name: &str, mime: &str, text: &str) {
    if let Some(blob) = text_blob(text, mime) {
        save_blob(name, &blob);
    }
}

fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Some(doc) = window().and_then(|w| w.document()) else { return };
    let Ok(href) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Some(a) = doc.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&href);
        a.set_download(name);
        // Opening in this window, whatever the page's <base target> says.
        a.set_target("_self");
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&href);
}

/// Saves what a canvas holds as a PNG file.
fn save_canvas(name: String, canvas: &web_sys::HtmlCanvasElement) {
    let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            save_blob(&name, &blob);
        }
    });
    let _ = canvas.to_blob(done.unchecked_ref());
}

/// Draws a picture (an SVG document) onto a canvas at `scale` times its size, then hands the
/// canvas to `then`, or `None` if the picture cannot be loaded or drawn.
fn draw_png(picture: Picture, then: impl FnOnce(Option<web_sys::HtmlCanvasElement>) + 'static) {
    let Picture { svg, width, height, scale } = picture;
    let doc = window().and_then(|w| w.document());
    let canvas =
        doc.and_then(|d| d.create_element("canvas").ok()).and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
    let src = text_blob(&svg, "image/svg+xml").and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok());
    let (Some(canvas), Some(src), Ok(img)) = (canvas, src, web_sys::HtmlImageElement::new()) else {
        return then(None);
    };
    canvas.set_width((width as f64 * scale).round() as u32);
    canvas.set_height((height as f64 * scale).round() as u32);
    // One of `load` and `error` fires: whichever does takes the answer.
    let then = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let (image, url, on_error, error_url) = (img.clone(), src.clone(), then.clone(), src.clone());
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
        let ctx = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        let drawn = ctx.is_some_and(|ctx| {
            ctx.scale(scale, scale).is_ok() && ctx.draw_image_with_html_image_element(&image, 0.0, 0.0).is_ok()
        });
        if let Some(then) = then.take() {
            then(drawn.then_some(canvas));
        }
    });
    let onerror = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&error_url);
        if let Some(then) = on_error.take() {
            then(None);
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_onerror(Some(onerror.unchecked_ref()));
    img.set_src(&src);
}

/// Loads a page in place of this one (when the app cannot do what a link asks).
fn go_to(href: &str) {
    if let Some(w) = window() {
        let _ = w.location().assign(&format!("{}{}", base_path(), href.trim_start_matches("./")));
    }
}
