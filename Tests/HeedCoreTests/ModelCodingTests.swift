import Foundation
import HeedCore
import Testing

@Suite("Domain values")
struct ModelCodingTests {
    @Test("Messages encode with snake_case keys, the AI mark and millisecond UTC times")
    func messageEncoding() throws {
        let message = Message(
            workspaceID: UUID(), conversationID: UUID(), sequence: 3, author: .ai, body: "Hello", clientMessageID: "c-1",
            createdAt: Date(timeIntervalSince1970: 1_795_000_000.125))
        let json = String(decoding: try HeedJSON.makeEncoder().encode(message), as: UTF8.self)
        #expect(json.contains(#""client_message_id":"c-1""#))
        #expect(json.contains(#""is_ai":true"#))
        #expect(json.contains(#""created_at":"2026-11-18T"#))
        #expect(json.contains(".125Z"))
        let decoded = try HeedJSON.makeDecoder().decode(Message.self, from: Data(json.utf8))
        #expect(decoded == message)
    }

    @Test("JSON values round-trip")
    func jsonValues() throws {
        let value: JSONValue = .object(["a": .array([.number(1), .bool(true), .null, .string("x")])])
        let data = try HeedJSON.makeEncoder().encode(value)
        #expect(try HeedJSON.makeDecoder().decode(JSONValue.self, from: data) == value)
        #expect(value["a"]?.arrayValue?.count == 4)
    }

    @Test("Timestamps parse with and without fractions")
    func timestamps() {
        #expect(Timestamp.parse("2026-11-21T09:30:00Z") != nil)
        #expect(Timestamp.parse("2026-11-21T09:30:00.250Z") != nil)
        #expect(Timestamp.parse("yesterday") == nil)
        let date = Date(timeIntervalSince1970: 1_700_000_000.5)
        #expect(Timestamp.date(microseconds: Timestamp.microseconds(date)) == date)
    }
}
