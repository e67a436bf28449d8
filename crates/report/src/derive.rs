//! Derived figures, and `Datum`: one view over reported and derived figures alike.
//!
//! A derived figure is computed here from the reported ones by a rule named in the data
//! (baseline, share, progress) and always carries `Bound::Approx` and `derived = true`, so
//! every place that shows it can say so. Its value is shown rounded to the step the data
//! names (`round_to`); `interval` says what the inputs, as rounded by the article, allow, and
//! validation checks that the step claims no more than that.

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
        let value = if d.round_to > 0.0 { (value / d.round_to).round() * d.round_to } else { value };
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

    /// The range a derived figure's true value lies in, given that each input is only as
    /// precise as the article wrote it (see `half_step`). `None` for a missing input.
    pub fn interval(&self, d: &DerivedDef) -> Option<(f64, f64)> {
        let range = |f: &Figure| {
            let h = self.half_step(f);
            (f.base_value() - h, f.base_value() + h)
        };
        match d.kind {
            DerivedKind::Baseline => {
                let change = self.figure(d.inputs.first()?)?;
                let base = self.figure(change.change_of.as_deref()?)?;
                let (b_lo, b_hi) = range(base);
                let (c_lo, c_hi) = (change.value - self.half_step(change), change.value + self.half_step(change));
                match self.unit(&change.unit)?.kind {
                    UnitKind::Growth => Some((b_lo / (1.0 + c_hi / 100.0), b_hi / (1.0 + c_lo / 100.0))),
                    UnitKind::Multiple => Some((b_lo / c_hi, b_hi / c_lo)),
                    _ => None,
                }
            }
            DerivedKind::Share | DerivedKind::Progress => {
                let (p_lo, p_hi) = range(self.figure(d.inputs.first()?)?);
                let (w_lo, w_hi) = range(self.figure(d.inputs.get(1)?)?);
                Some((p_lo / w_hi * 100.0, p_hi / w_lo * 100.0))
            }
        }
    }

    /// Half the last step the article wrote a figure to, in base units: 0 for a whole count
    /// (67 people is exactly 67), 0.05 for "42.6%", 0.5 for "42%", 0.005 亿 for "22.89亿元".
    pub fn half_step(&self, f: &Figure) -> f64 {
        let whole_count =
            matches!(self.unit(&f.unit).map(|u| u.kind), Some(UnitKind::Count | UnitKind::Duration | UnitKind::Rank))
                && f.scale == Scale::One
                && f.value.fract() == 0.0;
        if whole_count {
            return 0.0;
        }
        let decimals = (0..=6).find(|&n| {
            let x = f.value * 10f64.powi(n);
            (x - x.round()).abs() < 1e-6
        });
        0.5 * 10f64.powi(-decimals.unwrap_or(6)) * f.scale.factor()
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
