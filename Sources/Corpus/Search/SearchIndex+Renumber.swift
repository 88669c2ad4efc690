/// Renumbering the documents of an index, so a stored index serves a corpus some of whose
/// files changed or went away, or had files added between others: the documents of the
/// changed and new files are added to it, then every document is given its place in the
/// corpus's order and those of removed or changed files are dropped. At 100,000 documents
/// this rewrites every posting list once instead of indexing every text again.
extension SearchIndex {
    /// Gives document `order[k]` the number `k`, for every `k`; documents not in `order` are
    /// dropped. `order` must not name a document twice.
    ///
    /// Answers afterwards are those of an index built from the documents in the new order,
    /// except for ranking scores of keys whose lists became bitmaps at another moment (a
    /// bitmap keeps no occurrence counts). The pinyin classes are dropped and made again as
    /// for a fresh index (in the background by ``warmUp()``, or by the first pinyin search:
    /// 0.1–0.2 s at 100,000 documents). Call before any search has started them.
    public func renumber(keeping order: [UInt32]) {
        precondition(pendingInitials == nil, "renumbered while the pinyin classes are being made")
        let renumbering = Renumbering(order: order, documents: count)
        body.renumber(renumbering)
        titles.renumber(renumbering)
        texts.renumber(keeping: order)
        titleTexts.renumber(keeping: order)
        metadata = order.map { metadata[Int($0)] }
        lengths = order.map { lengths[Int($0)] }
        dateKeys = order.map { dateKeys[Int($0)] }
        totalLength = texts.totalUnits
        initials = PinyinInitials()
        dateOrderCache = nil
        recent.removeAll()
    }
}
