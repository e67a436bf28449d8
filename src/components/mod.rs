//! The widgets of the page. They take the report and the language as props and never read
//! the browser themselves; islands read the shared `store`, which `client` wires in.

pub mod chart_frame;
pub mod data_table;
pub mod figure_card;
pub mod figure_list;
pub mod island;
pub mod page;
pub mod report_card;
pub mod section;
pub mod shell;

use sip_report::Report;

/// A shared, immutable report. Compared by address: one report per page.
#[derive(Clone, Copy, Debug)]
pub struct ReportRef(pub &'static Report);

impl PartialEq for ReportRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for ReportRef {
    type Target = Report;
    fn deref(&self) -> &Report {
        self.0
    }
}
