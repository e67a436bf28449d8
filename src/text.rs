//! Text helpers the whole crate shares, for any language: escaping for XML and HTML, line
//! wrapping by estimated width (charts, posters, QR captions, tooltips), and dates in words.

use sip_report::Lang;

/// Escapes text for an XML attribute or text node.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A rough text width in chart units: CJK characters are square, Latin about half.
pub fn text_width(s: &str, size: f64) -> i32 {
    let px = size / 1.24;
    let em: f64 = s.chars().map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.56 }).sum();
    (em * px).ceil() as i32
}

/// Splits text into lines no wider than `max`: between words in English, between
/// characters in Chinese, where no line starts with closing punctuation (》, ,, 。).
pub fn wrap(s: &str, max: i32, size: f64) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    for c in s.chars() {
        let cjk = (c as u32) >= 0x2E80;
        let closing = "》」』)、,。:;!?”’".contains(c);
        match tokens.last_mut() {
            Some(t) if closing => t.push(c),
            Some(t) if !cjk && !t.ends_with(' ') && t.chars().last().is_none_or(|l| (l as u32) < 0x2E80) => t.push(c),
            _ => tokens.push(c.to_string()),
        }
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for t in tokens {
        let candidate = format!("{line}{t}");
        if !line.is_empty() && text_width(candidate.trim_end(), size) > max {
            lines.push(line.trim_end().to_string());
            line = t.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// "2023-05" → "2023年5月" / "May 2023"; empty stays empty.
pub fn month(date: &str, lang: Lang) -> String {
    let t = crate::i18n::ui(lang);
    let Some((y, m)) = date.split_once('-') else {
        return String::new();
    };
    let name = m.parse::<usize>().ok().and_then(|m| t.months.get(m.wrapping_sub(1)));
    name.map_or_else(String::new, |month| fill(t.month_year, &[("y", y), ("month", month)]))
}

/// "2026-12-04" → "2026年12月4日" / "4 December 2026"; anything else as it is.
pub fn day(date: &str, lang: Lang) -> String {
    let t = crate::i18n::ui(lang);
    let mut parts = date.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return date.to_string() };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else { return date.to_string() };
    let Some(month) = t.months.get(m.wrapping_sub(1)) else { return date.to_string() };
    fill(t.day_month_year, &[("y", y), ("m", &m.to_string()), ("month", month), ("d", &d.to_string())])
}

/// "2023-09" → "2023年9月" / "September 2023"; "2023" → "2023年" / "2023".
pub fn date_text(date: &str, lang: Lang) -> String {
    match date.len() {
        4 => fill(crate::i18n::ui(lang).year, &[("y", date)]),
        _ => month(date, lang),
    }
}

/// A template with `{name}` placeholders, filled in one pass (a value is never read as a
/// placeholder); an unknown name is left as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').map(|close| (&after[..close], close)) {
            Some((name, close)) if values.iter().any(|(n, _)| *n == name) => {
                out.push_str(values.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v));
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
