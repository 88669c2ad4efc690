#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path bytes as text.
enum PathText {
    /// `path` resolved (`realpath`), or made absolute from the working directory: one
    /// spelling per file or directory, for the snapshot cache's file names and
    /// ``InputFile/key``.
    static func absolute(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self) + "/" + path
    }

    /// `bytes` as a string, with each byte that is not part of valid UTF-8, and each ASCII
    /// control byte (C0, DEL), written as `\xNN`.
    static func sanitised(_ bytes: [UInt8]) -> String {
        let hasControl = bytes.contains { $0 < 0x20 || $0 == 0x7F }
        if !hasControl, let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if lead < 0x20 || lead == 0x7F {
                out += "\\x" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            } else if length > 0, index + length <= bytes.count,
               let piece = String(validating: bytes[index..<index + length], as: UTF8.self) {
                out += piece
                index += length
            } else {
                out += "\\x" + String(lead, radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return out
    }

    /// Splits `relative` into the path without its last extension and the extension (lower-cased).
    /// A leading dot in the last component does not start an extension.
    static func splitExtension(_ relative: [UInt8]) -> (stem: [UInt8], ext: String?) {
        let slash = relative.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        guard let dot = relative[slash...].lastIndex(of: UInt8(ascii: ".")), dot > slash else { return (relative, nil) }
        let ext = String(decoding: relative[(dot + 1)...], as: UTF8.self).lowercased()
        return (Array(relative[..<dot]), ext.isEmpty ? nil : ext)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
