//! Charts: from a chart entry of the report to an SVG string drawn with plotters.
//!
//! `model` turns the data into marks in a language; one file per chart kind draws them on
//! any plotters backend; `svg` adds the accessible wrapper plotters does not write.
//! Nothing here touches `web_sys`, so every chart is testable natively as a string, and the
//! wasm draws exactly what the server drew.

pub mod bars;
pub mod describe;
pub mod draw;
pub mod model;
pub mod share;
pub mod steps;
pub mod style;
pub mod svg;

pub use describe::describe;
pub use draw::MarkBox;
pub use model::{chart_model, ChartModel, Mark};
pub use svg::{render, render_chart, RenderedChart};
