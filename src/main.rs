//! Starts the app in the browser (see `client`): hydrates the prerendered page island by
//! island, or renders it when there is none.

#[cfg(target_arch = "wasm32")]
fn main() {
    // A panic must not leave a dead page: the prerendered content stays, the controls that
    // need the app are hidden, a notice says so, and the message goes to the console.
    // Through Yew, or its renderer would put its own hook in place of ours.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("sip-explainer: {info}").into());
        sip_explainer::browser::mark_failed();
    }));
    sip_explainer::client::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: run it with `cargo xtask serve`, build it with `cargo xtask dist`.");
}
