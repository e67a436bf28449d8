//! The data file parses and validates, its lists are complete, a second report loads with the
//! same code (the broken-file cases: `crates/report/tests/validation.rs`).

use sip_report::load::from_toml_str;

const FILE: &str = "data/report.toml";
const DATA: &str = include_str!("../../data/report.toml");

#[test]
fn the_report_parses_and_validates() {
    let report = from_toml_str(FILE, DATA).unwrap_or_else(|e| panic!("{e:?}"));
    let ids: Vec<&str> = report.sections.iter().map(|s| &*s.id).collect();
    assert_eq!(ids, ["k1", "k2", "k3", "k4", "k5", "k6"]);
    assert_eq!(report.sections[1].keyword.zh, "跃升至5.16%");
    assert_eq!(report.meta.published, "2024-04-11");
    // The embedded copy the app uses is the same report.
    assert_eq!(&report, sip_explainer::data::report());
}

#[test]
fn the_named_lists_are_complete() {
    let report = from_toml_str(FILE, DATA).unwrap();
    for (id, n) in [
        ("ten-ones", 10),
        ("yiyuanlian-services", 8),
        ("ipo-systems", 6),
        ("enterprise-ladder", 5),
        ("industry-623", 2),
        ("breakthrough-tech", 5),
        ("national-platforms", 6),
        ("joint-labs", 3),
        ("listing-services", 3),
    ] {
        assert_eq!(report.list(id).map(|l| l.items.len()), Some(n), "{id}");
    }
    let dated: Vec<(&str, &str)> =
        report.firsts.iter().filter(|f| !f.date.is_empty()).map(|f| (&*f.id, &*f.date)).collect();
    assert_eq!(dated, [("pipeline-pledge", "2023-05"), ("suyanbao", "2024-01")]);
}

#[test]
fn a_second_report_loads_with_the_same_code() {
    let mini = from_toml_str("tests/fixtures/mini.toml", include_str!("../fixtures/mini.toml"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(mini.sections.len(), 2);
    assert_eq!(mini.datum("planted-2029").map(|d| d.value.round()), Some(1100.0));
}
