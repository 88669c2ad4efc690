import ArgumentParser

/// `xunshi show` — PLACEHOLDER until its issue's work lands.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("show is not available yet") }
}
