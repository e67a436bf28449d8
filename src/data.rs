//! The report, built into the app as a `static` by `build.rs` (validated there).

// The generated code names `alloc::borrow::Cow`.
extern crate alloc;

include!(concat!(env!("OUT_DIR"), "/report.rs"));

/// The report this app explains.
pub fn report() -> &'static sip_report::Report {
    &REPORT
}
