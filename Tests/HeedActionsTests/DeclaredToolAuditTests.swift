import Foundation
import HeedCore
import Testing
@testable import HeedActions

/// What the audit keeps of a declared tool's arguments, whose meaning Heed does not know.
@Suite("Declared tool audit")
struct DeclaredToolAuditTests {
    @Test("Personal data in any argument of a declared tool is redacted in the audit; other values stay")
    func redactsAnyPersonalValue() {
        let arguments: JSONValue = .object([
            "member": .string("ana.lee@example.com"), "note": .string("call me on +84 912 345 678"),
            "name": .string("Ana Lee"), "booking": .string("B-7"), "nights": .number(2),
            "guests": .array([.string("ben.cho@example.com")]),
        ])

        let audited = ToolCallAudit.redactedFully(arguments)

        #expect(audited.objectValue?["member"] == .string("[redacted]"))
        #expect(audited.objectValue?["note"] == .string("[redacted]"))
        #expect(audited.objectValue?["name"] == .string("[redacted]"))
        #expect(audited.objectValue?["guests"] == .array([.string("[redacted]")]))
        #expect(audited.objectValue?["booking"] == .string("B-7"))
        #expect(audited.objectValue?["nights"] == .number(2))
    }
}
