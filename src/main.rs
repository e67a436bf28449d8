//! Mounts the app: hydrates the prerendered page when there is one, renders otherwise.

#[cfg(target_arch = "wasm32")]
fn main() {
    use sip_explainer::components::{app::App, app::AppProps, ReportRef};
    // A panic must not leave a dead page: the prerendered content stays, the controls that
    // need the app are hidden, a notice says so, and the message goes to the console.
    // Through Yew, or its renderer would put its own hook in place of ours.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("sip-explainer: {info}").into());
        sip_explainer::browser::mark_failed();
    }));
    let report = sip_explainer::data::report();
    let initial = sip_explainer::browser::current_view(report);
    let doc = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let Some(root) = doc.get_element_by_id("app") else {
        web_sys::console::error_1(&"sip-explainer: the page has no #app element".into());
        return;
    };
    let initial_embed = initial.embed.is_some();
    let props = AppProps { report: ReportRef(report), initial };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    // `cargo xtask dist` prerenders the full page; `trunk serve` does not. An embed shows
    // less than the prerendered page, so it replaces it rather than hydrating it.
    if initial_embed {
        root.set_inner_html("");
        renderer.render();
    } else if root.child_element_count() > 0 {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run it with `cargo xtask serve`, build it with `cargo xtask dist`.");
}
