import Testing
@testable import HeedLanguage

@Suite("Negation and lexicon features")
struct SentimentFeatureTests {
    static func buckets(_ text: String, negationScope: Int = 3, lexiconPolarity: Bool = false) -> Set<UInt32> {
        var options = FeatureOptions()
        options.hashBits = 20
        options.maxWordNGram = 1
        options.maxCharNGram = 0
        options.negationScope = negationScope
        options.lexiconPolarity = lexiconPolarity
        var scratch = FeatureHasher.Scratch()
        FeatureHasher(options: options).buckets(for: text, into: &scratch)
        return Set(scratch.words)
    }

    @Test func wordsAfterANegationBecomeFeaturesOfTheirOwn() {
        let good = Self.buckets("good")

        let negated = Self.buckets("not good")

        #expect(good.count == 1)
        #expect(negated.isDisjoint(with: good))
        #expect(negated.isSuperset(of: Self.buckets("not")))
    }

    @Test func negationReachesOnlyTheNextFewWords() {
        let scopeOne = Self.buckets("not very good", negationScope: 1)
        let scopeTwo = Self.buckets("not very good", negationScope: 2)

        #expect(scopeOne.isSuperset(of: Self.buckets("good")))
        #expect(scopeTwo.isDisjoint(with: Self.buckets("good")))
    }

    @Test(arguments: ["don't like it", "dont like it", "I can’t like it", "tidak suka", "khong thich", "nav labi"])
    func negationsInSeveralLanguagesAndSpellingsAreRecognised(text: String) {
        let marked = Self.buckets(text)
        let unmarked = Self.buckets(text, negationScope: 0)

        #expect(marked != unmarked)
    }

    @Test func withoutNegationMarkingWordsAreUnchanged() {
        #expect(Self.buckets("not good", negationScope: 0).isSuperset(of: Self.buckets("good", negationScope: 0)))
    }

    @Test func lexiconWordsAddAPolarityThatNegationFlips() {
        let awful = Self.buckets("awful", lexiconPolarity: true).subtracting(Self.buckets("awful"))
        let great = Self.buckets("great", lexiconPolarity: true).subtracting(Self.buckets("great"))
        let notAwful = Self.buckets("not awful", lexiconPolarity: true).subtracting(Self.buckets("not awful"))

        #expect(!awful.isEmpty)
        #expect(!great.isEmpty)
        #expect(awful.isDisjoint(with: great))
        #expect(!notAwful.isDisjoint(with: great))  // "not awful" counts as (weakly) positive
        #expect(Self.buckets("the table", lexiconPolarity: true) == Self.buckets("the table"))
    }

    @Test func negationHelpsTellNegatedPraiseFromPraise() throws {
        let positive = ["good service", "great flight", "good crew", "great food", "love it", "good job"]
        let negative = ["not good service", "not great at all", "not good crew", "never great food", "don't love it",
                        "not a good job"]
        let examples = positive.map { LabeledText(text: $0, label: "positive") }
            + negative.map { LabeledText(text: $0, label: "negative") }
        var options = TrainingOptions()
        options.features.hashBits = 16
        options.features.maxWordNGram = 1
        options.features.maxCharNGram = 0

        let classifier = try TextClassifier.train(examples: examples, options: options)

        #expect(classifier.predict("the seats were not good").top?.label == "negative")
        #expect(classifier.predict("the seats were good").top?.label == "positive")
    }
}
