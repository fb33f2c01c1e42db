import Foundation

/// A real SMTP server (aiosmtpd, run by `scripts/smtp-test-server.py`) on 127.0.0.1 for the duration of a test,
/// and the messages it received. Its Python comes from `HEED_SMTP_PYTHON`, else the venv `scripts/test.sh` makes
/// at `.build/smtp-venv` (`python3 -m venv .build/smtp-venv && .build/smtp-venv/bin/pip install aiosmtpd`).
public enum TestSMTPServer {
    /// One message as the server received it.
    public struct Received: Sendable, Decodable {
        public let mailFrom: String
        public let rcptTos: [String]
        public let login: String?
        public let tls: Bool
        public let headers: [[String]]
        public let body: String
        public let raw: String

        enum CodingKeys: String, CodingKey {
            case login, tls, headers, body, raw
            case mailFrom = "mail_from"
            case rcptTos = "rcpt_tos"
        }

        /// The first header named `name` (case-insensitive), decoded.
        public func header(_ name: String) -> String? {
            headers.first { $0.first?.caseInsensitiveCompare(name) == .orderedSame }.flatMap { $0.count > 1 ? $0[1] : nil }
        }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The Python with aiosmtpd, if there is one.
    public static var python: String? {
        if let configured = ProcessInfo.processInfo.environment["HEED_SMTP_PYTHON"], !configured.isEmpty { return configured }
        let venv = root.appendingPathComponent(".build/smtp-venv/bin/python3").path
        return FileManager.default.isExecutableFile(atPath: venv) ? venv : nil
    }

    /// Whether the run demands the SMTP server (`HEED_REQUIRE_SMTP=1`, or on CI), so a missing one fails.
    public static var required: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["HEED_REQUIRE_SMTP"] == "1" || !(environment["CI"] ?? "").isEmpty
    }

    /// Whether SMTP tests run: the server is there, or the run requires it (and the tests then fail without it).
    public static var enabled: Bool { python != nil || required }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "aiosmtpd is not installed: run scripts/test.sh or set HEED_SMTP_PYTHON" }
    }

    /// Runs the server with `arguments` (see the script) while `body` runs, passing it the port and a function
    /// that returns the messages received so far, oldest first (none when the folder cannot be read).
    public static func serve(
        _ arguments: [String] = [], _ body: @Sendable (_ port: Int, _ received: @Sendable () -> [Received]) async throws -> Void
    ) async throws {
        guard let python else { throw Missing() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("scripts/smtp-test-server.py").path, folder.path] + arguments
        let (input, output) = (Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            let port = try await Self.port(from: output)
            try await body(port) { (try? messages(in: folder)) ?? [] }
        } catch {
            await stop(process, input: input)
            throw error
        }
        await stop(process, input: input)
    }

    /// The port the server printed; its blocking read runs off the test's cooperative threads.
    static func port(from output: Pipe) async throws -> Int {
        let line = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: String(decoding: output.fileHandleForReading.availableLine(), as: UTF8.self))
            }
        }
        guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Missing()
        }
        return port
    }

    /// Closes the server's input (it stops) and waits for it to exit, off the cooperative threads.
    static func stop(_ process: Process, input: Pipe) async {
        try? input.fileHandleForWriting.close()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
    }

    static func messages(in folder: URL) throws -> [Received] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.creationDateKey])
            .filter { $0.pathExtension == "json" }
            .sorted {
                let first = (try? $0.resourceValues(forKeys: [.creationDateKey]).creationDate) ?? .distantPast
                let second = (try? $1.resourceValues(forKeys: [.creationDateKey]).creationDate) ?? .distantPast
                return first < second
            }
        return try files.map { try JSONDecoder().decode(Received.self, from: Data(contentsOf: $0)) }
    }

    /// A self-signed certificate for `localhost` / 127.0.0.1 and its key, made with openssl in `folder`.
    public static func makeCertificate(in folder: URL) throws -> (certificate: String, key: String) {
        let (certificate, key) = (folder.appendingPathComponent("cert.pem").path, folder.appendingPathComponent("key.pem").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Missing() }
        return (certificate, key)
    }
}

extension FileHandle {
    /// Bytes up to the first newline (blocking).
    fileprivate func availableLine() -> Data {
        var line = Data()
        while let byte = try? read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            line.append(first)
        }
        return line
    }
}
