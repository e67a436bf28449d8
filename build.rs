//! Validates `data/report.toml` and writes it as Rust, a `static` the app includes: a broken
//! data file stops the build with the file, the entry and the field, and the wasm carries
//! neither a parser nor a decoder.

use std::{env, fs, path::Path, process};

fn main() {
    // SIP_REPORT_DATA points the build at another file: the tests use it to show that a
    // broken file stops the build.
    println!("cargo:rerun-if-env-changed=SIP_REPORT_DATA");
    let file = env::var("SIP_REPORT_DATA").unwrap_or_else(|_| "data/report.toml".to_string());
    let file = file.as_str();
    println!("cargo:rerun-if-changed={file}");
    let text = fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("error: cannot read {file}: {e}");
        process::exit(1);
    });
    let report = match sip_report::load::from_toml_str(file, &text) {
        Ok(r) => r,
        Err(errors) => {
            for e in &errors {
                // `cargo:warning` makes each problem visible even without -vv.
                println!("cargo:warning={e}");
                eprintln!("error: {e}");
            }
            eprintln!("error: {file} has {} problem(s); fix them and build again", errors.len());
            process::exit(1);
        }
    };
    // The wasm adds behaviour only: the article's text and the list of changes are read in the
    // prerendered pages, so its copy leaves them out.
    let report = if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        report.without_reading_text()
    } else {
        report
    };
    let value = databake::Bake::bake(&report, &databake::CrateEnv::default());
    let code = format!("/// The report of `{file}`, validated.\npub static REPORT: sip_report::Report = {value};\n");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("report.rs");
    fs::write(&out, code).expect("OUT_DIR is writable");
}
