//! Prints every figure and derived figure in both languages (a development aid for checking
//! the data against the article: `cargo run --example list_figures`).

use sip_report::{format, Lang};

fn main() {
    let r = sip_explainer::data::report();
    let ids = r.figures.iter().map(|f| &*f.id).chain(r.derived.iter().map(|d| &*d.id));
    for id in ids {
        let d = r.datum(id).expect("validated");
        println!(
            "{:<26} {:<10} {:<16} | {:<28} | {} | {}",
            id,
            d.section,
            format::plain(&d, Lang::Zh),
            format::plain(&d, Lang::En),
            d.period.zh,
            format::tags(&d, Lang::Zh).join(",")
        );
    }
}
