//! The data file parses and validates, and every validation rule rejects a broken file
//! with a message that names the file, the entry and the field.
#![cfg(not(target_arch = "wasm32"))]

use sip_report::load::from_toml_str;

const FILE: &str = "data/report.toml";
const DATA: &str = include_str!("../data/report.toml");

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
    ] {
        assert_eq!(report.list(id).map(|l| l.items.len()), Some(n), "{id}");
    }
    let dated: Vec<(&str, &str)> =
        report.firsts.iter().filter(|f| !f.date.is_empty()).map(|f| (&*f.id, &*f.date)).collect();
    assert_eq!(dated, [("pipeline-pledge", "2023-05"), ("suyanbao", "2024-01")]);
}

#[test]
fn a_second_report_loads_with_the_same_code() {
    let mini = from_toml_str("tests/fixtures/mini.toml", include_str!("fixtures/mini.toml"))
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(mini.sections.len(), 2);
    assert_eq!(mini.datum("planted-2029").map(|d| d.value.round()), Some(1122.0));
}

/// Replaces the first `from` after the line `id = "<entry>"` (or anywhere if `entry` is
/// empty), checking that the edit applies.
fn edit(entry: &str, from: &str, to: &str) -> String {
    let start = if entry.is_empty() {
        0
    } else {
        DATA.find(&format!("id = \"{entry}\"")).unwrap_or_else(|| panic!("no entry {entry}"))
    };
    let at = DATA[start..].find(from).unwrap_or_else(|| panic!("no `{from}` after {entry}")) + start;
    format!("{}{}{}", &DATA[..at], to, &DATA[at + from.len()..])
}

/// One rule: the broken text must fail with an error on `entry` and `field`.
fn check(name: &str, broken: String, entry: &str, field: &str) {
    let errors = from_toml_str(FILE, &broken).expect_err(name);
    let hit = errors.iter().find(|e| e.entry.contains(entry) && e.field == field);
    let Some(e) = hit else {
        panic!("{name}: expected an error on {entry} / {field}, got {errors:#?}");
    };
    let shown = e.to_string();
    for part in [FILE, entry, field] {
        assert!(shown.contains(part), "{name}: `{shown}` does not name {part}");
    }
}

#[test]
fn each_rule_rejects_a_broken_file() {
    let cases: Vec<(&str, String, &str, &str)> = vec![
        ("unknown field", edit("ai-firms", "value = 1700", "vaule = 1700"), "figures[1] \"ai-firms\"", "vaule"),
        ("missing field", edit("ai-firms", "unit = \"firms\"\n", ""), "figures[1] \"ai-firms\"", "unit"),
        ("missing English", edit("ai-firms", ", en = \"AI-related firms\"", ""), "figures[1] \"ai-firms\"", "label.en"),
        (
            "empty Chinese",
            edit("ai-firms", "zh = \"人工智能相关企业\"", "zh = \" \""),
            "figures[1] \"ai-firms\"",
            "label.zh",
        ),
        (
            "missing English in a section",
            edit("k3", ", en = \"Talent and resources gather faster\"", ""),
            "sections[2] \"k3\"",
            "theme.en",
        ),
        ("unknown unit", edit("ai-firms", "unit = \"firms\"", "unit = \"firm\""), "figures[1] \"ai-firms\"", "unit"),
        (
            "unknown section",
            edit("ai-firms", "section = \"k1\"", "section = \"k9\""),
            "figures[1] \"ai-firms\"",
            "section",
        ),
        (
            "unknown period",
            edit("ai-firms", "period = \"y2023\"", "period = \"y2032\""),
            "figures[1] \"ai-firms\"",
            "period",
        ),
        ("bad bound", edit("ai-firms", "bound = \"over\"", "bound = \"about\""), "figures[1] \"ai-firms\"", "bound"),
        (
            "approx in the data",
            edit("ai-firms", "bound = \"over\"", "bound = \"approx\""),
            "figures[1] \"ai-firms\"",
            "bound",
        ),
        ("negative value", edit("ai-firms", "value = 1700", "value = -1700"), "figures[1] \"ai-firms\"", "value"),
        ("duplicate id", edit("ai-firms", "id = \"ai-firms\"", "id = \"ai-output\""), "figures[1] \"ai-output\"", "id"),
        (
            "growth without its base",
            edit("national-talent-growth", "change_of = \"national-talent-new\"\n", ""),
            "\"national-talent-growth\"",
            "change_of",
        ),
        (
            "base that is missing",
            edit("national-talent-growth", "change_of = \"national-talent-new\"", "change_of = \"nobody\""),
            "\"national-talent-growth\"",
            "change_of",
        ),
        (
            "change on a count",
            edit("ai-firms", "period = \"y2023\"", "period = \"y2023\"\nchange_of = \"ai-output\""),
            "\"ai-firms\"",
            "change_of",
        ),
        (
            "chart names a missing figure",
            edit("platforms", "\"universities\"", "\"universitys\""),
            "charts[9] \"platforms\"",
            "figures",
        ),
        (
            "unit mismatch in a chart",
            edit(
                "nursery-progress",
                "figures = [\"nursery-firms\", \"nursery-target\"]",
                "figures = [\"nursery-firms\", \"ip-financing\"]",
            ),
            "charts[11] \"nursery-progress\"",
            "figures",
        ),
        (
            "unit kind mismatch in bars",
            edit("platforms", "\"universities\"", "\"ip-financing\""),
            "charts[9] \"platforms\"",
            "figures",
        ),
        (
            "unit mismatch in a share",
            edit("ai-share", "inputs = [\"ai-output\", \"emerging-output\"]", "inputs = [\"ai-output\", \"ai-firms\"]"),
            "derived[3] \"ai-share\"",
            "inputs",
        ),
        (
            "wrong number of inputs",
            edit("ai-share", "inputs = [\"ai-output\", \"emerging-output\"]", "inputs = [\"ai-output\"]"),
            "derived[3] \"ai-share\"",
            "inputs",
        ),
        (
            "baseline of a plain figure",
            edit("national-talent-2022", "inputs = [\"national-talent-growth\"]", "inputs = [\"ai-firms\"]"),
            "derived[0] \"national-talent-2022\"",
            "inputs",
        ),
        (
            "headline names a missing figure",
            edit("k1", "headline = [\"ai-output\"", "headline = [\"ai-outputs\""),
            "sections[0] \"k1\"",
            "headline",
        ),
        (
            "card names a missing figure",
            edit("k2", "card = \"rd-intensity\"", "card = \"rd\""),
            "sections[1] \"k2\"",
            "card",
        ),
        ("steps chart without a list", edit("ten-ones", "list = \"ten-ones\"\n", ""), "charts[1] \"ten-ones\"", "list"),
        (
            "list that is missing",
            edit("yiyuanlian", "list = \"yiyuanlian-services\"", "list = \"yiyuanlian\""),
            "charts[4] \"yiyuanlian\"",
            "list",
        ),
        (
            "list item without English",
            edit(
                "ten-ones",
                "{ zh = \"选准一个特色产业\", en = \"Pick one distinctive industry\" }",
                "{ zh = \"选准一个特色产业\", en = \"\" }",
            ),
            "lists[0] \"ten-ones\"",
            "items[0].en",
        ),
        (
            "bad first date",
            edit("suyanbao", "date = \"2024-01\"", "date = \"Jan 2024\""),
            "firsts[2] \"suyanbao\"",
            "date",
        ),
        (
            "bad publication date",
            edit("", "published = \"2024-04-11\"", "published = \"11 April 2024\""),
            "meta",
            "published",
        ),
        (
            "unknown chart kind",
            edit("platforms", "kind = \"bars\"", "kind = \"pie\""),
            "charts[9] \"platforms\"",
            "kind",
        ),
        ("unknown top-level table", format!("{DATA}\n[extra]\nx = 1\n"), "extra", "extra"),
        ("syntax error", edit("ai-firms", "value = 1700", "value = = 1700"), "line ", "(syntax)"),
    ];
    for (name, broken, entry, field) in cases {
        check(name, broken, entry, field);
    }
}
