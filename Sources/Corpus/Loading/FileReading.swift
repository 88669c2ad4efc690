#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files by raw path, refusing oversized ones before reading.
enum FileReading {
    /// The file's bytes, or why it was not read.
    ///
    /// - Parameters:
    ///   - raw: Path bytes (no trailing NUL).
    ///   - limit: Largest size accepted, in bytes; larger files are refused from `fstat` alone.
    static func read(_ raw: [UInt8], limit: Int) -> Result<[UInt8], ReadFailure> {
        let fd = (raw + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_RDONLY | O_CLOEXEC) }
        }
        guard fd >= 0 else { return .failure(.cannotOpen(InputFiles.errorText())) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.cannotOpen(InputFiles.errorText())) }
        let size = Int(info.st_size)
        if size > limit { return .failure(.tooLarge(size, limit)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, size - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.cannotRead(InputFiles.errorText()))
            }
            if n == 0 { break }  // the file shrank while we read it
            filled += n
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return .success(bytes)
    }

    enum ReadFailure: Error, Equatable, CustomStringConvertible {
        case cannotOpen(String), cannotRead(String), tooLarge(Int, Int)

        var description: String {
            switch self {
            case .cannotOpen(let why): return "cannot open: \(why)"
            case .cannotRead(let why): return "cannot read: \(why)"
            case .tooLarge(let size, let limit): return "file too large (\(size) bytes > \(limit))"
            }
        }
    }
}
