//! Each validation rule refuses a broken file, with an error that names the file, the entry and
//! the field. Every broken file is the small test report (`tests/fixtures/mini.toml`, which
//! loads) with one change. (The real report's own cases are in the app's `data` tests.)
#![cfg(not(target_arch = "wasm32"))]

use sip_report::load::from_toml_str;

const FILE: &str = "tests/fixtures/mini.toml";
const MINI: &str = include_str!("../../../tests/fixtures/mini.toml");

/// The small report with the first `from` after the line `id = "<entry>"` (anywhere if `entry`
/// is empty) replaced by `to`; the edit must apply.
fn edit(entry: &str, from: &str, to: &str) -> String {
    let start = if entry.is_empty() {
        0
    } else {
        MINI.find(&format!("id = \"{entry}\"")).unwrap_or_else(|| panic!("no entry {entry}"))
    };
    let at = MINI[start..].find(from).unwrap_or_else(|| panic!("no `{from}` after {entry}")) + start;
    format!("{}{}{}", &MINI[..at], to, &MINI[at + from.len()..])
}

/// The small report with one more table or entry at the end.
fn with(extra: &str) -> String {
    format!("{MINI}\n{extra}\n")
}

/// The broken text fails with an error on `entry` and `field`, and the message names the file,
/// the entry and the field.
fn refused(name: &str, broken: &str, entry: &str, field: &str) {
    let errors = from_toml_str(FILE, broken).err().unwrap_or_else(|| panic!("{name}: the broken file loaded"));
    let Some(e) = errors.iter().find(|e| e.entry.contains(entry) && e.field == field) else {
        panic!("{name}: expected an error on {entry} / {field}, got {errors:#?}");
    };
    let shown = e.to_string();
    for part in [FILE, entry, field] {
        assert!(shown.contains(part), "{name}: `{shown}` does not name {part}");
    }
}

#[test]
fn the_small_report_loads() {
    from_toml_str(FILE, MINI).unwrap_or_else(|e| panic!("{e:#?}"));
}

#[test]
fn every_rule_refuses_its_broken_file() {
    let cases: Vec<(&str, String, &str, &str)> = vec![
        // Ids.
        ("an id that is not a slug", edit("money", "id = \"money\"", "id = \"Money!\""), "sections[1]", "id"),
        ("a section called main", edit("money", "id = \"money\"", "id = \"main\""), "sections[1] \"main\"", "id"),
        ("a section called cite", edit("money", "id = \"money\"", "id = \"cite\""), "sections[1] \"cite\"", "id"),
        (
            "a section that reads as a chart",
            edit("money", "id = \"money\"", "id = \"chart-money\""),
            "sections[1] \"chart-money\"",
            "id",
        ),
        (
            "a figure that reads as a figure anchor",
            edit("forest", "id = \"forest\"", "id = \"fig-forest\""),
            "figures[2] \"fig-forest\"",
            "id",
        ),
        (
            "a section that reads as a tools island",
            edit("money", "id = \"money\"", "id = \"money-tools\""),
            "sections[1] \"money-tools\"",
            "id",
        ),
        ("a chart id twice", edit("money-steps", "id = \"money-steps\"", "id = \"tree-growth\""), "charts[1]", "id"),
        // The report and its sections.
        ("a bad slug", edit("", "slug = \"town-2030\"", "slug = \"Town 2030\""), "meta", "slug"),
        ("a licence without a name", edit("", "name = \"CC0 1.0\"", "name = \"\""), "meta", "licence.name"),
        (
            "a first scope without English",
            edit("", "en = \"a first in the country\"", "en = \"\""),
            "meta",
            "first_scopes.national.en",
        ),
        ("a unit without English", edit("", "en = \"trees\"", "en = \" \""), "units.trees", "en"),
        ("a period without Chinese", edit("", "zh = \"2029年\"", "zh = \"\""), "periods.y2029", "zh"),
        (
            "a section without a headline",
            edit("money", "headline = [\"budget\"]", "headline = []"),
            "sections[1]",
            "headline",
        ),
        (
            "a headline that names nothing",
            edit("money", "headline = [\"budget\"]", "headline = [\"budgets\"]"),
            "sections[1]",
            "headline",
        ),
        (
            "a section without paragraphs",
            edit("money", "paragraphs = 1", "paragraphs = 0"),
            "sections[1]",
            "paragraphs",
        ),
        ("a report without sections", MINI.replace("[[sections]]", "[[sectionz]]"), "sectionz", "sectionz"),
        ("a missing top-level table", MINI.replacen("[units.yuan]", "[unitz.yuan]", 1), "unitz", "unitz"),
        // Figures.
        ("a multiple of zero", with(MULTIPLE).replace("value = 2.5", "value = 0"), "\"planted-times\"", "value"),
        ("an unknown period", edit("forest", "period = \"y2030\"", "period = \"y2031\""), "figures[2]", "period"),
        ("a paragraph past the section", edit("forest", "paragraph = 2", "paragraph = 3"), "figures[2]", "paragraph"),
        ("a change of a change", with(CHANGE_OF_CHANGE), "\"growth-growth\"", "change_of"),
        // Derived figures.
        (
            "a derived figure from a derived figure",
            edit("planted-2029", "inputs = [\"planted-growth\"]", "inputs = [\"planted-2029\"]"),
            "derived[0]",
            "inputs",
        ),
        (
            "a baseline of a plain count",
            edit("planted-2029", "inputs = [\"planted-growth\"]", "inputs = [\"forest\"]"),
            "derived[0]",
            "inputs",
        ),
        (
            "a share of one input",
            with(SHARE).replace("inputs = [\"planted\", \"forest\"]", "inputs = [\"planted\"]"),
            "\"planted-share\"",
            "inputs",
        ),
        ("a negative step", edit("planted-2029", "round_to = 100", "round_to = -1"), "derived[0]", "round_to"),
        // Lists and firsts.
        (
            "a list without items",
            edit("steps", "items = [{ zh = \"计划\", en = \"Plan\" }, { zh = \"执行\", en = \"Do\" }]", "items = []"),
            "lists[0]",
            "items",
        ),
        (
            "a first in no section",
            edit("first-park", "section = \"trees\"", "section = \"woods\""),
            "firsts[0]",
            "section",
        ),
        (
            "a first with a bad month",
            edit("first-park", "date = \"2030-03\"", "date = \"2030-13-01\""),
            "firsts[0]",
            "date",
        ),
        // Charts.
        (
            "a chart in no section",
            edit("tree-growth", "section = \"trees\"", "section = \"woods\""),
            "charts[0]",
            "section",
        ),
        (
            "a threshold of three figures",
            with(THRESHOLD)
                .replace("figures = [\"planted\", \"forest\"]", "figures = [\"planted\", \"forest\", \"budget\"]"),
            "\"trees-vs-forest\"",
            "figures",
        ),
        ("a bar chart without figures", with(BARS), "\"empty-bars\"", "figures"),
        (
            "a growth chart of a plain figure",
            edit("tree-growth", "figures = [\"planted-growth\"]", "figures = [\"forest\"]"),
            "charts[0]",
            "figures",
        ),
        (
            "a growth chart with nothing",
            edit("tree-growth", "figures = [\"planted-growth\"]", "figures = []"),
            "charts[0]",
            "figures",
        ),
        ("a timeline without firsts", with(TIMELINE), "\"money-firsts\"", "section"),
        ("a former id taken by a chart", with(FORMERLY), "\"renamed\"", "formerly"),
    ];
    for (name, broken, entry, field) in cases {
        refused(name, &broken, entry, field);
    }
}

const MULTIPLE: &str = r#"[units.times]
kind = "multiple"
zh = "倍"
en = "times"
en_one = "time"

[[figures]]
id = "planted-times"
section = "trees"
label = { zh = "种树倍数", en = "Trees planted, multiple" }
value = 2.5
scale = "one"
unit = "times"
bound = "exact"
cumulative = false
period = "y2030"
change_of = "planted"
paragraph = 1"#;

const CHANGE_OF_CHANGE: &str = r#"[[figures]]
id = "growth-growth"
section = "trees"
label = { zh = "增长的增长", en = "Growth of growth" }
value = 3
scale = "one"
unit = "yoy"
bound = "exact"
cumulative = false
period = "y2030"
change_of = "planted-growth"
paragraph = 1"#;

const SHARE: &str = r#"[[derived]]
id = "planted-share"
section = "trees"
kind = "share"
inputs = ["planted", "forest"]
period = "y2030"
label = { zh = "新种占比", en = "Share planted this year" }
round_to = 1"#;

const THRESHOLD: &str = r#"[[charts]]
id = "trees-vs-forest"
section = "trees"
kind = "threshold"
figures = ["planted", "forest"]
title = { zh = "新种与总数", en = "Planted and in all" }"#;

const BARS: &str = r#"[[charts]]
id = "empty-bars"
section = "trees"
kind = "bars"
figures = []
title = { zh = "空", en = "Empty" }"#;

const TIMELINE: &str = r#"[[charts]]
id = "money-firsts"
section = "money"
kind = "timeline"
title = { zh = "花钱的首创", en = "Spending firsts" }"#;

const FORMERLY: &str = r#"[[charts]]
id = "renamed"
section = "money"
kind = "steps"
list = "steps"
formerly = ["tree-growth"]
title = { zh = "改名", en = "Renamed" }"#;
