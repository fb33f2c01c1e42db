import Foundation
import HeedCore
import Testing

/// Business hours in a time zone: open or not, the next opening, and SLA clocks that pause outside them.
@Suite("Business hours")
struct BusinessHoursTests {
    /// Hanoi (UTC+7, no daylight saving): Monday to Friday 09:00–12:00 and 13:00–17:00, Saturday 09:00–12:00;
    /// Tuesday 2027-01-05 is a holiday.
    static func hanoi() throws -> BusinessHours {
        let weekday = [try BusinessHours.Period("09:00", "12:00"), try BusinessHours.Period("13:00", "17:00")]
        return BusinessHours(
            timeZone: "Asia/Ho_Chi_Minh",
            weekly: [.monday: weekday, .tuesday: weekday, .wednesday: weekday, .thursday: weekday, .friday: weekday,
                     .saturday: [try BusinessHours.Period("09:00", "12:00")]],
            holidays: ["2027-01-05"])
    }

    /// A Hanoi wall-clock time as a UTC instant (2027-01-01 is a Friday).
    static func local(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        var components = DateComponents(year: 2027, month: 1, day: day, hour: hour, minute: minute)
        components.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        return Calendar(identifier: .gregorian).date(from: components)!
    }

    @Test("Open inside a period, closed at lunch, at night, on Sunday and on a holiday")
    func isOpen() throws {
        let hours = try Self.hanoi()
        #expect(hours.isOpen(at: Self.local(1, 10)))
        #expect(!hours.isOpen(at: Self.local(1, 12, 30)))
        #expect(!hours.isOpen(at: Self.local(1, 17)))
        #expect(!hours.isOpen(at: Self.local(3, 10)), "Sunday")
        #expect(!hours.isOpen(at: Self.local(5, 10)), "holiday")
        #expect(hours.isOpen(at: Self.local(6, 9)))
    }

    @Test("The next opening: after lunch, the Saturday morning, the Monday after a Sunday, past the holiday")
    func nextOpening() throws {
        let hours = try Self.hanoi()
        #expect(hours.nextOpening(after: Self.local(1, 12, 15)) == Self.local(1, 13))
        #expect(hours.nextOpening(after: Self.local(1, 18)) == Self.local(2, 9))
        #expect(hours.nextOpening(after: Self.local(2, 12)) == Self.local(4, 9))
        #expect(hours.nextOpening(after: Self.local(4, 17)) == Self.local(6, 9))
        #expect(hours.nextOpening(after: Self.local(4, 10)) == Self.local(4, 10), "open now")
    }

    @Test("SLA due times count open time only: across lunch, a weekend and a holiday")
    func dueTimes() throws {
        let hours = try Self.hanoi()
        let levels = ServiceLevelPolicy()
        // P3: 240 minutes to the first response. Friday 16:00 → 1 h Friday, 3 h Saturday morning: Saturday 12:00.
        #expect(levels.dueTimes(priority: .p3, from: Self.local(1, 16), hours: hours).firstResponse == Self.local(2, 12))
        // P2: 60 minutes. Saturday 11:30 → 30 min Saturday, then Monday 09:30.
        #expect(levels.dueTimes(priority: .p2, from: Self.local(2, 11, 30), hours: hours).firstResponse == Self.local(4, 9, 30))
        // P2 from Monday 16:30: 30 min Monday, Tuesday is a holiday, Wednesday 09:30.
        #expect(levels.dueTimes(priority: .p2, from: Self.local(4, 16, 30), hours: hours).firstResponse == Self.local(6, 9, 30))
        // P1: 15 minutes from 11:50 → 10 before lunch, 5 after: 13:05.
        #expect(levels.dueTimes(priority: .p1, from: Self.local(1, 11, 50), hours: hours).firstResponse == Self.local(1, 13, 5))
        // Without hours the clock runs around the clock.
        #expect(levels.dueTimes(priority: .p1, from: Self.local(1, 23)).firstResponse == Self.local(1, 23, 15))
    }

    @Test("Hours decode from the policy's JSON; bad zones, days and times are refused")
    func coding() throws {
        let json = #"{"business_hours":{"time_zone":"Europe/Riga","weekly":{"Monday":[{"from":"08:30","to":"16:00"}]},"holidays":["2027-06-24"]},"team_business_hours":{"Billing":{"time_zone":"Asia/Kuala_Lumpur","weekly":{"friday":[{"from":"10:00","to":"24:00"}]}}}}"#
        let policy = try JSONDecoder().decode(WorkspacePolicy.self, from: Data(json.utf8))
        #expect(policy.businessHours?.weekly[.monday] == [BusinessHours.Period(from: 510, to: 960)])
        #expect(policy.businessHours?.holidays == ["2027-06-24"])
        #expect(policy.businessHours(forTeam: "billing")?.timeZone == "Asia/Kuala_Lumpur")
        #expect(policy.businessHours(forTeam: "Sales")?.timeZone == "Europe/Riga")
        let again = try JSONDecoder().decode(WorkspacePolicy.self, from: try JSONEncoder().encode(policy))
        #expect(again == policy)
        for bad in [
            #"{"time_zone":"Mars/Olympus","weekly":{}}"#, #"{"time_zone":"UTC","weekly":{"someday":[]}}"#,
            #"{"time_zone":"UTC","weekly":{"monday":[{"from":"9","to":"17:00"}]}}"#,
            #"{"time_zone":"UTC","weekly":{"monday":[{"from":"17:00","to":"09:00"}]}}"#,
            #"{"time_zone":"UTC","weekly":{},"holidays":["24/06/2027"]}"#,
        ] {
            #expect(throws: HeedError.self) { try JSONDecoder().decode(BusinessHours.self, from: Data(bad.utf8)) }
        }
    }
}
