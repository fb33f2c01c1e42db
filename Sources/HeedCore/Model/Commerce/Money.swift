/// An amount of money in the workspace's currency, kept in cents so sums and differences are exact. On the wire it
/// is a plain JSON number with up to two decimals (`47.84`).
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in hundredths of the currency unit; negative for amounts owed back.
    public var cents: Int64

    public init(cents: Int64) {
        self.cents = cents
    }

    /// The amount nearest to `value` units, rounded to the cent.
    public init(_ value: Double) {
        self.cents = Int64((value * 100).rounded())
    }

    public static let zero = Money(cents: 0)

    /// The amount in currency units, e.g. `47.84`.
    public var value: Double { Double(cents) / 100 }

    /// The amount without its sign.
    public var magnitude: Money { Money(cents: abs(cents)) }

    /// `47.84`, `-3.5` → `-3.50`.
    public var description: String {
        let sign = cents < 0 ? "-" : ""
        let absolute = abs(cents)
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents += rhs.cents }
    public static func -= (lhs: inout Money, rhs: Money) { lhs.cents -= rhs.cents }
    public static prefix func - (amount: Money) -> Money { Money(cents: -amount.cents) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

extension Sequence where Element == Money {
    /// The sum of the amounts.
    public func sum() -> Money { reduce(.zero, +) }
}
