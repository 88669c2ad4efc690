import ArgumentParser
import Foundation

/// Where the corpus comes from; shared by every subcommand through `@OptionGroup`.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Corpus files or directories (default: $XUNSHI_CORPUS, else ./seeds).")
    var paths: [String] = []

    /// The paths to load: the arguments, else `$XUNSHI_CORPUS`, else `./seeds`.
    ///
    /// - Throws: `ExitCode(2)` after printing how to point xunshi at a corpus when none is found.
    func resolvedPaths(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        if !paths.isEmpty { return paths }
        if let env = environment["XUNSHI_CORPUS"], !env.isEmpty {
            return env.split(separator: ":").map(String.init)
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "seeds", isDirectory: &isDir), isDir.boolValue {
            return ["seeds"]
        }
        FileHandle.standardError.write(Data("""
            xunshi: no corpus given, $XUNSHI_CORPUS is not set, and there is no ./seeds directory.
            Point xunshi at a corpus:  xunshi PATH…   or   export XUNSHI_CORPUS=/path/to/corpus

            """.utf8))
        throw ExitCode(2)
    }
}
