//! Every figure of the article, as the page must show it in each language, each line
//! checked by hand against the article: a change in the data or the formatting shows here.
#![cfg(not(target_arch = "wasm32"))]

use sip_report::{format, Lang};

/// (id, keyword section, Chinese, English)
const EXPECTED: &[(&str, &str, &str, &str)] = &[
    ("ai-output", "k1", "超1000亿元", "over 100 billion yuan"),
    ("ai-firms", "k1", "超1700家", "1,700+ firms"),
    ("emerging-output", "k1", "超4000亿元", "over 400 billion yuan"),
    ("national-key-labs", "k1", "3家", "3 laboratories"),
    ("enterprise-tech-centres", "k1", "1家", "1 centre"),
    ("new-consortia", "k1", "9家", "9 consortia"),
    ("cultivation-years", "k1", "17年", "17 years"),
    ("clusters-623", "k1", "6个", "6 clusters"),
    ("chains-623", "k1", "23条", "23 chains"),
    ("rd-intensity", "k2", "5.16%", "5.16%"),
    ("rd-mark", "k2", "5%", "5%"),
    ("suzhou-pilot-consortia", "k2", "3家", "3 consortia"),
    ("provincial-consortia", "k2", "4家", "4 consortia"),
    ("provincial-consortia-share", "k2", "近30%", "nearly 30%"),
    ("municipal-consortia", "k2", "12家", "12 consortia"),
    ("municipal-consortia-share", "k2", "近30%", "nearly 30%"),
    ("tech-firms", "k2", "超1万家", "10,000+ firms"),
    ("high-tech-firms", "k2", "近2800家", "nearly 2,800 firms"),
    ("little-giants", "k2", "85家", "85 firms"),
    ("listed-firms", "k2", "66家", "66 firms"),
    ("yiyuanlian-dimensions", "k2", "8个", "8 dimensions"),
    ("class3-new", "k2", "96个", "96 certificates"),
    ("class3-total", "k2", "516个", "516 certificates"),
    ("disruptive-awards", "k2", "6个", "6 projects"),
    ("disruptive-share", "k2", "60%", "60%"),
    ("niche-fields", "k2", "超10个", "10+ fields"),
    ("leading-talent", "k3", "超2600人", "2,600+ people"),
    ("high-level-talent", "k3", "6.3万人", "63,000 people"),
    ("national-talent-new", "k3", "67人", "67 people"),
    ("national-talent-growth", "k3", "+42.6%", "+42.6%"),
    ("program-years", "k3", "17年", "17 years"),
    ("talent-firms", "k3", "2602家", "2,602 firms"),
    ("talent-unicorns", "k3", "198家", "198 firms"),
    ("talent-listed", "k3", "40家", "40 firms"),
    ("talent-projects-new", "k3", "272个", "272 projects"),
    ("talent-projects-growth", "k3", "+42%", "+42%"),
    ("talent-supported", "k3", "超2600人", "2,600+ people"),
    ("talent-capital", "k3", "超700亿元", "over 70 billion yuan"),
    ("pipeline-credit", "k4", "1000万元", "10 million yuan"),
    ("pipeline-first-loan", "k4", "500万元", "5 million yuan"),
    ("drug-rule-years", "k4", "10年", "10 years"),
    ("drug-rule-cost", "k4", "10亿美元", "1 billion US dollars"),
    ("ip-loans", "k4", "132笔", "132 loans"),
    ("ip-financing", "k4", "22.89亿元", "2.289 billion yuan"),
    ("ip-financing-multiple", "k4", "2.8倍", "2.8 times"),
    ("biomed-financing", "k4", "超500亿元", "over 50 billion yuan"),
    ("biomed-financing-share", "k4", "超20%", "over 20%"),
    ("ai-scenarios", "k5", "95项", "95 scenarios"),
    ("ai-benchmarks", "k5", "30个", "30 projects"),
    ("new-rd-institutions", "k5", "134家", "134 institutions"),
    ("jitri-projects", "k5", "超300个", "300+ projects"),
    ("jitri-collaborations", "k5", "8项", "8 collaborations"),
    ("universities", "k5", "33所", "33 universities"),
    ("national-institutes", "k5", "15家", "15 institutions"),
    ("china-unicorns", "k6", "5家", "5 firms"),
    ("china-potential-unicorns", "k6", "49家", "49 firms"),
    ("unicorns-cultivated", "k6", "超200家", "200+ firms"),
    ("gazelles", "k6", "近900家", "nearly 900 firms"),
    ("industry-fund", "k6", "100亿元", "10 billion yuan"),
    ("venture-fund", "k6", "15亿元", "1.5 billion yuan"),
    ("yuankedai-firms", "k6", "超500家", "500+ firms"),
    ("yuankedai-credit", "k6", "近50亿元", "nearly 5 billion yuan"),
    ("nursery-ipos", "k6", "25家", "25 firms"),
    ("nursery-firms", "k6", "448家", "448 firms"),
    ("nursery-target", "k6", "不少于500家", "at least 500 firms"),
    ("candidates-target", "k6", "不少于100家", "at least 100 firms"),
    ("ipo-systems", "k6", "6个", "6 systems"),
    ("national-talent-2022", "k3", "≈47人", "≈47 people"),
    ("talent-projects-2022", "k3", "≈192个", "≈192 projects"),
    ("ip-financing-2022", "k4", "≈8.2亿元", "≈820 million yuan"),
    ("ai-share", "k1", "≈25%", "≈25%"),
    ("class3-new-share", "k2", "≈18.6%", "≈18.6%"),
    ("talent-unicorn-share", "k3", "≈7.6%", "≈7.6%"),
    ("nursery-progress", "k6", "≈89.6%", "≈89.6%"),
];

#[test]
fn every_figure_reads_right_in_both_languages() {
    let report = sip_explainer::data::report();
    for (id, section, zh, en) in EXPECTED {
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
            "provincial-consortia",
            "municipal-consortia",
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
            "nursery-firms",
            "nursery-target",
            "candidates-target",
        ]
    );
}
