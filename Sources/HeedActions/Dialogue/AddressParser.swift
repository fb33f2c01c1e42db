import Foundation
import HeedCore

/// Reads a new delivery address written on one line, parts separated by commas or line breaks:
/// `12 Lý Thường Kiệt, Hà Nội, 100000, Vietnam` or `1 Main St, Apt 2, New York, NY 10001, USA`. The part with the
/// postal code may carry the state before it; the country may be left out (the current one is kept).
enum AddressParser {
    private static var postcode: Regex<(Substring, Substring)> { /\b(\d{4,6}(?:-\d{4})?)\b/ }

    /// The address in `text`, or nil when it does not read as one (fewer than three parts, or no postal code).
    static func address(in text: String, defaultCountry: String) -> PostalAddress? {
        let parts = text.split { $0 == "," || $0 == "\n" || $0 == ";" }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard parts.count >= 3,
            let zipIndex = parts.indices.last(where: { parts[$0].firstMatch(of: postcode) != nil }), zipIndex >= 2
        else { return nil }
        let zipPart = parts[zipIndex]
        guard let match = zipPart.firstMatch(of: postcode) else { return nil }
        let zip = String(match.output.1)
        let state = zipPart.replacingCharacters(in: match.range, with: "")
            .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "-")))
        let street = Array(parts[..<zipIndex])
        let country = zipIndex + 1 < parts.count ? parts[(zipIndex + 1)...].joined(separator: ", ") : defaultCountry
        let address1 = Self.stripLead(street[0])
        let city = street[street.count - 1]
        let address2 = street.count > 2 ? street[1..<(street.count - 1)].joined(separator: ", ") : ""
        guard !address1.isEmpty, !city.isEmpty else { return nil }
        return PostalAddress(
            address1: address1, address2: address2, city: city, state: state, country: country, zip: zip)
    }

    /// The street part without a lead-in such as "change the address to" or "địa chỉ mới:".
    private static func stripLead(_ part: String) -> String {
        if let colon = part.lastIndex(of: ":") {
            return part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if let to = part.range(of: " to ", options: [.caseInsensitive, .backwards]) {
            return part[to.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        return part
    }
}
