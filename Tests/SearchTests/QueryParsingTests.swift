import Testing
@testable import Corpus

@Suite struct QueryParsingTests {
    @Test func termsPhrasesExclusions() throws {
        let q = try Query.parse("巡察  \"巡视 工作\" -专项 -\"回头 看\"")
        #expect(q.terms == [
            Query.Term("巡察"),
            Query.Term("巡视 工作", isPhrase: true),
            Query.Term("专项", isExcluded: true),
            Query.Term("回头 看", isPhrase: true, isExcluded: true),
        ])
        #expect(q.fields.isEmpty)
    }

    @Test func fields() throws {
        let q = try Query.parse("province:吉林 prov:jilin year:2021 year:2020..2022 kind:巡察 level:县 source:新浪")
        #expect(q.fields == [.province("吉林"), .province("jilin"), .year(2021...2021), .year(2020...2022),
                             .kind("巡察"), .level("县"), .source("新浪")])
        #expect(q.terms.isEmpty)
    }

    @Test func fullWidthSyntaxIsNormalised() throws {
        let q = try Query.parse("ｙｅａｒ：２０２１　巡察")
        #expect(q.fields == [.year(2021...2021)])
        #expect(q.terms == [Query.Term("巡察")])
    }

    @Test func whileTypingIsLenient() throws {
        #expect(try Query.parse("\"巡视").terms == [Query.Term("巡视", isPhrase: true)])
        #expect(try Query.parse("year:").isEmpty)
        #expect(try Query.parse("-").terms == [Query.Term("-")])
        #expect(try Query.parse("  ").isEmpty)
    }

    @Test(arguments: [
        ("foo:bar", "unknown field 'foo:'"),
        ("year:20x1", "malformed year '20x1'"),
        ("year:2022..2020", "malformed year '2022..2020'"),
        ("year:2020..", "malformed year '2020..'"),
        ("level:乡", "unknown level '乡'"),
    ])
    func errors(_ text: String, _ expected: String) {
        #expect {
            _ = try Query.parse(text)
        } throws: { error in
            let message = (error as? QueryError)?.description ?? ""
            return message.hasPrefix(expected) && !message.contains("\n")
        }
    }
}
