import Foundation

/// A one-line progress bar for long commands, drawn on standard error only when it is a terminal,
/// so piped and JSON output stay clean.
final class TerminalProgress {
    private let label: String
    private let total: Int
    private let isTerminal: Bool
    private var lastDrawn = Date.distantPast
    private var lastPercent = -1

    init(label: String, total: Int) {
        self.label = label
        self.total = max(total, 1)
        self.isTerminal = isatty(STDERR_FILENO) == 1
    }

    /// Reports that `done` of `total` units are finished; redraws at most ten times a second.
    func update(_ done: Int, detail: String = "") {
        guard isTerminal else { return }
        let percent = min(100, done * 100 / total)
        let now = Date()
        guard percent != lastPercent, now.timeIntervalSince(lastDrawn) > 0.1 || percent == 100 else { return }
        lastPercent = percent
        lastDrawn = now
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% \(detail)\u{1B}[K".utf8))
    }

    /// Ends the bar's line.
    func finish(_ message: String = "") {
        guard isTerminal else { return }
        FileHandle.standardError.write(Data("\r\(label) done \(message)\u{1B}[K\n".utf8))
    }
}

/// Writes a line to standard error (messages for people, never mixed into machine-readable output).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints a value as one JSON object on standard output with sorted keys.
func printJSON(_ object: [String: Any]) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}
