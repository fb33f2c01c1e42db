import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file, unmapped when the last reference goes away.
///
/// The mapping is never written, so sharing it between threads is safe.
final class MappedFile: @unchecked Sendable {
    /// The first byte of the file.
    let base: UnsafeRawPointer
    /// The file's length in bytes.
    let count: Int

    /// Maps the file at `path`.
    init(path: String) throws(EncoderModelError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size > 0 else { throw .truncated(section: "header") }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        base = UnsafeRawPointer(map)
        count = size
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: base), count) }
}
