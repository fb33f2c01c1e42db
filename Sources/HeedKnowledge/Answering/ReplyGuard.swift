import Foundation
import HeedLanguage

/// The last check on every reply the AI sends, whoever wrote it (the embedded engine, a provider, a tool's
/// result): images are removed, links to hosts that are not allowed lose their address, sentences that carry
/// instructions aimed at an AI or repeat the model's own rules are dropped. An injection that got past every
/// earlier step still cannot make the reply carry it out.
public struct ReplyGuard: Sendable {
    /// What was changed, for the reply's annotations and the logs.
    public struct Review: Sendable, Equatable {
        public let text: String
        /// Short reasons, e.g. `image removed`, `link to evil.example removed`, `instruction removed`.
        public let removals: [String]
    }

    private let detector = PromptInjectionDetector()
    private let ruleShingles: Set<String>
    private static let shingleLength = 6

    public init() {
        ruleShingles = Self.shingles(of: GroundedPrompt.systemRules(language: "xx"))
    }

    /// Hosts a reply may link to: those of the cited passages' source addresses and of links inside them.
    public static func allowedHosts(citedPassages: [KnowledgePassage]) -> Set<String> {
        var hosts = Set<String>()
        for passage in citedPassages {
            for text in [passage.sourceURL ?? "", passage.text] { hosts.formUnion(links(in: text).compactMap(host)) }
        }
        return hosts
    }

    /// `text` as it may reach the customer.
    public func review(_ text: String, allowedHosts: Set<String>) -> Review {
        var removals: [String] = []
        var working = replace(Self.image, in: text) { _ in
            removals.append("image removed")
            return ""
        }
        working = replace(Self.markdownLink, in: working) { groups in
            guard let host = Self.host(groups[2]), !Self.isAllowed(host, allowedHosts) else { return groups[0] }
            removals.append("link to \(host) removed")
            return groups[1]
        }
        working = replace(Self.bareLink, in: working) { groups in
            guard let host = Self.host(groups[0]), !Self.isAllowed(host, allowedHosts) else { return groups[0] }
            removals.append("link to \(host) removed")
            return ""
        }
        // One look at the whole reply first: clean replies (nearly all) need no look sentence by sentence.
        let mayHoldInstructions = detector.containsInjection(working)
        var lines: [String] = []
        for line in working.components(separatedBy: "\n") {
            var kept: [String] = []
            let sentences = PromptInjectionDetector.pieces(of: line)
            for sentence in sentences {
                if mayHoldInstructions, detector.containsInjection(sentence) {
                    removals.append("instruction removed")
                } else if !Self.shingles(of: sentence).isDisjoint(with: ruleShingles) {
                    removals.append("rules removed")
                } else {
                    kept.append(sentence)
                }
            }
            if kept.count == sentences.count { lines.append(line) } else if !kept.isEmpty { lines.append(kept.joined(separator: " ")) }
        }
        guard !removals.isEmpty else { return Review(text: text, removals: []) }
        let joined = lines.joined(separator: "\n").replacingOccurrences(of: "\n{3,}", with: "\n\n", options: .regularExpression)
        return Review(text: joined.trimmingCharacters(in: .whitespacesAndNewlines), removals: removals)
    }

    private static let image = try! NSRegularExpression(pattern: "!\\[[^\\]]*\\]\\([^)]*\\)")
    private static let markdownLink = try! NSRegularExpression(pattern: "\\[([^\\]]*)\\]\\(([^)\\s]+)[^)]*\\)")
    private static let bareLink = try! NSRegularExpression(
        pattern: "(?:https?://|www\\.)[^\\s<>()\\[\\]\"']+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|io|co|xyz|ru|cn|info|biz|top|example)/[^\\s<>()\"']*",
        options: [.caseInsensitive])

    static func links(in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return bareLink.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    static func host(_ link: String) -> String? {
        var rest = link.lowercased()
        for scheme in ["https://", "http://"] where rest.hasPrefix(scheme) { rest.removeFirst(scheme.count) }
        guard let host = rest.split(whereSeparator: { "/?#:".contains($0) }).first, host.contains(".") else { return nil }
        let name = host.split(separator: "@").last.map(String.init) ?? String(host)
        return name.hasPrefix("www.") ? String(name.dropFirst(4)) : name
    }

    static func isAllowed(_ host: String, _ allowed: Set<String>) -> Bool {
        allowed.contains(host) || allowed.contains { host.hasSuffix("." + $0) }
    }

    static func shingles(of text: String) -> Set<String> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count >= shingleLength else { return [] }
        return Set((0...(words.count - shingleLength)).map { words[$0..<($0 + shingleLength)].joined(separator: " ") })
    }

    private func replace(_ pattern: NSRegularExpression, in text: String, _ transform: ([String]) -> String) -> String {
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for match in matches {
            guard let whole = Range(match.range, in: text) else { continue }
            result += text[cursor..<whole.lowerBound]
            let groups = (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
            result += transform(groups)
            cursor = whole.upperBound
        }
        result += text[cursor...]
        return result
    }
}
