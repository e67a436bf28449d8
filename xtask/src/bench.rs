//! `cargo xtask bench`: builds the release site and a minimal Yew baseline with the same
//! toolchain, measures both in one run (sizes, Lighthouse, Chromium timings) and writes
//! BENCHMARKS.md with the date, the machine and the commit.

use crate::cmd::{command, output, root, run, Result};
use serde_json::Value;
use std::fmt::Write as _;
use std::fs;

/// Budgets: the first-view transfer (230 KB, the developers' guide's), and as issue 11 set
/// them, Lighthouse (mobile, median of 5) on both pages and two embeds, controls (pointer down
/// → next paint) at 1× and 4× CPU, the language switch at 4× CPU.
const TRANSFER_BUDGET: f64 = 230.0 * 1024.0;
const PERF_BUDGET: f64 = 99.0;
const LCP_BUDGET_MS: f64 = 1000.0;
/// How much later than the same page without scripts a page's LCP may be.
const NO_SCRIPT_MARGIN: f64 = 0.05;
const TBT_BUDGET_MS: f64 = 50.0;
const FRAME_MS: f64 = 16.0;
const SLOW_CONTROL_MS: f64 = 100.0;
const LANG_SWITCH_MS: f64 = 300.0;
/// Where bench.mjs serves the site (its default too).
const BENCH_PORT: u16 = 4173;
/// Where nginx serves the same build, through its own nginx.conf, for Lighthouse as a host
/// would serve it.
const NGINX_ADDRESS: &str = "127.0.0.1:4174";

pub fn bench() -> Result {
    bench_tools()?;
    // Built for the address the benchmark serves it from, so canonical and hreflang resolve.
    crate::site::dist("/", Some(&format!("http://127.0.0.1:{BENCH_PORT}/")))?;
    eprintln!("xtask: building the baseline (bench/baseline) with the same toolchain");
    let mut baseline = crate::cmd::trunk(&["build", "--release", "--offline"]);
    baseline.current_dir(root().join("bench/baseline"));
    run(baseline)?;
    crate::tools::nginx()?;
    let dist = root().join("dist");
    let _nginx = crate::site::Nginx::start(&dist, &dist, NGINX_ADDRESS, "bench")?;
    eprintln!("xtask: measuring (Lighthouse runs take a minute each)");
    let mut node = command("node", &["bench.mjs", "../dist", "../target/bench/baseline-dist"]);
    node.current_dir(root().join("tools")).env("BENCH_NGINX", format!("http://{NGINX_ADDRESS}"));
    let out = node.output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!("bench.mjs failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let result: Value = serde_json::from_slice(&out.stdout).map_err(|e| format!("bench.mjs output: {e}"))?;
    fs::create_dir_all(root().join("target/bench")).map_err(|e| e.to_string())?;
    fs::write(root().join("target/bench/result.json"), &out.stdout).map_err(|e| e.to_string())?;
    let crates = crate_sizes()?;
    let report = render(&result, &crates);
    fs::write(root().join("BENCHMARKS.md"), &report).map_err(|e| e.to_string())?;
    eprintln!("xtask: wrote BENCHMARKS.md");
    print!("{report}");
    Ok(())
}

/// Lighthouse (its own package: the tests do not need it) and twiggy.
fn bench_tools() -> Result {
    let dir = root().join("tools/bench");
    if !dir.join("node_modules/lighthouse/package.json").exists() {
        eprintln!("xtask: installing Lighthouse 12.2.3 in tools/bench");
        let mut c = command("npm", &["ci", "--no-audit", "--no-fund"]);
        c.current_dir(&dir);
        run(c)?;
    }
    if output("twiggy", &["--version"]).is_none_or(|v| !v.contains("0.7.0")) {
        eprintln!("xtask: installing twiggy 0.7.0 (wasm size profiler)");
        run(command("cargo", &["install", "twiggy", "--version", "0.7.0", "--locked"]))?;
    }
    Ok(())
}

/// Bytes per crate in the wasm as rustc wrote it (before wasm-bindgen and wasm-opt, which
/// twiggy can still read), from twiggy's shallow sizes grouped by the path's first segment.
fn crate_sizes() -> Result<Vec<(String, u64)>> {
    let wasm = root().join("target/wasm32-unknown-unknown/release/sip-explainer.wasm");
    let csv = output("twiggy", &["top", "-n", "1000000", "-f", "csv", &wasm.display().to_string()])
        .ok_or("twiggy could not read the wasm")?;
    let mut sizes: std::collections::BTreeMap<String, u64> = Default::default();
    for line in csv.lines().skip(1) {
        let mut cols = line.rsplitn(5, ',');
        let (_, _, _, size, name) = (cols.next(), cols.next(), cols.next(), cols.next(), cols.next());
        let (Some(size), Some(name)) = (size.and_then(|s| s.parse::<u64>().ok()), name) else { continue };
        let name = name.trim_matches('"');
        // wasm-bindgen's describe functions and custom sections are gone after wasm-bindgen.
        if name.starts_with("custom section") || name.contains("function names") || name.contains("wbindgen_describe") {
            continue;
        }
        let key = if name.starts_with("data[") {
            "(static data: strings, the embedded report)".to_string()
        } else {
            let trimmed = name.trim_start_matches(['<', '&']).trim_start_matches("dyn ").trim_start_matches("mut ");
            match trimmed.split_once("::") {
                Some((krate, _)) if krate.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '[' || c == ']') => {
                    krate.split('[').next().unwrap_or(krate).to_string()
                }
                _ => "(other: glue, intrinsics)".to_string(),
            }
        };
        *sizes.entry(key).or_default() += size;
    }
    let mut v: Vec<_> = sizes.into_iter().collect();
    v.sort_by_key(|c| std::cmp::Reverse(c.1));
    Ok(v)
}

fn num(v: &Value, path: &[&str]) -> f64 {
    path.iter().fold(v, |v, k| &v[*k]).as_f64().unwrap_or(f64::NAN)
}

fn total(files: &Value, key: &str) -> f64 {
    files.as_array().map_or(0.0, |a| a.iter().map(|f| f[key].as_f64().unwrap_or(0.0)).sum())
}

fn kb(bytes: f64) -> String {
    format!("{:.1} KB", bytes / 1024.0)
}

fn verdict(ok: bool) -> &'static str {
    if ok {
        "within budget"
    } else {
        "**over budget**"
    }
}

fn render(r: &Value, crates: &[(String, u64)]) -> String {
    let date = output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_default();
    let commit = output("git", &["rev-parse", "--short", "HEAD"]).unwrap_or_default();
    let dirty = output("git", &["status", "--porcelain"]).is_some_and(|s| !s.trim().is_empty());
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let cores = output("nproc", &[]).unwrap_or_default();
    let rustc = output("rustc", &["--version"]).unwrap_or_default();
    let chromium = output("chromium", &["--version"]).unwrap_or_default();

    let mut s = String::new();
    let _ = writeln!(s, "# Benchmarks\n\nWritten by `cargo xtask bench`; every figure below comes from one run, the app and the baseline measured side by side.");
    let _ = writeln!(
        s,
        "Timings on a shared 2-core machine are noisy: read them as ratios to the baseline of the same run.\n"
    );
    let _ = writeln!(s, "- date: {}\n- commit: {}{}\n- machine: {} cores, {}\n- toolchain: {}, Trunk {}, wasm-bindgen {}, wasm-opt (binaryen) 132, {}",
        date.trim(), commit.trim(), if dirty { " (with uncommitted changes)" } else { "" }, cores.trim(), cpu, rustc.trim(),
        crate::tools::TRUNK_VERSION, crate::tools::locked_wasm_bindgen().unwrap_or_default(), chromium.trim());
    let _ = writeln!(s, "- baseline: `bench/baseline`, a minimal Yew 0.23 page with one plotters SVG bar chart and serde_json, same release profile and tools\n");

    let site = &r["transfer"]["site"];
    let base = &r["transfer"]["baseline"];
    let (sg, bg) = (total(site, "gzip"), total(base, "gzip"));
    let _ = writeln!(s, "## First-view transfer of `/` (HTML, CSS, JS, wasm)\n");
    let _ = writeln!(s, "| file | raw | gzip -9 | brotli 11 |\n| --- | ---: | ---: | ---: |");
    for f in site.as_array().into_iter().flatten() {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            f["file"].as_str().unwrap_or(""),
            kb(num(f, &["raw"])),
            kb(num(f, &["gzip"])),
            kb(num(f, &["brotli"]))
        );
    }
    let _ = writeln!(s, "| **total** | {} | **{}** | {} |", kb(total(site, "raw")), kb(sg), kb(total(site, "brotli")));
    let _ = writeln!(s, "| baseline total | {} | {} | {} |", kb(total(base, "raw")), kb(bg), kb(total(base, "brotli")));
    let embed = &r["transfer"]["embed"];
    let _ = writeln!(
        s,
        "| `embed/k3/` total (its HTML: {} gzip) | {} | {} | {} |",
        kb(embed[0]["gzip"].as_f64().unwrap_or(f64::NAN)),
        kb(total(embed, "raw")),
        kb(total(embed, "gzip")),
        kb(total(embed, "brotli"))
    );
    let _ = writeln!(
        s,
        "\nBudget: gzip at most {}: {} ({}; {:.2}× the baseline).\n",
        kb(TRANSFER_BUDGET),
        verdict(sg <= TRANSFER_BUDGET),
        kb(sg),
        sg / bg
    );

    let _ = writeln!(s, "## What the wasm is made of\n\nShallow bytes per crate in the wasm rustc wrote (before wasm-bindgen and wasm-opt shrink it; the shares carry over):\n");
    let _ = writeln!(s, "| crate | bytes | share |\n| --- | ---: | ---: |");
    let all: u64 = crates.iter().map(|c| c.1).sum();
    for (name, bytes) in crates.iter().take(15) {
        let _ = writeln!(s, "| {name} | {bytes} | {:.1}% |", *bytes as f64 / all.max(1) as f64 * 100.0);
    }

    let _ = writeln!(s, "\n## Lighthouse 12.2.3, mobile profile (simulated slow 4G, 4× CPU), the pages taking turns: the median of each figure over 5 runs\n");
    let _ = writeln!(s, "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const PAGES: [(&str, &str); 9] = [
        ("`/` (Chinese)", "zh"),
        ("`/en/`", "en"),
        ("`embed/k3/`", "embedZh"),
        ("`en/embed/k6/`", "embedEn"),
        ("baseline", "baseline"),
        ("`/` with every script removed", "zhBare"),
        ("`/en/` with every script removed", "enBare"),
        ("`/` served by nginx (its nginx.conf, brotli)", "zhNginx"),
        ("`/en/` served by nginx", "enNginx"),
    ];
    for (name, key) in PAGES {
        let l = &r["lighthouse"][key];
        let _ = writeln!(
            s,
            "| {name} | {} | {} | {} | {} | {:.0} ms | {:.0} ms | {:.0} ms | {:.3} |",
            num(l, &["performance"]),
            num(l, &["accessibility"]),
            num(l, &["bestPractices"]),
            num(l, &["seo"]),
            num(l, &["fcp"]),
            num(l, &["lcp"]),
            num(l, &["tbt"]),
            num(l, &["cls"])
        );
    }
    for (name, key) in PAGES {
        let runs: Vec<String> = r["lighthouse"][key]["runs"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|x| format!("{} / {:.0} ms / {:.0} ms", num(x, &["performance"]), num(x, &["lcp"]), num(x, &["tbt"])))
            .collect();
        let _ = writeln!(
            s,
            "{}Runs of {name} (performance / LCP / TBT): {}.",
            if key == "zh" { "\n" } else { "" },
            runs.join("; ")
        );
    }
    let mut lh_ok = true;
    for (_, key) in &PAGES[..4] {
        let l = &r["lighthouse"][key];
        lh_ok &= num(l, &["performance"]) >= PERF_BUDGET
            && num(l, &["lcp"]) <= LCP_BUDGET_MS
            && num(l, &["tbt"]) <= TBT_BUDGET_MS
            && num(l, &["cls"]) == 0.0
            && num(l, &["accessibility"]) >= 100.0
            && num(l, &["bestPractices"]) >= 100.0
            && num(l, &["seo"]) >= 100.0;
    }
    let lcp_ratio = num(&r["lighthouse"]["zh"], &["lcp"]) / num(&r["lighthouse"]["baseline"], &["lcp"]);
    let _ = writeln!(s, "\nBudget (both pages and both embeds): performance ≥ 99, LCP ≤ 1.0 s, TBT ≤ 50 ms, CLS 0, accessibility, best practices and SEO 100: {}. LCP of `/` is {:.2}× the baseline's.", verdict(lh_ok), lcp_ratio);
    // The app costs the reader nothing at first paint: each page's LCP is within 5% of the
    // same page with every script removed, measured in the same run.
    let bare: Vec<(f64, f64)> = [("zh", "zhBare"), ("en", "enBare")]
        .iter()
        .map(|(with, without)| (num(&r["lighthouse"][with], &["lcp"]), num(&r["lighthouse"][without], &["lcp"])))
        .collect();
    let bare_ok = bare.iter().all(|(with, without)| *with <= without * (1.0 + NO_SCRIPT_MARGIN));
    let _ = writeln!(
        s,
        "Budget (the app costs nothing at first paint: LCP within {:.0}% of the same page with every script removed): {}. `/` {:.0} ms against {:.0} ms ({:.3}×); `/en/` {:.0} ms against {:.0} ms ({:.3}×).",
        NO_SCRIPT_MARGIN * 100.0,
        verdict(bare_ok),
        bare[0].0,
        bare[0].1,
        bare[0].0 / bare[0].1,
        bare[1].0,
        bare[1].1,
        bare[1].0 / bare[1].1
    );
    for (_, key) in &PAGES[..4] {
        if let Some(f) = r["lighthouse"][key]["failing"].as_array().filter(|f| !f.is_empty()) {
            let ids: Vec<&str> = f.iter().filter_map(Value::as_str).collect();
            let _ = writeln!(s, "Audits not passed in some run ({key}): {}.", ids.join(", "));
        }
    }

    let c = &r["chromium"];
    let _ = writeln!(s, "\n## Headless Chromium, 375 px, localhost (median)\n");
    let _ = writeln!(s, "| measure | app | baseline | ratio |\n| --- | ---: | ---: | ---: |");
    let _ = writeln!(s, "| navigation → interactive (`html[data-ready]`: the toggles hydrated, other islands start as they come into view; baseline: first render) | {:.0} ms | {:.0} ms | {:.2}× |",
        num(c, &["site", "ready"]), num(c, &["baseline", "ready"]), num(c, &["site", "ready"]) / num(c, &["baseline", "ready"]));
    let _ = writeln!(
        s,
        "| resize 375 ↔ 1280 px, resize event → next frame (11 resizes) | {:.1} ms | {:.1} ms | {:.2}× |",
        num(c, &["site", "resize"]),
        num(c, &["baseline", "resize"]),
        num(c, &["site", "resize"]) / num(c, &["baseline", "resize"])
    );
    let _ = writeln!(s, "\nControls, pointer down → next paint (the browser's Event Timing, which reports only 16 ms or more: 0 means within one frame), median of 5 uses, `/en/`:\n");
    let _ = writeln!(s, "| control | 1× CPU | 4× CPU |\n| --- | ---: | ---: |");
    let mut controls_ok = true;
    for (name, x1) in c["controls"]["x1"].as_object().into_iter().flatten() {
        let x4 = num(c, &["controls", "x4", name]);
        let x1 = x1.as_f64().unwrap_or(f64::NAN);
        controls_ok &= x1 <= FRAME_MS && x4 <= SLOW_CONTROL_MS;
        let _ = writeln!(s, "| {name} | {x1:.0} ms | {x4:.0} ms |");
    }
    let switch = num(c, &["langSwitch"]);
    let host = &c["host"];
    let _ = writeln!(s, "\n- Language switch at 4× CPU, click → the first frame of the other page parsed whole, every section in its language (median of 7, a reader on the page for a moment before each): {switch:.0} ms.");
    let host_ok =
        host["right"].as_bool() == Some(true) && num(host, &["scrolled"]) == 0.0 && num(host, &["cls"]) == 0.0;
    let _ = writeln!(s, "- Host page of another origin, the embed snippet below the fold, never scrolled: the frame has its content's height {:.0} ms after the host's navigation began ({}); the host page's layout shift: {:.3}.",
        num(host, &["sizedAt"]), if host["right"].as_bool() == Some(true) { "the right height" } else { "**not the content's height**" }, num(host, &["cls"]));
    let _ = writeln!(s, "\nBudgets: every control within one frame at 1× CPU and 100 ms at 4×: {}. Language switch ≤ 300 ms at 4× CPU: {}. Resize within one frame: {}. Embed sized before it is scrolled to, host CLS 0: {}.",
        verdict(controls_ok), verdict(switch <= LANG_SWITCH_MS), verdict(num(c, &["site", "resize"]) <= FRAME_MS), verdict(host_ok));
    s
}
