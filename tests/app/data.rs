//! The data file parses and validates, and every validation rule rejects a broken file
//! with a message that names the file, the entry and the field.

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
        ("joint-labs", 2),
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
            edit("rd-institutions", "\"national-institutes\"]", "\"national-institutez\"]"),
            "charts[9] \"rd-institutions\"",
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
            "bars of different units on one scale",
            edit("rd-institutions", "\"national-institutes\"]", "\"universities\"]"),
            "charts[9] \"rd-institutions\"",
            "figures",
        ),
        (
            "unit mismatch in a share",
            edit(
                "class3-new-share",
                "inputs = [\"class3-new\", \"class3-total\"]",
                "inputs = [\"class3-new\", \"ai-firms\"]",
            ),
            "derived[3] \"class3-new-share\"",
            "inputs",
        ),
        (
            "wrong number of inputs",
            edit("class3-new-share", "inputs = [\"class3-new\", \"class3-total\"]", "inputs = [\"class3-new\"]"),
            "derived[3] \"class3-new-share\"",
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
                "{ zh = \"选择一个特色产业\", en = \"Choose one distinctive industry\" }",
                "{ zh = \"选择一个特色产业\", en = \"\" }",
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
            "firsts out of date order",
            edit("suyanbao", "date = \"2024-01\"", "date = \"2023-01\""),
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
            edit("rd-institutions", "kind = \"bars\"", "kind = \"pie\""),
            "charts[9] \"rd-institutions\"",
            "kind",
        ),
        // Where each figure comes from.
        ("no paragraph", edit("ai-firms", "paragraph = 1\n", ""), "figures[1] \"ai-firms\"", "paragraph"),
        (
            "paragraph the section does not have",
            edit("ai-firms", "paragraph = 1", "paragraph = 9"),
            "figures[1] \"ai-firms\"",
            "paragraph",
        ),
        (
            "paragraph zero in a list",
            edit("ten-ones", "paragraph = 3", "paragraph = 0"),
            "lists[0] \"ten-ones\"",
            "paragraph",
        ),
        (
            "list item from a paragraph the section does not have",
            edit("k1-dates", "paragraph = 5 }", "paragraph = 6 }"),
            "\"k1-dates\"",
            "items[1].paragraph",
        ),
        ("bad list item date", edit("k1-dates", "date = \"2006\"", "date = \"06\""), "\"k1-dates\"", "items[0].date"),
        (
            "first from a paragraph too far",
            edit("suyanbao", "paragraph = 4", "paragraph = 6"),
            "firsts[2] \"suyanbao\"",
            "paragraph",
        ),
        (
            "section without paragraphs",
            edit("k5", "paragraphs = 4", "paragraphs = 0"),
            "sections[4] \"k5\"",
            "paragraphs",
        ),
        // Prose that cannot drift from the data.
        (
            "a year written in digits",
            edit("k1", "{y2023},园区人工智能", "2023年,园区人工智能"),
            "sections[0] \"k1\"",
            "summary.zh",
        ),
        (
            "a share in Chinese numerals",
            edit("k6", "{nursery-progress}。", "约九成。"),
            "sections[5] \"k6\"",
            "summary.zh",
        ),
        (
            "a count in Chinese numerals",
            edit("k1", "这几个新兴产业", "三大新兴产业"),
            "sections[0] \"k1\"",
            "summary.zh",
        ),
        ("a fraction in Chinese", edit("k1", "所占的比例", "所占的四分之一"), "sections[0] \"k1\"", "summary.zh"),
        ("a rank in Chinese", edit("k2", "均排{consortia-rank}", "均排第一"), "sections[1] \"k2\"", "summary.zh"),
        (
            "an English number word",
            edit("k6", "the park is {nursery-progress} of the way", "the park is nine-tenths of the way"),
            "sections[5] \"k6\"",
            "summary.en",
        ),
        (
            "a figure typed into English prose",
            edit("k3", "{talent-firms} founded", "2,602 firms founded"),
            "sections[2] \"k3\"",
            "summary.en",
        ),
        (
            "a reference to nothing",
            edit("k3", "{talent-listed}", "{talent-listing}"),
            "sections[2] \"k3\"",
            "summary.zh",
        ),
        (
            "a reference never closed",
            edit("k3", "{talent-listed}", "{talent-listed"),
            "sections[2] \"k3\"",
            "summary.zh",
        ),
        ("a number in the intro", edit("", "文章里的每个数字", "文章里的全部七十个数字"), "meta", "intro.zh"),
        // Derived figures claim no more than their inputs support.
        (
            "a ratio of two lower bounds",
            edit(
                "class3-new-share",
                "inputs = [\"class3-new\", \"class3-total\"]",
                "inputs = [\"ai-output\", \"emerging-output\"]",
            ),
            "derived[3] \"class3-new-share\"",
            "inputs",
        ),
        (
            "a baseline of a rounded count",
            edit("talent-projects-2022", "round_to = 10", "round_to = 1"),
            "derived[1] \"talent-projects-2022\"",
            "round_to",
        ),
        (
            "a baseline finer than a rounded multiple allows",
            edit("ip-financing-2022", "round_to = 1e8", "round_to = 1e7"),
            "derived[2] \"ip-financing-2022\"",
            "round_to",
        ),
        (
            "a step of zero",
            edit("nursery-progress", "round_to = 0.1", "round_to = 0"),
            "\"nursery-progress\"",
            "round_to",
        ),
        // Citations.
        ("bad edition date", edit("", "updated = \"2026-12-02\"", "updated = \"Dec 2026\""), "meta", "updated"),
        (
            "licence address not https",
            edit("", "url = \"https://creativecommons.org", "url = \"http://creativecommons.org"),
            "meta",
            "licence.url",
        ),
        ("unknown top-level table", format!("{DATA}\n[extra]\nx = 1\n"), "extra", "extra"),
        ("syntax error", edit("ai-firms", "value = 1700", "value = = 1700"), "line ", "(syntax)"),
    ];
    for (name, broken, entry, field) in cases {
        check(name, broken, entry, field);
    }
}
