import Foundation

/// The JSON conventions Heed uses everywhere it writes JSON (API, stored documents): ISO 8601 UTC timestamps with
/// milliseconds, keys as each type declares them (snake_case), sorted keys for stable output.
public enum HeedJSON {
    /// A new encoder with Heed's conventions.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    /// A new decoder with Heed's conventions; accepts timestamps with or without fractional seconds.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an ISO 8601 timestamp such as 2026-11-21T09:30:00Z")
            }
            return date
        }
        return decoder
    }
}

/// ISO 8601 timestamps in UTC.
public enum Timestamp {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let withoutFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: .gmt)

    /// Formats a date as `2026-11-21T09:30:00.123Z`.
    public static func format(_ date: Date) -> String {
        withFraction.format(date)
    }

    /// Parses `2026-11-21T09:30:00Z` or `2026-11-21T09:30:00.123Z`.
    public static func parse(_ text: String) -> Date? {
        (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text))
    }

    /// Microseconds since 1970, the portable form timestamps are stored in.
    public static func microseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// The date for a number of microseconds since 1970.
    public static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }
}
