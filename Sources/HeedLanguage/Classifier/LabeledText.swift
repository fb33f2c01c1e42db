/// One training or evaluation example: a text and its label.
public struct LabeledText: Sendable, Hashable {
    /// The example's text.
    public var text: String
    /// The example's label (intent, sentiment, …).
    public var label: String

    /// Creates an example.
    public init(text: String, label: String) {
        self.text = text
        self.label = label
    }
}
