/// Settings for ``TextClassifier/train(examples:options:devExamples:progress:)``.
public struct TrainingOptions: Sendable, Hashable {
    /// The features to extract.
    public var features = FeatureOptions()
    /// The learning algorithm. The default, ``ClassifierModel/ensemble``, scored 0.3 pt above either model alone
    /// in 5-fold cross-validation on Banking77 train and no lower on the sentiment sets.
    public var model: ClassifierModel = .ensemble
    /// Inverse regularisation strength of ``ClassifierModel/linearSVM`` (larger fits the training data more closely).
    public var svmC: Float = 1
    /// Stopping tolerance of the SVM's dual coordinate descent (the spread of projected gradients).
    public var svmTolerance: Float = 0.1
    /// Most passes over the training data per label for the SVM.
    public var svmMaxPasses = 100
    /// Whether the SVM scales each label's features by their naive Bayes log-count ratios (NBSVM): features that
    /// tell a label apart get more room, common ones less. Helps sentiment and other few-label tasks.
    public var naiveBayesScaling = false
    /// Add-α smoothing of the naive Bayes counts (in documents) behind ``naiveBayesScaling``.
    public var naiveBayesSmoothing: Float = 1
    /// Feature rows whose largest absolute weight is below this share of the largest weight in the model get all
    /// their weights set to zero after fitting; prediction skips them. 1% (the default) speeds up many-label models
    /// without changing dev accuracy; 2% already cost 0.3 pt on airline sentiment. 0 = keep all.
    public var weightPruning: Float = 0.01
    /// Passes over the training data (softmax regression).
    public var epochs = 10
    /// Initial SGD step size; it decays linearly to a tenth of this over training.
    public var learningRate: Float = 1.0
    /// L2 penalty on the weights of the features each step touches.
    public var l2: Float = 1e-6
    /// How much to up-weight rare labels: each example's loss is scaled by (n / (labels × count of its label))^power.
    /// 0 = no weighting, 1 = fully balanced (the default: helps macro-F1 on skewed data such as sentiment, and
    /// changes nothing on balanced data).
    public var classBalancePower: Float = 1
    /// Loss weight of out-of-scope examples relative to the others (above 1 widens the out-of-scope region).
    public var outOfScopeExampleWeight: Float = 1
    /// Seed for shuffling, so training is reproducible.
    public var seed: UInt64 = 42
    /// The label that marks out-of-scope examples (e.g. `oos`), if the data has one.
    public var outOfScopeLabel: String?
    /// A fixed out-of-scope threshold on the top probability; `nil` tunes it on the dev examples
    /// (when they contain the out-of-scope label) or leaves it at 0.
    public var outOfScopeThreshold: Float?
    /// When tuning the threshold on dev: the out-of-scope recall to reach; the threshold is the one with the best
    /// in-scope accuracy among those reaching it. `nil` maximises in-scope accuracy + out-of-scope recall instead.
    public var outOfScopeRecallTarget: Float?
    /// The out-of-scope scores to try when tuning the threshold on dev; the one that does best there is kept.
    public var outOfScopeScores: [OutOfScopeScore] = [.topProbability, .logOddsAgainstOutOfScope]

    /// Settings of the classifier over sentence vectors, when the model is fused with the encoder
    /// (``FusedTextClassifier``).
    public var dense = DenseHeadOptions()

    /// The default settings.
    public init() {}
}

/// Settings of the softmax over sentence vectors that ``FusedTextClassifier`` mixes with the lexical model
/// (trained by mini-batch Adam on standardised vectors; class balance and seed come from ``TrainingOptions``).
public struct DenseHeadOptions: Sendable, Hashable {
    /// Passes over the training vectors.
    public var epochs = 40
    /// Examples per step.
    public var batchSize = 32
    /// Adam's step size.
    public var learningRate: Float = 0.002
    /// L2 penalty on the weights. Banking77 dev, mixed: 0.9242 at 1e-4, 0.9302 at 1e-3, 0.9332 at 3e-3, 0.9302 at
    /// 1e-2 (a stronger penalty leaves the encoder's half less sure of itself, so it mixes better).
    public var l2: Float = 3e-3
    /// How much to up-weight rare labels, as ``TrainingOptions/classBalancePower``; nil follows the lexical model's.
    /// 0 by default: dev accuracy, mixed, airline 0.8322 → 0.8443, Latvian 0.6396 → 0.6515, SmSA 0.9111 → 0.9135,
    /// Banking77 0.9332 → 0.9312 (two examples), CLINC150 unchanged, against following the lexical model's 1.
    public var classBalancePower: Float? = 0

    /// The default settings.
    public init() {}
}

/// The learning algorithm of a ``TextClassifier``.
public enum ClassifierModel: String, Sendable, Hashable, CaseIterable {
    /// Multinomial logistic regression trained by SGD.
    case softmaxRegression = "softmax"
    /// One-vs-rest linear SVMs (squared hinge loss) trained by dual coordinate descent.
    case linearSVM = "svm"
    /// Both of the above, their scores each scaled to unit spread over the training texts and added: still one
    /// linear model (the same prediction cost), usually a little more accurate than either.
    case ensemble = "svm+softmax"
}

/// Where training is, for progress displays.
public struct TrainingProgress: Sendable {
    /// The step of training.
    public enum Phase: Sendable, Hashable {
        /// Extracting features from the training texts.
        case featurizing
        /// Embedding the training and dev texts with the sentence encoder; `completed` counts texts.
        case embedding
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
