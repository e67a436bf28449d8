//! The widgets of the page. They take the report and the language (and the shell, where
//! they have controls) and never read the browser themselves; islands read the shared
//! `store`, which `client` wires in. Only what keeps state is a component (`Page`, `Island`,
//! `ChartFrame`): the rest are plain functions returning `Html`, since each component type
//! costs the wasm its own lifecycle and hydration code.

pub mod changes;
pub mod data_table;
pub mod evidence;
pub mod figure_card;
pub mod figure_list;
pub mod glossary;
pub mod island;
pub mod islands;
pub mod overlay;
pub mod page;
pub mod prose;
pub mod qr_menu;
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
