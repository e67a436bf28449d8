//! Sizes and colours shared by every chart kind.
//!
//! Charts are drawn 300 units wide and fill their frame (one column on a phone, two from a
//! tablet up), so their text stays between about 13 and 16 CSS px from 320 px to a desktop.
//!
//! These are the light theme's colours as plotters writes them (`fill="#1F5F99"`);
//! `static/style.css` maps each one to a theme variable by attribute selector, so the
//! charts follow dark mode without a second drawing. Keep `PALETTE` and the CSS in step
//! (a test checks). Colours meet 3:1 against white for marks and 4.5:1 for text.

use plotters::style::RGBColor;

pub const WIDTH: u32 = 300;
/// Font size as plotters takes it (the SVG backend writes size / 1.24).
pub const FONT: f64 = 20.0;
pub const FONT_SMALL: f64 = 18.0;
/// Height of one line of small text.
pub const LINE: i32 = 19;
pub const FAMILY: plotters::style::FontFamily<'static> = plotters::style::FontFamily::SansSerif;

/// Reported values.
pub const INK_MARK: RGBColor = RGBColor(0x1f, 0x5f, 0x99);
/// The whole a part sits in, a target track.
pub const INK_TRACK: RGBColor = RGBColor(0x6f, 0x8f, 0xb3);
/// Reference lines (a threshold).
pub const INK_REFERENCE: RGBColor = RGBColor(0xb3, 0x26, 0x1e);
pub const INK_TEXT: RGBColor = RGBColor(0x1a, 0x1a, 0x1a);
pub const INK_MUTED: RGBColor = RGBColor(0x55, 0x5f, 0x6b);
pub const INK_GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe1);

/// Every colour the charts use, with the CSS variable that themes it.
pub const PALETTE: [(RGBColor, &str); 7] = [
    (INK_MARK, "--c-mark"),
    (INK_TRACK, "--c-track"),
    (INK_REFERENCE, "--c-ref"),
    (INK_TEXT, "--c-text"),
    (INK_MUTED, "--c-muted"),
    (INK_GRID, "--c-grid"),
    (plotters::style::colors::WHITE, "--paper"),
];

/// A colour as plotters' SVG backend writes it.
pub fn svg_hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}
