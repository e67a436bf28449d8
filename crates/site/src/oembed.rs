//! oEmbed, for link-embedding services and newsroom CMSs that discover embeds by a page's
//! link: a static response beside each page and embed page (`oembed.json`, type `rich`, the
//! resizing iframe as its `html`), and the discovery link in that page's head. oEmbed's
//! addresses are absolute, so both are written only when the build knows the site's address
//! (`--site-url`).

use sip_explainer::snippets;
use sip_explainer::text::escape;
use sip_explainer::url::{embed_href, page_href, Embed};
use sip_report::{Lang, Report};

/// The response's file name, in the folder of the page it describes.
pub const FILE: &str = "oembed.json";

/// How long a consumer may keep a response, in seconds: as long as hosts cache it
/// (`_headers`, `nginx.conf`: an hour for JSON).
pub const CACHE_AGE: u32 = 3600;

/// What the build drew and measured that a response gives: the frame's height in a
/// `snippets::NARROW_COLUMN`-wide column, and the thumbnail (relative to the site) with its size.
pub struct Facts<'a> {
    pub frame_height: u32,
    pub thumbnail: &'a str,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
}

/// The folder of a page, relative to the site: `""`, `en/`, `embed/k3/`, `en/embed/all/`.
pub fn folder(lang: Lang, embed: Option<&Embed>) -> String {
    match embed {
        Some(e) => embed_href(lang, e),
        None => page_href(lang).trim_start_matches("./").to_string(),
    }
}

/// The discovery link for the page in `folder`, for its head.
pub fn discovery(report: &Report, lang: Lang, site: &str, folder: &str) -> String {
    format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        escape(&format!("{site}{folder}{FILE}")),
        escape(report.meta.title.get(lang)),
    )
}

/// The oEmbed response for a page (`embed` is `None`: it embeds the whole report, as
/// `embed/all/` does) or an embed page.
pub fn response(report: &Report, lang: Lang, site: &str, embed: Option<&Embed>, facts: &Facts) -> String {
    let meta = &report.meta;
    let shown = embed.cloned().unwrap_or(Embed::All);
    let title = match &shown {
        Embed::Section(id) => {
            let keyword = report.section(id).map(|s| s.keyword.get(lang)).unwrap_or_default();
            format!("{keyword} · {}", meta.title.get(lang))
        }
        Embed::All => meta.title.get(lang).to_string(),
    };
    let body = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "html": snippets::resizing_at(report, site, &shown, lang, facts.frame_height),
        // The column the height was measured in; the script in `html` sizes the frame to its
        // content in any width.
        "width": snippets::NARROW_COLUMN,
        "height": facts.frame_height,
        "provider_name": meta.site_name.get(lang),
        "provider_url": format!("{site}{}", page_href(lang).trim_start_matches("./")),
        // The report's author is the park, whose article every figure comes from.
        "author_name": meta.publisher.get(lang),
        "thumbnail_url": format!("{site}{}", facts.thumbnail),
        "thumbnail_width": facts.thumbnail_width,
        "thumbnail_height": facts.thumbnail_height,
        "cache_age": CACHE_AGE,
    });
    serde_json::to_string_pretty(&body).unwrap_or_default()
}
