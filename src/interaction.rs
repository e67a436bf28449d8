//! How a chart answers the keyboard and where its tooltip goes: pure functions, so the
//! rules are tested natively and the component only wires them to events.

use crate::charts::MarkBox;

/// What a key press on a focused mark does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// Move focus to the mark with this index.
    Focus(usize),
    /// Close the tooltip, keep focus.
    Close,
    /// Not ours: let the browser (or the screen reader) have it.
    Pass,
}

/// Arrow keys step through the marks (wrapping), Home and End jump to the ends, Escape closes.
pub fn on_key(key: &str, current: usize, len: usize) -> KeyAction {
    if len == 0 {
        return KeyAction::Pass;
    }
    let current = current.min(len - 1);
    match key {
        "ArrowRight" | "ArrowDown" => KeyAction::Focus((current + 1) % len),
        "ArrowLeft" | "ArrowUp" => KeyAction::Focus((current + len - 1) % len),
        "Home" => KeyAction::Focus(0),
        "End" => KeyAction::Focus(len - 1),
        "Escape" | "Esc" => KeyAction::Close,
        _ => KeyAction::Pass,
    }
}

/// Where a tooltip sits relative to its chart, in percent of the chart's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Placement {
    /// Its top edge this far down: below the mark.
    Below(f64),
    /// Its bottom edge this far up from the chart's bottom: above the mark.
    Above(f64),
}

/// Below the mark's box, unless the mark sits in the lower part of the chart; never over it.
pub fn place_tooltip(b: &MarkBox, chart_height: u32) -> Placement {
    let h = f64::from(chart_height.max(1));
    let bottom = f64::from(b.y + b.h);
    if bottom / h > 0.6 {
        Placement::Above((h - f64::from(b.y)) / h * 100.0)
    } else {
        Placement::Below(bottom / h * 100.0)
    }
}
