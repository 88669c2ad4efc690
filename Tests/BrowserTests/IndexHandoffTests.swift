@testable import Browser
import Corpus
import Foundation
import Testing
import XunshiTestSupport

/// A stored index handed to the selector by the loading thread is used instead of indexing
/// the arriving documents, never shows documents the store does not hold yet, and an index
/// the selector built itself is handed out for storing once it is complete.
@Suite struct IndexHandoffTests {
    let docs = Fixtures.documents
    let queries = ["", "巡视", "吉林 留置", "jilin", "xsxc", "巡審", "year:2022", "-巡察"]

    func answers(_ state: AppState) -> [[Int]] {
        queries.map { (try? state.selector.select(query: $0, filters: ActiveFilters(), in: state.documents).sorted()) ?? [-1] }
    }

    @Test func anOfferedIndexAnswersForTheDocumentsAlreadyInTheStore() throws {
        let stored = SearchIndex()
        stored.add(docs)
        let selector = IndexSelector()
        selector.handoff.offer(stored)
        let state = AppState(selector: selector)
        state.append(Array(docs.prefix(2)))
        #expect(selector.index === stored, "the offered index is used")
        for answer in answers(state) { #expect(answer.allSatisfy { $0 < 2 }, "a document not in the store yet") }
        state.append(Array(docs.dropFirst(2)))
        #expect(selector.index === stored && stored.count == docs.count, "nothing was indexed twice")

        let fresh = AppState(selector: IndexSelector())
        fresh.append(docs)
        #expect(answers(state) == answers(fresh))
    }

    @Test func aBuiltIndexIsHandedOutOnceWhenComplete() throws {
        let selector = IndexSelector()
        let written = Written()
        selector.handoff.storeWhenComplete(count: docs.count) { image in written.add(image) }
        let state = AppState(selector: selector)
        state.append(Array(docs.prefix(3)))
        state.append(Array(docs.dropFirst(3)))
        state.append([])
        #expect(written.wait(for: 1).count == 1)
        Thread.sleep(forTimeInterval: 0.05)
        #expect(written.images.count == 1, "handed out once")
    }

    @Test func aStoreAskedForAfterLoadingEndedGetsTheFinishedIndex() throws {
        let selector = IndexSelector()
        let written = Written()
        let state = AppState(selector: selector)
        state.append(docs)
        selector.loadingEnded()
        selector.handoff.storeWhenComplete(count: docs.count) { image in written.add(image) }
        #expect(written.wait(for: 1).count == 1)
        // Asked for between the last append and the end of loading: written when loading ends.
        let late = IndexSelector(), lateWritten = Written()
        AppState(selector: late).append(docs)
        late.handoff.storeWhenComplete(count: docs.count) { image in lateWritten.add(image) }
        #expect(lateWritten.images.isEmpty)
        late.loadingEnded()
        #expect(lateWritten.wait(for: 1).count == 1)
    }

    @Test func aLateStoreOfAnotherSizeOrAfterNoMoreStoresWritesNothing() throws {
        let other = IndexSelector(), otherWritten = Written()
        AppState(selector: other).append(docs)
        other.loadingEnded()
        other.handoff.storeWhenComplete(count: docs.count + 1) { image in otherWritten.add(image) }
        let closed = IndexSelector(), closedWritten = Written()
        AppState(selector: closed).append(docs)
        closed.handoff.noMoreStores()
        closed.loadingEnded()
        closed.handoff.storeWhenComplete(count: docs.count) { image in closedWritten.add(image) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect(otherWritten.images.isEmpty)
        #expect(closedWritten.images.isEmpty)
    }

    @Test func noIndexIsStoredWhenAnOfferedOneWasUsed() throws {
        let stored = SearchIndex()
        stored.add(docs)
        let selector = IndexSelector()
        let written = Written()
        selector.handoff.storeWhenComplete(count: docs.count) { image in written.add(image) }
        selector.handoff.offer(stored)
        let state = AppState(selector: selector)
        state.append(docs)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(written.images.isEmpty)
    }
}

extension IndexHandoffTests {
    /// The store the browser asks for after a load that wrote a new corpus snapshot, whose
    /// documents the offered index holds (files added after the rest, or the stored index
    /// renumbered): a small corpus has loaded before the main loop appends anything, so the
    /// request comes before the offered index is taken, and must survive it.
    @Test func aStoreForTheNewSnapshotSurvivesTheOfferedIndexBeingTaken() throws {
        let stored = SearchIndex()
        stored.add(Array(docs.prefix(3)))
        let selector = IndexSelector()
        let written = Written()
        selector.handoff.offer(stored)
        selector.handoff.storeWhenComplete(count: docs.count, evenIfOffered: true) { image in written.add(image) }
        let state = AppState(selector: selector)
        state.append(Array(docs.prefix(3)))
        #expect(selector.index === stored)
        state.append(Array(docs.dropFirst(3)))
        #expect(written.wait(for: 1).count == 1)
        selector.loadingEnded()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(written.images.count == 1, "handed out once")
    }
}

/// Images handed out, collected from the background thread.
private final class Written: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [SearchIndex.Image] = []

    func add(_ image: SearchIndex.Image) { lock.lock(); list.append(image); lock.unlock() }

    var images: [SearchIndex.Image] { lock.lock(); defer { lock.unlock() }; return list }

    /// The images once there are `n` of them, or what there is after two seconds.
    func wait(for n: Int) -> [SearchIndex.Image] {
        for _ in 0..<200 where images.count < n { Thread.sleep(forTimeInterval: 0.01) }
        return images
    }
}
