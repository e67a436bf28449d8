//! The state's reducer (each action's next state and effects), and the store that holds the
//! state, re-renders the islands and hands the effects to the browser (here its stand-in).

use sip_explainer::browser::carried_out;
use sip_explainer::i18n::ui;
use sip_explainer::state::{reduce, Action, Body, Copied, Effect, File, Format, State, CITE_ANCHOR};
use sip_explainer::store;
use sip_explainer::url::{Embed, Theme, ViewState};
use sip_report::{Lang, Report};
use std::cell::Cell;
use std::rc::Rc;
use yew::Callback;

fn report() -> &'static Report {
    sip_explainer::data::report()
}

fn state(lang: Lang) -> State {
    State {
        view: ViewState { lang, ..ViewState::default() },
        site: Some("https://example.org/sip/".into()),
        ..State::default()
    }
}

fn counter() -> (Rc<Cell<u32>>, Callback<()>) {
    let n = Rc::new(Cell::new(0));
    let m = n.clone();
    (n, Callback::from(move |_| m.set(m.get() + 1)))
}

#[test]
fn copy_link_copies_the_absolute_link_in_the_pages_language() {
    let (next, effects) = reduce(report(), &state(Lang::En), Action::CopyLink("k3".into()));
    assert_eq!(next, state(Lang::En), "nothing changes until the copy is done");
    assert_eq!(
        effects,
        vec![Effect::Copy { text: "https://example.org/sip/en/#k3".into(), anchor: "k3".into(), what: Copied::Link }]
    );
    let (_, effects) = reduce(report(), &state(Lang::Zh), Action::CopyLink("chart-talent-firms".into()));
    assert!(
        matches!(&effects[..], [Effect::Copy { text, .. }] if text == "https://example.org/sip/#chart-talent-firms")
    );
}

#[test]
fn a_copy_is_confirmed_or_reported_failed_next_to_its_control() {
    let t = ui(Lang::Zh);
    for (what, ok, text) in [
        (Copied::Link, true, t.link_copied),
        (Copied::Code, true, t.code_copied),
        (Copied::Citation, true, t.citation_copied),
        (Copied::Link, false, t.copy_failed),
    ] {
        let (next, effects) = reduce(report(), &state(Lang::Zh), Action::CopyDone { anchor: "k2".into(), what, ok });
        assert_eq!(next.notice_for("k2"), Some(text));
        assert_eq!(next.notice_for("k3"), None, "only next to the control that asked");
        assert!(effects.is_empty());
    }
    let (_, effects) = reduce(report(), &state(Lang::En), Action::CopyCitation("A citation".into()));
    assert_eq!(
        effects,
        vec![Effect::Copy { text: "A citation".into(), anchor: CITE_ANCHOR.into(), what: Copied::Citation }]
    );
    let (_, effects) =
        reduce(report(), &state(Lang::En), Action::CopyEmbed { anchor: "k4".into(), code: "<iframe>".into() });
    assert_eq!(effects, vec![Effect::Copy { text: "<iframe>".into(), anchor: "k4".into(), what: Copied::Code }]);
}

#[test]
fn a_table_lives_in_the_address_and_an_unknown_chart_changes_nothing() {
    let (next, effects) =
        reduce(report(), &state(Lang::En), Action::Table { chart: "talent-firms".into(), open: true });
    assert_eq!(next.view.table.as_deref(), Some("talent-firms"));
    assert_eq!(next.view.anchor.as_deref(), Some("chart-talent-firms"));
    assert_eq!(effects, vec![Effect::PushHistory("en/?table=talent-firms#chart-talent-firms".into())]);
    let (closed, effects) = reduce(report(), &next, Action::Table { chart: "talent-firms".into(), open: false });
    assert_eq!(closed.view.table, None);
    assert_eq!(effects, vec![Effect::PushHistory("en/#chart-talent-firms".into())]);
    // What the state already says asks for nothing: no second history entry.
    assert_eq!(
        reduce(report(), &next, Action::Table { chart: "talent-firms".into(), open: true }),
        (next.clone(), Vec::new())
    );
    assert_eq!(
        reduce(report(), &closed, Action::Table { chart: "rd-intensity".into(), open: false }),
        (closed.clone(), Vec::new())
    );
    for action in [
        Action::Table { chart: "<script>".into(), open: true },
        Action::Download { chart: "nope".into(), format: Format::Csv },
    ] {
        assert_eq!(reduce(report(), &state(Lang::Zh), action), (state(Lang::Zh), Vec::new()));
    }
}

#[test]
fn the_language_switch_opens_the_other_page_at_the_place_in_view() {
    let mut s = state(Lang::Zh);
    s.view.table = Some("talent-firms".into());
    s.view.anchor = Some("k1".into());
    // The place in view wins over the one the address names; the open table goes along.
    let (next, effects) = reduce(report(), &s, Action::SwitchLang { in_view: Some("chart-talent-firms".into()) });
    assert_eq!(next, s, "this page stays as it is: the other one is loaded");
    assert_eq!(effects, vec![Effect::Navigate("en/?table=talent-firms#chart-talent-firms".into())]);
    // Nothing in view (the top of the page): the address's place.
    let (_, effects) = reduce(report(), &s, Action::SwitchLang { in_view: None });
    assert_eq!(effects, vec![Effect::Navigate("en/?table=talent-firms#k1".into())]);
    // An embed stays an embed of the same section, with the theme its address asked for.
    let mut e = state(Lang::En);
    e.view.embed = Some(Embed::Section("k3".into()));
    e.view.theme = Theme::Dark;
    let (_, effects) = reduce(report(), &e, Action::SwitchLang { in_view: None });
    assert_eq!(effects, vec![Effect::Navigate("embed/k3/?theme=dark".into())]);
}

#[test]
fn theme_share_download_and_history() {
    let (dark, effects) = reduce(report(), &state(Lang::Zh), Action::ToggleTheme);
    assert_eq!((dark.dark, effects), (Some(true), vec![Effect::SaveTheme { dark: true }]));
    let (light, effects) = reduce(report(), &dark, Action::ToggleTheme);
    assert_eq!((light.dark, effects), (Some(false), vec![Effect::SaveTheme { dark: false }]));

    let (_, effects) = reduce(report(), &state(Lang::En), Action::Share("k5".into()));
    assert_eq!(
        effects,
        vec![Effect::Share {
            title: report().meta.title.get(Lang::En).to_string(),
            url: "https://example.org/sip/en/#k5".into()
        }]
    );

    let (next, effects) =
        reduce(report(), &state(Lang::En), Action::Download { chart: "ip-financing".into(), format: Format::Png });
    assert_eq!(next.notice_for("chart-ip-financing"), Some(ui(Lang::En).downloaded));
    let [Effect::Save(File { name, body: Body::Png(picture) })] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(name, "sip-2023-k4-ip-financing-en.png");
    assert_eq!((picture.width, picture.scale), (324, 2.0), "the chart alone, 12 px of margin, drawn at 2x");
    assert!(picture.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{}", picture.svg);
    assert!(picture.svg.contains("IP-backed lending"), "the English title: {}", picture.svg);

    // Back within the page: its view, and no stale notice. An entry in the other language
    // is the other page.
    let moved = ViewState { lang: Lang::En, anchor: Some("k2".into()), ..ViewState::default() };
    let (next, effects) = reduce(report(), &next, Action::Moved(moved.clone()));
    assert_eq!((next.view, next.notice, effects), (moved, None, Vec::new()));
    let other = ViewState { lang: Lang::Zh, anchor: Some("k2".into()), ..ViewState::default() };
    let (_, effects) = reduce(report(), &state(Lang::En), Action::Moved(other));
    assert_eq!(effects, vec![Effect::Navigate("./#k2".into())]);
}

#[test]
fn the_store_reduces_re_renders_and_hands_effects_to_the_browser() {
    // Before the browser starts it, nothing is stored and nothing happens.
    store::dispatch(Action::ToggleTheme);
    assert!(store::get().is_none());
    assert!(carried_out().is_empty());

    store::init(state(Lang::En));
    let shared = store::get().unwrap();
    assert!(Rc::ptr_eq(&shared, &store::get().unwrap()), "the state is shared, not copied, until it changes");
    store::dispatch(Action::CloseOverlay);
    assert!(Rc::ptr_eq(&shared, &store::get().unwrap()), "an action that changes nothing keeps it");
    let act = store::act_callback();
    assert_eq!(act, store::act_callback(), "one callback for the life of the page");
    let (k1, cb1) = counter();
    let (k2, cb2) = counter();
    let sub1 = store::subscribe(cb1);
    let _sub2 = store::subscribe(cb2);

    // Copy link on k3: the browser is asked to copy the English link, and its answer comes
    // back as a notice, which re-renders the islands once.
    act.emit(Action::CopyLink("k3".into()));
    assert_eq!(
        carried_out(),
        vec![Effect::Copy { text: "https://example.org/sip/en/#k3".into(), anchor: "k3".into(), what: Copied::Link }]
    );
    assert_eq!(store::get().unwrap().notice_for("k3"), Some(ui(Lang::En).link_copied));
    assert_eq!((k1.get(), k2.get()), (1, 1));

    // An action that changes nothing re-renders nothing.
    store::dispatch(Action::Table { chart: "nope".into(), open: true });
    assert_eq!((k1.get(), k2.get()), (1, 1));

    drop(sub1);
    store::dispatch(Action::ToggleTheme);
    assert_eq!((k1.get(), k2.get()), (1, 2), "a dropped subscription hears nothing");
    assert_eq!(carried_out(), vec![Effect::SaveTheme { dark: true }]);
}

#[test]
fn each_island_sees_only_what_it_shows() {
    use sip_explainer::components::island::Part;
    use sip_explainer::state::Notice;
    let mut s = state(Lang::En);
    s.view.table = Some("talent-firms".into());
    s.view.anchor = Some("k5".into());
    s.dark = Some(true);
    s.notice = Some(Notice { anchor: "chart-talent-firms".into(), text: "Downloaded" });
    let chart = Part::Chart("talent-firms".into());
    let other = Part::Chart("ip-financing".into());
    assert_eq!(chart.view_of(&s).view.table.as_deref(), Some("talent-firms"));
    assert_eq!(chart.view_of(&s).notice_for("chart-talent-firms"), Some("Downloaded"));
    // Another chart's table, notice, the theme and the address's anchor change nothing here.
    assert_eq!(other.view_of(&s), other.view_of(&state(Lang::En)));
    assert_eq!(Part::Head.view_of(&s).dark, Some(true));
    assert_eq!(Part::Head.view_of(&s).site, None);
    assert_eq!(Part::Tools("k5".into()).view_of(&s).site.as_deref(), Some("https://example.org/sip/"));
    assert_eq!(Part::Cite.view_of(&s).notice, None);
}

#[test]
fn in_an_in_app_browser_a_download_becomes_a_picture_or_text_on_screen() {
    use sip_explainer::inapp::InApp;
    use sip_explainer::state::{Overlay, Shown};
    let mut s = state(Lang::Zh);
    s.inapp = Some(InApp::WeChat);
    // PNG: no download; the browser is asked to draw the picture, shown once drawn.
    let (next, effects) = reduce(report(), &s, Action::Download { chart: "ip-financing".into(), format: Format::Png });
    let [Effect::Picture { chart, picture }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!((chart.as_str(), picture.scale), ("ip-financing", 2.0));
    assert!(picture.svg.contains("知识产权"), "the Chinese chart: {}", picture.svg);
    assert_eq!(
        next.overlay,
        Some(Overlay {
            chart: "ip-financing".into(),
            name: "sip-2023-k4-ip-financing.png".into(),
            shown: Shown::Picture(None)
        })
    );
    assert_eq!(next.notice, None, "nothing was downloaded");
    let (drawn, _) = reduce(
        report(),
        &next,
        Action::Pictured { chart: "ip-financing".into(), src: "data:image/png;base64,iVBOR".into() },
    );
    assert_eq!(drawn.overlay.clone().unwrap().shown, Shown::Picture(Some("data:image/png;base64,iVBOR".into())));
    // Anything but a PNG data URL is not shown.
    let (same, _) =
        reduce(report(), &next, Action::Pictured { chart: "ip-financing".into(), src: "javascript:alert(1)".into() });
    assert_eq!(same.overlay, next.overlay);
    // A picture the browser could not draw says so, instead of "Drawing…" for ever.
    let (failed, _) = reduce(report(), &next, Action::NotPictured { chart: "ip-financing".into() });
    assert_eq!(failed.overlay.unwrap().shown, Shown::Failed);
    let (late, _) = reduce(report(), &drawn, Action::NotPictured { chart: "ip-financing".into() });
    assert_eq!(late.overlay, drawn.overlay, "a picture already shown stays");
    // CSV: the data as text at once, no byte-order mark, with a copy that says so.
    let (text, effects) = reduce(report(), &s, Action::Download { chart: "ip-financing".into(), format: Format::Csv });
    assert!(effects.is_empty());
    let Some(Overlay { shown: Shown::Text(csv), name, .. }) = text.overlay.clone() else {
        panic!("{:?}", text.overlay)
    };
    assert_eq!(name, "sip-2023-k4-ip-financing.csv");
    assert!(csv.starts_with("指标,数值,单位"), "{csv}");
    let (_, effects) =
        reduce(report(), &text, Action::CopyData { chart: "ip-financing".into(), text: csv.to_string() });
    assert_eq!(
        effects,
        vec![Effect::Copy { text: csv.to_string(), anchor: "chart-ip-financing".into(), what: Copied::Data }]
    );
    let (closed, _) = reduce(report(), &text, Action::CloseOverlay);
    assert_eq!(closed.overlay, None);
    let (hushed, _) = reduce(report(), &s, Action::DismissHint);
    assert!(hushed.hint_dismissed);
    // Elsewhere, a download is a download.
    let (_, effects) =
        reduce(report(), &state(Lang::Zh), Action::Download { chart: "ip-financing".into(), format: Format::Csv });
    let [Effect::Save(File { name, body: Body::Text { mime, text } })] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!((name.as_str(), *mime), ("sip-2023-k4-ip-financing.csv", "text/csv;charset=utf-8"));
    assert!(text.starts_with("\u{feff}指标,数值,单位,限定"), "{text}");
    let (_, effects) =
        reduce(report(), &state(Lang::Zh), Action::Download { chart: "ip-financing".into(), format: Format::Svg });
    let [Effect::Save(File { name, body: Body::Text { mime, text } })] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!((name.as_str(), *mime), ("sip-2023-k4-ip-financing.svg", "image/svg+xml"));
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"324\""), "{text}");
    assert!(text.ends_with("</svg>"), "{text}");
}

#[test]
fn a_poster_is_saved_or_in_an_in_app_browser_shown() {
    use sip_explainer::state::{Overlay, Shown};
    let (next, effects) = reduce(report(), &state(Lang::En), Action::Poster("k3".into()));
    let [Effect::Save(File { name, body: Body::Png(poster) })] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!((name.as_str(), poster.width, poster.scale), ("sip-2023-k3-poster-en.png", 1080, 1.0));
    assert!(poster.svg.contains("aria-label=\"https://example.org/sip/en/#k3\""), "a QR code of the section's link");
    assert_eq!(next.notice_for("k3"), Some(ui(Lang::En).downloaded));
    let mut wechat = state(Lang::Zh);
    wechat.inapp = Some(sip_explainer::inapp::InApp::WeChat);
    let (next, effects) = reduce(report(), &wechat, Action::Poster("k3".into()));
    let [Effect::Picture { chart, picture }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!((chart.as_str(), picture.width), ("k3", 1080));
    assert!(picture.svg.contains("aria-label=\"https://example.org/sip/#k3\""), "a QR code of the Chinese link");
    assert_eq!(
        next.overlay,
        Some(Overlay { chart: "k3".into(), name: "sip-2023-k3-poster.png".into(), shown: Shown::Picture(None) })
    );
    // Before the address is known there is no link to put in the QR code: nothing happens.
    let unknown = State { site: None, ..state(Lang::Zh) };
    assert_eq!(reduce(report(), &unknown, Action::Poster("k3".into())).1, vec![]);
    assert_eq!(reduce(report(), &state(Lang::Zh), Action::Poster("k9".into())).1, vec![]);
}

#[test]
fn the_long_picture_opens_to_press_and_hold_in_an_in_app_browser_only() {
    use sip_explainer::state::{Overlay, Shown, LONG_PICTURE};
    let src = "img/long/report-zh-CN.0123456789ab.png";
    // Elsewhere the link downloads it by itself: the app does nothing.
    assert_eq!(reduce(report(), &state(Lang::Zh), Action::LongPicture(src.into())).0, state(Lang::Zh));
    let mut wechat = state(Lang::Zh);
    wechat.inapp = Some(sip_explainer::inapp::InApp::WeChat);
    let (next, effects) = reduce(report(), &wechat, Action::LongPicture(src.into()));
    assert_eq!(effects, vec![], "the build drew it: nothing to draw");
    let shown = Shown::Picture(Some(src.into()));
    assert_eq!(
        next.overlay,
        Some(Overlay { chart: LONG_PICTURE.into(), name: "sip-2023-report-card.png".into(), shown })
    );
    // Only the header's island shows it.
    let head = sip_explainer::components::island::Part::Head.view_of(&next);
    assert!(head.overlay.is_some());
    let tools = sip_explainer::components::island::Part::Tools("k3".into()).view_of(&next);
    assert!(tools.overlay.is_none());
    // Only a picture of ours.
    for bad in ["javascript:alert(1)//.png", "https://evil.example/x.png", "img/x.svg", "img/../x.png?x=.png"] {
        assert_eq!(reduce(report(), &wechat, Action::LongPicture(bad.into())).0.overlay, None, "{bad}");
    }
}
