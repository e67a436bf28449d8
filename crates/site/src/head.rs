//! The head of a page: title, description, canonical and alternate links, Open Graph tags,
//! and Schema.org metadata as JSON-LD, each from the report the page shows.

use sip_explainer::text::escape;
use sip_explainer::url::{embed_href, page_url, terms_href, Embed};
use sip_report::{Lang, Report};

/// Which page a head is for.
#[derive(Clone, Copy)]
pub enum Kind<'a> {
    /// The report's page (`/`, `/en/`).
    Report,
    /// An embed's page (`embed/k3/`).
    Embed(&'a Embed),
    /// The page of terms (`terms/`).
    Terms,
}

impl<'a> Kind<'a> {
    pub fn of(embed: Option<&'a Embed>) -> Kind<'a> {
        embed.map_or(Kind::Report, Kind::Embed)
    }
}

/// Title, description, canonical and alternate links, Open Graph and Twitter card tags.
pub fn head(report: &Report, lang: Lang, site: &str, embed: Option<&Embed>) -> String {
    head_of(report, lang, site, Kind::of(embed))
}

/// The same for any kind of page: the terms page has its own title, description and address,
/// and no JSON-LD (it is not the article).
pub fn head_of(report: &Report, lang: Lang, site: &str, kind: Kind) -> String {
    let meta = &report.meta;
    let t = sip_explainer::i18n::ui(lang);
    let title = escape(&match kind {
        Kind::Terms => format!("{} · {}", t.terms_title, meta.title.get(lang)),
        _ => meta.title.get(lang).to_string(),
    });
    // A section's embed is described as that section.
    let description = escape(&match kind {
        Kind::Embed(Embed::Section(id)) => sip_explainer::snippets::description(report, id, lang),
        Kind::Terms => t.terms_lead.to_string(),
        _ => description(report, lang),
    });
    // An embed's page is its own canonical page (a canonical link to the site's root would
    // tell search engines it is the home page), its alternate the other language's embed;
    // so is the terms page.
    let url = |l: Lang| {
        escape(&match kind {
            Kind::Report => page_url(site, l),
            Kind::Embed(e) => format!("{site}{}", embed_href(l, e)),
            Kind::Terms => format!("{site}{}", terms_href(l)),
        })
    };
    let image = escape(&format!("{site}img/{}", crate::social::file_name(lang)));
    let locale = |l: Lang| match l {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    };
    let mut tags = vec![
        // The first paint waits until the whole of <main> is parsed (browsers without render
        // blocking ignore it): the page is small, and one layout before the first paint costs
        // less than laying out the first screen again, in a long task, once the rest arrives.
        "<link rel=\"expect\" href=\"#main\" blocking=\"render\">".to_string(),
        format!("<title>{title}</title>"),
        format!("<meta name=\"description\" content=\"{description}\">"),
        format!("<link rel=\"canonical\" href=\"{}\">", url(lang)),
    ];
    for l in Lang::ALL {
        tags.push(format!("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", l.tag(), url(l)));
    }
    tags.extend([
        "<meta property=\"og:type\" content=\"article\">".to_string(),
        format!("<meta property=\"og:site_name\" content=\"{}\">", escape(meta.publisher.get(lang))),
        format!("<meta property=\"og:title\" content=\"{title}\">"),
        format!("<meta property=\"og:description\" content=\"{description}\">"),
        format!("<meta property=\"og:url\" content=\"{}\">", url(lang)),
        format!("<meta property=\"og:locale\" content=\"{}\">", locale(lang)),
        format!("<meta property=\"og:locale:alternate\" content=\"{}\">", locale(lang.other())),
        format!("<meta property=\"og:image\" content=\"{image}\">"),
        format!("<meta property=\"og:image:width\" content=\"{}\">", crate::social::WIDTH),
        format!("<meta property=\"og:image:height\" content=\"{}\">", crate::social::HEIGHT),
        format!("<meta property=\"og:image:alt\" content=\"{title}\">"),
        // X reads the title, description and image from the Open Graph tags when its own
        // are absent; only the card's kind has no Open Graph equivalent.
        "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_string(),
    ]);
    if !matches!(kind, Kind::Terms) {
        tags.push(format!("<script type=\"application/ld+json\">{}</script>", json_ld(report, lang, site)));
    }
    tags.join("\n  ")
}

/// The page's description for search results and link previews: the subtitle, then as many
/// whole sentences of the intro as fit in 200 characters (never cut mid-word).
pub fn description(report: &Report, lang: Lang) -> String {
    let meta = &report.meta;
    let intro = sip_report::prose::plain(report, meta.intro.get(lang), lang);
    let (stop, sep) = if lang == Lang::Zh { ('。', "") } else { ('.', " ") };
    let mut out = format!("{}{}", meta.subtitle.get(lang), if lang == Lang::Zh { "。" } else { "." });
    for sentence in intro.split_inclusive(stop) {
        let sentence = sentence.trim();
        if out.chars().count() + sentence.chars().count() > 200 {
            break;
        }
        out.push_str(sep);
        out.push_str(sentence);
    }
    out
}

/// Schema.org metadata as JSON-LD: the page as a `NewsArticle` and its data as a `Dataset`,
/// both based on the source article, each language version linked to the other. A data block:
/// browsers never run it, so the Content-Security-Policy has nothing to allow. Every `<` is
/// escaped, so no text can end the script element.
pub fn json_ld(report: &Report, lang: Lang, site: &str) -> String {
    use serde_json::json;
    let meta = &report.meta;
    let url = |l: Lang| page_url(site, l);
    let source = json!({
        "@type": "NewsArticle",
        "headline": meta.article_title.zh,
        "inLanguage": Lang::Zh.tag(),
        "datePublished": meta.published,
        "publisher": { "@type": "Organization", "name": meta.publisher.zh },
    });
    let description = sip_report::prose::plain(report, meta.intro.get(lang), lang);
    let link = match lang {
        Lang::Zh => "workTranslation",
        Lang::En => "translationOfWork",
    };
    let article = json!({
        "@type": "NewsArticle",
        "@id": format!("{}#article", url(lang)),
        "headline": meta.title.get(lang),
        "alternativeHeadline": meta.subtitle.get(lang),
        "description": description,
        "inLanguage": lang.tag(),
        "url": url(lang),
        "datePublished": meta.updated,
        "dateModified": meta.updated,
        "version": meta.version,
        "image": format!("{site}img/{}", crate::social::file_name(lang)),
        "author": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "publisher": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "license": meta.licence.url,
        "isBasedOn": source,
        link: { "@id": format!("{}#article", url(lang.other())) },
    });
    let dataset = json!({
        "@type": "Dataset",
        "@id": format!("{}#dataset", url(lang)),
        "name": format!("{} ({})", meta.title.get(lang), sip_explainer::i18n::ui(lang).data),
        "description": sip_explainer::cite::credit(report, lang),
        "inLanguage": [Lang::Zh.tag(), Lang::En.tag()],
        "url": url(lang),
        "license": meta.licence.url,
        "creator": { "@type": "Organization", "name": meta.site_name.get(lang) },
        "isBasedOn": source,
        "distribution": [{
            "@type": "DataDownload",
            "encodingFormat": "application/json",
            "contentUrl": format!("{site}{}", sip_explainer::export::dataset_name(report)),
        }],
    });
    let graph = json!({ "@context": "https://schema.org", "@graph": [article, dataset] });
    graph.to_string().replace('<', "\\u003c")
}
