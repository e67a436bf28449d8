//! Each validation rule refuses a broken file, with an error that names the file, the entry and
//! the field. Every broken file is a file that loads (the small test report
//! `tests/fixtures/mini.toml`, or the real `data/report.toml`) with one change.
#![cfg(not(target_arch = "wasm32"))]

use sip_report::load::from_toml_str;

const FILE: &str = "tests/fixtures/mini.toml";
const MINI: &str = include_str!("../../../tests/fixtures/mini.toml");
const DATA_FILE: &str = "data/report.toml";
const DATA: &str = include_str!("../../../data/report.toml");

/// `text` with the first `from` after the line `id = "<entry>"` (anywhere if `entry` is empty)
/// replaced by `to`; the edit must apply.
fn edit_in(text: &str, entry: &str, from: &str, to: &str) -> String {
    let start = if entry.is_empty() {
        0
    } else {
        text.find(&format!("id = \"{entry}\"")).unwrap_or_else(|| panic!("no entry {entry}"))
    };
    let at = text[start..].find(from).unwrap_or_else(|| panic!("no `{from}` after {entry}")) + start;
    format!("{}{}{}", &text[..at], to, &text[at + from.len()..])
}

/// The small report with one edit.
fn edit(entry: &str, from: &str, to: &str) -> String {
    edit_in(MINI, entry, from, to)
}

/// The small report with one more table or entry at the end.
fn with(extra: &str) -> String {
    format!("{MINI}\n{extra}\n")
}

/// The broken small report fails with an error on `entry` and `field`, and the message names
/// the file, the entry and the field.
fn refused(name: &str, broken: &str, entry: &str, field: &str) {
    refused_as(FILE, name, broken, entry, field)
}

fn refused_as(file: &str, name: &str, broken: &str, entry: &str, field: &str) {
    let errors = from_toml_str(file, broken).err().unwrap_or_else(|| panic!("{name}: the broken file loaded"));
    let Some(e) = errors.iter().find(|e| e.entry.contains(entry) && e.field == field) else {
        panic!("{name}: expected an error on {entry} / {field}, got {errors:#?}");
    };
    let shown = e.to_string();
    for part in [file, entry, field] {
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
            edit("", "paragraphs = [\"预算超3.5万元,分计划、执行两步花。\"]", "paragraphs = []"),
            "sections[1]",
            "id",
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

/// The real report's rules, each on a copy of `data/report.toml` with one change.
#[test]
fn the_real_report_refuses_each_broken_copy() {
    let edit = |entry: &str, from: &str, to: &str| edit_in(DATA, entry, from, to);
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
            edit("talent-firms", "\"talent-listed\"]", "\"talent-listez\"]"),
            "charts[5] \"talent-firms\"",
            "figures",
        ),
        (
            "unit mismatch in a chart",
            edit(
                "nursery-progress",
                "figures = [\"nursery-firms\", \"nursery-target\"]",
                "figures = [\"nursery-firms\", \"ip-financing\"]",
            ),
            "charts[9] \"nursery-progress\"",
            "figures",
        ),
        (
            "bars of different units on one scale",
            edit("talent-firms", "\"talent-listed\"]", "\"ai-output\"]"),
            "charts[5] \"talent-firms\"",
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
        ("steps chart without a list", edit("ten-ones", "list = \"ten-ones\"\n", ""), "charts[0] \"ten-ones\"", "list"),
        (
            "list that is missing",
            edit("yiyuanlian", "list = \"yiyuanlian-services\"", "list = \"yiyuanlian\""),
            "charts[3] \"yiyuanlian\"",
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
            edit("talent-firms", "kind = \"bars\"", "kind = \"pie\""),
            "charts[5] \"talent-firms\"",
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
        // The article's own words.
        (
            "a figure the paragraph does not say",
            edit("ai-firms", "written = \"超1700家\"", "written = \"超1800家\""),
            "\"ai-firms\"",
            "written",
        ),
        (
            "a value the article's words disagree with",
            edit("ai-firms", "value = 1700", "value = 1800"),
            "\"ai-firms\"",
            "value",
        ),
        (
            "a value in the wrong scale",
            edit("tech-firms", "scale = \"wan\"", "scale = \"one\""),
            "\"tech-firms\"",
            "value",
        ),
        (
            "a bound the article's words disagree with",
            edit("gazelles", "bound = \"nearly\"", "bound = \"exact\""),
            "\"gazelles\"",
            "bound",
        ),
        (
            "a figure's words that occur twice in the paragraph",
            edit("provincial-consortia-share", "quote = \"占全省近30%\"\n", ""),
            "\"provincial-consortia-share\"",
            "written",
        ),
        (
            "a quote that is not in its paragraph",
            edit("listed-firms", "quote = \"累计境内外上市企业66家\"", "quote = \"累计上市企业66家\""),
            "\"listed-firms\"",
            "quote",
        ),
        (
            "a cited sentence without our translation",
            edit(
                "",
                "{ paragraph = 5, sentence = 2, en = \"over the past",
                "{ paragraph = 5, sentence = 1, en = \"over the past",
            ),
            "\"biomed-financing\"",
            "written",
        ),
        (
            "a translation of a sentence the paragraph does not have",
            edit(
                "",
                "{ paragraph = 5, sentence = 2, en = \"over the past",
                "{ paragraph = 5, sentence = 9, en = \"over the past",
            ),
            "article[3] \"k4\"",
            "translations[3]",
        ),
        (
            "a set phrase the data does not declare",
            edit("", "set_phrases = [\"第三代\", \"三大\", ", "set_phrases = [\"第三代\", "),
            "sections[0] \"k1\"",
            "summary.zh",
        ),
        // The glossary.
        (
            "a marked term the glossary does not have",
            edit("k6", "{gazelle|瞪羚企业}", "{gazelles-term|瞪羚企业}"),
            "sections[5] \"k6\"",
            "summary.zh",
        ),
        (
            "a term used before it is marked",
            edit("k6", "{gazelle|瞪羚企业}{gazelles}", "瞪羚企业{gazelles}"),
            "sections[5] \"k6\"",
            "summary.zh",
        ),
        (
            "a term the article never uses",
            edit("gazelle", "term = { zh = \"瞪羚企业\"", "term = { zh = \"羚羊企业\""),
            "glossary[14] \"gazelle\"",
            "term.zh",
        ),
        (
            "our note giving a number without the document that sets it",
            edit("gazelle", "并无全国统一标准", "营收年增长不低于百分之二十"),
            "glossary[14] \"gazelle\"",
            "definition.zh",
        ),
        (
            "our note's document without a year",
            edit("tech-sme", "year = 2017", "year = 17"),
            "glossary[12] \"tech-sme\"",
            "document.year",
        ),
        // Corrections and changes.
        (
            "a change to a chart that is not there and was not removed",
            edit("", "chart = \"talent-firms\"\nwas", "chart = \"talent-firm\"\nwas"),
            "changes[3] \"talent-firm\"",
            "chart",
        ),
        (
            "a change dated after the edition",
            edit(
                "",
                "date = \"2026-12-04\"\nkind = \"correction\"\nchart = \"ai-and-emerging\"",
                "date = \"2026-12-05\"\nkind = \"correction\"\nchart = \"ai-and-emerging\"",
            ),
            "changes[0] \"ai-and-emerging\"",
            "date",
        ),
        (
            "a removed chart that is still there",
            edit("", "chart = \"enterprise-ladder\"\nwas", "chart = \"enterprise-ladder\"\nremoved = true\nwas"),
            "changes[2] \"enterprise-ladder\"",
            "removed",
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
            edit("k1", "三大新兴产业的总产值", "三个新兴产业的总产值"),
            "sections[0] \"k1\"",
            "summary.zh",
        ),
        (
            "a fraction in Chinese",
            edit("k1", "本页因此不拿两者相比", "约占四分之一"),
            "sections[0] \"k1\"",
            "summary.zh",
        ),
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
        ("bad edition date", edit("", "updated = \"2026-12-04\"", "updated = \"Dec 2026\""), "meta", "updated"),
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
        refused_as(DATA_FILE, name, &broken, entry, field);
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
paragraph = 1
written = "2.5倍""#;

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
paragraph = 1
written = "3%"
quote = "增长的增长3%"
"#;

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
