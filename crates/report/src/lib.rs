//! The report as data: model, loading and validation, derived figures, number formatting.
//!
//! Nothing here knows this particular report: it knows kinds of things (sections, figures,
//! lists, firsts, charts, derivation rules). The figures live in `data/report.toml`.

pub mod article;
pub mod derive;
pub mod format;
#[cfg(feature = "toml")]
pub mod load;
pub mod model;
pub mod prose;
pub mod source;
pub mod validate;

pub use derive::Datum;
pub use model::*;
pub use validate::ReportError;
