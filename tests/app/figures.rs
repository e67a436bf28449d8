//! Every figure of the article, as the page must show it in each language, each line
//! checked by hand against the article: a change in the data or the formatting shows here.

use sip_report::{format, source, Lang};

/// (id, keyword section, paragraph of that section, Chinese, English): for a derived figure,
/// the paragraph its inputs are in.
const EXPECTED: &[(&str, &str, u32, &str, &str)] = &[
    ("ai-output", "k1", 1, "超1000亿元", "over 100 billion yuan"),
    ("ai-firms", "k1", 1, "超1700家", "1,700+ firms"),
    ("emerging-output", "k1", 4, "超4000亿元", "over 400 billion yuan"),
    ("national-key-labs", "k1", 4, "3家", "3 laboratories"),
    ("enterprise-tech-centres", "k1", 4, "1家", "1 centre"),
    ("new-consortia", "k1", 4, "9家", "9 consortia"),
    ("cultivation-years", "k1", 3, "17年", "17 years"),
    ("clusters-623", "k1", 5, "6个", "6 clusters"),
    ("chains-623", "k1", 5, "23条", "23 chains"),
    ("rd-intensity", "k2", 1, "5.16%", "5.16%"),
    ("rd-mark", "k2", 1, "5%", "5%"),
    ("suzhou-pilot-consortia", "k2", 3, "仅3家", "only 3 consortia"),
    ("provincial-consortia", "k2", 3, "4家", "4 consortia"),
    ("provincial-consortia-share", "k2", 3, "近30%", "nearly 30%"),
    ("municipal-consortia", "k2", 3, "12家", "12 consortia"),
    ("municipal-consortia-share", "k2", 3, "近30%", "nearly 30%"),
    ("consortia-rank", "k2", 3, "第1", "No. 1"),
    ("tech-firms", "k2", 4, "超1万家", "10,000+ firms"),
    ("high-tech-firms", "k2", 4, "近2800家", "nearly 2,800 firms"),
    ("little-giants", "k2", 4, "85家", "85 firms"),
    ("listed-firms", "k2", 4, "66家", "66 firms"),
    ("yiyuanlian-dimensions", "k2", 6, "8个", "8 service areas"),
    ("class3-new", "k2", 8, "96个", "96 certificates"),
    ("class3-total", "k2", 8, "516个", "516 certificates"),
    ("disruptive-awards", "k2", 8, "6个", "6 projects"),
    ("disruptive-share", "k2", 8, "60%", "60%"),
    ("niche-fields", "k2", 8, "超10个", "10+ fields"),
    ("digital-awards-rank", "k2", 8, "第1", "No. 1"),
    ("leading-talent", "k3", 1, "超2600人", "2,600+ people"),
    ("high-level-talent", "k3", 1, "6.3万人", "63,000 people"),
    ("national-talent-new", "k3", 1, "67人", "67 people"),
    ("national-talent-growth", "k3", 1, "+42.6%", "+42.6%"),
    ("program-years", "k3", 2, "17年", "17 years"),
    ("talent-firms", "k3", 2, "2602家", "2,602 firms"),
    ("talent-unicorns", "k3", 2, "198家", "198 firms"),
    ("talent-listed", "k3", 2, "40家", "40 firms"),
    ("talent-projects-new", "k3", 4, "272个", "272 projects"),
    ("talent-projects-growth", "k3", 4, "+42%", "+42%"),
    ("talent-supported", "k3", 4, "超2600人", "2,600+ people"),
    ("talent-capital", "k3", 4, "超700亿元", "over 70 billion yuan"),
    ("pipeline-credit", "k4", 1, "1000万元", "10 million yuan"),
    ("pipeline-first-loan", "k4", 1, "500万元", "5 million yuan"),
    ("drug-rule-years", "k4", 2, "10年", "10 years"),
    ("drug-rule-cost", "k4", 2, "10亿美元", "1 billion US dollars"),
    ("ip-loans", "k4", 5, "132笔", "132 loans"),
    ("ip-financing", "k4", 5, "22.89亿元", "2.289 billion yuan"),
    ("ip-financing-multiple", "k4", 5, "2.8倍", "2.8 times"),
    ("biomed-financing", "k4", 5, "超500亿元", "over 50 billion yuan"),
    ("biomed-financing-share", "k4", 5, "超20%", "over 20%"),
    ("ai-scenarios", "k5", 2, "95项", "95 scenarios"),
    ("ai-benchmarks", "k5", 2, "30个", "30 projects"),
    ("new-rd-institutions", "k5", 2, "134家", "134 institutions"),
    ("jitri-projects", "k5", 3, "超300个", "300+ projects"),
    ("jitri-collaborations", "k5", 3, "8项", "8 collaborations"),
    ("universities", "k5", 4, "33所", "33 universities"),
    ("national-institutes", "k5", 4, "15家", "15 institutions"),
    ("china-unicorns", "k6", 1, "5家", "5 firms"),
    ("china-potential-unicorns", "k6", 1, "49家", "49 firms"),
    ("unicorns-cultivated", "k6", 1, "超200家", "200+ firms"),
    ("gazelles", "k6", 1, "近900家", "nearly 900 firms"),
    ("industry-fund", "k6", 2, "100亿元", "10 billion yuan"),
    ("venture-fund", "k6", 2, "15亿元", "1.5 billion yuan"),
    ("yuankedai-firms", "k6", 2, "超500家", "500+ firms"),
    ("yuankedai-credit", "k6", 2, "近50亿元", "nearly 5 billion yuan"),
    ("nursery-ipos", "k6", 3, "25家", "25 firms"),
    ("nursery-firms", "k6", 3, "448家", "448 firms"),
    ("nursery-target", "k6", 3, "不少于500家", "at least 500 firms"),
    ("candidates-target", "k6", 3, "不少于100家", "at least 100 firms"),
    ("ipo-systems", "k6", 3, "6个", "6 systems"),
    ("anniversary", "k6", 4, "30年", "30 years"),
    ("national-talent-2022", "k3", 1, "≈47人", "≈47 people"),
    ("talent-projects-2022", "k3", 4, "≈190个", "≈190 projects"),
    ("ip-financing-2022", "k4", 5, "≈8亿元", "≈800 million yuan"),
    ("class3-new-share", "k2", 8, "≈18.6%", "≈18.6%"),
    ("talent-unicorn-share", "k3", 2, "≈7.6%", "≈7.6%"),
    ("nursery-progress", "k6", 3, "≈89.6%", "≈89.6%"),
];

#[test]
fn every_figure_reads_right_in_both_languages() {
    let report = sip_explainer::data::report();
    for (id, section, _, zh, en) in EXPECTED {
        let d = report.datum(id).unwrap_or_else(|| panic!("{id} is missing from the report"));
        assert_eq!(d.section, *section, "{id}: section");
        assert_eq!(format::plain(&d, Lang::Zh), *zh, "{id}: Chinese");
        assert_eq!(format::plain(&d, Lang::En), *en, "{id}: English");
    }
}

#[test]
fn the_report_holds_exactly_these_figures() {
    let report = sip_explainer::data::report();
    let ids: Vec<&str> = report.figures.iter().map(|f| &*f.id).chain(report.derived.iter().map(|d| &*d.id)).collect();
    let expected: Vec<&str> = EXPECTED.iter().map(|e| e.0).collect();
    assert_eq!(ids, expected);
    assert!(report.figures.len() > 55, "the article gives more than 55 figures");
}

#[test]
fn cumulative_figures_are_the_ones_the_article_calls_cumulative() {
    let report = sip_explainer::data::report();
    let cumulative: Vec<&str> = report.figures.iter().filter(|f| f.cumulative).map(|f| &*f.id).collect();
    assert_eq!(
        cumulative,
        [
            "listed-firms",
            "class3-total",
            "talent-supported",
            "talent-capital",
            "ai-scenarios",
            "ai-benchmarks",
            "unicorns-cultivated",
            "gazelles",
            "yuankedai-firms",
            "yuankedai-credit",
            "nursery-target",
            "candidates-target",
        ]
    );
}

#[test]
fn every_figure_names_its_paragraph_in_both_languages() {
    let report = sip_explainer::data::report();
    let ordinals =
        [("k1", "一", 1), ("k2", "二", 2), ("k3", "三", 3), ("k4", "四", 4), ("k5", "五", 5), ("k6", "六", 6)];
    for (id, section, paragraph, _, _) in EXPECTED {
        let (_, zh_n, en_n) = ordinals.iter().find(|o| o.0 == *section).unwrap();
        assert_eq!(source::locator(report, id, Lang::Zh), format!("关键词{zh_n} · 第{paragraph}段"), "{id}");
        assert_eq!(source::locator(report, id, Lang::En), format!("Keyword {en_n}, paragraph {paragraph}"), "{id}");
    }
}

#[test]
fn derived_figures_name_their_rule_and_inputs() {
    let report = sip_explainer::data::report();
    for (id, zh, en) in [
        (
            "national-talent-2022",
            "推算:67人 ÷ (1 + 42.6%);依据关键词三 · 第1段",
            "Derived: 67 people ÷ (1 + 42.6%), from Keyword 3, paragraph 1",
        ),
        (
            "talent-projects-2022",
            "推算:272个 ÷ (1 + 42%);依据关键词三 · 第4段",
            "Derived: 272 projects ÷ (1 + 42%), from Keyword 3, paragraph 4",
        ),
        (
            "ip-financing-2022",
            "推算:22.89亿元 ÷ 2.8;依据关键词四 · 第5段",
            "Derived: 2.289 billion yuan ÷ 2.8, from Keyword 4, paragraph 5",
        ),
        (
            "nursery-progress",
            "推算:448家 ÷ 不少于500家 × 100%(假定已认定的苗圃企业都计入入库企业;原文没有说明两者是否同一口径);依据关键词六 · 第3段",
            "Derived: 448 firms ÷ at least 500 firms × 100% (assuming every firm recognised as a nursery firm counts as enrolled; the article does not say whether the two are the same), from Keyword 6, paragraph 3",
        ),
    ] {
        assert_eq!(source::note(report, id, Lang::Zh), zh);
        assert_eq!(source::note(report, id, Lang::En), en);
    }
    // A reported figure has a place, not a method.
    assert_eq!(source::method(report, "ai-output", Lang::En), None);
    assert_eq!(source::note(report, "ai-output", Lang::En), "Keyword 1, paragraph 1");
}

#[test]
fn derived_figures_claim_only_what_their_inputs_allow() {
    let report = sip_explainer::data::report();
    // 272 ÷ (1 + 42%), where 42% may be anything from 41.5% to 42.5%: 190.9 to 192.2.
    let d = report.derived_def("talent-projects-2022").unwrap();
    let (lo, hi) = report.interval(d).unwrap();
    assert!((190.8..191.0).contains(&lo) && (192.1..192.3).contains(&hi), "{lo}..{hi}");
    // 22.89亿 ÷ 2.8, where 2.8 may be 2.75 to 2.85: 8.03亿 to 8.33亿, so ≈8亿, not ≈8.2亿.
    let d = report.derived_def("ip-financing-2022").unwrap();
    let (lo, hi) = report.interval(d).unwrap();
    assert!(lo > 8.0e8 && hi < 8.4e8 && hi - lo > 0.25e8, "{lo}..{hi}");
    // No share of two lower bounds: the AI share of emerging-industry output is gone.
    assert!(report.datum("ai-share").is_none());
    for d in report.derived.iter() {
        for input in d.inputs.iter() {
            let f = report.figure(input).unwrap();
            assert!(!matches!(f.bound, sip_report::Bound::Over | sip_report::Bound::Nearly), "{}: {input}", d.id);
        }
    }
}
