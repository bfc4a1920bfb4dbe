//! Charts: what to draw, as plain data (a [`ChartSpec`]: the chart kind and charts-rs options), and drawing it to
//! SVG with charts-rs. Pure Rust, tested natively. The app builds specs on the main thread and a web worker (the
//! `charts` binary) draws them, so the charts code and its embedded font are downloaded only when a chart is
//! first shown, and drawing never blocks typing. charts-rs escapes every text it writes into the SVG.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    Line,
    HorizontalBar,
    Funnel,
}

/// One chart to draw.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    pub kind: ChartKind,
    /// charts-rs options (its `from_json` format).
    pub options: Value,
}

/// Colours that read on a projector: plan in grey-blue, fact in the brand blue, a third series in amber.
const COLORS: [&str; 3] = ["#9aa8ba", "#1d4f91", "#d98e04"];

fn base(title: &str, width: u32, height: u32) -> Value {
    json!({
        "width": width,
        "height": height,
        "title_text": title,
        "title_font_size": 16,
        "title_align": "left",
        "legend_align": "right",
        "margin": {"left": 10, "top": 10, "right": 20, "bottom": 10},
        "series_colors": COLORS,
        "font_family": "Roboto",
    })
}

/// A month's cumulative plan and fact by working day (the fact line stops at the last complete day).
pub fn cumulative(
    title: &str,
    days: &[String],
    (plan_name, plan): (&str, Vec<f64>),
    (fact_name, fact): (&str, Vec<Option<f64>>),
) -> ChartSpec {
    let mut options = base(title, 760, 320);
    options["x_axis_data"] = json!(days);
    options["series_list"] = json!([
        {"name": plan_name, "data": plan, "stroke_dash_array": "6,4"},
        {"name": fact_name, "data": fact},
    ]);
    ChartSpec {
        kind: ChartKind::Line,
        options,
    }
}

/// Plan and fact per manager, as horizontal bars (names read along the axis, however many managers).
pub fn by_manager(
    title: &str,
    names: &[String],
    (plan_name, plan): (&str, Vec<f64>),
    (fact_name, fact): (&str, Vec<f64>),
) -> ChartSpec {
    let height = 90 + 36 * names.len().max(1) as u32;
    let mut options = base(title, 760, height);
    options["x_axis_data"] = json!(names);
    options["series_list"] = json!([
        {"name": plan_name, "data": plan},
        {"name": fact_name, "data": fact, "label_show": true},
    ]);
    ChartSpec {
        kind: ChartKind::HorizontalBar,
        options,
    }
}

/// A funnel of stages, widest first.
pub fn funnel(title: &str, stages: &[(String, f64)]) -> ChartSpec {
    let mut options = base(title, 760, 300);
    options["series_list"] = json!(stages
        .iter()
        .map(|(name, v)| json!({"name": name, "data": [v], "label_show": true}))
        .collect::<Vec<_>>());
    ChartSpec {
        kind: ChartKind::Funnel,
        options,
    }
}

/// The scale a money chart is drawn in: thousands of roubles, or millions once the largest figure reaches a
/// thousand thousands. charts-rs abbreviates axis labels of 1 000 and more ("14.1k"), which would read as 14
/// thousand in a department that means 14 million.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyScale {
    Thousands,
    Millions,
}

impl MoneyScale {
    /// The scale for figures up to `max_minor` kopecks.
    pub fn for_max(max_minor: i64) -> Self {
        // 1 000 thousand roubles = 100 000 000 kopecks.
        if max_minor.unsigned_abs() >= 100_000_000 {
            MoneyScale::Millions
        } else {
            MoneyScale::Thousands
        }
    }

    /// Minor units (kopecks) in this scale.
    pub fn of(self, minor: i64) -> f64 {
        match self {
            MoneyScale::Thousands => minor as f64 / 100_000.0,
            MoneyScale::Millions => minor as f64 / 100_000_000.0,
        }
    }
}

/// Draws a spec to SVG.
pub fn render(spec: &ChartSpec) -> Result<String, String> {
    use charts_rs::{FunnelChart, HorizontalBarChart, LineChart};
    let options = spec.options.to_string();
    let svg = match spec.kind {
        ChartKind::Line => LineChart::from_json(&options).and_then(|c| c.svg()),
        ChartKind::HorizontalBar => HorizontalBarChart::from_json(&options).and_then(|c| c.svg()),
        ChartKind::Funnel => FunnelChart::from_json(&options).and_then(|c| c.svg()),
    };
    svg.map_err(|e| e.to_string())
}

/// What the worker says once it listens: requests sent before would be lost.
pub const READY: &str = "ready";

/// A request to the charts worker: which chart slot asked, and what to draw.
#[derive(Serialize, Deserialize)]
pub struct Request {
    pub id: u32,
    pub spec: ChartSpec,
}

/// The worker's answer: the SVG, or why there is none.
#[derive(Serialize, Deserialize)]
pub struct Reply {
    pub id: u32,
    pub svg: Result<String, String>,
}

/// The worker's whole job: a request as JSON text in, a reply as JSON text out.
pub fn answer(request: &str) -> String {
    let reply = match serde_json::from_str::<Request>(request) {
        Ok(r) => Reply {
            id: r.id,
            svg: render(&r.spec),
        },
        Err(e) => Reply {
            id: u32::MAX,
            svg: Err(e.to_string()),
        },
    };
    serde_json::to_string(&reply).expect("a reply always serialises")
}
