//! Plain-language descriptions of charts, generated from the data in the active language:
//! what kind of chart, what it compares, the largest and smallest values, any reference or
//! target, and what is derived.

use super::model::{ChartModel, Mark};
use crate::i18n::ui;
use sip_report::{Bound, Lang};

/// Describes a chart model in a language.
pub fn describe(model: &ChartModel, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let t = ui(lang);
    let join = |parts: Vec<String>| parts.join(if zh { ";" } else { "; " });
    let item = |m: &Mark| if zh { format!("{}{}", m.label, m.display) } else { format!("{}: {}", m.label, m.display) };
    let over_note = |marks: &[&Mark]| -> String {
        match (marks.iter().any(|m| m.bound == Bound::Over), zh) {
            (false, _) => String::new(),
            (true, true) => "带箭头的条形是下限(原文为“超”),实际值更大。".into(),
            (true, false) => " Bars ending in an arrow are lower bounds (“over”): the true value is larger.".into(),
        }
    };
    match model {
        ChartModel::Bars { marks, log } => {
            let refs: Vec<&Mark> = marks.iter().collect();
            let max = marks.iter().max_by(|a, b| a.value.total_cmp(&b.value));
            let min = marks.iter().min_by(|a, b| a.value.total_cmp(&b.value));
            let (Some(max), Some(min)) = (max, min) else { return String::new() };
            let scale = match (log, zh) {
                (true, true) => "对数刻度",
                (true, false) => "on a log scale",
                (false, true) => "线性刻度",
                (false, false) => "on a linear scale",
            };
            if zh {
                format!(
                    "横向条形图,{scale},比较{}项数字:{}。最大的是{}({}),最小的是{}({})。{}",
                    marks.len(),
                    join(marks.iter().map(item).collect()),
                    max.label,
                    max.display,
                    min.label,
                    min.display,
                    over_note(&refs)
                )
            } else {
                format!(
                    "Horizontal bar chart {scale} comparing {} figures: {}. Largest: {}, {}. Smallest: {}, {}.{}",
                    marks.len(),
                    join(marks.iter().map(item).collect()),
                    max.label,
                    max.display,
                    min.label,
                    min.display,
                    over_note(&refs)
                )
            }
        }
        ChartModel::Growth { pairs } => {
            let parts: Vec<String> = pairs
                .iter()
                .map(|(before, now, change)| {
                    if zh {
                        format!(
                            "{}:{}{}({}),{}{}({})",
                            now.label, before.period, before.display, t.derived, now.period, now.display, change
                        )
                    } else {
                        format!(
                            "{}: {} in {} ({}), {} in {} ({})",
                            now.label, before.display, before.period, t.derived, now.display, now.period, change
                        )
                    }
                })
                .collect();
            if zh {
                format!("条形图,比较前一年与当年:{}。前一年的数字由原文的增长率推算,用斜线条表示。", join(parts))
            } else {
                format!(
                    "Bar chart comparing the previous year with the latest: {}. The earlier values are derived from the growth the article reports and drawn hatched.",
                    join(parts)
                )
            }
        }
        ChartModel::Threshold { value, mark } => {
            let diff = sip_report::format::decimal((value.value - mark.value).abs(), 2);
            let above = value.value >= mark.value;
            if zh {
                format!(
                    "条形图,{}为{},参考线“{}”。比参考线{}{}个百分点(推算)。",
                    value.label,
                    value.display,
                    mark.label,
                    if above { "高出" } else { "低" },
                    diff
                )
            } else {
                format!(
                    "Bar chart: {} is {}, against a reference line at {} ({}). That is {} percentage points {} it (derived).",
                    value.label,
                    value.display,
                    mark.display,
                    mark.label,
                    diff,
                    if above { "above" } else { "below" }
                )
            }
        }
        ChartModel::Progress { value, target, progress } => {
            if zh {
                format!(
                    "进度条:{}为{},目标是{}({})。已完成约{}(推算)。",
                    value.label, value.display, target.display, target.period, progress
                )
            } else {
                format!(
                    "Progress bar: {} stands at {}; the target is {} ({}). About {} of the way (derived).",
                    value.label, value.display, target.display, target.period, progress
                )
            }
        }
        ChartModel::Share { part, whole, share } => {
            let bounds = part.bound == Bound::Over || whole.bound == Bound::Over;
            if zh {
                format!(
                    "部分与整体:{}{},在{}{}中约占{}(推算)。{}",
                    part.label,
                    part.display,
                    whole.label,
                    whole.display,
                    share,
                    if bounds { "两个数字都是下限,比例只是近似。" } else { "" }
                )
            } else {
                format!(
                    "Part of a whole: {}, {}, is about {} (derived) of {}, {}.{}",
                    part.label,
                    part.display,
                    share,
                    whole.label,
                    whole.display,
                    if bounds { " Both figures are lower bounds, so the share is only indicative." } else { "" }
                )
            }
        }
        ChartModel::Steps { marks } => {
            let steps: Vec<String> = marks.iter().enumerate().map(|(i, m)| format!("{}. {}", i + 1, m.label)).collect();
            if zh {
                format!("编号列表,共{}项:{}。", marks.len(), join(steps))
            } else {
                format!("A numbered list of {} items: {}.", marks.len(), join(steps))
            }
        }
        ChartModel::Timeline { marks } => {
            let dated: Vec<String> = marks
                .iter()
                .filter(|m| !m.period.is_empty())
                .map(|m| if zh { format!("{}:{}", m.period, m.label) } else { format!("{}: {}", m.period, m.label) })
                .collect();
            let undated: Vec<&str> = marks.iter().filter(|m| m.period.is_empty()).map(|m| m.label.as_str()).collect();
            let sep = if zh { "、" } else { ", " };
            if zh {
                format!("时间线,{}项首创。{}。原文未注明日期的:{}。", marks.len(), join(dated), undated.join(sep))
            } else {
                format!(
                    "Timeline of {} firsts. {}. Without a date in the article: {}.",
                    marks.len(),
                    join(dated),
                    undated.join(sep)
                )
            }
        }
    }
}
