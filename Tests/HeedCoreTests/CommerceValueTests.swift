import Foundation
import HeedCore
import Testing

@Suite("Commerce values")
struct CommerceValueTests {
    @Test("Money keeps cents exact and reads as a plain JSON number")
    func money() throws {
        let price = Money(47.84)
        #expect(price.cents == 4784)
        #expect(Money(0.1) + Money(0.2) == Money(0.3))
        #expect(String(decoding: try JSONEncoder().encode(price), as: UTF8.self) == "47.84")
        #expect(try JSONDecoder().decode(Money.self, from: Data("536.65".utf8)).cents == 53665)
        #expect(Money(-3.5).description == "-3.50")
        #expect(Money(-3.5).magnitude == Money(3.5))
        #expect([Money(1.25), Money(2.5)].sum() == Money(3.75))
    }

    @Test("A customer without commerce data keeps its JSON shape; with it, the new fields round-trip")
    func customerShape() throws {
        let workspace = UUID()
        let plain = Customer(workspaceID: workspace, name: "Mai", createdAt: Date(timeIntervalSince1970: 1_795_000_000))
        let keys = try JSONDecoder().decode([String: JSONValue].self, from: HeedJSON.makeEncoder().encode(plain)).keys
        #expect(
            Set(keys) == [
                "id", "workspace_id", "external_id", "name", "email", "phone", "preferred_language", "tier", "consent",
                "attributes", "created_at", "updated_at",
            ])
        var rich = plain
        rich.givenName = "Mai"
        rich.familyName = "Tran"
        rich.address = PostalAddress(address1: "1 Main St", city: "Hanoi", country: "VN", zip: "100000")
        rich.paymentMethods = [PaymentMethod(id: "gift_card_1", kind: .giftCard, balance: Money(12.5))]
        let decoded = try HeedJSON.makeDecoder().decode(Customer.self, from: HeedJSON.makeEncoder().encode(rich))
        #expect(decoded == rich)
        let old = try HeedJSON.makeDecoder().decode(Customer.self, from: HeedJSON.makeEncoder().encode(plain))
        #expect(old == plain)
    }

    @Test("Unknown order statuses survive; known ones compare equal to their constants")
    func statuses() throws {
        let status = try JSONDecoder().decode(OrderStatus.self, from: Data(#""pending (item modified)""#.utf8))
        #expect(status == .pendingItemsModified)
        let custom = try JSONDecoder().decode(OrderStatus.self, from: Data(#""awaiting pickup""#.utf8))
        #expect(custom.rawValue == "awaiting pickup")
    }
}
