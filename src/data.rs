//! The report embedded at build time (validated by `build.rs`), decoded once.

use sip_report::Report;
use std::sync::OnceLock;

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/report.postcard"));

/// The report this app explains.
pub fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| postcard::from_bytes(BYTES).expect("build.rs wrote a valid report"))
}
