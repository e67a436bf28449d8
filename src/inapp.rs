//! Which in-app browser the page is open in, from its user agent: WeChat, QQ, Weibo, DingTalk
//! or Alipay. Many readers open the explainer there, where there is no Web Share, downloads of
//! generated files fail, and people share by QR code and saved images. Pure, so it is tested
//! natively; the browser only hands it `navigator.userAgent`.

/// An in-app browser the page adapts to (in the order of `i18n::Ui::inapp_names`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InApp {
    WeChat,
    Qq,
    Weibo,
    DingTalk,
    Alipay,
}

impl InApp {
    /// The app's name as its readers know it.
    pub fn name(self, lang: sip_report::Lang) -> &'static str {
        crate::i18n::ui(lang).inapp_names[self as usize]
    }
}

/// The in-app browser a user agent names, if any. WeChat Work (企业微信) says `MicroMessenger`
/// too and behaves the same. The QQ app says ` QQ/<version>`; the QQ *browser* (`MQQBrowser`
/// alone) is a full browser and is left alone.
pub fn detect(user_agent: &str) -> Option<InApp> {
    let has = |s: &str| user_agent.contains(s);
    if has("DingTalk") {
        Some(InApp::DingTalk)
    } else if has("AlipayClient") {
        Some(InApp::Alipay)
    } else if has("MicroMessenger") {
        Some(InApp::WeChat)
    } else if has("Weibo") || has("weibo") {
        Some(InApp::Weibo)
    } else if user_agent.split(" QQ/").nth(1).is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit())) {
        Some(InApp::Qq)
    } else {
        None
    }
}
