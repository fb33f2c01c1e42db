import Foundation
@testable import HeedLanguage

/// A small intent data set written in the tests (never read from shared data).
enum ClassifierFixture {
    static let templates: [String: [String]] = [
        "card_arrival": [
            "when will my card arrive", "my new card has not arrived yet", "still waiting for my card",
            "how long does card delivery take", "card not delivered", "where is my card",
            "i ordered a card weeks ago and nothing came", "has my card been shipped",
        ],
        "exchange_rate": [
            "what is the exchange rate", "how much is a dollar in euros", "which rate do you use to convert currency",
            "currency conversion rate today", "why is the exchange rate so bad", "euro to pound rate",
            "do you charge for currency exchange", "rate for converting money abroad",
        ],
        "lost_card": [
            "i lost my card", "my card was stolen", "someone took my wallet with the card",
            "please block my lost card", "cannot find my card anywhere", "freeze my stolen card",
            "i think i dropped my card somewhere", "report a missing card",
        ],
        "oos": [
            "what is the weather like tomorrow", "tell me a joke", "who won the football game",
            "recommend a good pizza place", "how tall is mount everest", "play some music",
        ],
    ]

    static var examples: [LabeledText] {
        templates.sorted { $0.key < $1.key }.flatMap { label, texts in texts.map { LabeledText(text: $0, label: label) } }
    }

    static var devExamples: [LabeledText] {
        [
            LabeledText(text: "my card still hasn't arrived", label: "card_arrival"),
            LabeledText(text: "when does the card get delivered", label: "card_arrival"),
            LabeledText(text: "what rate do you give for dollars", label: "exchange_rate"),
            LabeledText(text: "exchange rate for yen", label: "exchange_rate"),
            LabeledText(text: "my card got stolen yesterday", label: "lost_card"),
            LabeledText(text: "i lost my wallet and card", label: "lost_card"),
            LabeledText(text: "what's the capital of france", label: "oos"),
            LabeledText(text: "sing me a song", label: "oos"),
        ]
    }

    static var options: TrainingOptions {
        var options = TrainingOptions()
        options.features.hashBits = 16
        options.epochs = 30
        return options
    }

    static func trained(outOfScopeLabel: String? = nil) throws -> TextClassifier {
        var options = options
        options.outOfScopeLabel = outOfScopeLabel
        return try TextClassifier.train(examples: examples, options: options, devExamples: devExamples)
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("heed-\(UUID().uuidString)-\(name)")
    }
}
