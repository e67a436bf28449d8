//! The structure ARCHITECTURE.md states, checked from the source: the import graph of `src/`
//! (every `crate::…` and `super::…` path, in `use` lines and inline) has no cycle, and no
//! module reaches a module of a higher layer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, lowest first, as ARCHITECTURE.md lists them. A module belongs to the layer of
/// the longest prefix that names it.
const LAYERS: &[&[&str]] = &[
    &["data", "i18n", "text"],
    &["url", "inapp", "qr", "cite", "charts"],
    &["interaction", "export", "snippets"],
    &["state"],
    &["browser"],
    &["store"],
    &[
        "components",
        "components::shell",
        "components::prose",
        "components::figure_card",
        "components::evidence",
        "components::changes",
        "components::glossary",
        "components::figure_list",
        "components::report_card",
        "components::data_table",
        "components::overlay",
        "components::qr_menu",
    ],
    &["components::islands"],
    &["components::island"],
    &["components::section"],
    &["components::page"],
    &["client", "ssr"],
    &["lib", "main"],
];

fn layer(module: &str) -> usize {
    let mut best: Option<(usize, usize)> = None;
    for (i, names) in LAYERS.iter().enumerate() {
        for name in names.iter() {
            let hit = module == *name || module.starts_with(&format!("{name}::"));
            if hit && best.is_none_or(|(len, _)| name.len() > len) {
                best = Some((name.len(), i));
            }
        }
    }
    best.unwrap_or_else(|| panic!("module {module} is in no layer: add it to LAYERS and ARCHITECTURE.md")).1
}

/// Every source file of the app as (module path, text): `components/islands/mod.rs` is
/// `components::islands`.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files
        .into_iter()
        .map(|path| {
            let rel = path.strip_prefix(&src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            (parts.join("::"), std::fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// The modules a file's paths name: each `crate::a::b::c` or `super::x` (with `{…}` groups
/// opened one level), cut to the longest known module. Comments are skipped.
fn imports(module: &str, text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    // `super` of `a::b` is `a`, whether `a::b` is a file or a directory's `mod.rs`.
    let parent: Vec<&str> = module.split("::").collect();
    let parent = parent[..parent.len().saturating_sub(1)].join("::");
    for line in text.lines().map(str::trim_start).filter(|l| !l.starts_with("//")) {
        for (start, root) in [("crate::", String::new()), ("super::", parent.clone())] {
            let mut rest = line;
            while let Some(at) = rest.find(start) {
                let before = rest[..at].chars().last();
                rest = &rest[at + start.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let path: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
                let path = path.trim_end_matches(':');
                let mut paths = vec![path.to_string()];
                if rest[path.len()..].starts_with("::{") {
                    let group = &rest[path.len() + 3..];
                    let group = &group[..group.find('}').unwrap_or(group.len())];
                    paths = group
                        .split(',')
                        .map(|p| format!("{path}::{}", p.trim().split(" as ").next().unwrap_or("")))
                        .collect();
                }
                for p in paths {
                    let full = if root.is_empty() { p } else { format!("{root}::{p}") };
                    let segments: Vec<&str> = full.split("::").filter(|s| !s.is_empty()).collect();
                    let target =
                        (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| known.contains(m));
                    if let Some(t) = target.filter(|t| t != module && !module.starts_with(&format!("{t}::"))) {
                        out.insert(t);
                    }
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    modules.iter().map(|(m, text)| (m.clone(), imports(m, text, &known))).collect()
}

#[test]
fn no_module_imports_one_of_a_higher_layer() {
    let mut wrong = Vec::new();
    for (module, targets) in graph() {
        for t in targets {
            if layer(&t) > layer(&module) {
                wrong.push(format!("{module} (layer {}) imports {t} (layer {})", layer(&module), layer(&t)));
            }
        }
    }
    assert!(wrong.is_empty(), "upward imports:\n{}", wrong.join("\n"));
}

#[test]
fn the_import_graph_has_no_cycle() {
    let graph = graph();
    // Depth-first search; a module met again on the current path closes a cycle.
    fn visit<'g>(
        m: &'g str,
        graph: &'g BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'g str>,
        done: &mut BTreeSet<&'g str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == m) {
            return Some(path[i..].iter().map(|s| s.to_string()).chain([m.to_string()]).collect());
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for t in graph.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(t, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(cycle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
}

/// The checks above can fail: a planted upward import and a planted cycle are found.
#[test]
fn the_checks_find_what_they_look_for() {
    let known: BTreeSet<String> =
        ["state", "components::page", "components::islands::head", "components"].map(String::from).into();
    let found = imports("state", "use crate::components::page::Page;\n// crate::store::x\n", &known);
    assert_eq!(found, BTreeSet::from(["components::page".to_string()]));
    assert!(layer("components::page") > layer("state"));
    let grouped = imports(
        "components::island",
        "use super::islands::{head::head_tools, cite as c};",
        &(known.iter().cloned().chain(["components::islands".to_string()]).collect()),
    );
    assert!(grouped.contains("components::islands::head"), "{grouped:?}");
    assert!(grouped.contains("components::islands"), "{grouped:?}");
}
