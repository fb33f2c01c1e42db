import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Outside business hours the AI still answers, and a customer handed to a human is told when the team is back.
@Suite("Widget and business hours")
struct WidgetBusinessHoursTests {
    struct FixedClock: WallClock {
        let instant: Date
        func now() -> Date { instant }
    }

    /// A Riga wall-clock time as a UTC instant (2027-01-01 is a Friday).
    static func riga(_ day: Int, _ hour: Int) -> Date {
        var components = DateComponents(year: 2027, month: 1, day: day, hour: hour)
        components.timeZone = TimeZone(identifier: "Europe/Riga")
        return Calendar(identifier: .gregorian).date(from: components)!
    }

    @Test("Friday evening: the AI answers, and after the hand-off the widget hears the team is back on Monday 09:00")
    func backOnMonday() async throws {
        try await withTestApp(clock: FixedClock(instant: Self.riga(1, 19))) { api in
            let admin = try await api.bootstrap("Veikals")
            let weekday = [["from": "09:00", "to": "17:00"]]
            let policy = try await api.call(
                .put, "/api/v1/policy", key: admin.key,
                json: ["business_hours": [
                    "time_zone": "Europe/Riga",
                    "weekly": ["monday": weekday, "tuesday": weekday, "wednesday": weekday, "thursday": weekday, "friday": weekday],
                ]])
            #expect(policy.status == .ok, "\(policy.raw)")
            #expect(policy["business_hours"]?["time_zone"]?.stringValue == "Europe/Riga")
            let publicKey = try #require(try await api.call(.get, "/api/v1/workspace", key: admin.key)["public_key"]?.stringValue)
            let session = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": publicKey, "visitor_id": "visitor-riga-0001", "language": "lv"])
            let token = try #require(session["token"]?.stringValue, "\(session.raw)")
            let turn = try await api.call(.post, "/api/v1/widget/messages", key: token, json: ["body": "Labvakar! Kur ir mans pasūtījums?"])
            #expect(turn.status == .created, "\(turn.raw)")
            #expect(turn["reply"]?["body"]?.stringValue?.isEmpty == false, "the AI answers at night")
            #expect(turn["conversation"]?["replies_from"] == .null, "the AI has it: no waiting for the team")
            let handedOff = try await api.call(.post, "/api/v1/widget/handoff", key: token)
            #expect(handedOff["handler"]?.stringValue == "human")
            let back = try #require(handedOff["replies_from"]?.stringValue.flatMap(Timestamp.parse))
            #expect(back == Self.riga(4, 9))
            let due = try #require(handedOff["first_response_due_at"]?.stringValue.flatMap(Timestamp.parse))
            #expect(due > back, "the SLA clock waits for Monday")
            let thread = try await api.call(.get, "/api/v1/widget/conversation", key: token)
            let notice = thread["messages"]?.arrayValue?.last { $0["author"]?.stringValue == "ai" }
            #expect(notice?["body"]?.stringValue?.hasSuffix("Komanda pašlaik nestrādā un atbildēs, tiklīdz atgriezīsies.") == true)
            #expect(notice?["body"]?.stringValue?.contains("laikā") == false, "no wait in minutes at night")
            #expect(thread["conversation"]?["replies_from"]?.stringValue.flatMap(Timestamp.parse) == back)
        }
    }
}
