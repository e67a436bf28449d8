//! Charts: from a chart entry of the report to an SVG string drawn with plotters.
//!
//! `kinds` holds one module per chart kind (its model from the data in a language, its marks,
//! its drawing on any plotters backend, its description in words); `mark` and `draw` are what
//! the kinds share; `svg` renders a kind to a string with the accessible wrapper plotters does
//! not write, sized from where the drawing ended.
//! Nothing here touches `web_sys`, so every chart is testable natively as a string, and the
//! wasm draws exactly what the server drew.

pub mod draw;
pub mod kinds;
pub mod mark;
pub mod style;
pub mod svg;

pub use draw::MarkBox;
pub use kinds::{chart_model, ChartModel};
pub use mark::Mark;
pub use svg::{render, render_chart, RenderedChart};
