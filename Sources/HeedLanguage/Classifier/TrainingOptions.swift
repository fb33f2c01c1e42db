/// Settings for ``TextClassifier/train(examples:options:devExamples:progress:)``.
public struct TrainingOptions: Sendable, Hashable {
    /// The features to extract.
    public var features = FeatureOptions()
    /// Passes over the training data.
    public var epochs = 10
    /// Initial SGD step size; it decays linearly to a tenth of this over training.
    public var learningRate: Float = 1.0
    /// L2 penalty on the weights of the features each step touches.
    public var l2: Float = 1e-6
    /// Seed for shuffling, so training is reproducible.
    public var seed: UInt64 = 42
    /// The label that marks out-of-scope examples (e.g. `oos`), if the data has one.
    public var outOfScopeLabel: String?
    /// A fixed out-of-scope threshold on the top probability; `nil` tunes it on the dev examples
    /// (when they contain the out-of-scope label) or leaves it at 0.
    public var outOfScopeThreshold: Float?

    /// The default settings.
    public init() {}
}

/// Where training is, for progress displays.
public struct TrainingProgress: Sendable {
    /// The step of training.
    public enum Phase: Sendable, Hashable {
        /// Extracting features from the training texts.
        case featurizing
        /// Fitting the weights; `completed` counts epochs.
        case fitting
        /// Fitting the temperature and out-of-scope threshold on dev examples.
        case calibrating
    }

    /// The step of training.
    public let phase: Phase
    /// Units finished in this phase.
    public let completed: Int
    /// Units in this phase.
    public let total: Int
}
