import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// The workspace's timer settings (`automation` in the policy), through the HTTP API on the demo shop.
@Suite("Automation settings over HTTP")
struct AutomationSettingsHTTPTests {
    static let key = "automation-admin-key-0001"

    @Test("Timer settings have defaults, are validated, and are saved; null turns auto-resolve and warnings off")
    func editable() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let current = try await api.call(.get, "/api/v1/policy", key: Self.key)
            #expect(current["automation"]?["customer_silent_hours"]?.numberValue == 24)
            #expect(current["automation"]?["auto_resolve_hours"]?.numberValue == 72)
            #expect(current["automation"]?["sla_warning_minutes"]?.numberValue == 15)
            #expect(current["automation"]?["webhooks_allow_private_network"] == .bool(false))
            #expect(current["automation"]?["survey_email"] == .bool(true))
            #expect(current["automation"]?["survey_throttle_days"]?.numberValue == 7)
            #expect(current["automation"]?["survey_subject"]?["en"]?.stringValue == "How did we do?")

            for (field, body) in [
                ("automation.customer_silent_hours", ["customer_silent_hours": 0] as [String: Any]),
                ("automation.auto_resolve_hours", ["auto_resolve_hours": 5000]),
                ("automation.sla_warning_minutes", ["sla_warning_minutes": -5]),
                ("automation.follow_up", ["follow_up": ["en": "  "]]),
                ("automation.survey_throttle_days", ["survey_throttle_days": 400]),
                ("automation.survey_text", ["survey_text": ["en": ""]]),
            ] {
                let rejected = try await api.call(.put, "/api/v1/policy", key: Self.key, json: ["automation": body])
                #expect(rejected.status == .unprocessableContent, "\(field)")
                #expect(rejected.raw.contains(field))
            }

            let saved = try await api.call(
                .put, "/api/v1/policy", key: Self.key,
                json: ["automation": [
                    "customer_silent_hours": 12, "follow_up": ["en": "Still need help, {{customer.first_name}}?"],
                    "auto_resolve_hours": NSNull(), "sla_warning_minutes": NSNull(), "webhooks_allow_private_network": true,
                ] as [String: Any]])
            #expect(saved.status == .ok, "\(saved.raw)")
            let read = try await api.call(.get, "/api/v1/policy", key: Self.key)
            #expect(read["automation"]?["customer_silent_hours"]?.numberValue == 12)
            #expect(read["automation"]?["follow_up"]?["en"]?.stringValue == "Still need help, {{customer.first_name}}?")
            #expect(read["automation"]?["auto_resolve_hours"] == .null)
            #expect(read["automation"]?["sla_warning_minutes"] == .null)
            #expect(read["automation"]?["webhooks_allow_private_network"] == .bool(true))
        }
    }
}
