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

/// Where a mark's tooltip goes, in chart units: its top edge. Below the mark's box, unless
/// the mark's bottom sits in the lower 40% of the chart; never over the mark.
pub fn tooltip_top(b: &MarkBox, chart_height: u32, tooltip_height: i32) -> i32 {
    let below = b.y + b.h;
    if f64::from(below) > 0.6 * f64::from(chart_height.max(1)) {
        b.y - tooltip_height - 2
    } else {
        below + 2
    }
}
