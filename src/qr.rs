//! QR codes of the explainer's links, as SVG: drawn in the wasm from the link (no service, no
//! fetch), with `qrcodegen`. Black modules on white with the standard four-module quiet zone,
//! whatever the page's theme, so a phone's camera reads them in dark mode too.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write as _;

/// The quiet zone around the code, in modules, as the standard asks.
pub const QUIET: i32 = 4;

/// A QR code of `text` as an SVG element `px` CSS pixels square, with an accessible name;
/// `None` if the text is too long for a QR code (a link of ours never is).
pub fn svg(text: &str, px: u32, label: &str) -> Option<String> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let side = n + 2 * QUIET;
    let mut path = String::with_capacity((n * n) as usize * 3);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One run of dark modules on a row, as one rectangle.
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let _ = write!(path, "M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start);
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"{px}\" height=\"{px}\" \
         role=\"img\" aria-label=\"{}\" class=\"qr\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#FFFFFF\"/><path d=\"{path}\" fill=\"#000000\"/></svg>",
        crate::text::escape(label)
    ))
}
