import Foundation
import HeedCore

/// `PATCH /api/v1/customers/{id}`: absent fields stay, null clears optional ones.
struct UpdateCustomerRequest: Decodable, Sendable {
    let externalID: PatchField<String>
    let name: PatchField<String>
    let email: PatchField<String>
    let phone: PatchField<String>
    let preferredLanguage: PatchField<String>
    let tier: CustomerTier?
    let consent: ConsentFlags?
    let attributes: [String: JSONValue]?

    enum CodingKeys: String, CodingKey {
        case name, email, phone, tier, consent, attributes
        case externalID = "external_id"
        case preferredLanguage = "preferred_language"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        externalID = try c.decodePatch(String.self, forKey: .externalID)
        name = try c.decodePatch(String.self, forKey: .name)
        email = try c.decodePatch(String.self, forKey: .email)
        phone = try c.decodePatch(String.self, forKey: .phone)
        preferredLanguage = try c.decodePatch(String.self, forKey: .preferredLanguage)
        tier = try c.decodeIfPresent(CustomerTier.self, forKey: .tier)
        consent = try c.decodeIfPresent(ConsentFlags.self, forKey: .consent)
        attributes = try c.decodeIfPresent([String: JSONValue].self, forKey: .attributes)
    }

    /// `customer` with this patch applied, validated.
    func applied(to customer: Customer) throws -> Customer {
        var updated = customer
        func apply(_ patch: PatchField<String>, _ transform: (String) throws -> String?) throws -> String?? {
            switch patch {
            case .absent: return .none
            case .null: return .some(nil)
            case .value(let value): return .some(try transform(value))
            }
        }
        if let value = try apply(externalID, { try Validate.optionalText($0, field: "external_id", maxLength: 200) }) {
            updated.externalID = value
        }
        if let value = try apply(name, { try Validate.optionalText($0, field: "name", maxLength: 200) }) {
            updated.name = value
        }
        if let value = try apply(email, { $0.isEmpty ? nil : try Validate.email($0) }) { updated.email = value }
        if let value = try apply(phone, { try Validate.optionalText($0, field: "phone", maxLength: 50) }) {
            updated.phone = value
        }
        if let value = try apply(preferredLanguage, { try Validate.language($0, field: "preferred_language") }) {
            updated.preferredLanguage = value
        }
        if let tier { updated.tier = tier }
        if let consent { updated.consent = consent }
        if let attributes { updated.attributes = attributes }
        return updated
    }
}
