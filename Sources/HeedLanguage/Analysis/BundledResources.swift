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
}
