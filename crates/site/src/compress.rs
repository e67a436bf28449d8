//! Precompressed copies of the site's text files (`index.html.gz`, `index.html.br`), written
//! beside each, for hosts that serve them as they are (nginx's `gzip_static` and
//! `brotli_static`): the best compression, paid once at build time, not per request.

use std::io::Write;
use std::path::Path;

/// The files worth compressing: text, and the wasm.
const TEXT: [&str; 8] = ["html", "css", "js", "wasm", "json", "svg", "txt", "xml"];

/// Writes `<file>.gz` (gzip, level 9) and `<file>.br` (brotli, quality 11) beside every text
/// file under `dir`; returns how many files it compressed.
pub fn precompress(dir: &Path) -> std::io::Result<usize> {
    let mut count = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            count += precompress(&path)?;
            continue;
        }
        let text = path.extension().and_then(|e| e.to_str()).is_some_and(|e| TEXT.contains(&e));
        if !text {
            continue;
        }
        let body = std::fs::read(&path)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&body)?;
        std::fs::write(with_suffix(&path, "gz"), gz.finish()?)?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut body.as_slice(), &mut br, &params)?;
        std::fs::write(with_suffix(&path, "br"), br)?;
        count += 1;
    }
    Ok(count)
}

fn with_suffix(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    name.into()
}
