import Foundation

#if FUZZING
/// libFuzzer's per-input entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}

/// libFuzzer's driver, `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *, size_t))`.
///
/// Declared by symbol name: the arguments are two pointers and a C function pointer, passed
/// in the same registers by the Swift and C conventions.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point under libFuzzer.
///
/// SwiftPM links executables with their `main` renamed to `XunshiFuzz_main`, which
/// keeps libFuzzer's own `main` out; so this `main` hands control to libFuzzer's driver.
@main
struct FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
    }
}
#else
/// Replays inputs through a fuzz target without the fuzzer runtime:
/// `XUNSHI_FUZZ_TARGET=load XunshiFuzz FILE…` (used to check crash reproducers).
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
