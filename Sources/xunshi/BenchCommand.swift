import ArgumentParser

/// `xunshi bench` — PLACEHOLDER until its issue's work lands.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "(not yet available)")
    @OptionGroup var corpus: CorpusOptions
    func run() throws { throw ValidationError("bench is not available yet") }
}
