import ArgumentParser

/// The `xunshi` command: the browser by default, and headless subcommands
/// that print the same numbers the panes show.
@main
struct Xunshi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xunshi",
        abstract: "Read, search, count and compare Chinese discipline-inspection reports (巡视/巡察).",
        subcommands: [
            BrowseCommand.self, ListCommand.self, ShowCommand.self, CheckCommand.self,
            SearchCommand.self, StatsCommand.self, CompareCommand.self, BenchCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
