import Foundation

/// Locations shared by the test targets.
public enum TestPaths {
    /// The repository root (found from this file's location).
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The `seeds/` directory of the repository.
    public static var seeds: URL { repositoryRoot.appendingPathComponent("seeds") }
}
