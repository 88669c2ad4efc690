import Corpus
import Foundation

/// The built-in selector: every whitespace-separated term must occur in the
/// title or text, compared case-insensitively with Traditional characters
/// folded to Simplified. Hits are found by scanning.
///
/// A stand-in for the search index; a `"` without its partner is a ``QueryError``.
public final class SubstringSelector: DocumentSelector {
    /// Folded scalars per store index: title, then text.
    private var folded: [(title: [Unicode.Scalar], text: [Unicode.Scalar])] = []
    private var foldCache: [Unicode.Scalar: Unicode.Scalar] = [:]

    public init() {}

    public func didAppend(_ documents: ArraySlice<Document>, at range: Range<Int>) {
        for d in documents { folded.append((fold(d.title), fold(d.text))) }
    }

    public func select(query: String, filters: ActiveFilters, in documents: [Document]) throws -> [Int] {
        let terms = try Self.terms(of: query).map(fold)
        return documents.indices.filter { i in
            guard filters.admits(documents[i]) else { return false }
            if terms.isEmpty { return true }
            let f = entry(i, documents)
            return terms.allSatisfy { Self.firstMatch($0, in: f.title) != nil || Self.firstMatch($0, in: f.text) != nil }
        }
    }

    public func hits(query: String, index: Int, in documents: [Document]) -> DocumentHits {
        guard let terms = try? Self.terms(of: query).map(fold), !terms.isEmpty, documents.indices.contains(index) else {
            return .none
        }
        let f = entry(index, documents)
        let title = terms.flatMap { Self.allMatches($0, in: f.title) }.sorted { $0.lowerBound < $1.lowerBound }
        let text = terms.flatMap { Self.allMatches($0, in: f.text) }.sorted { $0.lowerBound < $1.lowerBound }
        return DocumentHits(title: title, text: text)
    }

    /// Query terms: whitespace-separated words, or `"quoted phrases"`.
    static func terms(of query: String) throws -> [String] {
        var terms: [String] = []
        var current = "", quoted = false
        for ch in query {
            if ch == "\"" {
                if quoted, !current.isEmpty { terms.append(current) }
                if !quoted, !current.isEmpty { terms.append(current) }
                current = ""; quoted.toggle()
            } else if ch.isWhitespace, !quoted {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if quoted { throw QueryError("unbalanced \" in the query") }
        if !current.isEmpty { terms.append(current) }
        return terms
    }

    private func entry(_ i: Int, _ documents: [Document]) -> (title: [Unicode.Scalar], text: [Unicode.Scalar]) {
        while folded.count <= i { let d = documents[folded.count]; folded.append((fold(d.title), fold(d.text))) }
        return folded[i]
    }

    /// Lower-cases and folds Traditional to Simplified one scalar at a time, so offsets stay put.
    private func fold(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.map { u in
            if u.isASCII { return Unicode.Scalar(UInt8(ascii: u) | (u.properties.isUppercase ? 0x20 : 0)) }
            if let f = foldCache[u] { return f }
            var out = u
            if (0x3400...0x9FFF).contains(u.value) {
                let t = String(u).applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? String(u)
                if t.unicodeScalars.count == 1, let s = t.unicodeScalars.first { out = s }
            } else if u.properties.isUppercase, let l = String(u).lowercased().unicodeScalars.first {
                out = l
            }
            foldCache[u] = out
            return out
        }
    }

    private static func firstMatch(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int = 0) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func allMatches(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var from = 0
        while let at = firstMatch(needle, in: hay, from: from) { out.append(at..<(at + needle.count)); from = at + needle.count }
        return out
    }
}
