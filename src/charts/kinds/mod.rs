//! The chart kinds, one module each: what a kind shows (its model, built from a chart entry in
//! a language), its marks, its drawing (which returns the height it took) and its description
//! in words. `ChartModel` is the one place that lists them: the `kinds!` line below says which
//! module draws which `ChartKind` of the data.

pub mod bars;
pub mod growth;
pub mod progress;
pub mod share;
pub mod steps;
pub mod threshold;
pub mod timeline;

use super::draw::{Area, Drawn, MarkBox};
use super::mark::Mark;
use crate::i18n::Ui;
use plotters::prelude::DrawingBackend;
use sip_report::{Chart, ChartKind, Lang, Report};

macro_rules! kinds {
    ($($variant:ident($module:ident::$model:ident) for $($kind:ident)|+;)+) => {
        /// A chart ready to draw, in one language: one variant per kind.
        #[derive(Clone, Debug, PartialEq)]
        pub enum ChartModel {
            $($variant($module::$model),)+
        }

        /// The model of a chart in a language. A validated report always yields one; `None`
        /// means the chart refers to something missing.
        pub fn chart_model(report: &Report, chart: &Chart, lang: Lang) -> Option<ChartModel> {
            Some(match chart.kind {
                $($(ChartKind::$kind)|+ => ChartModel::$variant($module::$model::build(report, chart, lang)?),)+
            })
        }

        impl ChartModel {
            /// Every mark, in reading order: what the tooltips, the keyboard, the data table and
            /// the CSV walk through.
            pub fn marks(&self) -> Vec<&Mark> {
                match self {
                    $(ChartModel::$variant(m) => m.marks(),)+
                }
            }

            /// Draws the chart on any plotters backend, pushing one box per mark; returns the
            /// height the drawing took.
            pub fn draw<DB: DrawingBackend>(&self, area: &Area<DB>, ui: &Ui, boxes: &mut Vec<MarkBox>) -> Drawn<DB> {
                match self {
                    $(ChartModel::$variant(m) => m.draw(area, ui, boxes),)+
                }
            }

            /// The chart in words, for screen readers.
            pub fn describe(&self, lang: Lang) -> String {
                match self {
                    $(ChartModel::$variant(m) => m.describe(lang),)+
                }
            }

            /// Whether its marks carry values, or only words and dates (steps, a timeline).
            pub fn has_values(&self) -> bool {
                match self {
                    $(ChartModel::$variant(_) => $module::$model::HAS_VALUES,)+
                }
            }

            /// Whether the chart shows a derived figure: a derived mark, or a derived share or
            /// progress written in words (its source line then says how such figures are
            /// worked out).
            pub fn has_derived(&self) -> bool {
                let in_words = match self {
                    $(ChartModel::$variant(_) => $module::$model::DERIVED_IN_WORDS,)+
                };
                in_words || self.marks().iter().any(|m| m.derived)
            }
        }
    };
}

kinds! {
    Bars(bars::Bars) for Bars | LogBars;
    Growth(growth::Growth) for Growth;
    Threshold(threshold::Threshold) for Threshold;
    Progress(progress::Progress) for Progress;
    Share(share::Share) for Share;
    Steps(steps::Steps) for Steps;
    Timeline(timeline::Timeline) for Timeline;
}
