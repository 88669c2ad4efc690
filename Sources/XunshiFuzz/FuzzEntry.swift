#if FUZZING
/// libFuzzer's entry point (the fuzzer runtime supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}
#else
import Foundation

/// Replays inputs through a fuzz target without the fuzzer runtime:
/// `XUNSHI_FUZZ_TARGET=load xunshi-fuzz FILE…` (used to check crash reproducers).
@main
struct FuzzReplay {
    static func main() {
        let target = FuzzTarget.selected
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("unreadable: \(path)")
                continue
            }
            target.run([UInt8](data))
            print("ok \(target.rawValue) \(path)")
        }
    }
}
#endif
