import Foundation

extension LanguageIdentifier {
    /// File name of the model inside `Sources/HeedLanguage/Resources/`.
    public static let bundledModelFileName = "language-id.hlid"

    /// Errors loading the bundled model.
    public enum BundledModelError: Error, CustomStringConvertible {
        case missing

        public var description: String { "the bundled language model \(LanguageIdentifier.bundledModelFileName) is missing" }
    }

    /// The identifier with the model shipped inside HeedLanguage (loaded once, then shared).
    public static func bundled() throws -> LanguageIdentifier {
        try bundledResult.get()
    }

    private static let bundledResult: Result<LanguageIdentifier, any Error> = Result {
        guard let url = BundledResources.url(for: bundledModelFileName) else { throw BundledModelError.missing }
        return try LanguageIdentifier(modelData: Data(contentsOf: url))
    }
}
