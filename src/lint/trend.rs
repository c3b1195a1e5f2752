//! Violations over time from uploaded lint reports: for each UTC day of a window, what the
//! newest report of each place (repository branch and path) known at the end of that day
//! counted, summed over places, in total and per rule. A place that did not report on a day
//! keeps its last count (the code did not change because CI did not run). Pure: the server
//! reads the reports and hands them here.

use std::collections::BTreeMap;

use crate::clock::civil_date;

/// One stored report, reduced to what the trend needs.
#[derive(Debug, Clone)]
pub struct Point {
    /// The repository id and the path in it.
    pub place: (i64, String),
    /// Report id (ties at one second go to the later upload).
    pub id: i64,
    pub at: i64,
    /// Violations per rule label.
    pub rules: BTreeMap<String, u64>,
}

/// One day of the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// `YYYY-MM-DD` (UTC).
    pub date: String,
    pub total: u64,
    pub by_rule: BTreeMap<String, u64>,
}

const DAY: i64 = 86_400;

/// The `days` days ending with the one `now` falls in, oldest first.
pub fn daily(points: &[Point], now: i64, days: u32) -> Vec<Day> {
    let today = now.div_euclid(DAY);
    let mut sorted: Vec<&Point> = points.iter().collect();
    sorted.sort_by_key(|p| (p.at, p.id));
    (0..i64::from(days))
        .rev()
        .map(|back| {
            let day = today - back;
            let end = (day + 1) * DAY;
            let mut newest: BTreeMap<&(i64, String), &Point> = BTreeMap::new();
            for p in sorted.iter().take_while(|p| p.at < end) {
                newest.insert(&p.place, p);
            }
            let mut by_rule: BTreeMap<String, u64> = BTreeMap::new();
            for p in newest.values() {
                for (rule, n) in &p.rules {
                    *by_rule.entry(rule.clone()).or_default() += n;
                }
            }
            let (y, m, d) = civil_date(day * DAY);
            Day {
                date: format!("{y:04}-{m:02}-{d:02}"),
                total: by_rule.values().sum(),
                by_rule,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(repo: i64, id: i64, at: i64, n: u64) -> Point {
        Point {
            place: (repo, String::new()),
            id,
            at,
            rules: BTreeMap::from([("s/1".to_string(), n)]),
        }
    }

    #[test]
    fn carries_each_place_forward_and_sums_places() {
        // 2026-12-01T00:00Z = 1_796_083_200.
        let d1 = 1_796_083_200;
        let points = [
            point(1, 1, d1 + 10, 5),
            point(1, 2, d1 + DAY + 10, 3),
            point(2, 3, d1 + DAY + 20, 4),
            point(1, 4, d1 + 2 * DAY + 5, 0),
        ];
        let days = daily(&points, d1 + 2 * DAY + 100, 4);
        let totals: Vec<(String, u64)> = days.iter().map(|d| (d.date.clone(), d.total)).collect();
        assert_eq!(
            totals,
            [
                ("2026-11-30".into(), 0),
                ("2026-12-01".into(), 5),
                ("2026-12-02".into(), 7),
                ("2026-12-03".into(), 4),
            ]
        );
        assert_eq!(days[2].by_rule["s/1"], 7);
    }
}
