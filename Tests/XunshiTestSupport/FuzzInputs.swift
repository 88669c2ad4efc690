import Foundation

/// The fuzzing inputs kept in the repository, for replay by unit tests.
public enum FuzzInputs {
    /// Files of `Fuzz/regressions/TARGET` (former crashes) and, when `includeCorpus`, of
    /// `Fuzz/corpus/TARGET`, as (name, bytes) pairs sorted by name.
    public static func files(target: String, includeCorpus: Bool = true) -> [(name: String, bytes: [UInt8])] {
        let root = TestPaths.repositoryRoot.appendingPathComponent("Fuzz")
        var out: [(String, [UInt8])] = []
        for kind in includeCorpus ? ["regressions", "corpus"] : ["regressions"] {
            let dir = root.appendingPathComponent(kind).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                if let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) {
                    out.append(("\(kind)/\(target)/\(name)", [UInt8](data)))
                }
            }
        }
        return out
    }
}
