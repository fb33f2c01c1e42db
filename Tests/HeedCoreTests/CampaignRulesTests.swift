import Foundation
import Testing

@testable import HeedCore

/// The pure parts of campaigns (#18): trigger windows, audience tests, quiet hours, consent and validation.
@Suite("Campaign rules")
struct CampaignRulesTests {
    let now = Date(timeIntervalSince1970: 1_804_694_400)  // 2027-03-10 16:00 UTC
    let workspaceID = UUID()

    func customer(marketing: Bool = false, attributes: [String: JSONValue] = [:]) -> Customer {
        Customer(workspaceID: workspaceID, name: "Lan Pham", consent: ConsentFlags(marketing: marketing), attributes: attributes, createdAt: now)
    }

    func campaign(_ trigger: CampaignTrigger, purpose: Campaign.Purpose = .transactional, created: Date? = nil) -> Campaign {
        Campaign(
            workspaceID: workspaceID, name: "C", purpose: purpose, trigger: trigger,
            message: MessageTemplate(["en": "Hi {{customer.first_name}}"]), activatedAt: created ?? now.addingTimeInterval(-3600),
            createdAt: created ?? now.addingTimeInterval(-3600))
    }

    func order(_ customer: Customer, warrantyInDays days: Double) -> Order {
        Order(workspaceID: workspaceID, number: "N\(Int(days))", customerID: customer.id, status: .delivered, items: [],
              warrantyUntil: now.addingTimeInterval(days * 86_400), createdAt: now)
    }

    @Test("30 days before warranty_until fires from 30 days before the date until the date, for the soonest order in it")
    func warrantyWindow() {
        let lan = customer()
        let trigger = CampaignTrigger.dateRelative(field: "order.warranty_until", offsetDays: -30, windowDays: nil)
        let fires = { (days: [Double]) in
            CampaignFacts(customer: lan, orders: days.map { order(lan, warrantyInDays: $0) }, now: now).occasion(for: campaign(trigger))
        }
        #expect(fires([29.5]) != nil)
        #expect(fires([0.5])?.values["order.number"] == "N0")
        #expect(fires([31]) == nil, "too early")
        #expect(fires([-1]) == nil, "the warranty has ended")
        #expect(fires([60, 12])?.values["order.number"] == "N12")
        #expect(fires([]) == nil)
    }

    @Test("A date attribute, a window after the date, a schedule and a churn threshold")
    func otherTriggers() {
        let signedUp = customer(attributes: ["renewal": .string("2027-03-20")])
        let renewal = campaign(.dateRelative(field: "customer.attributes.renewal", offsetDays: -14, windowDays: nil))
        #expect(CampaignFacts(customer: signedUp, now: now).occasion(for: renewal)?.values["customer.attributes.renewal"] == "2027-03-20")
        let afterPurchase = campaign(.dateRelative(field: "customer.attributes.renewal", offsetDays: -11, windowDays: 1))
        #expect(CampaignFacts(customer: signedUp, now: now).occasion(for: afterPurchase) == nil, "the one-day window was yesterday")
        let scheduled = campaign(.schedule(at: now.addingTimeInterval(60)))
        #expect(CampaignFacts(customer: signedUp, now: now).occasion(for: scheduled) == nil)
        #expect(CampaignFacts(customer: signedUp, now: now.addingTimeInterval(61)).occasion(for: scheduled) != nil)
        let churn = campaign(.churnRiskAbove(0.6))
        #expect(CampaignFacts(customer: signedUp, churnScore: 0.55, now: now).occasion(for: churn) == nil)
        #expect(CampaignFacts(customer: signedUp, churnScore: 0.7, now: now).occasion(for: churn) != nil)
    }

    @Test("A login from a new country after activation fires; the same country, or a login before activation, does not")
    func newCountry() {
        let lan = customer()
        func login(_ country: String, hoursAgo: Double) -> CustomerEvent {
            CustomerEvent(workspaceID: workspaceID, customerID: lan.id, name: "login", properties: ["country": .string(country)],
                          source: .api, occurredAt: now.addingTimeInterval(-hoursAgo * 3600), createdAt: now)
        }
        let trigger = campaign(.event(name: "login", newValueOf: "country"))
        let occasion = { (events: [CustomerEvent]) in CampaignFacts(customer: lan, events: events, now: now).occasion(for: trigger) }
        #expect(occasion([login("VN", hoursAgo: 400), login("DE", hoursAgo: 0.5)])?.values["event.country"] == "DE")
        #expect(occasion([login("VN", hoursAgo: 400), login("vn", hoursAgo: 0.5)]) == nil, "countries compare case-insensitively")
        #expect(occasion([login("DE", hoursAgo: 2)]) == nil, "before the campaign was activated")
    }

    @Test("Audience tests: tier, attributes, counts of orders and events, churn, lists; a missing value fails all but neq")
    func audience() {
        let vip = Customer(workspaceID: workspaceID, tier: .vip, attributes: ["plan": .string("Gold")], createdAt: now)
        let cart = CustomerEvent(workspaceID: workspaceID, customerID: vip.id, name: "cart_abandoned", source: .widget,
                                 occurredAt: now.addingTimeInterval(-86_400), createdAt: now)
        let facts = CampaignFacts(customer: vip, orders: [order(vip, warrantyInDays: 3)], events: [cart], churnScore: 0.4, now: now)
        #expect(facts.matches([AudienceCondition(field: "customer.tier", op: .eq, value: .string("VIP"))]))
        #expect(facts.matches([AudienceCondition(field: "customer.attributes.plan", op: .in, value: .array([.string("gold"), .string("silver")]))]))
        #expect(facts.matches([AudienceCondition(field: "orders.count", op: .gte, value: .number(1))]))
        #expect(facts.matches([AudienceCondition(field: "events.cart_abandoned.count", op: .eq, value: .number(1))]))
        #expect(!facts.matches([AudienceCondition(field: "churn_risk.score", op: .gt, value: .number(0.5))]))
        #expect(!facts.matches([AudienceCondition(field: "customer.language", op: .exists)]))
        #expect(facts.matches([AudienceCondition(field: "customer.language", op: .neq, value: .string("vi"))]))
    }

    @Test("Quiet hours span midnight in the workspace's time zone; consent gates marketing only")
    func quietHoursAndConsent() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Ho_Chi_Minh"))
        let quiet = QuietHours(from: "22:00", to: "07:00")
        #expect(quiet.contains(now, timeZone: zone), "23:00 local")
        #expect(!quiet.contains(now.addingTimeInterval(9 * 3600), timeZone: zone), "08:00 local")
        #expect(!quiet.contains(now, timeZone: .gmt), "16:00 UTC")
        #expect(!QuietHours(from: "24:00", to: "07:00").isValid)
        #expect(campaign(.schedule(at: now), purpose: .transactional).isAllowed(for: customer()))
        #expect(!campaign(.schedule(at: now), purpose: .marketing).isAllowed(for: customer()))
        #expect(campaign(.schedule(at: now), purpose: .marketing).isAllowed(for: customer(marketing: true)))
    }

    @Test("Validation names the field; e-mail is not available yet")
    func validation() {
        var email = campaign(.schedule(at: now))
        email.channel = .email
        #expect(throws: HeedError.channelNotAvailable("email")) { try email.validated() }
        var capped = campaign(.schedule(at: now))
        capped.frequencyCap = FrequencyCap(maxMessages: 0, perDays: 7)
        #expect(throws: HeedError.self) { try capped.validated() }
        #expect(throws: HeedError.invalidField("trigger.above", "must be between 0 and 1")) {
            try campaign(.churnRiskAbove(2)).validated()
        }
        #expect(throws: HeedError.invalidField("trigger.field", "is not a date field")) {
            try campaign(.dateRelative(field: "order.total", offsetDays: 1, windowDays: nil)).validated()
        }
    }
}
