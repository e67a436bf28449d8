//! The interface's own words in both languages (buttons, headings, legends).
//!
//! The report's words live in `data/report.toml`; these are the app's chrome, the same for
//! any report.

use sip_report::Lang;

/// Every string of the interface, for one language.
#[derive(Debug)]
pub struct Ui {
    pub lang_name: &'static str,
    pub switch_to: &'static str,
    pub skip_link: &'static str,
    pub report_card: &'static str,
    pub keyword_sections: &'static str,
    pub source: &'static str,
    pub source_prefix: &'static str,
    pub published: &'static str,
    pub derived: &'static str,
    pub derived_note: &'static str,
    pub reported: &'static str,
    pub date_not_given: &'static str,
    pub target: &'static str,
    pub log_scale: &'static str,
    pub figures_heading: &'static str,
    pub lists_heading: &'static str,
    pub firsts_heading: &'static str,
    pub chart: &'static str,
    pub data_table: &'static str,
    pub legend_reported: &'static str,
    pub legend_derived: &'static str,
    pub legend_over: &'static str,
    pub col_label: &'static str,
    pub col_value: &'static str,
    pub col_qualifier: &'static str,
    pub col_period: &'static str,
    pub col_source: &'static str,
    pub footer_note: &'static str,
    pub back_to_top: &'static str,
    pub all_figures: &'static str,
    pub all_figures_intro: &'static str,
}

const ZH: Ui = Ui {
    lang_name: "中文",
    switch_to: "English",
    skip_link: "跳到正文",
    report_card: "成绩单一览",
    keyword_sections: "六个关键词",
    source: "来源",
    source_prefix: "出处:",
    published: "发布于",
    derived: "推算",
    derived_note: "本页根据原文数字计算,原文未直接给出",
    reported: "原文数字",
    date_not_given: "原文未注明日期",
    target: "目标",
    log_scale: "对数刻度:每条网格线是前一条的10倍",
    figures_heading: "关键数字",
    lists_heading: "清单",
    firsts_heading: "首创",
    chart: "图表",
    data_table: "数据表",
    legend_reported: "原文数字",
    legend_derived: "推算(斜线)",
    legend_over: "箭头:下限(“超”)",
    col_label: "指标",
    col_value: "数值",
    col_qualifier: "限定",
    col_period: "时间",
    col_source: "出处",
    footer_note: "本页的说明文字为自行撰写;所有数字均来自原文,标注“推算”的除外。",
    back_to_top: "回到顶部",
    all_figures: "全部数字",
    all_figures_intro: "原文中的每一个数字,按关键词排列。",
};

const EN: Ui = Ui {
    lang_name: "English",
    switch_to: "中文",
    skip_link: "Skip to content",
    report_card: "The report card",
    keyword_sections: "Six keywords",
    source: "Source",
    source_prefix: "Source: ",
    published: "published",
    derived: "derived",
    derived_note: "calculated here from the article's figures; not stated in the article",
    reported: "as reported",
    date_not_given: "date not given",
    target: "target",
    log_scale: "Log scale: each grid line is ten times the one before",
    figures_heading: "Key figures",
    lists_heading: "Lists",
    firsts_heading: "Firsts",
    chart: "Chart",
    data_table: "Data table",
    legend_reported: "reported",
    legend_derived: "derived (hatched)",
    legend_over: "arrow: lower bound (“over”)",
    col_label: "Measure",
    col_value: "Value",
    col_qualifier: "Qualifier",
    col_period: "Period",
    col_source: "Source",
    footer_note: "The explanations are our own words; every figure comes from the article except those marked “derived”.",
    back_to_top: "Back to top",
    all_figures: "Every figure",
    all_figures_intro: "Each figure in the article, by keyword.",
};

/// The interface strings for a language.
pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
