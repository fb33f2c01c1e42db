import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

import HeedAutomation

/// Proactive campaigns over 10,000 customers (#18): a warranty reminder (transactional) and a new-country login
/// message (marketing, capped), evaluated by the durable campaign job on an injected clock.
@Suite("Campaign evaluation")
struct CampaignEvaluatorTests {
    static let size = 10_000

    /// Every message of `campaign`, by customer id (a duplicate would be counted twice in `count`).
    static func messages(_ campaign: Campaign, store: any SupportStore) async throws -> (byCustomer: [UUID: CampaignDelivery], count: Int) {
        var found: [UUID: CampaignDelivery] = [:]
        var count = 0
        var cursor: String?
        repeat {
            let request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
            let page = try await store.read {
                try await $0.campaignDeliveries(campaignID: campaign.id, workspaceID: campaign.workspaceID, page: request)
            }
            for delivery in page.items { found[delivery.customerID] = delivery }
            count += page.items.count
            cursor = page.nextCursor
        } while cursor != nil
        return (found, count)
    }

    /// The customers (by index) `workload`'s rules say a campaign must reach.
    static func expected(_ workload: CampaignWorkload, _ rule: (Int) -> Bool) -> Set<UUID> {
        Set(workload.customers.indices.filter(rule).map { workload.customers[$0].id })
    }

    static func evaluator(_ store: any SupportStore, clock: any WallClock) -> CampaignEvaluator {
        CampaignEvaluator(store: store, assessor: ChurnRiskAssessor(store: store, clock: clock), logger: TestStores.logger)
    }

    @Test("Exactly the right customers get exactly one message each: consent, the weekly cap and quiet hours hold", arguments: TestStores.engines)
    func tenThousandCustomers(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workload = CampaignWorkload(customers: Self.size)
            try await workload.seed(store)
            let clock = SteppedClock(start: workload.start)
            let runner = ClusterJobRunner(
                queue: store.jobs, handlers: [CampaignJob(evaluator: Self.evaluator(store, clock: clock), clock: clock)],
                clock: clock, logger: TestStores.logger, node: "node-a")
            try await runner.scheduleRecurringJobs()

            let quietRan = try await runner.runDueJobs()
            let duringQuietHours = try await Self.messages(workload.warranty, store: store).count
            clock.advance(10 * 3600)  // 09:00 in Ho Chi Minh City
            let morningRan = try await runner.runDueJobs()
            let warranty = try await Self.messages(workload.warranty, store: store)
            let newCountry = try await Self.messages(workload.newCountry, store: store)
            clock.advance(120)
            _ = try await runner.runDueJobs()
            let warrantyAgain = try await Self.messages(workload.warranty, store: store).count
            let newCountryAgain = try await Self.messages(workload.newCountry, store: store).count
            clock.advance(8 * 86_400)  // the week's cap has passed
            _ = try await runner.runDueJobs()
            let warrantyWeekLater = try await Self.messages(workload.warranty, store: store)
            let newCountryWeekLater = try await Self.messages(workload.newCountry, store: store)

            #expect(quietRan == 1 && morningRan == 1, "the durable job ran each time")
            #expect(duringQuietHours == 0, "nothing is sent at 23:00 local time")
            let warrantyExpected = Self.expected(workload) { $0 % 5 == 0 }
            #expect(Set(warranty.byCustomer.keys) == warrantyExpected, "every warranty ending in 10 days, consent or not")
            #expect(warranty.count == warrantyExpected.count)
            let cappedOut = Self.expected(workload) { $0 % 7 == 0 && $0 % 3 != 0 && $0 % 5 == 0 }
            let newCountryExpected = Self.expected(workload) { $0 % 7 == 0 && $0 % 3 != 0 }
            #expect(Set(newCountry.byCustomer.keys) == newCountryExpected.subtracting(cappedOut), "consented, new country, under the cap")
            #expect(newCountry.count == newCountryExpected.count - cappedOut.count)
            #expect(warrantyAgain == warranty.count && newCountryAgain == newCountry.count, "at most once per campaign")
            #expect(warrantyWeekLater.count == warranty.count)
            #expect(Set(newCountryWeekLater.byCustomer.keys) == newCountryExpected, "the capped customers get it a week later")
            #expect(newCountryWeekLater.count == newCountryExpected.count)
            let first = try #require(warranty.byCustomer[workload.customers[0].id])
            #expect(first.language == "vi")
            #expect(first.text.contains("W100000") && first.text.hasPrefix("Chào Customer"), "\(first.text)")
            let seventh = try #require(newCountry.byCustomer[workload.customers[7].id])
            #expect(seventh.text == "Welcome to DE! Shipping there is free this week.")
        }
    }

    @Test("Two evaluators on one PostgreSQL at once never send a message twice or go over the cap", arguments: TestStores.engines.filter { $0 == .postgres })
    func twoNodes(engine: StoreEngineKind) async throws {
        let (location, cleanUp) = try await TestStores.makeLocation(engine)
        defer { Task { await cleanUp() } }
        let workload = CampaignWorkload(customers: Self.size)
        let morning = workload.start.addingTimeInterval(10 * 3600)
        try await StoreOpener.withStore(location, logger: TestStores.logger) { first in
            try await workload.seed(first)
            try await StoreOpener.withStore(location, logger: TestStores.logger) { second in
                let clock = SteppedClock(start: morning)
                async let a = Self.evaluator(first, clock: clock).evaluate(now: morning)
                async let b = Self.evaluator(second, clock: clock).evaluate(now: morning)
                let (runA, runB): (CampaignEvaluator.Run, CampaignEvaluator.Run)
                (runA, runB) = try await (a, b)

                let warranty = try await Self.messages(workload.warranty, store: first)
                let newCountry = try await Self.messages(workload.newCountry, store: first)
                let warrantyExpected = Self.expected(workload) { $0 % 5 == 0 }
                let newCountryExpected = Self.expected(workload) { $0 % 7 == 0 && $0 % 3 != 0 && $0 % 5 != 0 }
                #expect(runA.customersEvaluated == Self.size && runB.customersEvaluated == Self.size)
                #expect(runA.sent + runB.sent == warranty.count + newCountry.count, "each message counted by the node that sent it")
                #expect(warranty.count == warrantyExpected.count && Set(warranty.byCustomer.keys) == warrantyExpected)
                #expect(newCountry.count == newCountryExpected.count && Set(newCountry.byCustomer.keys) == newCountryExpected)
                #expect(warranty.byCustomer.keys.filter { newCountry.byCustomer[$0] != nil }.isEmpty, "the weekly cap of one held")
            }
        }
    }
}
