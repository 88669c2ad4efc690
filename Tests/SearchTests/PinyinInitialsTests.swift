import MemoryHints
import Testing
import XunshiTestSupport
@testable import Corpus

/// The texts' first-letter classes that pinyin scans read: every unit's class stands for
/// its readings' first letters, and a scan over classes finds what a scan over the units finds.
@Suite struct PinyinInitialsTests {
    /// Han characters of many initials, polyphones (重 长 行 省 查 的), punctuation and ASCII.
    static let pool = Array("巡视察监督重庆银行长江省委书记查处问题线索立案人民政府反馈整改落实的了和在是有中国纪检干部群众，。、：“”12ab ")

    /// A store of `texts`, the pinyin table prepared for them, and their classes.
    static func build(_ texts: [String], withTriples: Bool = false) -> (TextStore, PinyinTable, PinyinInitials) {
        let store = TextStore(chunkUnits: 64)
        var table = PinyinTable()
        for text in texts {
            let units = Array(text.utf16)
            table.prepare(units)
            units.withUnsafeBufferPointer { store.append($0) }
        }
        let initials = PinyinInitials()
        table.withView { view in store.withView { initials.extend($0, view: view, withTriples: withTriples) } }
        return (store, table, initials)
    }

    /// The class of unit `i` of document `d`.
    static func classOf(_ initials: PinyinInitials, _ d: Int, _ i: Int) -> Int { Int(initials.starts[d][i]) }

    @Test func everyUnitsClassCoversItsFirstLetters() {
        var generator = SplitMix64(state: 7)
        let texts = (0..<40).map { _ in String((0..<Int.random(in: 0..<61, using: &generator)).map { _ in Self.pool.randomElement(using: &generator)! }) }
        let (store, table, initials) = Self.build(texts)
        #expect(initials.count == texts.count)
        #expect(Set(initials.classLetters).count == initials.classLetters.count, "one class per set")
        table.withView { view in
            for d in 0..<texts.count {
                for (i, u) in store[d].enumerated() {
                    let c = Self.classOf(initials, d, i)
                    let letters = view.firstLetters(u)
                    if letters == 0 {
                        #expect(c == Int(PinyinInitials.none), "\(texts[d]) unit \(i)")
                    } else {
                        #expect(initials.letters(ofClass: c) == letters, "\(texts[d]) unit \(i)")
                    }
                }
            }
        }
        // 省 (sheng, xing) has two first letters: its class stands for both.
        let (_, sheng, shengClasses) = Self.build(["省"])
        sheng.withView { view in
            let letters = view.firstLetters("省".utf16.first!)
            #expect(letters == PinyinTable.bit(0x73) | PinyinTable.bit(0x78))
            #expect(shengClasses.letters(ofClass: Self.classOf(shengClasses, 0, 0)) == letters)
        }
    }

    @Test func scanningClassesFindsWhatScanningUnitsFinds() {
        var generator = SplitMix64(state: 11)
        let texts = (0..<60).map { _ in String((0..<Int.random(in: 0..<300, using: &generator)).map { _ in Self.pool.randomElement(using: &generator)! }) }
        let (store, table, initials) = Self.build(texts)
        let queries = ["x", "xs", "xsx", "xsxc", "xunshi", "xuns", "cq", "chongq", "zhongqing", "sw", "xw", "shengw",
                       "dcqw", "jc", "wt", "de", "hang", "zhang", "a", "ab", "zzzz", "rmzf", "gbqz",
                       "jijianj", "xunshix", "jiandu", "jianduc", "zhengfuf", "renminz", "shengweis", "wentix", "lian"]
        var compared = 0, found = 0
        table.withView { view in
            initials.withView { classes in
                for query in queries {
                    let plain = PinyinMatcher(Array(query.utf16))!.prepared(for: view)
                    let withClasses = PinyinMatcher(Array(query.utf16))!.prepared(for: view, initials: initials)
                    // Both scans of classes: the exact one (AVX-512 VBMI, where there) and the blocks one.
                    let blocks = withClasses.withoutExactScan()
                    // A query not of initials only: the places its stretch may fit from the classes first.
                    let prefiltered = plain.prefilteredByClasses(initials)
                    for d in 0..<texts.count {
                        let text = store[d]
                        for start in Set([0, 1, 2, 3, text.count / 2, max(0, text.count - 1)]) {
                            let expected = plain.first(in: text, view: view, from: start)
                            #expect(withClasses.first(in: text, classes: classes[d], view: view, from: start) == expected,
                                    "\(query) in \(texts[d]) from \(start)")
                            #expect(blocks.first(in: text, classes: classes[d], view: view, from: start) == expected,
                                    "\(query) in \(texts[d]) from \(start), blocks")
                            #expect(prefiltered.first(in: text, classes: classes[d], view: view, from: start) == expected,
                                    "\(query) in \(texts[d]) from \(start), prefiltered by classes")
                            compared += 1
                            if expected != nil { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(compared > 1000 && found > 100)
    }

    /// Terms of whole syllables whose matches have four characters or more find their
    /// places from the classes past the first places, path by path: the same matches as the
    /// scan of the units, over texts holding the words at random places (some far from the
    /// start) and near misses (省委巡视 without 整, 政治 without 巡).
    @Test(.enabled(if: InitialsBlocks.exactScanAvailable, "the processor has no AVX-512 VBMI"))
    func longStretchesFoundFromTheClassesMatchTheScan() {
        var generator = SplitMix64(state: 29)
        let words = ["省委巡视整改", "省委巡视组", "省委巡视", "省委书记", "中国纪检", "人民政府反馈", "巡视巡察",
                     "政治巡视", "政治", "监督检查", "监督", "严格执行", "这年国之"]
        let texts = (0..<80).map { _ -> String in
            var text = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in Self.pool.randomElement(using: &generator)! }
            for _ in 0..<Int.random(in: 0..<4, using: &generator) {
                let word = words.randomElement(using: &generator)!
                text.insert(contentsOf: Array(word), at: Int.random(in: 0...text.count, using: &generator))
            }
            return String(text)
        } + [
            // Places whose classes fit `shengweixunshiz` (厦为学所在: s/x w x s z, as 省委巡视在) but whose readings
            // do not, many of them before the match, far from the start.
            String(repeating: "的", count: 90) + String(repeating: "厦为学所在", count: 9) + "省委巡视整改" + "厦为学所在",
        ]
        let (store, table, initials) = Self.build(texts)
        let queries = ["shengweixunshiz", "shengweixunshizheng", "shengweixunshizu", "shengweishuji", "zhongguojijian",
                       "renminzhengfuf", "xunshixunc", "shengweixunsh", "swxsz", "shengweix", "zhengzhix",
                       "zhengzhixun", "jianduj", "jiandujianc", "zhenguozhi"]
        var compared = 0, found = 0, prefiltered = 0, places = 0
        table.withView { view in
            initials.withView { classes in
                for query in queries {
                    let plain = PinyinMatcher(Array(query.utf16))!.prepared(for: view)
                    let fromClasses = plain.prefilteredByClasses(initials)
                    if fromClasses.scansClasses { prefiltered += 1 }
                    let size = fromClasses.groupTablesAreWide ? 256 : 128
                    for d in 0..<texts.count {
                        let text = store[d]
                        // Some group of paths fits the classes at every place where a match starts.
                        if fromClasses.scansClasses {
                            #expect(fromClasses.groupTables.count == fromClasses.groupPlaces * size)
                            for match in plain.matches(in: text, view: view, firstOnly: false) {
                                var groups: UInt8 = 0xFF
                                for i in 0..<fromClasses.groupPlaces {
                                    let c = match.lowerBound + i < text.count ? Int(classes[d][match.lowerBound + i]) : 0
                                    groups &= fromClasses.groupTables[i * size + (size == 256 ? c : (c == 255 ? 127 : c))]
                                }
                                #expect(groups != 0, "\(query) in \(texts[d]) at \(match)")
                                places += 1
                            }
                        }
                        for start in Set([0, 1, 5, 63, 64, 65, text.count / 3, text.count / 2, max(0, text.count - 1)]) {
                            let expected = plain.first(in: text, view: view, from: start)
                            #expect(fromClasses.first(in: text, classes: classes[d], view: view, from: start) == expected,
                                    "\(query) in \(texts[d]) from \(start)")
                            compared += 1
                            if expected != nil && expected!.lowerBound >= start + PinyinMatcher.nearPlaces { found += 1 }
                        }
                    }
                }
            }
        }
        #expect(prefiltered >= 6 && places > 100, "\(prefiltered) prefiltered, \(places) places")
        #expect(compared > 5000 && found > 100)
    }

    @Test func documentsAddedLaterAreCoveredAndSearchedLikeAFreshIndex() throws {
        let first = [makeDocument("a", title: "通报", text: "省委第一巡视组进驻重庆市"),
                     makeDocument("b", title: "巡察", text: "县委巡察组反馈问题线索")]
        let later = [makeDocument("c", title: "动态", text: "巡视巡察上下联动，重庆银行"),
                     makeDocument("d", title: "其他", text: "长江经济带生态环境")]
        let grown = makeIndex(first)
        _ = try grown.search("xsz")  // makes the classes for the first two documents
        #expect(grown.initials.count == 2)
        grown.add(later)
        let fresh = makeIndex(first + later)
        for query in ["xsz", "xs", "cq", "chongqing", "xunshixuncha", "cjjjd", "zhangjiang", "xcz"] {
            #expect(try ids(grown, first + later, query) == ids(fresh, first + later, query), "\(query)")
        }
        #expect(grown.initials.count == 4)
        #expect(try ids(grown, first + later, "cq").sorted() == ["a", "c"])
    }

    @Test func classesMadeInTheBackgroundAreTakenByTheFirstSearchAfterThey() throws {
        let first = (0..<40).map { i in makeDocument("d\(i)", title: "第\(i)号", text: i % 3 == 0 ? "省委巡视组进驻重庆" : "县委巡察组反馈问题") }
        let later = [makeDocument("z", title: "补充", text: "巡视巡察上下联动")]
        let index = makeIndex(first)
        let build = try #require(index.makeInitialsInBackground())
        #expect(index.makeInitialsInBackground() === build, "one build at a time")
        // Before or after the build is done (this search may find it done already: under the
        // sanitizers it sometimes did), the same answers.
        let early = try ids(index, first, "xsz")
        build.wait()
        index.forgetRecentSearches()  // searched again, not recalled from the search before
        #expect(try ids(index, first, "xsz") == early)
        #expect(index.initials.count == first.count && index.pendingInitials == nil)
        // Done, but not taken until a search asks for them.
        let idle = makeIndex(first)
        try #require(idle.makeInitialsInBackground()).wait()
        #expect(idle.initials.count == 0, "not taken before a search")
        #expect(try ids(idle, first, "xsz") == early)
        #expect(idle.initials.count == first.count && idle.pendingInitials == nil)
        #expect(early.count == 14, "巡视组 in every third")
        index.add(later)
        #expect(try ids(index, first + later, "cq").sorted() == (0..<40).filter { $0 % 3 == 0 }.map { "d\($0)" }.sorted())
        #expect(try ids(index, first + later, "xsxc") == ["z"])
        #expect(index.initials.count == first.count + later.count)
        #expect(index.makeInitialsInBackground() == nil, "made already")
    }
}
