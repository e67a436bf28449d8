//! A minimal Yew page with one plotters bar chart from JSON data: the benchmark's baseline.

use plotters::prelude::*;
use serde::Deserialize;
use yew::prelude::*;

#[derive(Deserialize)]
struct Bar {
    label: String,
    value: f64,
}

const DATA: &str = r#"[{"label":"a","value":3},{"label":"b","value":5},{"label":"c","value":2}]"#;

fn chart(bars: &[Bar]) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (320, 160)).into_drawing_area();
        for (i, b) in bars.iter().enumerate() {
            let y = 10 + 40 * i as i32;
            let _ = area.draw(&Rectangle::new([(60, y), (60 + (b.value * 40.0) as i32, y + 30)], BLUE.filled()));
            let _ = area.draw(&Text::new(b.label.clone(), (10, y + 10), ("sans-serif", 14)));
        }
    }
    svg
}

#[function_component]
fn App() -> Html {
    let bars: Vec<Bar> = serde_json::from_str(DATA).unwrap_or_default();
    html! {
        <main>
            <h1>{ "Baseline" }</h1>
            { Html::from_html_unchecked(AttrValue::from(chart(&bars))) }
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
