//! Running commands with the project's tools first on PATH, and saying what runs.

use std::path::{Path, PathBuf};
use std::process::Command;

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Cargo's home (`CARGO_HOME`, else `~/.cargo`).
fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// PATH with the node tools (wasm-opt) and cargo's bin folder first.
pub fn path_env() -> String {
    let mut parts = vec![root().join("tools/node_modules/.bin").display().to_string()];
    if let Some(home) = cargo_home() {
        parts.push(home.join("bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

/// A command in the workspace root with the project PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args).current_dir(root()).env("PATH", path_env());
    c
}

/// `trunk` with `args`, its wasm built with the builder's own paths taken out of the panic
/// locations the wasm carries (`/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/…`
/// becomes `crates/yew-0.23.0/…`): the same source then gives the same wasm, and the same
/// hash, whoever builds it and wherever cargo keeps its crates. The standard library's
/// locations (`/rustc/<commit>/…`) are the same everywhere already. The reader's `RUSTFLAGS`,
/// if any, come after.
pub fn trunk(args: &[&str]) -> Command {
    let mut flags: Vec<String> = Vec::new();
    let registries = cargo_home().map(|h| h.join("registry/src")).and_then(|d| std::fs::read_dir(d).ok());
    for dir in registries.into_iter().flatten().flatten() {
        flags.push(format!("--remap-path-prefix={}=crates", dir.path().display()));
    }
    flags.extend(std::env::var("RUSTFLAGS").unwrap_or_default().split_whitespace().map(str::to_string));
    let mut c = command("trunk", args);
    c.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    c
}

/// Runs a command, printing it first; fails on a non-zero exit.
pub fn run(mut c: Command) -> Result {
    eprintln!("xtask: $ {}", describe(&c));
    let status = c.status().map_err(|e| format!("cannot start `{}`: {e}", describe(&c)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(&c)))
    }
}

/// Runs a command and returns its stdout, or None if it cannot run or fails.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn describe(c: &Command) -> String {
    let mut s = c.get_program().to_string_lossy().into_owned();
    for a in c.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
