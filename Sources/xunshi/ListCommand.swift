import ArgumentParser

/// `xunshi list` — PLACEHOLDER until its issue's work lands.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("list is not available yet") }
}
