import ArgumentParser
import Foundation
import HeedLanguage

/// `heed nlu train`: trains a text classifier from `text,label` CSV files and saves it as one model file.
struct NLUTrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a text classifier (intent, sentiment, topic) from text,label CSV files.")

    @Option(name: .long, help: "Training CSV (text,label); repeat to combine files.")
    var data: [String]

    @Option(name: .long, help: "Dev CSV used only to calibrate probabilities and tune the out-of-scope threshold.")
    var dev: String?

    @Option(name: .long, help: "Path of the model file to write.")
    var out: String

    @Option(help: "Mix in the pretrained sentence encoder: auto (when its weights are fetched), on or off.")
    var encoder: EncoderChoice = .auto

    @OptionGroup var flags: ClassifierTrainingFlags
    @OptionGroup var vectorCache: VectorCacheOption

    func run() async throws {
        guard !data.isEmpty else { throw ValidationError("give at least one --data file") }
        let examples = try data.flatMap { try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: $0)) }
        let devExamples = try dev.map { try LabeledTextCSV.read(contentsOf: URL(fileURLWithPath: $0)) } ?? []
        let encoder = try self.encoder.load(vectorCache: vectorCache.path)
        let progress = TrainingProgressDisplay()
        let start = ContinuousClock.now
        let options = try flags.resolvedOptions(for: examples)
        let trained: TrainedClassifier
        if let encoder {
            trained = .fused(try FusedTextClassifier.train(
                examples: examples, options: options, devExamples: devExamples, encoder: encoder, progress: progress.update))
        } else {
            trained = .lexical(try TextClassifier.train(
                examples: examples, options: options, devExamples: devExamples, progress: progress.update))
        }
        let trainingTime = ContinuousClock.now - start
        try saveVectorCache(encoder, to: vectorCache.path)
        progress.finish()
        let url = URL(fileURLWithPath: out)
        let classifier: TextClassifier
        switch trained {
        case .lexical(let model):
            classifier = model
            try model.save(to: url)
        case .fused(let model):
            classifier = model.lexical
            try model.save(to: url)
            print(String(format: "fused with the sentence encoder %@: dense share %.2f, temperature %.3f, out-of-scope threshold %.4f",
                         model.encoderIdentifier, model.denseShare, model.temperature, model.outOfScopeThreshold))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print("trained on \(examples.count) examples, \(classifier.labels.count) labels, \(classifier.featureCount) features "
              + "in \(trainingTime.formattedSeconds)")
        let scoreName = classifier.outOfScopeScore == .topProbability ? "top probability" : "log odds against the out-of-scope label"
        print((trained.encoderIdentifier == nil ? "" : "lexical half: ")
              + "temperature \(classifier.temperature), out-of-scope threshold \(classifier.outOfScopeThreshold) on the \(scoreName)"
              + (classifier.outOfScopeLabel.map { ", out-of-scope label '\($0)'" } ?? ""))
        print("model \(url.path) (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)")
        if !devExamples.isEmpty {
            if let encoder, case .fused(let fused) = trained {
                print(ClassificationEvaluation.evaluate(classifier, on: devExamples).summary(prefix: "dev, lexical alone"))
                let dense = try fused.encoderOnlyPredictions(devExamples.map(\.text), encoder: encoder)
                print(ClassificationEvaluation.evaluate(results: dense, examples: devExamples, outOfScopeLabel: nil)
                    .summary(prefix: "dev, encoder alone"))
            }
            let results = try trained.predict(devExamples.map(\.text), encoder: encoder, topK: 1)
            let evaluation = ClassificationEvaluation.evaluate(
                results: results, examples: devExamples, outOfScopeLabel: trained.outOfScopeLabel)
            print(evaluation.summary(prefix: "dev"))
        }
    }
}

/// Training settings shared by `nlu train` and `bench nlu`.
struct ClassifierTrainingFlags: ParsableArguments {
    @Option(name: .customLong("oos-label"), help: "Label of out-of-scope examples (e.g. oos).")
    var outOfScopeLabel: String?

    @Option(name: .customLong("oos-threshold"), help: "Fixed out-of-scope threshold on the top probability (default: tuned on --dev).")
    var outOfScopeThreshold: Float?

    @Option(name: .customLong("oos-recall"), help: "Tune the out-of-scope threshold on --dev for this recall (e.g. 0.85) at the best in-scope accuracy.")
    var outOfScopeRecallTarget: Float?

    @Option(name: .customLong("oos-weight"), help: "Loss weight of out-of-scope training examples.")
    var outOfScopeWeight: Float?

    @Option(help: "Learning algorithm: svm (one-vs-rest linear SVM, default), softmax (logistic regression) or svm+softmax (both, added).") var model: String?
    @Option(name: .customLong("svm-c"), help: "Inverse regularisation C of the SVM.") var svmC: Float?
    @Option(name: .customLong("nb-scaling"), help: "Scale the SVM's features by naive Bayes log-count ratios (NBSVM): true or false.")
    var naiveBayesScaling: Bool?
    @Option(name: .customLong("nb-alpha"), help: "Smoothing of the naive Bayes counts behind --nb-scaling.") var naiveBayesSmoothing: Float?
    @Option(help: "Training epochs (softmax).") var epochs: Int?
    @Option(name: .customLong("learning-rate"), help: "Initial SGD learning rate.") var learningRate: Float?
    @Option(help: "L2 penalty.") var l2: Float?
    @Option(name: .customLong("hash-bits"), help: "log2 of the feature hash size.") var hashBits: Int?
    @Option(name: .customLong("word-ngrams"), help: "Longest word n-gram.") var wordNGrams: Int?
    @Option(name: .customLong("char-ngrams"), help: "Character n-gram range, e.g. 2-5 (default; 2-4 is faster and suits short English intents; 0 = off).") var charNGrams: String?
    @Option(name: .customLong("char-scope"), help: "Character n-grams per word (words, default), across the whole text (text), both, or auto (whichever of words and text does better in 3-fold cross-validation on the training data).")
    var charScope: String?
    @Option(name: .customLong("char-weight"), help: "Weight of character features relative to words.") var charWeight: Float?
    @Option(name: .customLong("negation-scope"), help: "Mark this many words after a negation as negated (0 = off).")
    var negationScope: Int?
    @Option(name: .customLong("lexicon-polarity"), help: "Add polarity features for words in the sentiment lexicon: true or false.")
    var lexiconPolarity: Bool?
    @Option(name: .customLong("min-df"), help: "Drop features seen in fewer training texts.") var minDocumentFrequency: Int?
    @Option(name: .customLong("class-balance"), help: "Up-weight rare labels: 0 none … 1 fully balanced.")
    var classBalance: Float?
    @Option(help: "Random seed.") var seed: UInt64?
    @Option(name: .customLong("dense-epochs"), help: "Epochs of the softmax over sentence vectors (with the encoder).") var denseEpochs: Int?
    @Option(name: .customLong("dense-l2"), help: "L2 penalty of the softmax over sentence vectors.") var denseL2: Float?
    @Option(name: .customLong("dense-learning-rate"), help: "Adam step size of the softmax over sentence vectors.") var denseLearningRate: Float?
    @Option(name: .customLong("dense-class-balance"), help: "Up-weight rare labels in the softmax over sentence vectors: 0 (default) … 1.")
    var denseClassBalance: Float?
    @Option(name: .customLong("prune"), help: "Zero feature rows whose largest weight is below this share of the model's largest weight (0 = off).")
    var weightPruning: Float?

    /// The options to train with on `examples`: ``options``, with the character scope chosen by cross-validation on
    /// `examples` when `--char-scope auto` is given (a message says which).
    func resolvedOptions(for examples: [LabeledText]) throws -> TrainingOptions {
        guard charScope == "auto" else { return options }
        var words = options, text = options
        words.features.charNGramsAcrossWords = false
        text.features.charNGramsAcrossWords = true
        text.features.charNGramsWithinWordsToo = false
        let (best, results) = try CrossValidation.best(of: [words, text], examples: examples)
        let chosen = best.features.charNGramsAcrossWords ? "text" : "words"
        printError(String(format: "char scope: words %.4f/%.4f, text %.4f/%.4f (3-fold CV accuracy/macro-F1) → %@",
                          results[0].accuracy, results[0].macroF1, results[1].accuracy, results[1].macroF1, chosen))
        return best
    }

    /// The training options these flags describe (defaults for flags not given).
    var options: TrainingOptions {
        var options = TrainingOptions()
        options.outOfScopeLabel = outOfScopeLabel
        options.outOfScopeThreshold = outOfScopeThreshold
        options.outOfScopeRecallTarget = outOfScopeRecallTarget
        if let outOfScopeWeight { options.outOfScopeExampleWeight = outOfScopeWeight }
        if let model, let algorithm = ClassifierModel(rawValue: model) { options.model = algorithm }
        if let svmC { options.svmC = svmC }
        if let naiveBayesScaling { options.naiveBayesScaling = naiveBayesScaling }
        if let naiveBayesSmoothing { options.naiveBayesSmoothing = naiveBayesSmoothing }
        if let epochs { options.epochs = epochs }
        if let learningRate { options.learningRate = learningRate }
        if let l2 { options.l2 = l2 }
        if let hashBits { options.features.hashBits = hashBits }
        if let wordNGrams { options.features.maxWordNGram = wordNGrams }
        if let charNGrams {
            let bounds = charNGrams.split(separator: "-").compactMap { Int($0) }
            options.features.minCharNGram = bounds.first ?? 0
            options.features.maxCharNGram = bounds.last ?? 0
        }
        if let charScope {
            options.features.charNGramsAcrossWords = charScope == "text" || charScope == "both"
            options.features.charNGramsWithinWordsToo = charScope == "both"
        }
        if let charWeight { options.features.charWeight = charWeight }
        if let negationScope { options.features.negationScope = negationScope }
        if let lexiconPolarity { options.features.lexiconPolarity = lexiconPolarity }
        if let minDocumentFrequency { options.features.minDocumentFrequency = minDocumentFrequency }
        if let classBalance { options.classBalancePower = classBalance }
        if let seed { options.seed = seed }
        if let denseEpochs { options.dense.epochs = denseEpochs }
        if let denseL2 { options.dense.l2 = denseL2 }
        if let denseLearningRate { options.dense.learningRate = denseLearningRate }
        if let denseClassBalance { options.dense.classBalancePower = denseClassBalance }
        if let weightPruning { options.weightPruning = weightPruning }
        return options
    }

    func validate() throws {
        if let hashBits, !(10...24).contains(hashBits) { throw ValidationError("--hash-bits must be 10…24") }
        if let model, ClassifierModel(rawValue: model) == nil { throw ValidationError("--model must be svm, softmax or svm+softmax") }
        if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if let charScope, !["words", "text", "both", "auto"].contains(charScope) {
            throw ValidationError("--char-scope must be words, text, both or auto")
        }
        if let negationScope, !(0...100).contains(negationScope) { throw ValidationError("--negation-scope must be 0…100") }
        if let denseEpochs, !(1...1000).contains(denseEpochs) { throw ValidationError("--dense-epochs must be 1…1000") }
        if let denseL2, !(denseL2 >= 0 && denseL2.isFinite) { throw ValidationError("--dense-l2 must be 0 or more") }
        if let denseClassBalance, !(0...1).contains(denseClassBalance) { throw ValidationError("--dense-class-balance must be 0…1") }
        if let denseLearningRate, !(denseLearningRate > 0 && denseLearningRate <= 1) {
            throw ValidationError("--dense-learning-rate must be above 0 and at most 1")
        }
    }
}

/// Draws training progress with ``TerminalProgress``.
final class TrainingProgressDisplay {
    private var bar: TerminalProgress?
    private var phase: TrainingProgress.Phase?

    func update(_ progress: TrainingProgress) {
        if progress.phase != phase {
            bar?.finish()
            phase = progress.phase
            let label = switch progress.phase {
            case .featurizing: "features   "
            case .embedding: "embedding  "
            case .fitting: "fitting    "
            case .calibrating: "calibrating"
            }
            bar = TerminalProgress(label: label, total: progress.total)
        }
        bar?.update(progress.completed)
    }

    func finish() { bar?.finish() }
}

extension ClassificationEvaluation {
    /// One line of figures for people.
    func summary(prefix: String) -> String {
        var line = "\(prefix): n=\(count) accuracy=\(String(format: "%.4f", accuracy)) macro_f1=\(String(format: "%.4f", macroF1))"
        if let inScopeAccuracy { line += " in_scope_accuracy=\(String(format: "%.4f", inScopeAccuracy))" }
        if let outOfScopeRecall { line += " oos_recall=\(String(format: "%.4f", outOfScopeRecall))" }
        return line
    }

    /// The figures as a JSON-ready dictionary.
    var jsonObject: [String: Any] {
        var object: [String: Any] = ["n": count, "accuracy": accuracy, "macro_f1": macroF1]
        if let inScopeAccuracy { object["in_scope_accuracy"] = inScopeAccuracy }
        if let outOfScopeRecall { object["oos_recall"] = outOfScopeRecall }
        return object
    }
}

extension Duration {
    /// Seconds with three decimals, e.g. `2.345 s`.
    var formattedSeconds: String {
        let (seconds, attoseconds) = components
        return String(format: "%.3f s", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
