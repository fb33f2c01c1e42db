import Foundation
import HeedCore

/// `POST /api/v1/articles`.
struct CreateArticleRequest: Decodable, Sendable {
    let title: String
    let body: String
    let language: String
    let tags: [String]?
    let visibility: ArticleVisibility?
    let sourceURL: String?
    let externalID: String?
    let learnedQuestions: [String]?

    enum CodingKeys: String, CodingKey {
        case title, body, language, tags, visibility
        case sourceURL = "source_url"
        case externalID = "external_id"
        case learnedQuestions = "learned_questions"
    }
}

/// `PATCH /api/v1/articles/{id}`.
struct UpdateArticleRequest: Decodable, Sendable {
    let title: String?
    let body: String?
    let language: String?
    let tags: [String]?
    let visibility: ArticleVisibility?
    let sourceURL: PatchField<String>
    let learnedQuestions: [String]?

    enum CodingKeys: String, CodingKey {
        case title, body, language, tags, visibility
        case sourceURL = "source_url"
        case learnedQuestions = "learned_questions"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        body = try c.decodeIfPresent(String.self, forKey: .body)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        visibility = try c.decodeIfPresent(ArticleVisibility.self, forKey: .visibility)
        sourceURL = try c.decodePatch(String.self, forKey: .sourceURL)
        learnedQuestions = try c.decodeIfPresent([String].self, forKey: .learnedQuestions)
    }
}
