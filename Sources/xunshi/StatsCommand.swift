import ArgumentParser

/// `xunshi stats` — PLACEHOLDER until its issue's work lands.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("stats is not available yet") }
}
