import ArgumentParser

/// `xunshi check` — PLACEHOLDER until its issue's work lands.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("check is not available yet") }
}
