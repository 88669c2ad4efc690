import ArgumentParser

/// `xunshi search` — PLACEHOLDER until its issue's work lands.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("search is not available yet") }
}
