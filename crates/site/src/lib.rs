//! The site's build steps, native only: the finished page around a server render (Trunk's
//! page rewritten with `lol_html`, the deferred loader, the Content-Security-Policy and
//! `_headers`), the head's tags and JSON-LD, the link-preview image, and what a host needs
//! besides: the nginx server block, the 404 page, precompressed copies of the text files, and the
//! oEmbed responses. `cargo xtask dist`
//! calls these; the app's own crate carries none of their dependencies.

pub mod compress;
pub mod head;
pub mod nginx;
pub mod not_found;
pub mod oembed;
pub mod rewrite;
pub mod social;

pub use head::{description, head, json_ld};
pub use rewrite::{content_security_policy, deferred_loader, headers_file, page, terms_page};
