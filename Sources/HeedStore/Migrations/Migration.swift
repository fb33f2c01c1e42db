/// One versioned schema change, written in SQL both engines accept.
struct Migration: Sendable {
    let version: Int
    let name: String
    let statements: [String]
}
