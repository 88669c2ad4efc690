@testable import Corpus
import Testing

@Suite struct FormatTests {
    @Test func rssGivesOneDocumentPerItem() throws {
        let rss = """
            <?xml version="1.0" encoding="GBK"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>某省纪委监委网站</title>
            <item><title>甲市巡察工作综述</title><link>https://example.org/a.html</link>
            <pubDate>Tue, 21 Dec 2021 23:50:30 GMT</pubDate>
            <description>&lt;p&gt;摘要不用&lt;/p&gt;</description>
            <content:encoded><![CDATA[<p>　　第一段正文。</p><p>第二段正文。</p><script>x()</script>]]></content:encoded></item>
            <item><title>乙县巡察反馈</title><link>https://example.org/b.html</link>
            <description>&lt;p&gt;只有摘要的正文。&lt;/p&gt;</description></item>
            </channel></rss>
            """
        let (documents, entry) = parseText(rss, id: "feeds/jilin", path: "c/feeds/jilin.xml")
        #expect(entry.format == "rss" && entry.status == .loaded)
        #expect(documents.map(\.id) == ["feeds/jilin#1", "feeds/jilin#2"])
        #expect(entry.documents == ["feeds/jilin#1", "feeds/jilin#2"])
        #expect(documents.map(\.title) == ["甲市巡察工作综述", "乙县巡察反馈"])
        #expect(documents.first?.url == "https://example.org/a.html")
        #expect(documents.first?.paragraphs == ["第一段正文。", "第二段正文。"])
        #expect(documents.last?.paragraphs == ["只有摘要的正文。"])
        #expect(documents.allSatisfy { $0.path == "c/feeds/jilin.xml" && $0.source == "某省纪委监委网站" })
    }

    @Test func atomEntriesWithHTMLAndXHTMLContent() {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>巡视动态</title>
            <entry><title>第一条</title><link rel="alternate" href="https://example.org/1"/>
            <updated>2022-05-27T08:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>甲段。</p><p>乙段。</p></div></content></entry>
            <entry><title>第二条</title><summary type="html">&lt;p&gt;丙段。&lt;/p&gt;</summary></entry>
            </feed>
            """
        let (documents, entry) = parseText(atom, id: "a")
        #expect(entry.format == "atom")
        #expect(documents.map(\.paragraphs) == [["甲段。", "乙段。"], ["丙段。"]])
        #expect(documents.first?.url == "https://example.org/1")
        #expect(documents.map(\.id) == ["a#1", "a#2"])
    }

    @Test func fullHTMLPageGivesTitleMetadataAndTextOnly() {
        let html = """
            <!DOCTYPE html><html><head><meta charset="gbk"><title>甲市巡察 - 某某网</title>
            <meta name="source" content="甲市纪委监委"><link rel="canonical" href="https://example.org/x.html">
            <style>p { color: red }</style></head>
            <body><div class="crumb">首页 > 要闻 > 正文</div><h1>甲市巡察发现问题线索</h1>
            <!-- 正文开始 --><div><p>　　第一段，含&amp;符号与&#20013;字。</p><p>第二段<br>第三段<span>接续</span></p>
            <table><tr><td>问题线索</td><td>12件</td></tr></table></div>
            <script>document.write("不要")</script><noscript>不要</noscript><iframe>不要</iframe>
            <p class="article-editor">责任编辑：张三</p></body></html>
            """
        let (documents, entry) = parseText(html)
        let d = documents.first
        #expect(entry.format == "html")
        #expect(d?.title == "甲市巡察发现问题线索")
        #expect(d?.source == "甲市纪委监委")
        #expect(d?.url == "https://example.org/x.html")
        #expect(d?.editor == "张三")
        #expect(d?.paragraphs == ["第一段，含&符号与中字。", "第二段", "第三段接续", "问题线索 12件"])
    }

    @Test func logoHeadingDoesNotBecomeTheTitle() {
        let html = "<html><head><title>甲市开展巡察整改_中国纪检监察网</title></head><body><h1>中国纪检监察网</h1>"
            + "<h1>甲市开展巡察整改</h1><p>正文一段。</p></body></html>"
        let d = parseText(html).0.first
        #expect(d?.title == "甲市开展巡察整改")
        #expect(d?.paragraphs == ["正文一段。"])
        #expect(d?.source == "中国纪检监察网")
    }

    @Test func loneLabelOnALongLineIsText() {
        let line = "时间：2021年3月至5月，省委巡视组对全省12个市（州）开展了常规巡视，发现问题线索若干件，已按规定移交。"
        #expect(MetadataLine.parse(line) == nil)
        #expect(MetadataLine.parse("时间：2021-03-05") != nil)
    }

    @Test func htmlWithoutHeadingFallsBackToTitleElement() {
        let (documents, _) = parseText("<html><head><title>页面标题</title></head><body><p>这是一段很长的正文，说明巡察工作的情况和成效，远远超过标题应有的长度，所以不能作为标题使用，只能作为正文段落保留下来。</p></body></html>")
        #expect(documents.first?.title == "页面标题")
        #expect(documents.first?.paragraphs.count == 1)
    }

    @Test func frontMatterWithPlainTextBody() {
        let text = "---\ntitle: 标题甲\nauthor: 某某网\nurl: https://example.org/p\n---\n\n第一段。\n\n第二段。\n"
        let (documents, entry) = parseText(text)
        #expect(entry.format == "front-matter-text")
        #expect(documents.first?.title == "标题甲")
        #expect(documents.first?.source == "某某网")
        #expect(documents.first?.url == "https://example.org/p")
        #expect(documents.first?.paragraphs == ["第一段。", "第二段。"])
    }

    @Test func malformedYAMLStillLoadsTheBody() {
        let (documents, entry) = parseText("---\ntitle: [未闭合\n  - : :\n---\n<p>正文保留。</p>")
        #expect(entry.status == .loaded)
        #expect(documents.first?.flags.contains("bad-front-matter") == true)
        #expect(entry.flags.contains("bad-front-matter"))
        #expect(documents.first?.paragraphs.last == "正文保留。")
    }

    @Test func unclosedFrontMatterIsReadAsText() {
        let (documents, entry) = parseText("---\ntitle: 被截断\n<p>后面的正文。</p>")
        #expect(entry.status == .loaded)
        #expect(documents.first?.flags.contains("unclosed-front-matter") == true)
        #expect(documents.first?.text.contains("后面的正文。") == true)
    }

    @Test func plainTextWithCRLFAndNoMetadataLine() {
        let (documents, entry) = parseText("首页 > 工作动态\r\n\r\n乙县巡察反馈会召开\r\n　　近日，乙县召开巡察反馈会。\r\n")
        #expect(entry.format == "plain-text")
        #expect(documents.first?.title == "乙县巡察反馈会召开")
        #expect(documents.first?.paragraphs == ["近日，乙县召开巡察反馈会。"])
    }

    @Test func pagesWithoutTitleOrTextAreFlagged() {
        let furniture = parseText("<div>分享到 - 微信</div><div>版权所有：某某网</div><p>扫一扫</p>").0.first
        #expect(furniture?.flags.contains("no-text") == true)
        let long = "省委巡视组近日对某市开展常规巡视，发现问题线索若干件，均已按规定移交有关部门处理，整改工作正在推进。"
        let untitled = parseText(long + "\n第二段。").0.first
        #expect(untitled?.title == "")
        #expect(untitled?.flags.contains("no-title") == true)
        #expect(untitled?.paragraphs == [long, "第二段。"])
    }

    @Test func formatIsToldByContentNotExtension() {
        #expect(parseText("<p>甲</p><p>乙</p>", path: "x.txt").1.format == "html")
        #expect(parseText("第一行\n第二行", path: "x.html").1.format == "plain-text")
        #expect(SourceFormat.feedKind("<!-- c --><?xml-stylesheet x?>\n<feed>") == .atom)
    }
}
