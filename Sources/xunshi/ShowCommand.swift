import ArgumentParser
import Corpus
import Foundation

/// `xunshi show ID` — one document's metadata, cleaned text and figures.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one document: metadata, cleaned text and figures.")
    @Argument(help: "The document id (as printed by `xunshi list --json`).") var id: String
    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print the document as JSON.") var json = false

    func run() throws {
        let (documents, _) = Output.load(try corpus.resolvedPaths(), with: corpus)
        guard let document = documents.first(where: { $0.id == id }) else {
            Output.error("xunshi show: no document with id \(id)")
            throw ExitCode(1)
        }
        if json {
            Output.jsonLine(try Output.json(document))
            return
        }
        for line in Self.describe(document) { Output.line(line) }
    }

    /// The text form: `field: value` lines, a blank line, the paragraphs, then the figures.
    static func describe(_ d: Document) -> [String] {
        let place = [d.places.province, d.places.city, d.places.county].compactMap { $0 }.joined(separator: " ")
        let fields: [(String, String?)] = [
            ("id", d.id), ("title", d.title), ("date", d.date), ("source", d.source), ("author", d.author),
            ("editor", d.editor), ("url", d.url), ("path", d.path), ("place", place.isEmpty ? nil : place),
            ("level", d.level?.rawValue), ("kinds", d.kinds.isEmpty ? nil : d.kinds.joined(separator: "、")),
            ("policies", d.policies.isEmpty ? nil : d.policies.map { "《\($0)》" }.joined(separator: "")),
            ("script", d.script.rawValue), ("flags", d.flags.isEmpty ? nil : d.flags.joined(separator: " ")),
        ]
        var lines = fields.compactMap { name, value in value.map { "\(name): \(Output.safe($0))" } }
        lines.append("")
        lines += d.paragraphs.map(Output.safe)
        if !d.figures.isEmpty {
            lines.append("")
            lines.append("figures:")
            for f in d.figures {
                let value = f.value == f.value.rounded() ? String(Int(f.value)) : String(f.value)
                let extra = [f.qualifier, f.period].compactMap { $0 }.joined(separator: " ")
                lines.append(Output.safe("  \(f.metric) \(value)\(f.unit)\(extra.isEmpty ? "" : " (\(extra))") [\(f.start)..<\(f.end)]"))
            }
        }
        return lines
    }
}
