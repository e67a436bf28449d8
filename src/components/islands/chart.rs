//! A chart in its frame: the contents of its `<figure>` (the island's root, which the section
//! writes): caption, the plotters picture, a layer of
//! focusable marks with a tooltip over it, the source line and the data table.
//!
//! The picture is drawn by `charts::render_chart` wherever the frame renders: on the server
//! for the prerendered page, and in the browser, where hydration keeps the server's nodes
//! (the same function of the same data gives the same string). It is an image to assistive
//! technology (name and generated description); the marks layer is where each data mark is
//! named, once. The layer is an SVG with the same viewBox, so marks and tooltip are placed
//! by attributes, never by inline styles.

use crate::charts::{chart_model, render_chart, Mark, MarkBox};
use crate::components::data_table::data_table;
use crate::components::overlay::Overlay;
use crate::components::qr_menu::qr_menu;
use crate::components::shell::Shell;
use crate::components::ReportRef;
use crate::i18n::ui;
use crate::interaction::{on_key, tooltip_top, KeyAction};
use crate::state::{Action, Format};
use crate::text::wrap;
use sip_report::{format, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    pub report: ReportRef,
    pub chart: AttrValue,
    pub lang: Lang,
    /// The island's shell: the view state the frame shows and the actions it sends.
    pub shell: Shell,
}

/// Which mark is active and whether its tooltip shows.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Pointer {
    active: usize,
    shown: bool,
}

#[function_component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let report = props.report;
    let lang = props.lang;
    let drawn = use_memo((props.chart.clone(), lang, report), |(id, lang, report)| {
        let chart = report.charts.iter().find(|c| c.id == id.as_str())?;
        let model = chart_model(report, chart, *lang)?;
        let rendered = render_chart(report, chart, *lang)?;
        let svg = Html::from_html_unchecked(AttrValue::from(rendered.svg.clone()));
        Some((model, rendered, svg))
    });
    let pointer = use_state_eq(Pointer::default);
    let layer = use_node_ref();
    let shell = &props.shell;

    {
        // Escape closes a tooltip opened by hovering, wherever focus is.
        let pointer = pointer.clone();
        use_effect_with(pointer.shown, move |shown| {
            let listener =
                shown.then(|| crate::browser::on_escape(move || pointer.set(Pointer { shown: false, ..*pointer })));
            move || drop(listener)
        });
    }

    let (Some(chart), Some((model, drawn, picture))) =
        (report.charts.iter().find(|c| c.id == props.chart.as_str()), drawn.as_ref())
    else {
        return html! {};
    };
    let t = ui(lang);
    let section = report.section(&chart.section).map(|s| s.ordinal.get(lang)).unwrap_or_default();
    let marks = model.marks();
    let has_derived = model.has_derived();
    let n = marks.len();
    let view_box = format!("0 0 {} {}", drawn.width, drawn.height);
    let mut source_line = format!("{}{}", t.source_prefix, section);
    if has_derived {
        source_line.push_str(&format!(" · {}{}{}", t.derived, t.colon, t.derived_note));
    }
    let anchor = format!("chart-{}", chart.id);
    let act = |a: Action| shell.act.reform(move |_: MouseEvent| a.clone());
    let table_open = shell.view.table.as_deref() == Some(&*chart.id);
    // The browser opens and closes the table at once; the state (the URL keeps the open
    // table) hears of it once that frame is on screen, so the re-render and the history entry
    // do not hold it up. The table is read then, and the state asks for nothing when it
    // already agrees (as when this render opened or closed it), so two quick toggles, or a
    // toggle and a step back in history, end where the reader left them.
    let on_toggle = {
        let act = shell.act.clone();
        let chart = chart.id.clone();
        Callback::from(move |e: Event| {
            let (act, chart) = (act.clone(), chart.clone());
            crate::browser::after_paint(move || {
                act.emit(Action::Table { chart: chart.to_string(), open: crate::browser::toggled_open(&e) });
            });
        })
    };

    let hits: Vec<Html> = marks.iter().zip(&drawn.boxes).enumerate().map(|(i, (m, b))| {
        let show = Pointer { active: i, shown: true };
        let onkeydown = {
            let pointer = pointer.clone();
            let layer = layer.clone();
            Callback::from(move |e: KeyboardEvent| match on_key(&e.key(), i, n) {
                KeyAction::Focus(j) => {
                    e.prevent_default();
                    crate::browser::focus_mark(&layer, j as u32);
                    pointer.set(Pointer { active: j, shown: true });
                }
                KeyAction::Close => pointer.set(Pointer { shown: false, ..*pointer }),
                KeyAction::Pass => {}
            })
        };
        html! {
            <rect class="hit" x={b.x.to_string()} y={b.y.to_string()} width={b.w.to_string()} height={b.h.to_string()}
                role="button" aria-label={mark_name(report, m, i, n, lang)}
                // Read by a figure link in prose, which brings this mark into view.
                data-mark={(!m.id.is_empty()).then(|| m.id.clone())}
                tabindex={if i == pointer.active { "0" } else { "-1" }}
                onmouseenter={set(&pointer, show)} onfocus={set(&pointer, show)} onclick={set(&pointer, show)}
                onblur={close(&pointer)} {onkeydown} />
        }
    }).collect();
    let onmouseleave = close(&pointer);
    // The tooltip group is always there, hidden or not: inserting and removing nodes next to
    // the focused mark would disturb focus.
    let tooltip = marks
        .get(pointer.active)
        .zip(drawn.boxes.get(pointer.active))
        .map(|(m, b)| tooltip_svg(report, m, b, drawn.height, lang, pointer.shown));

    html! {
        <>
            <figcaption class="chart-title">{ chart.title.get(lang) }</figcaption>
            <div class="chart-body">
                { picture.clone() }
                <svg class="chart-hit" viewBox={view_box} role="group" ref={layer}
                    aria-label={format!("{}{}{}", t.data_points, t.colon, chart.title.get(lang))} {onmouseleave}>
                    { for hits }
                    { for tooltip }
                </svg>
            </div>
            // One text each (adjacent texts reach the browser as one node, which hydration
            // would have to split and write again).
            <p class="chart-source">{ source_line }</p>
            <div class="tools needs-js" role="group" aria-label={t.chart_tools}>
                <button type="button" onclick={act(Action::CopyLink(anchor.clone()))}>{ t.copy_link }</button>
                { for Format::ALL.into_iter().map(|format| html! {
                    <button type="button" onclick={act(Action::Download { chart: chart.id.to_string(), format })}
                        aria-label={format!("{} {}", t.download, format.label())}>
                        { format!("↓ {}", format.label()) }
                    </button>
                }) }
                { qr_menu(shell.site.is_some().then(|| shell.link(&anchor)).as_deref(), lang) }
                <span class="notice" role="status">{ shell.notice_for(&anchor).unwrap_or_default() }</span>
            </div>
            if let Some(o) = &shell.overlay { <Overlay overlay={o.clone()} {lang} act={shell.act.clone()} /> }
            <details class="chart-table" open={table_open} ontoggle={on_toggle}>
                <summary>{ t.data_table }</summary>
                <div class="table-scroll">{ data_table(report, &chart.id, lang) }</div>
            </details>
        </>
    }
}

/// A callback, for any event, that sets the pointer state.
fn set<E: 'static>(pointer: &UseStateHandle<Pointer>, to: Pointer) -> Callback<E> {
    let pointer = pointer.clone();
    Callback::from(move |_| pointer.set(to))
}

/// A callback, for any event, that closes the tooltip and keeps the active mark.
fn close<E: 'static>(pointer: &UseStateHandle<Pointer>) -> Callback<E> {
    let pointer = pointer.clone();
    Callback::from(move |_| pointer.set(Pointer { shown: false, ..*pointer }))
}

/// The accessible name of a mark: everything its tooltip says, in one line.
fn mark_name(report: ReportRef, m: &Mark, i: usize, n: usize, lang: Lang) -> String {
    tooltip_lines(report, m, lang)
        .into_iter()
        .chain([position(i, n, lang)])
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(ui(lang).list_sep)
}

fn position(i: usize, n: usize, lang: Lang) -> String {
    crate::text::fill(ui(lang).position, &[("i", &(i + 1).to_string()), ("n", &n.to_string())])
}

/// What a tooltip says: label; value with qualifier; period, tags and source.
pub fn tooltip_lines(report: ReportRef, m: &Mark, lang: Lang) -> Vec<String> {
    let t = ui(lang);
    let mut meta: Vec<String> = Vec::new();
    if !m.period.is_empty() {
        meta.push(m.period.clone());
    }
    if let Some(d) = report.datum(&m.id) {
        // A derived mark says so in its source line (how it is worked out), not as a tag.
        meta.extend(format::tags_except(&d, lang, Some(format::Tag::Derived)).into_iter().map(str::to_string));
    }
    // A derived mark's source says how it is calculated, and from where.
    if m.derived {
        meta.push(m.source.clone());
    } else {
        meta.push(format!("{}{}", t.source_prefix, m.source));
    }
    vec![m.label.clone(), m.display.clone(), meta.join(" · ")]
}

const TIP_PAD: i32 = 8;
const TIP_LINE: i32 = 19;

/// The tooltip, drawn in the marks layer: never over its mark, always inside the chart's width.
fn tooltip_svg(report: ReportRef, m: &Mark, b: &MarkBox, chart_height: u32, lang: Lang, shown: bool) -> Html {
    let width = crate::charts::style::WIDTH as i32 - 2;
    let lines: Vec<(String, &'static str)> = tooltip_lines(report, m, lang)
        .into_iter()
        .zip(["label", "value", "meta"])
        .filter(|(s, _)| !s.is_empty())
        .flat_map(|(s, kind)| wrap(&s, width - 2 * TIP_PAD, 18.0).into_iter().map(move |l| (l, kind)))
        .collect();
    let height = lines.len() as i32 * TIP_LINE + 2 * TIP_PAD;
    let top = tooltip_top(b, chart_height, height);
    html! {
        <g class="tip" aria-hidden="true" visibility={if shown { "visible" } else { "hidden" }}>
            <rect class="tip-box" x="1" y={top.to_string()} width={width.to_string()} height={height.to_string()} rx="4" />
            { for lines.iter().enumerate().map(|(i, (line, kind))| html! {
                <text data-line={*kind} x={(1 + TIP_PAD).to_string()} y={(top + TIP_PAD + TIP_LINE * i as i32 + 14).to_string()}>{ line }</text>
            }) }
        </g>
    }
}
