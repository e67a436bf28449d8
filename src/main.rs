//! Mounts the app: hydrates the prerendered page when there is one, renders otherwise.

#[cfg(target_arch = "wasm32")]
fn main() {
    use sip_explainer::components::{app::App, app::AppProps, ReportRef};
    let report = sip_explainer::data::report();
    let initial = sip_explainer::browser::current_view(report);
    let doc = web_sys::window().and_then(|w| w.document()).expect("a browser document");
    let Some(root) = doc.get_element_by_id("app") else {
        web_sys::console::error_1(&"sip-explainer: the page has no #app element".into());
        return;
    };
    let props = AppProps { report: ReportRef(report), initial };
    let renderer = yew::Renderer::<App>::with_root_and_props(root.clone(), props);
    // `cargo xtask dist` prerenders the page; `trunk serve` does not.
    if root.child_element_count() > 0 {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run it with `cargo xtask serve`, build it with `cargo xtask dist`.");
}
