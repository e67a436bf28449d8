//! Derived figures, and `Datum`: one view over reported and derived figures alike.
//!
//! A derived figure is computed here from the reported ones by a rule named in the data
//! (baseline, share, progress) and always carries `Bound::Approx` and `derived = true`, so
//! every place that shows it can say so.

use crate::model::*;

/// A figure ready to show: reported by the article or derived by us.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Datum<'a> {
    pub id: &'a str,
    pub section: &'a str,
    pub label: &'a Text,
    /// The value in base units (yuan, people, percent…).
    pub value: f64,
    pub unit: &'a Unit,
    pub bound: Bound,
    pub cumulative: bool,
    pub period: &'a Period,
    pub scope: Option<&'a Text>,
    /// True when computed by us rather than stated in the article.
    pub derived: bool,
}

impl Report {
    /// The figure or derived figure with this id, resolved and computed.
    ///
    /// Returns `None` for an unknown id or one whose inputs are missing; a validated report
    /// has neither.
    pub fn datum(&self, id: &str) -> Option<Datum<'_>> {
        if let Some(f) = self.figure(id) {
            return Some(Datum {
                id: &f.id,
                section: &f.section,
                label: &f.label,
                value: f.base_value(),
                unit: self.unit(&f.unit)?,
                bound: f.bound,
                cumulative: f.cumulative,
                period: self.period(&f.period)?,
                scope: f.scope.as_ref(),
                derived: false,
            });
        }
        let d = self.derived_def(id)?;
        let (value, unit) = self.compute(d)?;
        Some(Datum {
            id: &d.id,
            section: &d.section,
            label: &d.label,
            value,
            unit,
            bound: Bound::Approx,
            cumulative: false,
            period: self.period(&d.period)?,
            scope: None,
            derived: true,
        })
    }

    /// The derived baseline for a growth or multiple figure, if the data defines one.
    pub fn baseline_of(&self, change_id: &str) -> Option<Datum<'_>> {
        let d = self
            .derived
            .iter()
            .find(|d| d.kind == DerivedKind::Baseline && d.inputs.first().map(|s| &**s) == Some(change_id))?;
        self.datum(&d.id)
    }

    /// The first unit of kind percent: what shares and progress are measured in.
    pub fn percent_unit(&self) -> Option<&Unit> {
        self.units.iter().map(|(_, u)| u).find(|u| u.kind == UnitKind::Percent)
    }

    fn compute(&self, d: &DerivedDef) -> Option<(f64, &Unit)> {
        match d.kind {
            DerivedKind::Baseline => {
                let change = self.figure(d.inputs.first()?)?;
                let base = self.figure(change.change_of.as_deref()?)?;
                let unit = self.unit(&base.unit)?;
                let value = match self.unit(&change.unit)?.kind {
                    UnitKind::Growth => base.base_value() / (1.0 + change.value / 100.0),
                    UnitKind::Multiple => base.base_value() / change.value,
                    _ => return None,
                };
                Some((value, unit))
            }
            DerivedKind::Share | DerivedKind::Progress => {
                let part = self.figure(d.inputs.first()?)?;
                let whole = self.figure(d.inputs.get(1)?)?;
                Some((part.base_value() / whole.base_value() * 100.0, self.percent_unit()?))
            }
        }
    }
}
