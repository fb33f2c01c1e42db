import Foundation
import HeedCore
import HeedStore

/// A synthetic shop for measuring and testing campaigns (`heed bench campaigns`, the campaign tests): one
/// workspace in Ho Chi Minh City's time zone (UTC+7) and `customers` customers, each shaped by their index `i`:
/// marketing consent unless i % 3 == 0; language vi for even i, else en; an order whose warranty ends in 10 days
/// (i % 5 == 0), in 45 days (i % 5 == 1) or ended 3 days ago (i % 5 == 2); a login from VN 20 days ago and one from
/// DE after the campaigns started (i % 7 == 0), or from VN both times (i % 7 == 1). Two active campaigns, both
/// quiet from 22:00 to 07:00: a transactional warranty reminder 30 days before `warranty_until`, and a marketing
/// message on a login from a new country, capped at one campaign message per customer a week.
public struct CampaignWorkload: Sendable {
    public let workspace: Workspace
    public let customers: [Customer]
    public let warranty: Campaign
    public let newCountry: Campaign
    /// 23:00 in the workspace's time zone: quiet hours.
    public let start: Date

    public init(customers count: Int, start: Date = Date(timeIntervalSince1970: 1_804_694_400)) {
        self.start = start
        var workspace = Workspace(name: "Campaign shop", publicKey: "pk_campaign_\(UUID().uuidString)", createdAt: start)
        workspace.policy.reporting.timeZone = "Asia/Ho_Chi_Minh"
        self.workspace = workspace
        let origin = start.addingTimeInterval(-30 * 86_400)
        customers = (0..<count).map { Self.customer($0, workspaceID: workspace.id, origin: origin) }
        let activated = start.addingTimeInterval(-3600)
        let quiet = QuietHours(from: "22:00", to: "07:00")
        warranty = Campaign(
            workspaceID: workspace.id, name: "Warranty ending", purpose: .transactional, status: .active,
            trigger: .dateRelative(field: "order.warranty_until", offsetDays: -30, windowDays: nil),
            message: MessageTemplate([
                "en": "Hi {{customer.first_name}}, the warranty of order {{order.number}} ends on {{order.warranty_until}}.",
                "vi": "Chào {{customer.first_name}}, bảo hành đơn {{order.number}} hết hạn ngày {{order.warranty_until}}.",
            ]),
            quietHours: quiet, activatedAt: activated, createdAt: activated)
        newCountry = Campaign(
            workspaceID: workspace.id, name: "New country login", purpose: .marketing, status: .active,
            trigger: .event(name: "login", newValueOf: "country"),
            message: MessageTemplate(["en": "Welcome to {{event.country}}! Shipping there is free this week."]),
            frequencyCap: FrequencyCap(maxMessages: 1, perDays: 7), quietHours: quiet, activatedAt: activated,
            createdAt: activated.addingTimeInterval(1))
    }

    static func customer(_ index: Int, workspaceID: UUID, origin: Date) -> Customer {
        let language = index % 2 == 0 ? "vi" : "en"
        let consent = ConsentFlags(marketing: index % 3 != 0)
        let created = origin.addingTimeInterval(Double(index) / 1000)
        return Customer(
            workspaceID: workspaceID, externalID: "cus-\(index)", name: "Customer \(index)", preferredLanguage: language,
            consent: consent, createdAt: created)
    }

    /// The customer's orders (at most one).
    public func orders(of index: Int) -> [Order] {
        let days: Double? = switch index % 5 {
        case 0: 10
        case 1: 45
        case 2: -3
        default: nil
        }
        guard let days else { return [] }
        let customer = customers[index]
        return [Order(
            workspaceID: workspace.id, number: "W\(100_000 + index)", customerID: customer.id, status: .delivered,
            items: [], placedAt: start.addingTimeInterval(-300 * 86_400),
            warrantyUntil: start.addingTimeInterval(days * 86_400), createdAt: customer.createdAt)]
    }

    /// The customer's logins.
    public func logins(of index: Int) -> [CustomerEvent] {
        guard index % 7 <= 1 else { return [] }
        let customer = customers[index]
        return [("VN", -20 * 86_400.0), (index % 7 == 0 ? "DE" : "VN", -1800)].map { country, offset in
            CustomerEvent(
                workspaceID: workspace.id, customerID: customer.id, name: "login", properties: ["country": .string(country)],
                source: .api, occurredAt: start.addingTimeInterval(offset), createdAt: start.addingTimeInterval(offset))
        }
    }

    /// Stores the workspace, customers, orders, logins and campaigns, a thousand customers per transaction.
    public func seed(_ store: any SupportStore) async throws {
        try await store.write { writer in
            try await writer.insert(workspace)
            try await writer.insert(warranty)
            try await writer.insert(newCountry)
        }
        for chunk in stride(from: 0, to: customers.count, by: 1000) {
            let range = chunk..<min(chunk + 1000, customers.count)
            try await store.write { writer in
                for index in range {
                    try await writer.insert(customers[index])
                    for order in orders(of: index) { try await writer.insert(order) }
                    for event in logins(of: index) { try await writer.insert(event) }
                }
            }
        }
    }
}
