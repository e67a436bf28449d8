//! The data model of a report, shared by the build script, the wasm app and the tests.
//!
//! Every struct denies unknown fields so that a typo in the data file is an error, not a
//! silently missing figure. Texts and lists are `Cow`s: loaded from TOML they are owned; the
//! wasm gets the report as a `static` the build script writes (with `databake`), borrowed, so
//! it carries neither a decoder nor a decoding step.

use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;

/// A text of the report: owned when loaded, borrowed when built into the app.
pub type Str = Cow<'static, str>;
/// A list of the report: owned when loaded, borrowed when built into the app.
pub type List<T> = Cow<'static, [T]>;
/// A TOML table of named entries (`[units.yuan]`), sorted by name.
pub type Keyed<T> = List<(Str, T)>;

/// Writes a `Keyed` list as the map it was read from (for the JSON dataset).
fn keyed_as_map<T: Serialize + Clone, S: Serializer>(entries: &Keyed<T>, s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(entries.iter().map(|(k, v)| (k, v)))
}

/// A language the report is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag, for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language of a BCP 47 tag this report writes (`zh-CN`, `en`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The other language, for the toggle.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub meta: Meta,
    #[serde(serialize_with = "keyed_as_map")]
    pub units: Keyed<Unit>,
    #[serde(serialize_with = "keyed_as_map")]
    pub periods: Keyed<Period>,
    pub sections: List<Section>,
    pub figures: List<Figure>,
    pub derived: List<DerivedDef>,
    pub lists: List<NamedList>,
    pub firsts: List<First>,
    pub charts: List<Chart>,
    /// The article's own text, paragraph by paragraph, with our translations of the
    /// sentences the figures cite (see `article`). The wasm's copy leaves it out: quotes live
    /// in the prerendered HTML.
    pub article: List<ArticleSection>,
    /// What this explainer has corrected, added or clarified since it was first published.
    pub changes: List<Change>,
    /// Terms a reader may stop at, explained.
    pub glossary: List<Term>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Starts the names of downloaded files (`sip-2023-k4-ip-financing.csv`).
    pub slug: Str,
    pub title: Text,
    pub subtitle: Text,
    pub article_title: Text,
    pub publisher: Text,
    /// ISO date, `YYYY-MM-DD`.
    pub published: Str,
    /// Prose (see `prose`): numbers only as references to figures or periods.
    pub intro: Text,
    /// The explainer's own name, for citations and metadata.
    pub site_name: Text,
    /// The date of this edition of the explainer, `YYYY-MM-DD`, for citations.
    pub updated: Str,
    /// The licence of our own text, charts and data file (the figures are the publisher's).
    pub licence: Licence,
    /// How far a first reaches, in words: the country, or the country or the province the
    /// report's place is in.
    pub first_scopes: FirstScopes,
    /// The edition of this explainer (`updated` is its date); raised with every change.
    pub version: Str,
    /// Set phrases that hold a numeral but count nothing (第三代, 三大): prose may use them.
    #[serde(default)]
    pub set_phrases: List<Str>,
}

/// The words for each `FirstScope`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct FirstScopes {
    pub national: Text,
    pub national_or_provincial: Text,
}

impl FirstScopes {
    /// A scope in words: "全国首创" / "a first in China".
    pub fn get(&self, scope: FirstScope, lang: Lang) -> &str {
        match scope {
            FirstScope::National => self.national.get(lang),
            FirstScope::NationalOrProvincial => self.national_or_provincial.get(lang),
        }
    }
}

/// A licence, by name and address.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Licence {
    pub name: Str,
    pub url: Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// An amount of money; formatted with 亿/万 or billion/million.
    Money,
    /// A number of things.
    Count,
    /// A length of time in years.
    Duration,
    /// A share or ratio, in percent.
    Percent,
    /// A year-on-year change, in percent.
    Growth,
    /// "N times" a previous value.
    Multiple,
    /// A place in a ranking (1 = first).
    Rank,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub kind: UnitKind,
    /// Chinese measure word or unit (家, 人, 元, %).
    pub zh: Str,
    /// English plural.
    pub en: Str,
    /// English singular.
    pub en_one: Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    Year,
    Month,
    AsOf,
    Range,
    Target,
    General,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub kind: PeriodKind,
    pub zh: Str,
    pub en: Str,
}

impl Period {
    pub fn label(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One keyword section of the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The fragment id, `k1` … `k6`.
    pub id: Str,
    pub ordinal: Text,
    pub keyword: Text,
    pub theme: Text,
    /// The figure shown for this section in the report-card header.
    pub card: Str,
    /// Figures shown as big-number cards.
    pub headline: List<Str>,
    /// Our own explanation, not the article's sentences. Prose (see `prose`): every number
    /// in it is a reference to a figure, a derived figure or a period.
    pub summary: Text,
}

/// How a reported figure relates to the true value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    #[default]
    Exact,
    /// 超, 多: a lower bound.
    Over,
    /// 近: slightly below the value.
    Nearly,
    /// 不少于: a target floor.
    AtLeast,
    /// 仅: exactly this, and the article stresses how few.
    Only,
    /// Computed by us: rounded, never exact. Not allowed in the data file.
    Approx,
}

/// The power of ten the article writes a value in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    One,
    /// 万, ten thousand.
    Wan,
    /// 亿, a hundred million.
    Yi,
}

impl Scale {
    pub fn factor(self) -> f64 {
        match self {
            Scale::One => 1.0,
            Scale::Wan => 1e4,
            Scale::Yi => 1e8,
        }
    }
}

/// A figure as the article reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: Str,
    pub section: Str,
    pub label: Text,
    pub value: f64,
    pub scale: Scale,
    pub unit: Str,
    pub bound: Bound,
    pub cumulative: bool,
    pub period: Str,
    #[serde(default)]
    pub scope: Option<Text>,
    /// For a growth rate or a multiple: the figure it describes.
    #[serde(default)]
    pub change_of: Option<Str>,
    /// Where the article states it: the paragraph (from 1) of its keyword section.
    pub paragraph: u32,
    /// The figure as the article writes it, qualifier included: "突破千亿元", "近30%",
    /// "500多家". The build checks that it says this figure's value and bound.
    pub written: Str,
    /// A longer stretch of the paragraph that holds `written`, when `written` alone occurs
    /// more than once there ("占全省近30%").
    #[serde(default)]
    pub quote: Option<Str>,
}

impl Figure {
    /// The value in base units (yuan, people, percent…).
    pub fn base_value(&self) -> f64 {
        self.value * self.scale.factor()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum DerivedKind {
    /// inputs = [change]: the changed figure one period earlier.
    Baseline,
    /// inputs = [part, whole]: part ÷ whole in percent.
    Share,
    /// inputs = [value, target]: value ÷ target in percent.
    Progress,
}

/// A figure we compute from the article's figures. Its value is never in the data file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct DerivedDef {
    pub id: Str,
    pub section: Str,
    pub kind: DerivedKind,
    pub inputs: List<Str>,
    pub period: Str,
    pub label: Text,
    /// The step the value is shown rounded to, in base units (10 people, 1e8 yuan, 0.1
    /// percent). Validation rejects a step finer than the inputs' own precision supports.
    pub round_to: f64,
    /// What the calculation takes for granted that the article does not say, shown with its
    /// method.
    #[serde(default)]
    pub assumes: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    pub zh: Str,
    pub en: Str,
    /// A figure this item stands for, shown beside it.
    #[serde(default)]
    pub figure: Option<Str>,
    /// When it happened, as the article dates it: `YYYY` or `YYYY-MM`.
    #[serde(default)]
    pub date: Option<Str>,
    /// The paragraph the item comes from, when not the list's own.
    #[serde(default)]
    pub paragraph: Option<u32>,
}

impl ListItem {
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct NamedList {
    pub id: Str,
    pub section: Str,
    pub title: Text,
    pub items: List<ListItem>,
    /// The paragraph of its keyword section the list comes from.
    pub paragraph: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum FirstScope {
    /// 全国首单 / 全国首个.
    National,
    /// 全国、全省首创 without saying which.
    NationalOrProvincial,
}

/// A "first" (全国首单, 首个) the article claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct First {
    pub id: Str,
    pub section: Str,
    /// `YYYY-MM`, or empty when the article gives no date.
    pub date: Str,
    pub scope: FirstScope,
    pub label: Text,
    /// The paragraph of its keyword section that claims it.
    pub paragraph: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// Horizontal bars of figures of one unit kind.
    Bars,
    /// Bars on a log scale, for counts too far apart for one linear scale.
    LogBars,
    /// For each growth figure, the derived earlier value beside the reported one.
    Growth,
    /// figures = [value, mark]: a value against a reference line.
    Threshold,
    /// figures = [value, target]: progress towards a target.
    Progress,
    /// figures = [part, whole]: a part inside its whole.
    Share,
    /// list: numbered steps.
    Steps,
    /// The section's firsts by date.
    Timeline,
}

impl ChartKind {
    /// Whether a chart of this kind draws its list whole, so the page need not repeat it as
    /// text (a ladder that only names rungs does not).
    pub fn draws_its_list(self) -> bool {
        self == ChartKind::Steps
    }

    /// Whether a chart of this kind draws its section's firsts, so the page need not list them.
    pub fn draws_the_firsts(self) -> bool {
        self == ChartKind::Timeline
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Chart {
    pub id: Str,
    pub section: Str,
    pub kind: ChartKind,
    pub title: Text,
    #[serde(default)]
    pub figures: List<Str>,
    #[serde(default)]
    pub list: Option<Str>,
    /// Ids this chart had before: links that name them (`#chart-platforms`) still open it.
    #[serde(default)]
    pub formerly: List<Str>,
}

/// One keyword section of the article, as published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct ArticleSection {
    pub section: Str,
    /// Its paragraphs after the two heading lines, verbatim.
    pub paragraphs: List<Str>,
    /// Our English translations of the sentences figures cite.
    #[serde(default)]
    pub translations: List<Translation>,
}

/// Our translation of one sentence of the article (see `article::sentences`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The paragraph, from 1.
    pub paragraph: u32,
    /// The sentence within it, from 1.
    pub sentence: u32,
    pub en: Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Something we showed was wrong or misleading.
    Correction,
    /// Something the article says that we had left out.
    Addition,
    /// Something right that read wrongly.
    Clarification,
}

/// One change to this explainer after it was first published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// `YYYY-MM-DD`.
    pub date: Str,
    pub kind: ChangeKind,
    /// What changed: one of a figure, a chart, a section's summary (its id) or a list.
    #[serde(default)]
    pub figure: Option<Str>,
    #[serde(default)]
    pub chart: Option<Str>,
    #[serde(default)]
    pub section: Option<Str>,
    #[serde(default)]
    pub list: Option<Str>,
    /// The chart was taken down: its old links (its id, and `formerly`) open this note.
    #[serde(default)]
    pub removed: bool,
    #[serde(default)]
    pub formerly: List<Str>,
    pub was: Text,
    pub now: Text,
    pub why: Text,
}

impl Change {
    /// What it is about, as `(kind, id)`: `("figure", "ai-output")`.
    pub fn subject(&self) -> Option<(&'static str, &str)> {
        [("figure", &self.figure), ("chart", &self.chart), ("section", &self.section), ("list", &self.list)]
            .into_iter()
            .find_map(|(k, v)| v.as_deref().map(|v| (k, v)))
    }
}

/// A place in the article: a paragraph of a keyword section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub section: Str,
    pub paragraph: u32,
}

/// A public document that sets a criterion our note gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub issuer: Text,
    pub title: Text,
    pub year: u32,
}

/// A term of art, explained: by the article itself (`explained_in`), or else in our own note,
/// which gives a number only with the `document` that sets it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "bake", derive(databake::Bake), databake(path = sip_report::model))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: Str,
    pub term: Text,
    pub definition: Text,
    #[serde(default)]
    pub explained_in: Option<Place>,
    #[serde(default)]
    pub document: Option<Document>,
    /// How the article words it, when not as `term.zh` (the build finds it in the article).
    #[serde(default)]
    pub article_form: Option<Str>,
}

impl Report {
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn derived_def(&self, id: &str) -> Option<&DerivedDef> {
        self.derived.iter().find(|d| d.id == id)
    }

    pub fn list(&self, id: &str) -> Option<&NamedList> {
        self.lists.iter().find(|l| l.id == id)
    }

    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|(k, _)| k == id).map(|(_, u)| u)
    }

    pub fn period(&self, id: &str) -> Option<&Period> {
        self.periods.iter().find(|(k, _)| k == id).map(|(_, p)| p)
    }

    /// The index (0-based) of a section in reading order.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    /// The chart with this id, or the one that had it before (see `Chart::formerly`).
    pub fn chart(&self, id: &str) -> Option<&Chart> {
        self.charts
            .iter()
            .find(|c| c.id == id)
            .or_else(|| self.charts.iter().find(|c| c.formerly.iter().any(|f| f == id)))
    }

    pub fn charts_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Chart> + 'a {
        self.charts.iter().filter(move |c| c.section == section)
    }

    pub fn lists_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a NamedList> + 'a {
        self.lists.iter().filter(move |l| l.section == section)
    }

    pub fn firsts_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a First> + 'a {
        self.firsts.iter().filter(move |f| f.section == section)
    }

    pub fn figures_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.section == section)
    }
}
