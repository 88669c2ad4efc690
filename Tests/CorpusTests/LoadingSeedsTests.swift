import Corpus
import Foundation
import Testing
import XunshiTestSupport

@Suite struct LoadingSeedsTests {
    @Test func loadsAllFiveSeedsInPathOrder() {
        let (documents, report) = Seeds.load()
        #expect(documents.count == 5)
        #expect(documents.map(\.id) == documents.map(\.id).sorted())
        #expect(documents.first?.id == "000_c3f89fe81e23299c")
        #expect(documents.first?.path == TestPaths.seeds.path + "/000_c3f89fe81e23299c.txt")
        #expect(report.loadedCount == 5 && report.skippedCount == 0)
        #expect(report.entries.allSatisfy { $0.encoding == "utf-8" })
        #expect(report.entries.map(\.format) == ["front-matter-html", "front-matter-html", "plain-text", "plain-text",
                                                 "front-matter-html"])
    }

    @Test func seedsHaveCleanParagraphs() {
        for document in Seeds.load().documents {
            #expect(!document.paragraphs.isEmpty)
            for p in document.paragraphs {
                #expect(!p.isEmpty)
                #expect(!p.hasPrefix("　") && !p.hasPrefix(" "), "indent left in \(document.id)")
            }
            #expect(!document.flags.contains("mojibake"), "\(document.id) flagged as garbled")
        }
    }

    @Test func seed000PrefersInTextEditorAndDropsPortalFurniture() throws {
        let d = try #require(Seeds.document("000", in: Seeds.load().documents))
        #expect(d.title == "吉林：创新机制 贯通融合巡视巡察监督与其他监督")
        #expect(d.source == "吉林省纪委监委")
        #expect(d.editor == "周振华")
        #expect(d.paragraphs.count == 7)
        #expect(d.paragraphs.first?.hasPrefix("近日，吉林省委召开常委会议") == true)
        #expect(d.paragraphs.last?.hasSuffix("同题共答。") == true)
        for p in d.paragraphs {
            #expect(!p.contains("责任编辑"))
            #expect(!p.contains("梁斌"))
            #expect(!p.contains("APP") && !p.contains("海量资讯"))
            #expect(!p.contains("appendQr"))
        }
    }

    @Test func seed001ReadsMediaLineAndReporter() throws {
        let d = try #require(Seeds.document("001", in: Seeds.load().documents))
        #expect(d.source == "中国纪检监察报")
        #expect(d.author == "郭霄雯")
        #expect(d.editor == "梁斌")
        #expect(d.paragraphs.first?.hasPrefix("本报讯（通讯员 郭霄雯）") == true)
    }

    @Test func seed002PlainTextHeadAndFooter() throws {
        let d = try #require(Seeds.document("002", in: Seeds.load().documents))
        #expect(d.title == "坚守政治监督定位 彰显巡视利剑作用")
        #expect(d.source == "吉林省纪委监委网站")
        #expect(d.paragraphs.first == "——十一届省委巡视工作综述")
        #expect(d.paragraphs[1].hasPrefix("吉林省第十一次党代会以来"))
        #expect(d.paragraphs.last?.hasSuffix("(黄亮 傅禹砜)") == true)
        for p in d.paragraphs {
            for furniture in ["版权所有", "ICP备", "公网安备", "分享到", "阅读次数", "来源:"] {
                #expect(!p.contains(furniture), "\(furniture) left in 002")
            }
            #expect(p != "X")
        }
    }

    @Test func seed003TraditionalPageCopyIsCleaned() throws {
        let d = try #require(Seeds.document("003", in: Seeds.load().documents))
        #expect(d.title == "四川珙縣:“巡審聯動”打出監督“組合拳”")
        #expect(d.source == "中新網四川")
        #expect(d.editor == "曹惠君")
        let text = d.text
        #expect(!text.contains("(wǎng)") && !text.contains("(lián)") && !text.contains("(dòng)"))
        #expect(text.contains("中新網四川新聞4月29日電"))
        #expect(!text.contains("免責聲明") && !text.contains("首頁") && !text.contains("分社正文"))
        #expect(d.paragraphs.last?.hasSuffix("如是說。") == true)
        #expect(d.paragraphs.filter { $0.hasPrefix("巡察審計曹營鎮聯席工作會") }.count == 1)
    }

    @Test func seed004DropsOriginalTitleLine() throws {
        let d = try #require(Seeds.document("004", in: Seeds.load().documents))
        #expect(d.title == "吉林：聚焦重点加强对一把手和领导班子监督")
        #expect(d.editor == "赵宇航")
        #expect(d.source == "吉林省纪委监委")
        #expect(!d.paragraphs.contains { $0.contains("原标题") })
        #expect(d.paragraphs.first?.hasPrefix("近日，吉林省紧密结合实际") == true)
    }

    @Test func fileArgumentUsesStemAsIdAndLoadsAreStable() {
        let file = TestPaths.seeds.appendingPathComponent("002_85cec4cc11a75541.txt").path
        let once = CorpusLoader.load(paths: [file]).documents
        let twice = CorpusLoader.load(paths: [file]).documents
        #expect(once.map(\.id) == ["002_85cec4cc11a75541"])
        #expect(once.first?.path == file)
        #expect(once == twice)
    }

    @Test func onBatchStreamsEveryDocument() {
        final class Box: @unchecked Sendable {
            let lock = NSLock(); var ids: [String] = []; var last: LoadProgress?
        }
        let box = Box()
        var options = LoadOptions()
        options.batchSize = 2
        let (documents, _) = CorpusLoader.load(paths: [TestPaths.seeds.path], options: options) { batch, progress in
            box.lock.lock(); box.ids += batch.map(\.id)
            if progress.filesDone > (box.last?.filesDone ?? -1) { box.last = progress }
            box.lock.unlock()
        }
        #expect(box.ids.sorted() == documents.map(\.id))
        #expect(box.last?.filesDone == 5 && box.last?.filesTotal == 5 && box.last?.documents == 5)
    }
}
