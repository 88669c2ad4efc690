import ArgumentParser

/// `xunshi browse` — PLACEHOLDER until its issue's work lands.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("browse is not available yet") }
}
