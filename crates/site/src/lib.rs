//! The site's build steps, native only: the finished page around a server render (Trunk's
//! page rewritten with `lol_html`, the deferred loader, the Content-Security-Policy and
//! `_headers`), the head's tags and JSON-LD, and the link-preview image. `cargo xtask dist`
//! calls these; the app's own crate carries none of their dependencies.

pub mod head;
pub mod rewrite;
pub mod social;

pub use head::{description, head, json_ld};
pub use rewrite::{content_security_policy, deferred_loader, headers_file, page};
