import ArgumentParser

/// `xunshi compare` — PLACEHOLDER until its issue's work lands.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "compare", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("compare is not available yet") }
}
