import Foundation
import MemoryHints

/// Pinyin classes (``PinyinInitials``) of an index's documents being made on a thread of
/// their own, so that the end of a load does not wait for them (about 0.17 s at 100,000
/// documents); the index takes them at its first pinyin search after they are done.
///
/// The thread reads a copy of the text store's per-document starts and lengths (the
/// store's chunks never move) and its own copy of the pinyin table, so documents added
/// meanwhile are not raced with; the index covers those itself once it has taken the rest.
public final class InitialsBuild: @unchecked Sendable {
    private let lock = NSLock()
    private var made: PinyinInitials?
    private let done = DispatchSemaphore(value: 0)
    /// Seconds the build took and bytes the classes hold, once done.
    public private(set) var seconds = 0.0
    public private(set) var byteCount = 0

    /// What the thread reads: copies, never changed by anyone (see the type's comment).
    private struct Input: @unchecked Sendable {
        let texts: FrozenTexts
        let pinyin: PinyinTable
    }

    init(texts: TextStore, pinyin: PinyinTable) {
        let input = Input(texts: FrozenTexts(texts), pinyin: pinyin)
        let thread = Thread { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            let initials = PinyinInitials()
            input.texts.starts.withUnsafeBufferPointer { starts in
                input.texts.lengths.withUnsafeBufferPointer { lengths in
                    input.pinyin.withView { initials.extend(TextStoreView(starts: starts, lengths: lengths), view: $0, withTriples: true) }
                }
            }
            lock.lock()
            made = initials
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            byteCount = initials.byteCount
            lock.unlock()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits until the classes are made.
    public func wait() {
        done.wait()
        done.signal()
    }

    /// The classes when they are made (once), else `nil` at once.
    func take() -> PinyinInitials? {
        lock.lock(); defer { lock.unlock() }
        let result = made
        made = nil
        return result
    }
}

extension SearchIndex {
    /// Places the scan of a term of initials tests per step on this processor, which its
    /// keystrokes' times depend on: 64 with AVX-512 VBMI (exactly), 32 with AVX2, 16 with
    /// SSE2, else 1.
    public static var initialsPlacesPerStep: Int { InitialsBlocks.placesPerStep }

    /// Starts making the pinyin classes of the documents added so far in the background,
    /// unless they are made or being made; returns the build (to wait for it), if one runs.
    @discardableResult
    public func makeInitialsInBackground() -> InitialsBuild? {
        if let pending = pendingInitials { return pending }
        guard initials.count < count, initials.count == 0 else { return nil }
        let build = InitialsBuild(texts: texts, pinyin: pinyin)
        pendingInitials = build
        return build
    }
}
