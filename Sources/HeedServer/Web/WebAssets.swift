import Foundation

/// The static files of the widget, the demo shop and the agent console (`Resources/web`).
///
/// Bundled files are read once at start and served from memory. A development folder (`--web-root`) is read on every
/// request instead, so edits show on reload.
struct WebAssets: Sendable {
    /// One file's bytes and content type.
    struct File: Sendable {
        let bytes: [UInt8]
        let contentType: String
    }

    private enum Source: Sendable {
        case memory([String: File])
        case folder(URL)
    }

    private let source: Source

    /// Assets from `folder` read on each request, or the bundled assets when nil.
    init(developmentFolder folder: String?) throws {
        if let folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw WebAssetsError.missingFolder(folder)
            }
            source = .folder(URL(fileURLWithPath: folder, isDirectory: true))
        } else {
            source = .memory(try Self.loadAll(from: Self.bundledFolder()))
        }
    }

    /// The file at `path` (relative, `/`-separated), or nil when there is none or the path tries to leave the folder.
    func file(_ path: String) -> File? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        let relative = parts.joined(separator: "/")
        switch source {
        case .memory(let files):
            return files[relative]
        case .folder(let root):
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { return nil }
            return File(bytes: [UInt8](data), contentType: Self.contentType(of: relative))
        }
    }

    static func bundledFolder() -> URL? {
        Bundle.module.url(forResource: "Resources/web", withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/web")
    }

    private static func loadAll(from folder: URL?) throws -> [String: File] {
        guard let folder, let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        else { throw WebAssetsError.missingFolder("Resources/web") }
        var files: [String: File] = [:]
        let rootPath = folder.standardizedFileURL.path
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            files[relative] = File(bytes: [UInt8](try Data(contentsOf: url)), contentType: contentType(of: relative))
        }
        return files
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "html": "text/html; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}

/// Why the web assets could not be loaded.
enum WebAssetsError: Error, CustomStringConvertible {
    case missingFolder(String)

    var description: String {
        switch self {
        case .missingFolder(let path): "The web assets folder '\(path)' does not exist."
        }
    }
}
