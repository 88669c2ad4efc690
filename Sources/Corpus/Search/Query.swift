import Foundation

/// A parsed search query.
///
/// Syntax (terms separated by spaces; all terms are required):
/// - `巡察` — a term: the text (or, for letters only, its pinyin) must occur;
/// - `"巡视 巡察"` — a phrase, matched as written (spaces included; for letters only,
///   also as pinyin with the spaces removed);
/// - `-term` / `-"a phrase"` — excludes documents that contain it;
/// - `province:吉林` (`prov:jilin`, `prov:jl`), `year:2021`, `year:2020..2022`,
///   `kind:巡察`, `level:县`, `source:新浪` — field filters.
///
/// The text is NFKC-normalised before parsing, so `ｙｅａｒ：２０２１` is `year:2021`.
/// An unterminated quote runs to the end (the query may still be being typed); a known
/// field with no value yet (`year:`) is ignored for the same reason.
public struct Query: Sendable, Hashable {
    /// One text clause.
    public struct Term: Sendable, Hashable {
        /// The text as typed (NFKC-normalised), without quotes or leading `-`.
        public var text: String
        public var isPhrase: Bool
        public var isExcluded: Bool

        public init(_ text: String, isPhrase: Bool = false, isExcluded: Bool = false) {
            self.text = text; self.isPhrase = isPhrase; self.isExcluded = isExcluded
        }
    }

    /// A field filter.
    public enum Field: Sendable, Hashable {
        /// Province short name, or its pinyin / pinyin initials (`jilin`, `jl`).
        case province(String)
        /// Publication years, inclusive.
        case year(ClosedRange<Int>)
        /// A kind of inspection (`巡视`, `巡察` …), compared with ``Document/kinds``.
        case kind(String)
        /// A level (`中央`, `省`, `市`, `县`), compared with ``Document/level``.
        case level(String)
        /// Part of the source / media name.
        case source(String)
    }

    public var terms: [Term]
    public var fields: [Field]

    public init(terms: [Term] = [], fields: [Field] = []) {
        self.terms = terms; self.fields = fields
    }

    /// True when the query selects every document.
    public var isEmpty: Bool { terms.isEmpty && fields.isEmpty }

    /// The longest query ``parse(_:)`` accepts, in Unicode scalars; longer ones are refused
    /// with a ``QueryError`` (a search box needs far less, and the limit bounds the work a
    /// pasted blob can cause).
    public static let maxLength = 1_000

    /// The field names ``parse(_:)`` accepts.
    public static let fieldNames = ["province", "prov", "year", "kind", "level", "source"]
}

/// Why a query could not be parsed; `description` is one line, fit for a prompt.
public struct QueryError: Error, CustomStringConvertible, Sendable, Hashable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Filters set programmatically (the facet panel); combined with a ``Query`` by AND.
///
/// An empty set places no constraint. Within one set, values are alternatives (OR).
public struct Filters: Sendable, Hashable {
    /// Province short names, compared with ``Places/province``.
    public var provinces: Set<String>
    public var years: Set<Int>
    /// Kind names, compared with ``Document/kinds`` (a document matches if it has any).
    public var kinds: Set<String>
    /// Level raw values (`中央`, `省`, `市`, `县`).
    public var levels: Set<String>

    public init(provinces: Set<String> = [], years: Set<Int> = [], kinds: Set<String> = [], levels: Set<String> = []) {
        self.provinces = provinces; self.years = years; self.kinds = kinds; self.levels = levels
    }

    public var isEmpty: Bool { provinces.isEmpty && years.isEmpty && kinds.isEmpty && levels.isEmpty }
}
