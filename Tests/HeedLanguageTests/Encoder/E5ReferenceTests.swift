import Foundation
import HeedLanguage
import HeedTestSupport
import Testing

@Suite("multilingual-e5-small matches the package's reference engine")
struct E5ReferenceTests {
    @Test("the fixture covers English, Vietnamese, Malay, Latvian and Indonesian")
    func fixtureLoads() {
        #expect(ReferenceEmbedding.all.count == 9)
    }

    @Test("token ids equal the reference engine's", arguments: ReferenceEmbedding.all)
    func tokenIDs(reference: ReferenceEmbedding) throws {
        let encoder = try EncoderWeights.encoder()
        #expect(encoder.inputIDs(reference.prefixedText) == reference.ids)
    }

    @Test("batched vectors have cosine above 0.999 with the reference engine's")
    func batchedEmbeddings() throws {
        let encoder = try EncoderWeights.encoder()
        let queries = ReferenceEmbedding.all.filter(\.isQuery), passages = ReferenceEmbedding.all.filter { !$0.isQuery }

        let vectors = encoder.embedQueries(queries.map(\.text)) + encoder.embedPassages(passages.map(\.text))

        for (vector, reference) in zip(vectors, queries + passages) {
            #expect(vector.count == 384)
            #expect(cosine(vector, reference.embedding) > 0.999, "\(reference.testDescription)")
            #expect(abs(vector.reduce(0) { $0 + $1 * $1 } - 1) < 1e-4)
        }
    }

    @Test("a text encoded alone gets the same vector as in a batch")
    func singleEqualsBatched() throws {
        let encoder = try EncoderWeights.encoder()
        let texts = ["Bao lâu thì nhận được hàng?", "Cik maksā piegāde uz Rīgu?"]

        let batched = encoder.embedQueries(texts)
        let alone = encoder.embedQuery(texts[1])

        #expect(cosine(batched[1], alone) > 0.99999)
    }

    @Test("a question is closer to the passage that answers it than to an unrelated one")
    func retrievesByMeaning() throws {
        let encoder = try EncoderWeights.encoder()
        let passages = encoder.embedPassages([
            "Orders are delivered within 2-4 business days.", "Refunds go back to your card within a week.",
        ])

        let query = encoder.embedQuery("Berapa lama pengiriman pesanan saya?")

        #expect(cosineOfNormalized(query, passages[0]) > cosineOfNormalized(query, passages[1]))
    }
}
