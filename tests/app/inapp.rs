//! In-app browsers recognised from real user agents; full browsers left alone.

use sip_explainer::inapp::{detect, InApp};

#[test]
fn in_app_browsers_are_recognised() {
    let cases = [
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
            Some(InApp::WeChat),
        ),
        (
            "Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110053 MMWEBSDK/20230805 MMWEBID/1234 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
            Some(InApp::WeChat),
        ),
        (
            "Mozilla/5.0 (Linux; Android 12; M2012K11AC Build/SKQ1.211006.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.72 MQQBrowser/6.2 TBS/046279 Mobile Safari/537.36 V1_AND_SQ_8.9.58_4108_YYB_D QQ/8.9.58.11050 NetType/WIFI WebP/0.3.0 AppId/537155547 Pixel/1080 StatusBarHeight/96 SimpleUISwitch/0 QQTheme/1000 StudyMode/0 CurrentMode/0 CurrentFontScale/1.0 GlobalDensityScale/0.9 AllowLandscape/false InMagicWin/0",
            Some(InApp::Qq),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Weibo (iPhone14,2__weibo__13.8.1__iphone__os16.6)",
            Some(InApp::Weibo),
        ),
        (
            "Mozilla/5.0 (Linux; U; Android 11; zh-CN; PEHM00 Build/RKQ1.200903.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.43 Mobile Safari/537.36 AliApp(DingTalk/7.0.10) com.alibaba.android.rimet/29063219 Channel/700159 language/zh-CN abi/64 UT4Aplus/0.2.25 colorScheme/light",
            Some(InApp::DingTalk),
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Ariver/1.1.0 AliApp(AP/10.5.36.6000) Nebula WK RVKType(0) AlipayDefined(nt:WIFI,ws:390|780|3.0) AlipayClient/10.5.36.6000 Language/zh-Hans Region/CN",
            Some(InApp::Alipay),
        ),
        // Full browsers: Chrome, Safari, the QQ browser, UC, Huawei's.
        (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
            None,
        ),
        (
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            None,
        ),
        (
            "Mozilla/5.0 (Linux; U; Android 12; zh-cn; PFDM00 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/13.9 Mobile Safari/537.36 COVC/046425",
            None,
        ),
        (
            "Mozilla/5.0 (Linux; U; Android 12; zh-CN; V2183A Build/SP1A.210812.003) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/15.5.2.1242 Mobile Safari/537.36",
            None,
        ),
        ("", None),
        ("QQ/", None),
    ];
    for (ua, want) in cases {
        assert_eq!(detect(ua), want, "{ua}");
    }
}

#[test]
fn each_app_is_named_in_both_languages() {
    use sip_report::Lang;
    for app in [InApp::WeChat, InApp::Qq, InApp::Weibo, InApp::DingTalk, InApp::Alipay] {
        assert!(!app.name(Lang::Zh).is_empty() && app.name(Lang::En).is_ascii());
    }
    assert_eq!(InApp::WeChat.name(Lang::Zh), "微信");
}
