import Foundation
import HeedCore
import HeedKnowledge
import HeedTestSupport
import Testing

@testable import HeedConversation

/// Routing by meaning with the pretrained encoder: a workspace's teams (names, descriptions, intents) route the
/// customer's words in any of its languages, with or without labelled examples.
@Suite("Routing by meaning")
struct DenseRoutingTests {
    static let workspaceID = UUID()

    static func teams() -> [Team] {
        let now = Date()
        func team(_ name: String, _ description: String, _ intents: [String]) -> Team {
            Team(workspaceID: workspaceID, name: name, description: description, intents: intents, createdAt: now)
        }
        return [
            team("Billing", "Payments, failed or declined payments, double charges, refunds and invoices.", ["billing", "refund"]),
            team("Shipping", "Delivery times, order tracking, lost or late parcels, address changes.", ["shipping", "delivery"]),
            team("Technical support", "Device troubleshooting (charging, power, battery, overheating), warranty and repairs.", ["technical", "warranty"]),
        ]
    }

    @Test("Team descriptions alone route words in five languages to the right team")
    func descriptionsRoute() throws {
        let routing = LearnedRouting(encoder: PassageEncoder(try EncoderWeights.encoder()))
        let cases: [(String, String)] = [
            ("Please connect me with an agent, my parcel is two weeks late", "Shipping"),
            ("Mans sūtījums kavējas jau divas nedēļas, kur ir mana paka?", "Shipping"),
            ("Tolong sambungkan saya ke agen manusia, saya mau komplain soal paket yang belum sampai.", "Shipping"),
            ("Telefon saya jadi panas sangat masa dicas, bateri dah membengkak", "Technical support"),
            ("Tôi bị trừ tiền hai lần cho cùng một đơn hàng", "Billing"),
        ]
        for (words, expected) in cases {
            let prediction = try #require(routing.predict(words, workspaceID: Self.workspaceID, teams: Self.teams()))
            #expect(prediction.team == expected, "\(words) → \(prediction)")
            #expect(prediction.confidence >= 0.45, "\(words) → \(prediction)")
        }
    }

    @Test("Without the encoder, or with fewer than two teams, there is no prediction without a trained model")
    func noEncoderNoGuess() {
        #expect(LearnedRouting().predict("my parcel is late", workspaceID: Self.workspaceID, teams: Self.teams()) == nil)
    }
}
