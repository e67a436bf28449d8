//! Number formatting in both languages: magnitudes, separators, qualifiers, derived values.
#![cfg(not(target_arch = "wasm32"))]

use sip_report::format::{decimal, grouped, value};
use sip_report::{Bound, Lang, Unit, UnitKind};

fn unit(kind: UnitKind, zh: &str, en: &str, en_one: &str) -> Unit {
    Unit { kind, zh: zh.to_string().into(), en: en.to_string().into(), en_one: en_one.to_string().into() }
}

fn check(v: f64, u: &Unit, bound: Bound, zh: &str, en: &str) {
    assert_eq!(value(v, u, bound, Lang::Zh).to_string(), zh, "{v} {bound:?} in Chinese");
    assert_eq!(value(v, u, bound, Lang::En).to_string(), en, "{v} {bound:?} in English");
}

#[test]
fn money_uses_yi_and_wan_or_billion_and_million() {
    let yuan = unit(UnitKind::Money, "元", "yuan", "yuan");
    check(22.89e8, &yuan, Bound::Exact, "22.89亿元", "2.289 billion yuan");
    check(1000e8, &yuan, Bound::Over, "超1000亿元", "over 100 billion yuan");
    check(1000e4, &yuan, Bound::Exact, "1000万元", "10 million yuan");
    check(50e8, &yuan, Bound::Nearly, "近50亿元", "nearly 5 billion yuan");
    check(15e8, &yuan, Bound::Exact, "15亿元", "1.5 billion yuan");
    check(800.0, &yuan, Bound::Exact, "800元", "800 yuan");
    // A derived value arrives rounded to its step (see `derive`) and is shown as it is.
    check(8e8, &yuan, Bound::Approx, "≈8亿元", "≈800 million yuan");
}

#[test]
fn counts_group_thousands_in_english_and_use_wan_in_chinese() {
    let firms = unit(UnitKind::Count, "家", "firms", "firm");
    let people = unit(UnitKind::Count, "人", "people", "person");
    check(1700.0, &firms, Bound::Over, "超1700家", "1,700+ firms");
    check(2800.0, &firms, Bound::Nearly, "近2800家", "nearly 2,800 firms");
    check(10000.0, &firms, Bound::Over, "超1万家", "10,000+ firms");
    check(63000.0, &people, Bound::Exact, "6.3万人", "63,000 people");
    check(12345.0, &people, Bound::Exact, "12345人", "12,345 people");
    check(1.0, &firms, Bound::Exact, "1家", "1 firm");
    check(500.0, &firms, Bound::AtLeast, "不少于500家", "at least 500 firms");
    check(190.0, &people, Bound::Approx, "≈190人", "≈190 people");
    // 仅: exact, and stressed as few.
    let consortia = unit(UnitKind::Count, "家", "consortia", "consortium");
    check(3.0, &consortia, Bound::Only, "仅3家", "only 3 consortia");
}

#[test]
fn rates_keep_their_sign_and_qualifier() {
    let pct = unit(UnitKind::Percent, "%", "%", "%");
    let yoy = unit(UnitKind::Growth, "%", "%", "%");
    let times = unit(UnitKind::Multiple, "倍", "times", "time");
    check(5.16, &pct, Bound::Exact, "5.16%", "5.16%");
    check(30.0, &pct, Bound::Nearly, "近30%", "nearly 30%");
    check(20.0, &pct, Bound::Over, "超20%", "over 20%");
    check(42.6, &yoy, Bound::Exact, "+42.6%", "+42.6%");
    check(2.8, &times, Bound::Exact, "2.8倍", "2.8 times");
    check(89.6, &pct, Bound::Approx, "≈89.6%", "≈89.6%");
    let rank = unit(UnitKind::Rank, "名", "rank", "rank");
    check(1.0, &rank, Bound::Exact, "第1", "No. 1");
}

#[test]
fn decimals_and_groups() {
    for (x, places, want) in [
        (22.89, 2, "22.89"),
        (5.0, 2, "5"),
        (2.2890001, 3, "2.289"),
        (0.0, 2, "0"),
        (0.125, 2, "0.13"),
        (-0.004, 2, "0"),
        (-1.5, 0, "-2"),
        (5.16, 2, "5.16"),
        (0.05, 2, "0.05"),
        (1.999, 2, "2"),
    ] {
        assert_eq!(decimal(x, places), want);
    }
    for (x, want) in [(1234567.0, "1,234,567"), (999.0, "999"), (1000.0, "1,000"), (-2602.5, "-2,602.5")] {
        assert_eq!(grouped(x, 2), want);
    }
}
