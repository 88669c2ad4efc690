import Browser
import Corpus
import Curses
import Foundation
import Testing
import XunshiTestSupport

/// Keys that are already waiting when the prompt is edited (typed ahead over a slow link,
/// or pasted) are read before the search runs: one search for the burst, ending in the same
/// list as typing them one by one; Enter after a burst still sees an invalid query.
@Suite struct PromptTypeaheadTests {
    /// The index selector, counting the queries it was asked to select.
    final class CountingSelector: DocumentSelector {
        let inner = IndexSelector()
        private(set) var queries: [String] = []
        func didAppend(_ documents: ArraySlice<Document>, at range: Range<Int>) { inner.didAppend(documents, at: range) }
        func select(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int] {
            queries.append(query)
            return try inner.select(query: query, filters: filters, in: documents)
        }
        func hits(query: String, index: Int, in documents: [Document]) -> DocumentHits {
            inner.hits(query: query, index: index, in: documents)
        }
    }

    /// An app whose selector counts, over the fixture documents, with `text` queued as keys.
    func app(queuing text: String, then keys: [Key] = []) -> (BrowserApp, CountingSelector, ScriptedTerminal) {
        let terminal = ScriptedTerminal(rows: 24, cols: 80)
        let selector = CountingSelector()
        let app = BrowserApp(terminal: terminal, state: AppState(selector: selector))
        app.state.append(Fixtures.documents)
        terminal.type(text)
        terminal.events += keys.map { .key($0) }
        return (app, selector, terminal)
    }

    @Test func aBurstOfKeysIsSearchedOnce() throws {
        let (app, selector, terminal) = app(queuing: "/xunshi")
        app.run()
        #expect(selector.queries == ["xunshi"], "one search for the burst, not one per letter")
        #expect(app.state.prompt?.text == "xunshi")
        // The same list as typing one key at a time, which searches every prefix.
        let (oneByOne, counted, _) = self.app(queuing: "")
        type(oneByOne, "/xunshi")
        #expect(counted.queries == ["x", "xu", "xun", "xuns", "xunsh", "xunshi"])
        #expect(app.state.visible == oneByOne.state.visible && !app.state.visible.isEmpty)
        #expect(app.state.visible.count < app.state.documents.count)
        // Drawn once the burst was read: no frame shows the query without its list.
        let last = try #require(terminal.lastCanvas)
        #expect(last.text().contains("xunshi"))
        #expect(!terminal.presented.contains { $0.text().contains("/xuns") && !$0.text().contains("/xunshi") })
    }

    @Test func enterAfterABurstSeesAnInvalidQuery() throws {
        let (app, selector, _) = app(queuing: "/year:abc", then: [.enter])
        app.run()
        #expect(selector.queries == ["year:abc"], "tried once, when Enter came")
        let prompt = try #require(app.state.prompt, "Enter keeps the prompt open on an invalid query")
        #expect(prompt.error != nil && prompt.text == "year:abc")

        let (valid, _, _) = self.app(queuing: "/xunshi", then: [.enter])
        valid.run()
        #expect(valid.state.prompt == nil && valid.state.query == "xunshi")
    }

    /// Arrows, Esc and the rest run the search first: Esc then restores the query in force.
    @Test func escapeAfterABurstRestoresTheQueryInForce() throws {
        let (app, selector, _) = app(queuing: "/jilin", then: [.escape])
        app.run()
        #expect(app.state.prompt == nil && app.state.query == "")
        #expect(app.state.visible.count == app.state.documents.count)
        #expect(selector.queries.first == "jilin")
    }

    /// A burst that ends in another event than a key (here a resize) is searched once that is read.
    @Test func aBurstEndingInAResizeIsSearchedAfterIt() throws {
        let (app, selector, terminal) = app(queuing: "/xunshi")
        terminal.resize(rows: 30, cols: 90)
        app.run()
        #expect(selector.queries == ["xunshi"])
        let last = try #require(terminal.lastCanvas)
        #expect(last.size == Size(rows: 30, cols: 90) && last.text().contains("xunshi"))
        #expect(app.state.visible.count < app.state.documents.count)
    }
}
