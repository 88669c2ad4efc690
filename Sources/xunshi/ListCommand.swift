import ArgumentParser
import Corpus

/// `xunshi list` — one line (or JSON object) per document, in path order.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the documents of the corpus (date, province, title).")
    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print a JSON array instead of text.") var json = false

    func run() throws {
        let (documents, _) = Output.load(try corpus.resolvedPaths(), with: corpus)
        if json {
            Output.jsonLine(try Output.json(documents.map(ListRow.init)))
            return
        }
        Output.lines(documents.lazy.map { document in
            let date = document.date ?? "----------"
            let province = document.places.province ?? "—"
            return [date, province, document.title].map(Output.safe).joined(separator: "\t")
        })
    }
}

/// The fields `xunshi list --json` prints for a document; absent values are `null`.
struct ListRow: Encodable {
    var id: String, title: String, path: String
    var date: String?, province: String?, city: String?, county: String?, source: String?, level: String?
    var kinds: [String], flags: [String]

    init(_ d: Document) {
        id = d.id; title = d.title; path = d.path; date = d.date; province = d.places.province
        city = d.places.city; county = d.places.county; source = d.source; level = d.level?.rawValue
        kinds = d.kinds; flags = d.flags
    }

    enum CodingKeys: String, CodingKey { case id, title, path, date, province, city, county, source, level, kinds, flags }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(title, forKey: .title); try c.encode(path, forKey: .path)
        try c.encode(date, forKey: .date); try c.encode(province, forKey: .province); try c.encode(city, forKey: .city)
        try c.encode(county, forKey: .county); try c.encode(source, forKey: .source); try c.encode(level, forKey: .level)
        try c.encode(kinds, forKey: .kinds); try c.encode(flags, forKey: .flags)
    }
}
