import Foundation

/// Locates the generated model files shipped in `Sources/HeedLanguage/Resources/`.
enum BundledResources {
    /// The URL of `fileName` inside the bundled `Resources` folder, if present.
    static func url(for fileName: String) -> URL? {
        let name = (fileName as NSString).deletingPathExtension
        let ext = (fileName as NSString).pathExtension
        return Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: ext)
    }

    /// The bundled classifiers of the given language codes, keyed by code; codes without a loadable file are left out.
    static func classifiers(codes: some Sequence<String>, fileName: (String) -> String) -> [String: TextClassifier] {
        Dictionary(uniqueKeysWithValues: Set(codes).compactMap { code in
            guard let url = url(for: fileName(code)), let classifier = try? TextClassifier.load(from: url) else { return nil }
            return (code, classifier)
        })
    }
}
