import Foundation

/// `POST /api/v1/articles/import`: files to import as articles (Markdown, HTML, text, FAQ CSV or JSONL, told apart by
/// their names' endings).
struct ArticleImportRequest: Decodable, Sendable {
    struct File: Decodable, Sendable {
        /// The file's name or path within the source, e.g. `shipping/times.md`.
        let path: String
        let content: String
    }

    /// Names the set of files (e.g. `help-center`): re-importing the same source updates and removes its articles.
    let source: String
    let files: [File]
    /// Language of files that do not state one (default: detected, else `en`).
    let language: String?
    /// Remove this source's articles that are not among `files` (default true).
    let removeMissing: Bool?

    enum CodingKeys: String, CodingKey {
        case source, files, language
        case removeMissing = "remove_missing"
    }
}
